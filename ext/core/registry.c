/*
** Registration of SQL functions and modules from a capability's table, with every return code checked.
**
** Every function and module of a connection answers for one ShebaoConn: a function's user data is its
** registration (which points to it), a module's client data a ShebaoModuleData. Each registration takes a
** reference and SQLite gives it back through the destructor when the function or module goes away (the
** connection closes, the extension is loaded again, or the user overrides one function).
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3

/* The next registration slot, filled in; one more than the table holds is an error of the build, reported at
** load. nRegistered moves only when the registration succeeds (commit). */
static int next_slot(ShebaoConn *conn, const char *zName, int isModule, int nArg, int flags, int iVariant,
                     ShebaoRegistration **ppSlot, char **pzErrMsg) {
  ShebaoRegistration *r;
  if (conn->nRegistered == SHEBAO_MAX_REGISTRATIONS) {
    if (pzErrMsg)
      *pzErrMsg = sqlite3_mprintf("shebao: more than %d registrations: raise SHEBAO_MAX_REGISTRATIONS",
                                  SHEBAO_MAX_REGISTRATIONS);
    return SQLITE_INTERNAL;
  }
  r = &conn->aRegistered[conn->nRegistered];
  r->conn = conn;
  r->zName = zName;
  r->isModule = isModule;
  r->nArg = nArg;
  r->flags = flags;
  r->iVariant = iVariant;
  *ppSlot = r;
  return SQLITE_OK;
}

/* The destructor of a function's user data: its registration's reference to the connection. */
static void registration_unref(void *p) {
  shebao_conn_unref(((ShebaoRegistration *)p)->conn);
}

/* Registers one function: a scalar one (f) or a window function (w). */
static int register_function(sqlite3 *db, ShebaoConn *conn, const ShebaoFunction *f,
                             const ShebaoWindowFunction *w, char **pzErrMsg) {
  const char *zName = f ? f->zName : w->zName;
  int nArg = f ? f->nArg : w->nArg, flags = f ? f->flags : w->flags;
  ShebaoRegistration *r;
  int rc = next_slot(conn, zName, 0, nArg, flags, f ? f->iVariant : 0, &r, pzErrMsg);
  if (rc != SQLITE_OK) return rc;
  shebao_conn_ref(conn);
  /* On failure SQLite calls the destructor itself, which gives the reference back. */
  if (f)
    rc = sqlite3_create_function_v2(db, zName, nArg, flags, r, f->xFunc, 0, 0, registration_unref);
  else
    rc = sqlite3_create_window_function(db, zName, nArg, flags, r, w->xStep, w->xFinal, w->xValue,
                                        w->xInverse, registration_unref);
  if (rc != SQLITE_OK) {
    if (pzErrMsg)
      *pzErrMsg =
          sqlite3_mprintf("shebao: cannot register function %s/%d: %s", zName, nArg, sqlite3_errstr(rc));
    return rc;
  }
  conn->nRegistered++;
  return SQLITE_OK;
}

int shebao_register_functions(sqlite3 *db, ShebaoConn *conn, const ShebaoFunction *aFunc, int nFunc,
                              char **pzErrMsg) {
  int i, rc = SQLITE_OK;
  for (i = 0; rc == SQLITE_OK && i < nFunc; i++)
    rc = register_function(db, conn, &aFunc[i], 0, pzErrMsg);
  return rc;
}

int shebao_register_window_functions(sqlite3 *db, ShebaoConn *conn, const ShebaoWindowFunction *aFunc,
                                     int nFunc, char **pzErrMsg) {
  int i, rc = SQLITE_OK;
  for (i = 0; rc == SQLITE_OK && i < nFunc; i++)
    rc = register_function(db, conn, 0, &aFunc[i], pzErrMsg);
  return rc;
}

/* A module's client data: what the module describes (pDesc, static) and the connection it answers for. */
static void module_data_destroy(void *p) {
  ShebaoModuleData *data = (ShebaoModuleData *)p;
  shebao_conn_unref(data->conn);
  sqlite3_free(data);
}

int shebao_register_module(sqlite3 *db, ShebaoConn *conn, const char *zName, const sqlite3_module *pModule,
                           const void *pDesc, char **pzErrMsg) {
  ShebaoRegistration *r;
  ShebaoModuleData *data;
  int rc = next_slot(conn, zName, 1, 0, 0, 0, &r, pzErrMsg);
  if (rc != SQLITE_OK) return rc;
  data = sqlite3_malloc64(sizeof(*data));
  if (data == 0) {
    rc = SQLITE_NOMEM;
  } else {
    data->pDesc = pDesc;
    data->conn = conn;
    shebao_conn_ref(conn);
    /* On failure SQLite calls the destructor itself. */
    rc = sqlite3_create_module_v2(db, zName, pModule, data, module_data_destroy);
  }
  if (rc != SQLITE_OK) {
    if (pzErrMsg)
      *pzErrMsg = sqlite3_mprintf("shebao: cannot register module %s: %s", zName, sqlite3_errstr(rc));
    return rc;
  }
  conn->nRegistered++;
  return SQLITE_OK;
}

void shebao_unregister_all(sqlite3 *db, ShebaoConn *conn) {
  /* Deleting a function or a module that exists allocates nothing, so this works when memory has run out. A
  ** function cannot be deleted while a statement runs (SELECT load_extension(...)): SQLITE_BUSY, and it
  ** stays, complete and working. */
  while (conn->nRegistered > 0) {
    const ShebaoRegistration *r = &conn->aRegistered[--conn->nRegistered];
    if (r->isModule)
      sqlite3_create_module_v2(db, r->zName, 0, 0, 0);
    else
      sqlite3_create_function_v2(db, r->zName, r->nArg, r->flags, 0, 0, 0, 0, 0);
  }
}
