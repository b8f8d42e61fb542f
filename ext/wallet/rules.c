/*
** The wallet's rules for one transfer, given what the payer's earlier transfers left behind. Pure: no SQLite,
** no policy lookups (wallet/params.c reads the rules, wallet/window.c walks the ledger).
**
** Which rule wins when a transfer breaks several: the order of the checks below, the order in which the
** wallet itself refuses. The night closes the service (nothing else is looked at); an amount out of bounds is
** wrong whatever came before; the day's count is exhausted until midnight, which waiting for a receipt does not
** change; only then does a pending transfer block.
**
** The edges: the night runs from its start included to its end excluded (22:00:00.000 is night, 05:59:59.999
** is night, 06:00:00.000 is not); a transfer received or refunded at the very moment of the next one no longer
** blocks it; the count restarts at China midnight.
*/
#include "wallet/wallet.h"

const char *const wallet_verdict_names[] = {0, "night", "amount", "daily_limit", "pending"};

/* Within the night? A night that starts later in the day than it ends runs over midnight. */
static int is_night(const WalletRules *r, int msOfDay) {
  if (r->nightStart == r->nightEnd) return 0;
  if (r->nightStart > r->nightEnd) return msOfDay >= r->nightStart || msOfDay < r->nightEnd;
  return msOfDay >= r->nightStart && msOfDay < r->nightEnd;
}

WalletTime wallet_refund_at(const WalletRules *r, WalletTime sent) {
  return wallet_time_at(wallet_time_day(sent) + 1, r->refundTime);
}

WalletVerdict wallet_decide(const WalletRules *r, WalletLedger *l, WalletTime sent, long long fen,
                            WalletTime received) {
  int day = wallet_time_day(sent);
  WalletTime settled;
  if (is_night(r, wallet_time_of_day(sent))) return WALLET_NIGHT;
  if (fen <= 0 || fen > r->maxFen) return WALLET_AMOUNT;
  if (l->day != day) {
    l->day = day;
    l->nToday = 0;
  }
  if (l->nToday >= r->perDay) return WALLET_DAILY_LIMIT;
  if (r->pendingBlocks && l->nAllowed > 0 && sent < l->busyUntil) return WALLET_PENDING;
  /* Allowed: it counts for the day, and blocks the next until it is received or refunded. */
  l->nToday++;
  settled = wallet_refund_at(r, sent);
  if (received < settled) settled = received;
  if (l->nAllowed++ == 0 || settled > l->busyUntil) l->busyUntil = settled;
  return WALLET_ALLOWED;
}
