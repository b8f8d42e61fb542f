/* The wallet in C (ext/wallet/): timestamps as China time, amounts to the fen, the decision of one transfer at
** every edge of every rule, and the window function's state, which stays the same size whatever the ledger. */
#include "harness.h"
#include "util/date.h"
#include "wallet/wallet.h"
#include <stdio.h>
#include <string.h>

static WalletTime t_of(const char *z) {
  WalletTime t = -1;
  cr_assert_eq(wallet_time_parse(z, (int)strlen(z), &t), TIME_OK, "%s", z);
  return t;
}

static const char *fmt(WalletTime t) {
  static char buf[WALLET_TIME_TEXT_LEN + 1];
  wallet_time_format(t, buf);
  return buf;
}

Test(wallet_time, china_time_and_offsets) {
  cr_assert_str_eq(fmt(t_of("2025-03-01 22:00:00")), "2025-03-01 22:00:00");
  cr_assert_str_eq(fmt(t_of("2025-03-01T14:00:00Z")), "2025-03-01 22:00:00");
  cr_assert_str_eq(fmt(t_of("2025-03-01T14:00:00z")), "2025-03-01 22:00:00");
  cr_assert_str_eq(fmt(t_of("2025-03-01 23:30:00-01:00")), "2025-03-02 08:30:00", "across China midnight");
  cr_assert_str_eq(fmt(t_of("2025-03-01 00:30:00+09:00")), "2025-02-28 23:30:00", "back across a month end");
  cr_assert_str_eq(fmt(t_of("2024-03-01 01:00:00+14:00")), "2024-02-29 19:00:00", "a leap day");
  cr_assert_str_eq(fmt(t_of("  2025-03-01T06:00  ")), "2025-03-01 06:00:00", "no seconds, spaces around");
  cr_assert_eq(t_of("2025-03-01 05:59:59.999") + 1, t_of("2025-03-01 06:00:00"), "milliseconds kept");
  cr_assert_eq(t_of("2025-03-01 05:59:59.9999999"), t_of("2025-03-01 05:59:59.999"), "beyond, dropped");
  cr_assert_eq(wallet_time_of_day(t_of("2025-03-01 06:00:00")), 6 * 3600 * 1000);
  cr_assert_eq(wallet_time_day(t_of("2025-03-01T16:00:00Z")), date_from_ymd(2025, 3, 2));
  cr_assert_eq(wallet_time_day(t_of("1969-12-31 23:59:59")), -1,
               "before 1970: the floor, not the truncation");
}

Test(wallet_time, what_is_not_a_timestamp) {
  static const char *const azMalformed[] = {
      "2025-03-01", "2025-03-01 10", "2025/03/01 10:00", "2025-3-1 10:00", "2025-03-01 10:00:00+15:00",
      "2025-03-01 10:00:00 Z", "2025-03-01 10:00:00.", "1740794400", "", "2025-03-01 10:00:00+8",
      "2025-03-01 10:00:00+0800", "2025-03-01 24:00:00", "2025-03-01 10:60:00", "2025-03-01 10:00:60",
      "2023-02-29"};
  static const char *const azImpossible[] = {"2025-02-29 10:00:00", "2025-13-01 10:00:00", "2025-04-31T08:00Z"};
  WalletTime t;
  size_t i;
  for (i = 0; i < sizeof(azMalformed) / sizeof(azMalformed[0]); i++)
    cr_expect_eq(wallet_time_parse(azMalformed[i], (int)strlen(azMalformed[i]), &t), TIME_MALFORMED, "%s",
                 azMalformed[i]);
  for (i = 0; i < sizeof(azImpossible) / sizeof(azImpossible[0]); i++)
    cr_expect_eq(wallet_time_parse(azImpossible[i], (int)strlen(azImpossible[i]), &t), TIME_IMPOSSIBLE, "%s",
                 azImpossible[i]);
}

static long long fen_of(const char *z) {
  long long fen = -1;
  cr_assert_eq(wallet_amount_text(z, (int)strlen(z), &fen), AMOUNT_OK, "%s", z);
  return fen;
}

