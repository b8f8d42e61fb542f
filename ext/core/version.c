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

int shebao_register_core(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return shebao_register_functions(db, conn, aCoreFunction, SHEBAO_COUNT(aCoreFunction), pzErrMsg);
}
