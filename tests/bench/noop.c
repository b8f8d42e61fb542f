/*
** The floor of the benchmarks: bench_noop(), a C function that does nothing, registered with the same flags
** and the same kind of user data as shebao's functions, for every arity shebao uses (0 to 6 arguments); and
** bench_noop_window(), a window function that does nothing, for the arities of wallet_check (2 and 3).
**
**   SELECT count(bench_noop(term)) FROM data;        -- what SQLite itself costs per call and row
**   SELECT count(r) FROM (SELECT bench_noop_window(sent_at, amount) OVER (PARTITION BY payer ORDER BY sent_at)
**                         AS r FROM ledger);         -- what SQLite costs to run a window over the rows
**
** Bench-only: registered in-process by tests/bench/bench.c, never part of dist/.
*/
#include <sqlite3.h>

static void noop_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)ctx;
  (void)argc;
  (void)argv;
}

/* The window function keeps an aggregate context per partition, as wallet_check does. */
static void noop_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_aggregate_context(ctx, 8);
}

static void noop_value(sqlite3_context *ctx) {
  (void)ctx;
}

int bench_noop_register(sqlite3 *db) {
  static int userData; /* shebao's functions have user data too: the same work for SQLite */
  int nArg, rc = SQLITE_OK;
  for (nArg = 0; rc == SQLITE_OK && nArg <= 6; nArg++) {
    rc = sqlite3_create_function_v2(db, "bench_noop", nArg,
                                    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, &userData,
                                    noop_func, 0, 0, 0);
  }
  for (nArg = 2; rc == SQLITE_OK && nArg <= 3; nArg++) {
    rc = sqlite3_create_window_function(db, "bench_noop_window", nArg, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                        &userData, noop_step, noop_value, noop_value, noop_func, 0);
  }
  return rc;
}
