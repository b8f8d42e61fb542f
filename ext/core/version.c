/*
** Functions about shebao itself.
**
**   SELECT shebao_version();   -- '0.1.0', from the VERSION file
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3

static void shebao_version_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, SHEBAO_VERSION, -1, SQLITE_STATIC);
}

static const ShebaoFunction aCoreFunction[] = {
    {"shebao_version", 0, SHEBAO_PURE, shebao_version_func, 0},
};

/* shebao itself: its version; the connection's settings (core/settings.c); shebao_problem (core/problem.c),
** which looks up what the capabilities registered when it is called, not now. */
int shebao_register_core(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = shebao_register_functions(db, conn, aCoreFunction, SHEBAO_COUNT(aCoreFunction), pzErrMsg);
  if (rc == SQLITE_OK) rc = shebao_register_settings(db, conn, pzErrMsg);
  if (rc == SQLITE_OK) rc = shebao_register_problem(db, conn, pzErrMsg);
  return rc;
}
