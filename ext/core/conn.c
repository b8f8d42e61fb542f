/*
** The per-connection state: which policy index a connection's statements answer from, and how it stays
** current when the user's layers change, without an SQL query per call.
**
** HOW IT WORKS
** A connection without layers answers from the embedded default's index, built once per process and shared
** (policy_default_index: the connection's fork holds its own caches); once it has layers, it builds an index
** of its own. Nothing mutable is shared between connections. The index carries a stamp of what it was built
** from, and a statement's first call (core/pin.c) compares it with:
**   - gen: the journal that guards the layer tables (policy/journal.c, policy/triggers.c) bumps it on every
**     INSERT, UPDATE or DELETE this connection makes there, and on every ROLLBACK, ROLLBACK TO or failed
**     statement of a transaction that wrote them;
**   - the data versions of main and temp (SQLITE_FCNTL_DATA_VERSION): they move when any connection, in any
**     process, commits to the file, this one included;
**   - the schema cookies of main and temp: they move with this connection's own uncommitted DDL (a layer
**     table created, dropped or renamed inside a transaction), which no data version shows yet;
**   - while a layer table has no guards in this connection (made after shebao was loaded), the count of rows
**     this connection has changed (sqlite3_total_changes): its writes there are reported by no trigger.
** These are read inside one read transaction of main, held by a small statement of ours (the "holder") when
** the caller holds none: its data version is the version of the snapshot that a rebuild then reads, whole.
** When main cannot be read (locked), the call fails with SQLite's error: never an older answer.
**
** A rebuild that reads uncommitted changes (inside a transaction that wrote) makes the journal join that
** transaction, so that rolling it back, DDL included, is heard too.
**
** The index is replaced only when no statement or scan has it pinned (nPinned == 0): a running statement
** keeps the policy it started with, and so do the statements of the connection that start meanwhile.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/guards.h"
#include <string.h>

/* What an index answers for: compared with the stamp of the index to tell whether it is still current. */
typedef struct Stamp {
  int gen, cookieMain, cookieTemp, changes;
  unsigned dvMain, dvTemp;
} Stamp;

static unsigned data_version(sqlite3 *db, const char *zSchema) {
  unsigned v = 0;
  sqlite3_file_control(db, zSchema, SQLITE_FCNTL_DATA_VERSION, &v);
  return v;
}

/* Runs "PRAGMA <schema>.schema_version" and leaves *pStmt on its row, which holds a read transaction of that
** schema open until the statement is finalized (a read of main also refreshes main's data version). */
static int read_cookie(sqlite3 *db, const char *zSchema, sqlite3_stmt **pStmt, int *pCookie) {
  char zSql[40];
  int rc;
  sqlite3_snprintf(sizeof(zSql), zSql, "PRAGMA %s.schema_version", zSchema);
  rc = sqlite3_prepare_v2(db, zSql, -1, pStmt, 0);
  if (rc == SQLITE_OK) rc = sqlite3_step(*pStmt);
  if (rc == SQLITE_ROW) {
    *pCookie = sqlite3_column_int(*pStmt, 0);
    return SQLITE_OK;
  }
  return rc == SQLITE_DONE ? SQLITE_ERROR : rc;
}

/* The error of a database that cannot be read now, with SQLite's own code and message: "database is
** locked" is SQLITE_BUSY, as it is for a plain read. zWho names the caller: "region_enabled()". */
static int unreadable(ShebaoConn *conn, const char *zWho, int rc, char **pzErr) {
  if (rc == SQLITE_NOMEM) return rc;
  if (shebao_errorf(pzErr, "%s: the policy layers cannot be read: %s", zWho, sqlite3_errmsg(conn->db)) ==
      SQLITE_NOMEM) {
    return SQLITE_NOMEM;
  }
  return rc;
}

/* Reads the stamp of the policy as it is now. *pHolder keeps main's read transaction open for a rebuild. */
static int read_stamp(ShebaoConn *conn, const char *zWho, sqlite3_stmt **pHolder, Stamp *s, char **pzErr) {
  sqlite3_stmt *pTemp = 0;
  int rc = read_cookie(conn->db, "main", pHolder, &s->cookieMain);
  if (rc == SQLITE_OK) rc = read_cookie(conn->db, "temp", &pTemp, &s->cookieTemp);
  if (rc != SQLITE_OK) rc = unreadable(conn, zWho, rc, pzErr);
  sqlite3_finalize(pTemp);
  s->gen = conn->gen;
  s->changes = sqlite3_total_changes(conn->db);
  s->dvMain = data_version(conn->db, "main");
  s->dvTemp = data_version(conn->db, "temp");
  return rc;
}

