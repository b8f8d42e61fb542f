/*
** The wallet's rules in force on a day: the national ('000000') policy parameters of that China date, each
** checked for its kind and unit, so that a layer row with '25:00' or '2,000' is an error that names it, never
** a silent misreading.
**
**   wallet_transfers_per_day  '3'      transfers
**   wallet_max_per_transfer   '2000'   CNY          (yuan, fen precision)
**   wallet_night_start        '22:00'  time
**   wallet_night_end          '06:00'  time
**   wallet_refund_time        '06:00'  time         (of the day after sending)
**   wallet_pending_blocks     '1'      flag         (0: the pending rule does not apply)
*/
#include "wallet/wallet.h"
SQLITE_EXTENSION_INIT3
#include "policy/parameters.h"
#include "util/date.h"
#include "util/text.h"
#include <string.h>

typedef enum ParamKind { KIND_COUNT, KIND_AMOUNT, KIND_TIME, KIND_FLAG } ParamKind;

static const struct {
  const char *zName, *zUnit, *zWhat;
  ParamKind kind;
} aParam[] = {
    {"wallet_transfers_per_day", "transfers", "a whole number", KIND_COUNT},
    {"wallet_max_per_transfer", "CNY", "an amount in yuan", KIND_AMOUNT},
    {"wallet_night_start", "time", "a time HH:MM", KIND_TIME},
    {"wallet_night_end", "time", "a time HH:MM", KIND_TIME},
    {"wallet_refund_time", "time", "a time HH:MM", KIND_TIME},
    {"wallet_pending_blocks", "flag", "0 or 1", KIND_FLAG},
};

/* HH:MM or HH:MM:SS as milliseconds after midnight, or -1. */
static int clock_time(const char *z) {
  int n = (int)strlen(z), h, m, s = 0;
  if ((n != 5 && n != 8) || z[2] != ':' || (n == 8 && z[5] != ':')) return -1;
  if (!text_all_digits(z, 2, 2, &h) || !text_all_digits(z + 3, 2, 2, &m) ||
      (n == 8 && !text_all_digits(z + 6, 2, 2, &s)))
    return -1;
  if (h > 23 || m > 59 || s > 59) return -1;
  return ((h * 60 + m) * 60 + s) * 1000;
}

/* The value of a parameter row as its kind reads it: SQLITE_OK with *pValue, or 0 for a value not of it. */
static int read_value(ParamKind kind, const char *z, long long *pValue) {
  int n = (int)strlen(z), v;
  switch (kind) {
  case KIND_COUNT:
    if (!text_all_digits(z, n, 4, &v)) return 0;
    *pValue = v;
    return 1;
  case KIND_AMOUNT:
    return wallet_amount_text(z, n, pValue) == AMOUNT_OK && *pValue > 0;
  case KIND_TIME:
    *pValue = clock_time(z);
    return *pValue >= 0;
  default:
    *pValue = z[0] - '0';
    return n == 1 && (z[0] == '0' || z[0] == '1');
  }
}

static int read_param(const PolicyIndex *p, const char *zFunc, int k, int day, long long *pValue,
                      char **pzErr) {
  static const char *const azNational[] = {NATIONAL_CODE};
  const PolicyRow *row = policy_parameter(p, aParam[k].zName, azNational, 1, day);
  const char *zUnit;
  char zDay[DATE_TEXT_LEN + 1];
  if (row == 0) {
    date_format(day, zDay);
    return shebao_policy_error(
        shebao_errorf(pzErr, "%s(): no policy parameter '%s' for region '000000' in effect on %s", zFunc,
                      aParam[k].zName, zDay));
  }
  if (!read_value(aParam[k].kind, POLICY_CELL(row, PARAM_VALUE), pValue)) {
    return shebao_policy_error(shebao_errorf(
        pzErr, "%s(): policy parameter '%s' (%s layer row %lld) is not %s: %Q", zFunc, aParam[k].zName,
        policy_layer_names[row->layer], row->rowid, aParam[k].zWhat, POLICY_CELL(row, PARAM_VALUE)));
  }
  zUnit = POLICY_CELL(row, PARAM_UNIT);
  if (zUnit == 0 || strcmp(zUnit, aParam[k].zUnit) != 0) {
    return shebao_policy_error(
        shebao_errorf(pzErr, "%s(): policy parameter '%s' (%s layer row %lld) has unit %Q, not '%s'", zFunc,
                      aParam[k].zName, policy_layer_names[row->layer], row->rowid, zUnit, aParam[k].zUnit));
  }
  return SQLITE_OK;
}

int wallet_rules(const PolicyIndex *p, const char *zFunc, int day, WalletRules *r, char **pzErr) {
  long long a[SHEBAO_COUNT(aParam)];
  int k, rc = SQLITE_OK;
  for (k = 0; rc == SQLITE_OK && k < SHEBAO_COUNT(aParam); k++)
    rc = read_param(p, zFunc, k, day, &a[k], pzErr);
  if (rc != SQLITE_OK) return rc;
  r->day = day;
  r->perDay = (int)a[0];
  r->maxFen = a[1];
  r->nightStart = (int)a[2];
  r->nightEnd = (int)a[3];
  r->refundTime = (int)a[4];
  r->pendingBlocks = (int)a[5];
  return SQLITE_OK;
}
