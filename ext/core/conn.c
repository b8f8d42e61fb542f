/*
** The per-connection state: which policy index a connection's functions answer from, and how it stays
** current when the user's layers change, without an SQL query per call.
**
** HOW IT WORKS
** Each connection that loads shebao owns its index; nothing mutable is shared between connections. Before a
** call answers, shebao_policy() compares the index's stamp with a few counters:
**   - gen: shebao's TEMP triggers on the layer tables bump it on every INSERT, UPDATE or DELETE this
**     connection makes there (an INSERT into shebao_layer_journal), so the next call sees the change;
**   - the data version of main (SQLITE_FCNTL_DATA_VERSION) when main is a file or has layer tables: it moves
**     when any connection, in any process, commits to the file (outside a read transaction, a statement that
**     reads nothing from main, the pager is made to look first: one small PRAGMA); and of temp when temp
**     has layer tables;
**   - a ROLLBACK, ROLLBACK TO or failed statement may undo layer writes the index read: the same triggers
**     write to the virtual table shebao_layer_journal, which thereby joins the transaction, and SQLite tells
**     it of every rollback (xRollback, xRollbackTo), which bumps gen too (layer_journal.c).
** When the stamp differs, the index is rebuilt from the default and the layers and swapped in; open cursors
** keep the index they started with (reference counts).
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

/* Rebuilds the index and swaps it in; on failure the old index stays and the error is returned. */
static int refresh(ShebaoConn *conn, char **pzErr) {
  PolicyIndex *pNew;
  *pzErr = 0;
  if (conn->inRefresh) return SQLITE_OK; /* a query of our own ran a function of ours: answer from what is */
  conn->inRefresh = 1;
  if (conn->pIndex->layerMask == 0) {
    /* The common case: no layers before. If there are none now either, only the stamp moves. */
    unsigned aMask[2];
    int rc = policy_layer_tables(conn->db, aMask);
    if (rc == SQLITE_OK && aMask[0] == 0 && aMask[1] == 0) {
      stamp(conn, conn->pIndex);
      conn->inRefresh = 0;
      return SQLITE_OK;
    }
  }
  pNew = policy_index_build(conn->db, pzErr);
  if (pNew) {
    pNew->serial = ++conn->nBuilt;
    if (pNew->layerMask) shebao_layer_install_triggers(conn, pNew);
    stamp(conn, pNew);
    policy_index_unref(conn->pIndex);
    conn->pIndex = pNew;
  }
  conn->inRefresh = 0;
  if (pNew) return SQLITE_OK;
  return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

ShebaoConn *shebao_conn_new(sqlite3 *db, char **pzErr) {
  ShebaoConn *conn = sqlite3_malloc64(sizeof(*conn));
  const char *zFile;
  *pzErr = 0;
  if (conn == 0) return 0;
  memset(conn, 0, sizeof(*conn));
  conn->db = db;
  conn->nRef = 1;
  zFile = sqlite3_db_filename(db, "main");
  conn->mainIsFile = zFile != 0 && zFile[0] != 0;
  /* The embedded default only: loading runs no SQL (the database may be locked, or not yet open for an
  ** auto-extension). The first call looks for layers, because the index's gen differs from the connection's.
 */
  conn->pIndex = policy_index_build(0, pzErr);
  if (conn->pIndex == 0) {
    sqlite3_free(conn);
    return 0;
  }
  conn->pIndex->serial = ++conn->nBuilt;
  conn->pIndex->gen = 0;
  conn->gen = 1;
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

void shebao_layer_touched(ShebaoConn *conn) {
  conn->gen++;
}

PolicyIndex *shebao_policy(sqlite3_context *ctx) {
  ShebaoConn *conn = (ShebaoConn *)sqlite3_user_data(ctx);
  char *zErr;
  if (index_is_current(conn) || conn->inRefresh) return conn->pIndex;
  if (refresh(conn, &zErr) != SQLITE_OK) {
    shebao_result_message(ctx, zErr ? zErr : 0);
    return 0;
  }
  return conn->pIndex;
}

PolicyIndex *shebao_policy_current(ShebaoConn *conn) {
  return conn->pIndex;
}

int shebao_policy_acquire(ShebaoConn *conn, PolicyIndex **ppIndex, char **pzErr) {
  *pzErr = 0;
  if (!conn->inRefresh && !index_is_current(conn)) {
    int rc = refresh(conn, pzErr);
    if (rc != SQLITE_OK) return rc;
  }
  policy_index_ref(conn->pIndex);
  *ppIndex = conn->pIndex;
  return SQLITE_OK;
}

char *policy_broken_message(const PolicyIndex *p, const char *zFunc, unsigned mask) {
  int i;
  if ((p->brokenMask & mask) == 0) return 0;
  for (i = 0; i < p->nProblem; i++) {
    const PolicyProblem *pr = &p->aProblem[i];
    if (mask & (1u << pr->t)) {
      char zQuoted[256] = "";
      if (pr->zValue) shebao_quote(zQuoted, sizeof(zQuoted), pr->zValue, (int)strlen(pr->zValue));
      return sqlite3_mprintf("%s(): the policy data has a problem: %s row %lld (%s layer): %s%s%s "
                             "(SELECT * FROM shebao_check lists every problem)",
                             zFunc, policy_table_defs[pr->t].zName, pr->rowid, policy_layer_names[pr->layer],
                             pr->zProblem, pr->zValue ? " " : "", zQuoted);
    }
  }
  /* Marked by a broken retraction of that table. */
  for (i = 0; i < PT_COUNT; i++) {
    if (mask & p->brokenMask & (1u << i)) {
      return sqlite3_mprintf("%s(): the policy data has a problem: a retraction of %s is broken "
                             "(SELECT * FROM shebao_check lists every problem)",
                             zFunc, policy_table_defs[i].zName);
    }
  }
  return 0;
}

int shebao_policy_usable(sqlite3_context *ctx, const PolicyIndex *p, const char *zFunc, unsigned mask) {
  if (p->brokenMask & mask) {
    shebao_result_message(ctx, policy_broken_message(p, zFunc, mask));
    return 0;
  }
  return 1;
}

PolicyIndex *shebao_decision_policy(sqlite3_context *ctx, const char *zFunc, unsigned mask) {
  PolicyIndex *p = shebao_policy(ctx);
  return p && shebao_policy_usable(ctx, p, zFunc, mask) ? p : 0;
}

PolicyIndex *shebao_policy_again(sqlite3_context *ctx) {
  return ((ShebaoConn *)sqlite3_user_data(ctx))->pIndex;
}