static void stamp_index(PolicyIndex *p, const Stamp *s) {
  p->gen = s->gen;
  p->dvMain = s->dvMain;
  p->dvTemp = s->dvTemp;
  p->cookieMain = s->cookieMain;
  p->cookieTemp = s->cookieTemp;
  p->changes = s->changes;
}

static int stamp_matches(const PolicyIndex *p, const Stamp *s) {
  return p->gen == s->gen && p->dvMain == s->dvMain && p->dvTemp == s->dvTemp &&
         p->cookieMain == s->cookieMain && p->cookieTemp == s->cookieTemp &&
         (!p->hasUnguarded || p->changes == s->changes);
}

/* Inside a transaction that wrote, the index is about to answer from uncommitted changes: the journal joins
** the transaction (once), so that a rollback of it, or of a savepoint, bumps gen. */
static int hear_rollback(ShebaoConn *conn) {
  sqlite3 *db = conn->db;
  if (conn->journalInTxn || sqlite3_get_autocommit(db)) return SQLITE_OK;
  if (sqlite3_txn_state(db, "main") != SQLITE_TXN_WRITE && sqlite3_txn_state(db, "temp") != SQLITE_TXN_WRITE)
    return SQLITE_OK;
  return policy_journal_enlist(db);
}

/* Rebuilds the index and swaps it in; on failure the old index stays and the error is returned. */
static int rebuild(ShebaoConn *conn, const Stamp *s, char **pzErr) {
  PolicyIndex *pNew = 0;
  unsigned aMask[2];
  int rc;
  if (conn->pIndex->layerMask == 0 && policy_layer_tables(conn->db, aMask) == SQLITE_OK && aMask[0] == 0 &&
      aMask[1] == 0) {
    stamp_index(conn->pIndex, s); /* no layer tables before, and none now */
    return SQLITE_OK;
  }
  rc = policy_index_build(conn->db, &pNew, pzErr);
  if (rc != SQLITE_OK) return rc;
  pNew->serial = ++conn->nBuilt;
  stamp_index(pNew, s);
  policy_index_unref(conn->pIndex);
  conn->pIndex = pNew;
  return SQLITE_OK;
}

int shebao_conn_validate(ShebaoConn *conn, const char *zWho, PolicyIndex **pp, char **pzErr) {
  sqlite3_stmt *pHolder = 0;
  Stamp s;
  int rc = SQLITE_OK;
  /* A running statement answers from this index, and so does every statement until it ends; a rebuild's own
  ** queries (a layer table with a generated column calling shebao) answer from what is. */
  if (conn->nPinned == 0 && !conn->inRefresh) {
    conn->inRefresh = 1;
    rc = hear_rollback(conn);
    if (rc == SQLITE_OK) rc = read_stamp(conn, zWho, &pHolder, &s, pzErr);
    if (rc == SQLITE_OK && !stamp_matches(conn->pIndex, &s)) rc = rebuild(conn, &s, pzErr);
    sqlite3_finalize(pHolder); /* ends the read transaction it held, if it was the one */
    conn->inRefresh = 0;
  }
  *pp = conn->pIndex;
  return rc;
}

int shebao_policy(ShebaoConn *conn, PolicyAccess how, PolicyIndex **pp, char **pzErr) {
  if (how == POLICY_AS_BUILT) {
    *pp = conn->pIndex;
    return SQLITE_OK;
  }
  return shebao_conn_validate(conn, "shebao", pp, pzErr);
}

PolicyIndex *shebao_default_policy(ShebaoConn *conn) {
  return conn->pDefault;
}

int shebao_conn_new(sqlite3 *db, ShebaoConn **pConn, char **pzErr) {
  ShebaoConn *conn = sqlite3_malloc64(sizeof(*conn));
  int rc;
  *pConn = 0;
  if (conn == 0) return SQLITE_NOMEM;
  memset(conn, 0, sizeof(*conn));
  conn->db = db;
  conn->nRef = 1;
  /* The embedded default only: the first statement looks for layers, because the stamp differs. */
  rc = policy_default_index(&conn->pDefault, pzErr);
  if (rc != SQLITE_OK) {
    sqlite3_free(conn);
    return rc;
  }
  conn->pDefault->serial = ++conn->nBuilt;
  conn->pDefault->gen = -1;
  conn->pIndex = conn->pDefault;
  policy_index_ref(conn->pIndex);
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
    policy_index_unref(conn->pDefault);
    sqlite3_free(conn->pWriteCache);
    sqlite3_free(conn);
  }
}

void shebao_layer_touched(ShebaoConn *conn, int mayRemove) {
  conn->gen++;
  if (mayRemove) conn->genRemoval++;
}
