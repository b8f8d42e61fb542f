/*
** The per-connection state: which policy index a connection's functions answer from.
**
** Each connection that loads shebao gets its own state and its own index; nothing mutable is shared between
** connections (the embedded default rows are read-only data).
*/
#include "shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy.h"
#include <string.h>

ShebaoConn *shebao_conn_new(sqlite3 *db, char **pzErr) {
  ShebaoConn *conn = sqlite3_malloc64(sizeof(*conn));
  *pzErr = 0;
  if (conn == 0) return 0;
  memset(conn, 0, sizeof(*conn));
  conn->db = db;
  conn->nRef = 1;
  conn->pIndex = policy_index_build_default(pzErr);
  if (conn->pIndex == 0) {
    sqlite3_free(conn);
    return 0;
  }
  return conn;
}

void shebao_conn_ref(ShebaoConn *conn) {
  conn->nRef++;
}

void shebao_conn_unref(void *p) {
  ShebaoConn *conn = (ShebaoConn *)p;
  if (conn && --conn->nRef == 0) {
    policy_index_unref(conn->pIndex);
    sqlite3_free(conn);
  }
}

PolicyIndex *shebao_policy(sqlite3_context *ctx) {
  ShebaoConn *conn = (ShebaoConn *)sqlite3_user_data(ctx);
  return conn->pIndex;
}

int shebao_policy_acquire(ShebaoConn *conn, PolicyIndex **ppIndex, char **pzErr) {
  *pzErr = 0;
  policy_index_ref(conn->pIndex);
  *ppIndex = conn->pIndex;
  return SQLITE_OK;
}
