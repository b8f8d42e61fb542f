/*
** shebao: the loadable extension's entry point.
**
**   sqlite3 :memory: ".load ./dist/shebao" "SELECT is_near_relative('外婆');"
**
** sqlite3_shebao_init() creates the per-connection state (the policy index built from the embedded default
** policy) and registers every capability: one register function per folder of ext/. The same file serves the
** loadable (dist/shebao.so) and the static library (dist/libshebao.a, built with -DSQLITE_CORE, registered
** with sqlite3_auto_extension()).
*/
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include "core/shebao.h"
#include "policy/guards.h"
#include "shebao_public.h" /* the declaration static users see, checked against the definition below */

typedef int (*CapabilityRegister)(sqlite3 *, ShebaoConn *, char **);

/* The capabilities, one per folder of ext/, in the order they register. */
static const CapabilityRegister aCapability[] = {
    shebao_register_core,     shebao_register_policy,  shebao_register_relations,
    shebao_register_regions,  shebao_register_sharing, shebao_register_cert,
    shebao_register_identity, shebao_register_binding, shebao_register_wallet,
};

/* The one exported symbol: everything else is built with hidden visibility. */
#if defined(_WIN32)
#define SHEBAO_EXPORT __declspec(dllexport)
#elif defined(__GNUC__)
#define SHEBAO_EXPORT __attribute__((visibility("default")))
#else
#define SHEBAO_EXPORT
#endif

/* Puts shebao's guards on the layer tables now, so that every write to them is checked from the moment shebao
** is loaded (policy/triggers.c). Not while a statement runs (SELECT load_extension(...)): that would change
** the schema under it. A database that cannot be read now (locked) leaves its tables without: the index
** reads them as tables written without shebao, and shebao_create_layer puts the guards on later. Out of
** memory fails the load, which takes back what it made. */
static int guard_layers(sqlite3 *db, char **pzErrMsg) {
  int rc = policy_statement_running(db) ? SQLITE_OK : policy_install_guards(db);
  if (rc != SQLITE_NOMEM) return SQLITE_OK;
  policy_remove_guards(db);
  if (pzErrMsg) *pzErrMsg = sqlite3_mprintf("shebao: out of memory");
  return rc;
}

SHEBAO_EXPORT int sqlite3_shebao_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi) {
  ShebaoConn *conn;
  char *zErr = 0;
  int rc, i;
  SQLITE_EXTENSION_INIT2(pApi);

  rc = shebao_conn_new(db, &conn, &zErr);
  if (rc != SQLITE_OK) {
    if (zErr == 0) zErr = sqlite3_mprintf("shebao: out of memory");
    if (pzErrMsg)
      *pzErrMsg = zErr;
    else
      sqlite3_free(zErr);
    return rc;
  }
  for (i = 0; rc == SQLITE_OK && i < SHEBAO_COUNT(aCapability); i++) {
    rc = aCapability[i](db, conn, pzErrMsg);
  }
  if (rc == SQLITE_OK) rc = guard_layers(db, pzErrMsg);
  /* All or nothing: a capability that failed (out of memory) takes the others back with it. */
  if (rc != SQLITE_OK) shebao_unregister_all(db, conn);
  conn->nRegistered = 0;
  /* Each registration holds its own reference; this one was the constructor's. */
  shebao_conn_unref(conn);
  return rc;
}
