/*
** The floor of the benchmarks: bench_noop(), a C function that does nothing, registered with the same flags
** and the same kind of user data as shebao's functions, for every arity shebao uses (0 to 5 arguments).
**
**   SELECT count(bench_noop(term)) FROM data;        -- what SQLite itself costs per call and row
**
** Bench-only: registered in-process by tests/bench/bench.c, never part of dist/.
*/
#include <sqlite3.h>

static void noop_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)ctx;
  (void)argc;
  (void)argv;
}

int bench_noop_register(sqlite3 *db) {
  static int userData; /* shebao's functions have user data too: the same work for SQLite */
  int nArg, rc = SQLITE_OK;
  for (nArg = 0; rc == SQLITE_OK && nArg <= 5; nArg++) {
    rc = sqlite3_create_function_v2(db, "bench_noop", nArg,
                                    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, &userData,
                                    noop_func, 0, 0, 0);
  }
  return rc;
}