Test(wallet_amount, text_real_and_integer_to_the_fen) {
  long long fen;
  cr_assert_eq(fen_of("2000"), 200000);
  cr_assert_eq(fen_of("2000.00"), 200000);
  cr_assert_eq(fen_of("2000.000"), 200000, "zeros past the fen");
  cr_assert_eq(fen_of(" 2000.01 "), 200001);
  cr_assert_eq(fen_of("0.1"), 10);
  cr_assert_eq(fen_of("+5"), 500);
  cr_assert_eq(fen_of("-5.5"), -550);
  cr_assert_eq(fen_of("99999999999999999999999"), WALLET_AMOUNT_HUGE, "saturated, never wrapped");
  cr_assert_eq(wallet_amount_text("2000.001", 8, &fen), AMOUNT_SUB_FEN);
  cr_assert_eq(wallet_amount_text("2,000", 5, &fen), AMOUNT_MALFORMED);
  cr_assert_eq(wallet_amount_text("2e3", 3, &fen), AMOUNT_MALFORMED);
  cr_assert_eq(wallet_amount_text(".5", 2, &fen), AMOUNT_MALFORMED);
  cr_assert_eq(wallet_amount_text("", 0, &fen), AMOUNT_MALFORMED);
  cr_assert_eq(wallet_amount_real(2000.01, &fen), AMOUNT_OK);
  cr_assert_eq(fen, 200001, "2000.01 as a double is 200000.99999999997 fen");
  cr_assert_eq(wallet_amount_real(0.1 + 0.2, &fen), AMOUNT_OK);
  cr_assert_eq(fen, 30);
  cr_assert_eq(wallet_amount_real(-0.01, &fen), AMOUNT_OK);
  cr_assert_eq(fen, -1);
  cr_assert_eq(wallet_amount_real(2000.001, &fen), AMOUNT_SUB_FEN);
  cr_assert_eq(wallet_amount_real(1e300, &fen), AMOUNT_OK);
  cr_assert_eq(fen, WALLET_AMOUNT_HUGE);
  cr_assert_eq(wallet_amount_real(1e300 * 1e300, &fen), AMOUNT_NOT_FINITE);
  cr_assert_eq(wallet_amount_integer(2000), 200000);
  cr_assert_eq(wallet_amount_integer(-9223372036854775807LL - 1), -WALLET_AMOUNT_HUGE);
}

/* The default rules, as the policy data has them. */
static WalletRules rules(void) {
  WalletRules r;
  memset(&r, 0, sizeof(r));
  r.perDay = 3;
  r.maxFen = 200000;
  r.nightStart = 22 * 3600000;
  r.nightEnd = 6 * 3600000;
  r.refundTime = 6 * 3600000;
  r.pendingBlocks = 1;
  return r;
}

static WalletVerdict send(const WalletRules *r, WalletLedger *l, const char *zSent, long long fen,
                          const char *zReceived) {
  return wallet_decide(r, l, t_of(zSent), fen, zReceived ? t_of(zReceived) : WALLET_NEVER);
}

Test(wallet_rules, the_night_from_22_to_06) {
  WalletRules r = rules();
  WalletLedger l;
  memset(&l, 0, sizeof(l));
  cr_assert_eq(send(&r, &l, "2025-03-01 05:59:59.999", 100, 0), WALLET_NIGHT);
  cr_assert_eq(send(&r, &l, "2025-03-01 06:00:00", 100, "2025-03-01 06:00:00"), WALLET_ALLOWED);
  cr_assert_eq(send(&r, &l, "2025-03-01 21:59:59.999", 100, "2025-03-01 21:59:59.999"), WALLET_ALLOWED);
  cr_assert_eq(send(&r, &l, "2025-03-01 22:00:00", 100, 0), WALLET_NIGHT);
  cr_assert_eq(send(&r, &l, "2025-03-02 00:00:00", 100, 0), WALLET_NIGHT);
  r.nightStart = r.nightEnd = 0; /* no night */
  cr_assert_eq(send(&r, &l, "2025-03-02 00:00:01", 100, 0), WALLET_ALLOWED);
  r.nightStart = 12 * 3600000; /* a night that does not wrap: 12:00 to 14:00 */
  r.nightEnd = 14 * 3600000;
  cr_assert_eq(wallet_decide(&r, &l, t_of("2025-03-03 13:59:59"), 100, WALLET_NEVER), WALLET_NIGHT);
  cr_assert_eq(wallet_decide(&r, &l, t_of("2025-03-03 14:00:00"), 100, WALLET_NEVER), WALLET_ALLOWED);
}

