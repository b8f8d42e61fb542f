/*
** The per-connection state: which policy index a connection's functions answer from, and how it stays
** current when the user's layers change, without an SQL query per call.
**
** HOW IT WORKS
** Each connection that loads shebao owns its index; nothing mutable is shared between connections. At the
** start of a call, shebao_policy() compares the index's stamp with a few counters:
**   - gen: shebao's TEMP triggers on the layer tables bump it on every INSERT, UPDATE or DELETE this
**     connection makes there (an INSERT into shebao_layer_journal), so the next call sees the change;
**   - the data version of main (SQLITE_FCNTL_DATA_VERSION) when main is a file or has layer tables: it moves
**     when any connection, in any process, commits to the file (outside a read transaction, a statement that
**     reads nothing from main, the pager is made to look first: one small PRAGMA); and of temp when temp
**     has layer tables;
**   - a ROLLBACK, ROLLBACK TO or failed statement may undo layer writes the index read: the same triggers
**     write to the virtual table shebao_layer_journal, which thereby joins the transaction, and SQLite tells
**     it of every rollback (xRollback, xRollbackTo), which bumps gen too (policy/journal.c).
** When the stamp differs, the index is rebuilt from the default and the layers and swapped in, and the layer
** tables get their triggers (policy/triggers.c); open cursors keep the index they started with (reference
** counts).
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/policy.h"
#include <string.h>

static unsigned data_version(sqlite3 *db, const char *zSchema) {
  unsigned v = 0;
  sqlite3_file_control(db, zSchema, SQLITE_FCNTL_DATA_VERSION, &v);
  return v;
}

/* Records the state the index answers for. */
static void stamp(ShebaoConn *conn, PolicyIndex *p) {
  p->gen = conn->gen;
  p->dvMain = data_version(conn->db, "main");
  p->dvTemp = data_version(conn->db, "temp");
}

/* Outside a read transaction the pager has not looked at the file since its last one: make it look. */
static void refresh_main_data_version(ShebaoConn *conn) {
  sqlite3_stmt *stmt = 0;
  if (sqlite3_txn_state(conn->db, "main") != SQLITE_TXN_NONE) return;
  if (sqlite3_prepare_v2(conn->db, "PRAGMA main.schema_version", -1, &stmt, 0) == SQLITE_OK)
    sqlite3_step(stmt);
  sqlite3_finalize(stmt);
}

static int index_is_current(ShebaoConn *conn) {
  const PolicyIndex *p = conn->pIndex;
  if (p->gen != conn->gen) return 0;
  if (conn->mainIsFile) refresh_main_data_version(conn);
  if ((conn->mainIsFile || (p->layerMask & LAYER_BIT_MAIN)) && data_version(conn->db, "main") != p->dvMain) {
    return 0;
  }
  if ((p->layerMask & LAYER_BIT_TEMP) && data_version(conn->db, "temp") != p->dvTemp) return 0;
  return 1;
}

/* No layer tables before, and none now: only the stamp moves. */
static int still_no_layers(ShebaoConn *conn) {
  unsigned aMask[2];
  if (conn->pIndex->layerMask != 0) return 0;
  return policy_layer_tables(conn->db, aMask) == SQLITE_OK && aMask[0] == 0 && aMask[1] == 0;
}

/* Rebuilds the index and swaps it in; on failure the old index stays and the error is returned. */
static int refresh(ShebaoConn *conn, char **pzErr) {
  PolicyIndex *pNew = 0;
  int rc = SQLITE_OK;
  conn->inRefresh = 1;
  if (still_no_layers(conn)) {
    stamp(conn, conn->pIndex);
  } else {
    rc = policy_index_build(conn->db, &pNew, pzErr);
  }
  if (pNew) {
    pNew->serial = ++conn->nBuilt;
    /* What is missing (out of memory) is installed by a later rebuild. */
    if (pNew->layerMask) policy_install_triggers(conn->db, pNew->aLayerTables);
    stamp(conn, pNew);
    policy_index_unref(conn->pIndex);
    conn->pIndex = pNew;
  }
  conn->inRefresh = 0;
  return rc;
}

int shebao_policy(ShebaoConn *conn, PolicyAccess how, PolicyIndex **pp, char **pzErr) {
  /* During a rebuild, a query of the rebuild's own that ran a function of ours answers from what is. */
  if (how == POLICY_CURRENT && !conn->inRefresh && !index_is_current(conn)) {
    int rc = refresh(conn, pzErr);
    if (rc != SQLITE_OK) return rc;
  }
  *pp = conn->pIndex;
  return SQLITE_OK;
}

int shebao_conn_new(sqlite3 *db, ShebaoConn **pConn, char **pzErr) {
  ShebaoConn *conn = sqlite3_malloc64(sizeof(*conn));
  const char *zFile;
  int rc;
  *pConn = 0;
  if (conn == 0) return SQLITE_NOMEM;
  memset(conn, 0, sizeof(*conn));
  conn->db = db;
  conn->nRef = 1;
  zFile = sqlite3_db_filename(db, "main");
  conn->mainIsFile = zFile != 0 && zFile[0] != 0;
  /* The embedded default only: loading runs no SQL (the database may be locked, or not yet open for an
  ** auto-extension). The first call looks for layers, because the index's gen differs from the connection's.
  ** */
  rc = policy_index_build(0, &conn->pIndex, pzErr);
  if (rc != SQLITE_OK) {
    sqlite3_free(conn);
    return rc;
  }
  conn->pIndex->serial = ++conn->nBuilt;
  conn->pIndex->gen = 0;
  conn->gen = 1;
  *pConn = conn;
  return SQLITE_OK;
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

void shebao_layer_touched(ShebaoConn *conn) {
  conn->gen++;
}
