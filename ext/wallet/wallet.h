/*
** The medical-insurance wallet (医保钱包): the rules every transfer from a payer's wallet to a relative's must
** keep, checked over a ledger of transfers by a window function, and the time an unreceived transfer is
** refunded.
**
**   SELECT wallet_check(sent_at, amount, received_at) OVER (PARTITION BY payer ORDER BY sent_at, id) FROM ledger;
**   SELECT wallet_refund_at('2025-03-01 10:00:00');   -- '2025-03-02 06:00:00'
**
** The rules, as policy parameters of the day a transfer is sent (China date), national ('000000'):
**   wallet_night_start, wallet_night_end  no transfer from 22:00 (included) to 06:00 (excluded)   'night'
**   wallet_max_per_transfer              more than zero and at most ¥2,000                       'amount'
**   wallet_transfers_per_day             at most 3 allowed transfers a China calendar day       'daily_limit'
**   wallet_pending_blocks, wallet_refund_time
**                                        none while an earlier allowed transfer is neither received nor
**                                        refunded (06:00 the next day)                          'pending'
** When a transfer breaks several, the first of that list is the answer.
**
**   wallet/timestamp.c  timestamps: ISO text with or without an offset, as China time
**   wallet/amount.c     amounts: yuan with fen precision
**   wallet/params.c     the rules in force on a day
**   wallet/rules.c      the decision for one transfer, given what the earlier ones left behind (pure)
**   wallet/window.c     wallet_check(), the window function
**   wallet/functions.c  wallet_refund_at(), and the registration
*/
#ifndef SHEBAO_WALLET_H
#define SHEBAO_WALLET_H
#include "core/shebao.h"
#include "policy/policy.h"

/* A moment, as milliseconds since 1970-01-01 00:00 China time (UTC+8): days and times of day are China's. */
typedef long long WalletTime;
#define WALLET_MS_PER_DAY 86400000LL
#define WALLET_NEVER 0x3fffffffffffffffLL /* a transfer never received */
#define WALLET_TIME_TEXT_LEN 19           /* "YYYY-MM-DD HH:MM:SS" */

/* What parsing a timestamp found. */
typedef enum TimeStatus { TIME_OK = 0, TIME_MALFORMED = 1, TIME_IMPOSSIBLE = 2 } TimeStatus;

/* Parses 'YYYY-MM-DD HH:MM[:SS[.fff]]' ('T' or a space between), surrounded by spaces or not, optionally
** followed by 'Z' or an offset (+HH:MM, -HH:MM), as util/date.c reads dates and times: a time without an offset
** is China time, one with an offset is converted. A date alone is malformed (the rules need the time), and so is
** a time out of range (24:00). Fractions of a second beyond the millisecond are dropped. TIME_IMPOSSIBLE: no
** such date (2023-02-29 10:00). */
TimeStatus wallet_time_parse(const char *z, int n, WalletTime *pt);

/* Writes "YYYY-MM-DD HH:MM:SS" (China time, seconds truncated) and a NUL: buf holds 20 bytes. */
void wallet_time_format(WalletTime t, char *buf);

int wallet_time_day(WalletTime t);          /* the China date, as days since 1970-01-01 (util/date.h) */
int wallet_time_of_day(WalletTime t);       /* milliseconds since China midnight */
WalletTime wallet_time_at(int day, int ms); /* the moment ms after China midnight of day */

/* Amounts are yuan with fen precision, held as fen. Text: an optional sign, digits, and at most two decimals
** (more only if they are zeros: '2000.000'), surrounded by spaces or not; nothing else ('2,000', '¥2000',
** '2e3', 'NaN'). A REAL must be a whole number of fen up to rounding error. Amounts beyond ±10^13 yuan are
** held as ±WALLET_AMOUNT_HUGE (over any limit, never allowed). */
typedef enum AmountStatus { AMOUNT_OK = 0, AMOUNT_MALFORMED, AMOUNT_SUB_FEN, AMOUNT_NOT_FINITE } AmountStatus;
#define WALLET_AMOUNT_HUGE 1000000000000000LL /* fen */
AmountStatus wallet_amount_text(const char *z, int n, long long *pFen);
AmountStatus wallet_amount_real(double x, long long *pFen);
long long wallet_amount_integer(long long yuan);

/* The rules in force on one China date: the wallet parameters of that date. */
typedef struct WalletRules {
  int day;                  /* the date they were read for */
  int perDay;               /* wallet_transfers_per_day */
  long long maxFen;         /* wallet_max_per_transfer */
  int nightStart, nightEnd; /* ms after midnight: night from start (included) to end (excluded) */
  int refundTime;           /* ms after midnight of the day after sending */
  int pendingBlocks;        /* wallet_pending_blocks: 1 or 0 */
} WalletRules;

/* Reads the rules in force on day: SQLITE_OK, or an error naming zFunc (a parameter missing, or not of its
** kind and unit). */
int wallet_rules(const PolicyIndex *p, const char *zFunc, int day, WalletRules *r, char **pzErr);

/* The answer for one transfer, in the order rules win when several are broken. */
typedef enum WalletVerdict {
  WALLET_ALLOWED = 0,
  WALLET_NIGHT,
  WALLET_AMOUNT,
  WALLET_DAILY_LIMIT,
  WALLET_PENDING
} WalletVerdict;
extern const char *const wallet_verdict_names[]; /* NULL, "night", "amount", "daily_limit", "pending" */

/* What the earlier allowed transfers of one payer leave behind: O(1), whatever the length of the ledger. */
typedef struct WalletLedger {
  int day;              /* the China date of the last transfer looked at (nToday 0: none yet) */
  int nToday;           /* allowed transfers on that date */
  long long nAllowed;   /* allowed transfers so far */
  WalletTime busyUntil; /* until when one of them was pending (not yet received nor refunded) */
} WalletLedger;

/* When a transfer sent at sent is refunded if nobody receives it: the refund time of the next China date. */
WalletTime wallet_refund_at(const WalletRules *r, WalletTime sent);

/* Decides a transfer sent at sent (rules r are those of its China date) of fen, received at received
** (WALLET_NEVER: not received), after the transfers recorded in l, which it then updates if it is allowed.
** Transfers must come in the order of sent. */
WalletVerdict wallet_decide(const WalletRules *r, WalletLedger *l, WalletTime sent, long long fen,
                            WalletTime received);

/* The window function wallet_check's callbacks (wallet/window.c), registered by wallet/functions.c. */
void wallet_check_step(sqlite3_context *ctx, int argc, sqlite3_value **argv);
void wallet_check_inverse(sqlite3_context *ctx, int argc, sqlite3_value **argv);
void wallet_check_value(sqlite3_context *ctx);
void wallet_check_final(sqlite3_context *ctx);

/* The readers of the arguments (wallet/args.c): SQLITE_OK, or an error naming zFunc, quoting the value and
** naming the argument (a blob included). NULL and blank text are the caller's (shebao_arg_blank). */
int wallet_arg_time(const char *zFunc, const char *zParam, sqlite3_value *v, WalletTime *pt, char **pzErr);
int wallet_arg_amount(const char *zFunc, sqlite3_value *v, long long *pFen, char **pzErr);

#endif
