/*
** The wallet's SQL surface: wallet_check (the window function, wallet/window.c) and wallet_refund_at.
**
**   SELECT wallet_refund_at('2025-03-01 21:30:00');        -- '2025-03-02 06:00:00'
**   SELECT wallet_refund_at('2025-03-01T15:00:00Z');       -- '2025-03-02 06:00:00' (23:00 China time)
**
** Both answer from policy parameters, which a layer can change: registered without SQLITE_DETERMINISTIC.
*/
#include "wallet/wallet.h"
SQLITE_EXTENSION_INIT3

/* The answer depends on the policy data: innocuous, not deterministic. */
#define WALLET_FLAGS SHEBAO_POLICY

/* wallet_refund_at(sent_at) -> 'YYYY-MM-DD HH:MM:SS' (China time): when a transfer sent then is refunded if
** nobody receives it, under the rules of its China date. */
static void wallet_refund_at_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  static const char zFunc[] = "wallet_refund_at";
  PolicyIndex *p = 0;
  WalletRules r;
  WalletTime sent;
  char *zErr = 0, zOut[WALLET_TIME_TEXT_LEN + 1];
  int rc = shebao_arg_blank(argv[0]);
  (void)argc;
  if (rc == SQLITE_OK) rc = shebao_call_policy(ctx, &p, &zErr);
  if (rc == SQLITE_OK) rc = wallet_arg_time(zFunc, "sent_at", argv[0], &sent, &zErr);
  if (rc == SQLITE_OK) rc = policy_usable(p, zFunc, TABLE_BIT(PT_PARAMETERS), &zErr);
  if (rc == SQLITE_OK) rc = wallet_rules(p, zFunc, wallet_time_day(sent), &r, &zErr);
  if (rc == SQLITE_OK) {
    wallet_time_format(wallet_refund_at(&r, sent), zOut);
    sqlite3_result_text(ctx, zOut, WALLET_TIME_TEXT_LEN, SQLITE_TRANSIENT);
  }
  shebao_result_error(ctx, rc, zErr);
}

static const ShebaoWindowFunction aWalletWindow[] = {
    {"wallet_check", 2, WALLET_FLAGS, wallet_check_step, wallet_check_final, wallet_check_value,
     wallet_check_inverse},
    {"wallet_check", 3, WALLET_FLAGS, wallet_check_step, wallet_check_final, wallet_check_value,
     wallet_check_inverse},
};

static const ShebaoFunction aWalletFunction[] = {
    {"wallet_refund_at", 1, WALLET_FLAGS, wallet_refund_at_func, 0},
};

int shebao_register_wallet(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = shebao_register_window_functions(db, conn, aWalletWindow, SHEBAO_COUNT(aWalletWindow), pzErrMsg);
  if (rc == SQLITE_OK)
    rc = shebao_register_functions(db, conn, aWalletFunction, SHEBAO_COUNT(aWalletFunction), pzErrMsg);
  return rc;
}
