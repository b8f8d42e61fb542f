/*
** The one convention for errors (see core/shebao.h): messages are made here, and handed to SQLite here.
**
**   rc = shebao_error_value(&zErr, "region_enabled", "unknown region", "region", z, n);
**        -> "region_enabled(): unknown region '火星市' (region)", SQLITE_ERROR
**   shebao_result_error(ctx, rc, zErr);      in an SQL function
**   return shebao_vtab_error(pVtab, rc, zErr);   in a virtual table method
**
** on_error. A question's error about its arguments answers NULL instead when the connection says so
** (shebao_set('on_error', 'null'), core/settings.c); errors of the policy (SHEBAO_POLICY_ERROR), out of memory
** and a busy database raise all the same.
**
** An error without its message would reach the user as another error ('SQL logic error'): a message that
** cannot be made is SQLITE_NOMEM, never SQLITE_ERROR without text.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "util/text.h"
#include <stdarg.h>

int shebao_errorf(char **pzErr, const char *zFormat, ...) {
  va_list ap;
  va_start(ap, zFormat);
  sqlite3_free(*pzErr);
  *pzErr = sqlite3_vmprintf(zFormat, ap);
  va_end(ap);
  return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

int shebao_error_value(char **pzErr, const char *zFunc, const char *zWhat, const char *zParam, const char *z,
                       int n) {
  char zQuoted[TEXT_QUOTE_SIZE];
  text_quote(zQuoted, sizeof(zQuoted), z, n);
  return shebao_errorf(pzErr, "%s(): %s %s (%s)", zFunc, zWhat, zQuoted, zParam);
}

int shebao_policy_error(int rc) {
  return rc == SQLITE_ERROR ? SHEBAO_POLICY_ERROR : rc;
}

int shebao_on_error(ShebaoConn *conn, int rc, char **pzErr) {
  if (rc == SHEBAO_POLICY_ERROR) {
    conn->nPolicyError++;
    return SQLITE_ERROR;
  }
  if (rc != SQLITE_ERROR || !conn->onErrorNull) return rc;
  sqlite3_free(*pzErr);
  *pzErr = 0;
  return SHEBAO_NULL;
}

void shebao_result_error(sqlite3_context *ctx, int rc, char *zErr) {
  const ShebaoRegistration *r = (const ShebaoRegistration *)sqlite3_user_data(ctx);
  /* Only on the way of an error: an answer costs nothing here. Commands (direct-only) always raise. */
  if (rc != SQLITE_OK && rc != SHEBAO_NULL && !(r->flags & SQLITE_DIRECTONLY))
    rc = shebao_on_error(r->conn, rc, &zErr);
  shebao_result_raise(ctx, rc, zErr);
}

void shebao_result_raise(sqlite3_context *ctx, int rc, char *zErr) {
  if (rc == SHEBAO_POLICY_ERROR) rc = SQLITE_ERROR;
  if (rc == SQLITE_NOMEM || (rc != SQLITE_OK && rc != SHEBAO_NULL && zErr == 0)) {
    sqlite3_result_error_nomem(ctx);
  } else if (rc != SQLITE_OK && rc != SHEBAO_NULL) {
    sqlite3_result_error(ctx, zErr, -1);
    if (rc != SQLITE_ERROR) sqlite3_result_error_code(ctx, rc);
  }
  sqlite3_free(zErr);
}

int shebao_vtab_error(sqlite3_vtab *pVtab, int rc, char *zErr) {
  if (rc == SHEBAO_POLICY_ERROR) rc = SQLITE_ERROR;
  if (rc == SQLITE_OK || rc == SHEBAO_NULL) {
    sqlite3_free(zErr);
    return SQLITE_OK;
  }
  if (rc != SQLITE_NOMEM && zErr == 0) rc = SQLITE_NOMEM;
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = rc == SQLITE_NOMEM ? 0 : zErr;
  if (rc == SQLITE_NOMEM) sqlite3_free(zErr);
  return rc;
}
