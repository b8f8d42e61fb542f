/*
** The readers of the wallet's arguments: timestamps and amounts, with the errors that name the function, quote
** the value and name the argument.
**
**   wallet_check(): malformed amount '2,000' (amount): expected yuan as a number, e.g. 2000 or '1999.50'
**   wallet_check(): impossible timestamp '2025-02-29 10:00:00' (sent_at)
*/
#include "wallet/wallet.h"
SQLITE_EXTENSION_INIT3
#include "util/text.h"

int wallet_arg_time(const char *zFunc, const char *zParam, sqlite3_value *v, WalletTime *pt, char **pzErr) {
  const char *z;
  char zQuoted[TEXT_QUOTE_SIZE];
  int n, rc = shebao_arg_text(zFunc, zParam, v, &z, &n, pzErr);
  TimeStatus st;
  if (rc != SQLITE_OK) return rc;
  st = wallet_time_parse(z, n, pt);
  if (st == TIME_OK) return SQLITE_OK;
  if (st == TIME_IMPOSSIBLE) return shebao_error_value(pzErr, zFunc, "impossible timestamp", zParam, z, n);
  text_quote(zQuoted, sizeof(zQuoted), z, n);
  return shebao_errorf(pzErr,
                       "%s(): malformed timestamp %s (%s): expected YYYY-MM-DD HH:MM[:SS], China time unless "
                       "it ends with an offset (Z, +08:00)",
                       zFunc, zQuoted, zParam);
}

/* The error of an amount that is not one. */
static int amount_error(const char *zFunc, sqlite3_value *v, AmountStatus st, char **pzErr) {
  const char *z = (const char *)sqlite3_value_text(v);
  int n = sqlite3_value_bytes(v);
  char zQuoted[TEXT_QUOTE_SIZE];
  if (z == 0) return SQLITE_NOMEM;
  text_quote(zQuoted, sizeof(zQuoted), z, n);
  if (st == AMOUNT_SUB_FEN) {
    return shebao_errorf(pzErr,
                         "%s(): amount %s (amount) has more than two decimals: amounts are yuan to the fen",
                         zFunc, zQuoted);
  }
  if (st == AMOUNT_NOT_FINITE) {
    return shebao_errorf(pzErr, "%s(): amount %s (amount) is not a finite number", zFunc, zQuoted);
  }
  return shebao_errorf(
      pzErr, "%s(): malformed amount %s (amount): expected yuan as a number, e.g. 2000 or '1999.50'", zFunc,
      zQuoted);
}

int wallet_arg_amount(const char *zFunc, sqlite3_value *v, long long *pFen, char **pzErr) {
  const char *z;
  int n, rc;
  AmountStatus st;
  switch (sqlite3_value_type(v)) {
  case SQLITE_INTEGER:
    *pFen = wallet_amount_integer(sqlite3_value_int64(v));
    return SQLITE_OK;
  case SQLITE_FLOAT:
    st = wallet_amount_real(sqlite3_value_double(v), pFen);
    break;
  default:
    rc = shebao_arg_text(zFunc, "amount", v, &z, &n, pzErr); /* a blob is an error */
    if (rc != SQLITE_OK) return rc;
    st = wallet_amount_text(z, n, pFen);
    break;
  }
  return st == AMOUNT_OK ? SQLITE_OK : amount_error(zFunc, v, st, pzErr);
}
