/*
** wallet_check(sent_at, amount [, received_at]) OVER (PARTITION BY payer ORDER BY sent_at): the window function
** that walks a payer's ledger in time order and answers, for each transfer, NULL (allowed) or the rule it
** breaks (wallet/rules.c).
**
** HOW IT USES THE WINDOW
** Each partition has one state (sqlite3_aggregate_context): the count of the current China day, until when
** an allowed transfer was pending, and the rules of the day; a few dozen bytes per payer, whatever the length
** of the ledger, freed when SQLite finishes the partition. xStep decides the row it is given; xValue answers
** for the row stepped last. That is the current row exactly when SQLite steps each row once, in order, and
** asks for its value before stepping the next: a frame that ends at the current row (the default, ROWS or
** RANGE), whatever its start (a row that leaves the frame still happened: xInverse changes nothing). Any other
** use is refused with an error rather than answered wrongly:
**   - peers: two rows with the same ORDER BY value are stepped together under RANGE/GROUPS (the default);
**   - a frame that ends after the current row, or no ORDER BY (all rows stepped before the first value);
**   - a frame that ends before it, or FILTER (a value asked with no new row);
**   - EXCLUDE, and use as an aggregate (no value asked at all: only xFinal);
**   - rows out of time order (ORDER BY something else, or texts whose offsets sort differently).
** A row with a NULL or blank sent_at or amount answers NULL and is not a transfer: it changes nothing.
** received_at NULL or blank means not received (the two-argument form: none was).
*/
#include "wallet/wallet.h"
SQLITE_EXTENSION_INIT3
#include "util/text.h"

#define FN "wallet_check"
#define USE "use " FN "(sent_at, amount [, received_at]) OVER (PARTITION BY payer ORDER BY sent_at, id)"

typedef struct WalletWindow {
  long long nStep, nValue; /* rows stepped, values asked: in turn, one each */
  WalletVerdict verdict;   /* of the row stepped last */
  int lastNull;            /* it had a NULL sent_at or amount */
  int haveLast, lastTie;   /* a transfer was stepped before; it had the sent_at of the one before it */
  WalletTime lastSent;
  int haveRules; /* rules holds the rules of its day */
  WalletRules rules;
  WalletLedger ledger;
} WalletWindow;

typedef struct Transfer {
  WalletTime sent, received;
  long long fen;
} Transfer;

/* A value as error messages quote it (shortened, escaped): buf holds TEXT_QUOTE_SIZE bytes. */
static const char *quoted(sqlite3_value *v, char *buf) {
  text_quote(buf, TEXT_QUOTE_SIZE, (const char *)sqlite3_value_text(v), sqlite3_value_bytes(v));
  return buf;
}

static int read_transfer(int argc, sqlite3_value **argv, Transfer *t, char **pzErr) {
  char zSent[WALLET_TIME_TEXT_LEN + 1], zQuoted[TEXT_QUOTE_SIZE];
  int rc = wallet_arg_time(FN, "sent_at", argv[0], &t->sent, pzErr);
  if (rc == SQLITE_OK) rc = wallet_arg_amount(FN, argv[1], &t->fen, pzErr);
  t->received = WALLET_NEVER;
  if (rc != SQLITE_OK || argc < 3) return rc;
  rc = shebao_arg_blank(argv[2]);
  if (rc != SQLITE_OK) return rc == SHEBAO_NULL ? SQLITE_OK : rc; /* NULL or blank: not received */
  rc = wallet_arg_time(FN, "received_at", argv[2], &t->received, pzErr);
  if (rc == SQLITE_OK && t->received < t->sent) {
    wallet_time_format(t->sent, zSent);
    rc = shebao_errorf(pzErr, FN "(): received_at %s (received_at) is before sent_at %s (China time)",
                       quoted(argv[2], zQuoted), zSent);
  }
  return rc;
}

/* The ledger must come in time order: one transfer before the last one means the window is ordered by
** something else. */
static int check_order(WalletWindow *w, const Transfer *t, sqlite3_value *pSent, char **pzErr) {
  char zLast[WALLET_TIME_TEXT_LEN + 1], zQuoted[TEXT_QUOTE_SIZE];
  if (w->haveLast && t->sent < w->lastSent) {
    wallet_time_format(w->lastSent, zLast);
    return shebao_errorf(pzErr,
                         FN
                         "(): sent_at %s (sent_at) is earlier than the transfer before it (%s China time): "
                         "the window must be in time order, ORDER BY sent_at (texts with different offsets "
                         "do not sort in time order)",
                         quoted(pSent, zQuoted), zLast);
  }
  w->lastTie = w->haveLast && t->sent == w->lastSent;
  w->lastSent = t->sent;
  w->haveLast = 1;
  return SQLITE_OK;
}