Test(wallet_rules, the_amount_and_the_day_and_what_wins) {
  WalletRules r = rules();
  WalletLedger l;
  memset(&l, 0, sizeof(l));
  cr_assert_eq(send(&r, &l, "2025-03-01 08:00:00", 200001, 0), WALLET_AMOUNT);
  cr_assert_eq(send(&r, &l, "2025-03-01 08:00:01", 0, 0), WALLET_AMOUNT);
  cr_assert_eq(send(&r, &l, "2025-03-01 08:00:02", -1, 0), WALLET_AMOUNT);
  cr_assert_eq(l.nToday, 0, "refused transfers do not count");
  cr_assert_eq(send(&r, &l, "2025-03-01 09:00:00", 200000, "2025-03-01 09:00:00"), WALLET_ALLOWED);
  cr_assert_eq(send(&r, &l, "2025-03-01 10:00:00", 1, "2025-03-01 10:00:00"), WALLET_ALLOWED);
  cr_assert_eq(send(&r, &l, "2025-03-01 11:00:00", 1, "2025-03-01 12:00:00"), WALLET_ALLOWED);
  cr_assert_eq(send(&r, &l, "2025-03-01 11:30:00", 1, 0), WALLET_DAILY_LIMIT, "the fourth, also pending");
  cr_assert_eq(send(&r, &l, "2025-03-01 11:31:00", 300000, 0), WALLET_AMOUNT, "amount before the day");
  cr_assert_eq(send(&r, &l, "2025-03-01 22:30:00", 300000, 0), WALLET_NIGHT, "night before everything");
  cr_assert_eq(send(&r, &l, "2025-03-02 06:00:00", 1, 0), WALLET_ALLOWED, "a new China day");
}

Test(wallet_rules, pending_until_received_or_refunded) {
  WalletRules r = rules();
  WalletLedger l;
  WalletTime sent = t_of("2025-03-01 10:00:00");
  memset(&l, 0, sizeof(l));
  cr_assert_str_eq(fmt(wallet_refund_at(&r, sent)), "2025-03-02 06:00:00");
  cr_assert_eq(send(&r, &l, "2025-03-01 10:00:00", 100, 0), WALLET_ALLOWED);
  cr_assert_eq(send(&r, &l, "2025-03-01 21:59:59", 100, 0), WALLET_PENDING);
  cr_assert_eq(send(&r, &l, "2025-03-02 06:00:00", 100, "2025-03-02 07:00:00"), WALLET_ALLOWED,
               "refunded now");
  cr_assert_eq(send(&r, &l, "2025-03-02 06:59:59.999", 100, 0), WALLET_PENDING);
  cr_assert_eq(send(&r, &l, "2025-03-02 07:00:00", 100, 0), WALLET_ALLOWED, "received at this moment");
  r.pendingBlocks = 0;
  cr_assert_eq(send(&r, &l, "2025-03-02 07:00:01", 100, 0), WALLET_ALLOWED, "the rule turned off");
  cr_assert_eq(send(&r, &l, "2025-03-02 07:00:02", 100, 0), WALLET_DAILY_LIMIT);
  r.pendingBlocks = 1;
  cr_assert_eq(send(&r, &l, "2025-03-03 06:00:00", 100, 0), WALLET_ALLOWED, "all refunded at 06:00");
}

Test(wallet_rules, a_ledger_before_1970) {
  WalletRules r = rules();
  WalletLedger l;
  memset(&l, 0, sizeof(l));
  cr_assert_eq(send(&r, &l, "1969-07-20 10:00:00", 100, "1969-07-20 10:01:00"), WALLET_ALLOWED,
               "the first transfer is not pending behind nothing");
  cr_assert_eq(send(&r, &l, "1969-07-20 10:00:30", 100, 0), WALLET_PENDING);
}

/* The window function keeps one state per partition, of a fixed size (about a hundred bytes), freed when SQLite
** finishes the partition: the peak of SQLite's heap while it runs does not grow with the number of payers (the
** same 20,000 rows, 10 payers or 5000). A state kept per payer would add half a megabyte; the allowance is 32
** bytes a payer, for what SQLite itself does differently (its pages, its partition buffer). */
static long long peak_of_ledger(int nPayer) {
  sqlite3 *db = open_shebao();
  char zSql[512];
  sqlite3_int64 cur = 0, hi = 0;
  const char *z;
  snprintf(zSql, sizeof(zSql),
           "CREATE TABLE l AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999)"
           " SELECT i, i %% %d AS payer, datetime('2025-03-01 06:00:00', '+' || (i / %d) || ' minutes') AS "
           "sent_at,"
           " 100 AS amount FROM n; CREATE INDEX l_payer ON l(payer, sent_at, i);",
           nPayer, nPayer);
  exec_ok(db, zSql);
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &cur, &hi, 1);
  z = q(db, "SELECT count(r) FROM (SELECT wallet_check(sent_at, amount) OVER (PARTITION BY payer ORDER BY"
            " sent_at, i) AS r FROM l)");
  cr_assert(strncmp(z, "error", 5) != 0, "%s", z);
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &cur, &hi, 0);
  sqlite3_close(db);
  return hi;
}

Test(wallet_window, memory_does_not_grow_with_the_number_of_payers) {
  long long few = peak_of_ledger(10), many = peak_of_ledger(5000);
  cr_assert(many <= few + (5000 - 10) * 32, "10 payers: %lld bytes at the peak; 5000 payers: %lld", few,
            many);
}
