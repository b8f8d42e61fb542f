/*
** Settings of one connection: shebao_set(name, value) -> the previous value.
**
**   SELECT shebao_set('on_error', 'null');    -- 'raise': questions now answer NULL for bad input
**   SELECT shebao_set('on_error', 'raise');   -- 'null': back to errors
**
** on_error says what a question (every function and table-valued function but the direct-only commands) does
** with an argument it cannot read: 'raise' an error (the default) or answer NULL (no rows). Errors that are
** not about the arguments raise either way: a broken policy layer, out of memory, a busy database. The
** setting lives in the connection's state (ShebaoConn): another connection keeps its own.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "util/text.h"
#include <string.h>

#define SETTINGS_LISTED "the settings are: on_error ('raise' or 'null')"

/* 'null' -> 1, 'raise' -> 0 (any case, trimmed); else an error naming both. */
static int on_error_value(const char *z, int n, int *pNull, char **pzErr) {
  char key[TEXT_KEY_MAX];
  int len = text_normalize(z, n, key);
  if (len == 4 && memcmp(key, "null", 4) == 0) {
    *pNull = 1;
  } else if (len == 5 && memcmp(key, "raise", 5) == 0) {
    *pNull = 0;
  } else {
    return shebao_error_value(pzErr, "shebao_set", "on_error is 'raise' or 'null', not", "value", z, n);
  }
  return SQLITE_OK;
}

/* Whether z[0..n) names the setting on_error ('on_error', 'ON-ERROR', 'on error'). */
static int is_on_error(const char *z, int n) {
  char key[TEXT_KEY_MAX];
  return text_normalize(z, n, key) == 8 && memcmp(key, "on error", 8) == 0;
}

static int unknown_setting(const char *z, int n, char **pzErr) {
  char zQuoted[TEXT_QUOTE_SIZE];
  text_quote(zQuoted, sizeof(zQuoted), z, n);
  return shebao_errorf(pzErr, "shebao_set(): unknown setting %s (name): " SETTINGS_LISTED, zQuoted);
}

/* shebao_set(name, value) -> the setting's previous value; NULL (and nothing changed) for a NULL or blank
** argument. */
static void shebao_set_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  ShebaoConn *conn = shebao_conn(ctx);
  const char *zName = 0, *zValue = 0;
  char *zErr = 0;
  int nName = 0, nValue = 0, isNull = 0, rc;
  rc = shebao_null_args(argc, argv); /* NULL or blank: NULL, and nothing changes */
  if (rc == SQLITE_OK) rc = shebao_arg_text("shebao_set", "name", argv[0], &zName, &nName, &zErr);
  if (rc == SQLITE_OK) rc = shebao_arg_text("shebao_set", "value", argv[1], &zValue, &nValue, &zErr);
  if (rc == SQLITE_OK && !is_on_error(zName, nName)) rc = unknown_setting(zName, nName, &zErr);
  if (rc == SQLITE_OK) rc = on_error_value(zValue, nValue, &isNull, &zErr);
  if (rc == SQLITE_OK) {
    sqlite3_result_text(ctx, conn->onErrorNull ? "null" : "raise", -1, SQLITE_STATIC);
    conn->onErrorNull = isNull;
  }
  shebao_result_error(ctx, rc, zErr);
}

/* A command, not a question: direct-only (not from a view or a trigger, whose effect on the connection
** would depend on when they run), never deterministic. */
static const ShebaoFunction aSettingFunction[] = {
    {"shebao_set", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, shebao_set_func, 0},
};

int shebao_register_settings(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return shebao_register_functions(db, conn, aSettingFunction, SHEBAO_COUNT(aSettingFunction), pzErrMsg);
}