/* The rules of the transfer's China date, read once per date. */
static int rules_of(sqlite3_context *ctx, WalletWindow *w, int day, char **pzErr) {
  PolicyIndex *p = 0;
  int rc;
  if (w->haveRules && w->rules.day == day) return SQLITE_OK;
  w->haveRules = 0;
  rc = shebao_call_policy(ctx, &p, pzErr);
  if (rc == SQLITE_OK) rc = policy_usable(p, FN, TABLE_BIT(PT_PARAMETERS), pzErr);
  if (rc == SQLITE_OK) rc = wallet_rules(p, FN, day, &w->rules, pzErr);
  w->haveRules = rc == SQLITE_OK;
  return rc;
}

/* Is the transfer being stepped (sent_at pSent) at the time of the one before? Then they are peers. */
static int ties_last(const WalletWindow *w, sqlite3_value *pSent) {
  WalletTime t;
  const char *z = pSent ? (const char *)sqlite3_value_text(pSent) : 0;
  if (!w->haveLast || z == 0) return 0;
  return wallet_time_parse(z, sqlite3_value_bytes(pSent), &t) == TIME_OK && t == w->lastSent;
}

/* Why the row asked for, or stepped, is not the one after the last row answered. pSent: the sent_at of the row
** being stepped, or NULL (a value asked). */
static void frame_error(sqlite3_context *ctx, const WalletWindow *w, sqlite3_value *pSent) {
  if (w->nStep > w->nValue + 1 && (w->lastTie || ties_last(w, pSent))) {
    sqlite3_result_error(ctx,
                         FN "(): transfers at the same sent_at entered the window together: order it by a "
                            "unique column too, and use it as a window, not an aggregate: " USE,
                         -1);
  } else if (w->nStep > w->nValue + 1) {
    sqlite3_result_error(ctx,
                         FN "(): more than one transfer entered the window at once: use it as a window, not "
                            "an aggregate, ordered by sent_at, with no frame beyond the current row: " USE,
                         -1);
  } else {
    sqlite3_result_error(ctx,
                         FN "(): the current row is not in the frame: no FILTER, no frame ending before the "
                            "current row: " USE,
                         -1);
  }
}

void wallet_check_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  WalletWindow *w = sqlite3_aggregate_context(ctx, sizeof(WalletWindow));
  Transfer t;
  char *zErr = 0;
  int rc;
  if (w == 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  w->lastNull = 1;
  if (++w->nStep > w->nValue + 1) {
    /* The row before was never asked for: an aggregate, or a frame beyond the current row. */
    frame_error(ctx, w, argv[0]);
    return;
  }
  rc = shebao_null_args(2, argv); /* NULL or blank sent_at or amount: not a transfer */
  if (rc == SQLITE_OK) rc = read_transfer(argc, argv, &t, &zErr);
  if (rc == SQLITE_OK) rc = check_order(w, &t, argv[0], &zErr);
  if (rc == SQLITE_OK) rc = rules_of(ctx, w, wallet_time_day(t.sent), &zErr);
  if (rc == SQLITE_OK) {
    w->verdict = wallet_decide(&w->rules, &w->ledger, t.sent, t.fen, t.received);
    w->lastNull = 0;
  }
  shebao_result_error(ctx, rc, zErr);
}

void wallet_check_inverse(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  /* A transfer that leaves the frame still happened: the ledger keeps it. */
  (void)ctx;
  (void)argc;
  (void)argv;
}

void wallet_check_value(sqlite3_context *ctx) {
  WalletWindow *w = sqlite3_aggregate_context(ctx, sizeof(WalletWindow));
  if (w == 0) {
    sqlite3_result_error_nomem(ctx);
  } else if (w->nStep != w->nValue + 1) {
    frame_error(ctx, w, 0);
  } else {
    w->nValue++;
    if (!w->lastNull && w->verdict != WALLET_ALLOWED)
      sqlite3_result_text(ctx, wallet_verdict_names[w->verdict], -1, SQLITE_STATIC);
  }
}

void wallet_check_final(sqlite3_context *ctx) {
  const WalletWindow *w = sqlite3_aggregate_context(ctx, 0);
  /* A window calls xValue for every row before xFinal (whose result it ignores); an aggregate never does, and
  ** neither does a frame with EXCLUDE (which SQLite evaluates by re-aggregating each row). */
  if (w == 0 || w->nValue == 0) {
    sqlite3_result_error(ctx, FN "(): a window function, not an aggregate, and without EXCLUDE: " USE, -1);
  }
}
