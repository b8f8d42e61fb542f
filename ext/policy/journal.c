/*
** shebao_layer_journal: how a connection hears of writes to its policy layers and of their rollback.
**
**   CREATE VIRTUAL TABLE temp.shebao_layer_journal USING shebao_layer_journal;   -- made with the guards
**
** HOW IT WORKS
** The AFTER triggers that guard each layer table (policy/triggers.c) insert a row here. The table keeps
** nothing: an insert only bumps the connection's layer generation, so that the next statement rebuilds its
** index. Because it is written, the table joins the transaction, and SQLite then calls its transaction
** methods: on ROLLBACK (xRollback), ROLLBACK TO a savepoint and the rollback of a failed statement
** (xRollbackTo) the layer rows the index may have read are gone again, so the generation is bumped once more.
** That is what lets a what-if in a transaction be undone without any SQL query per call.
**
** It lives in TEMP, not as an eponymous table of main: a trigger's unqualified name finds TEMP first, so no
** table of a database file can take its place; and writing it writes nothing to the file (a what-if works
** in a read-only database, and takes no lock on it). An insert of 'enlist' (core/conn.c) makes it join a
** transaction without bumping the generation, so that the rollback of a transaction the index has read,
** DDL included, is heard.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/guards.h"
#include "policy/view.h"
#include <string.h>

typedef struct JournalVtab {
  sqlite3_vtab base;
  ShebaoConn *conn;
} JournalVtab;

static int journal_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **ppVtab,
                           char **pzErr) {
  /* Written by shebao's TEMP triggers: marked innocuous, so that they work with trusted_schema=OFF. An insert
  ** here only makes this connection rebuild its index, harmless whoever triggers it. */
  int rc = shebao_vtab_new(db, "CREATE TABLE x(change)", sizeof(JournalVtab), ppVtab);
  (void)argc;
  (void)argv;
  (void)pzErr;
  if (rc == SQLITE_OK) ((JournalVtab *)*ppVtab)->conn = ((ShebaoModuleData *)pAux)->conn;
  return rc;
}

/* CREATE VIRTUAL TABLE: the same as connecting. A distinct function, so that the module is not eponymous:
** the journal is the TEMP table, nothing in main. */
static int journal_create(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **ppVtab,
                          char **pzErr) {
  return journal_connect(db, pAux, argc, argv, ppVtab, pzErr);
}

static int journal_best_index(sqlite3_vtab *tab, sqlite3_index_info *pInfo) {
  (void)tab;
  pInfo->estimatedCost = 1;
  pInfo->estimatedRows = 0;
  return SQLITE_OK;
}

static int journal_open(sqlite3_vtab *tab, sqlite3_vtab_cursor **ppCursor) {
  (void)tab;
  return shebao_cursor_new(sizeof(ShebaoCursor), ppCursor); /* nRow 0: always empty */
}

static int journal_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                          sqlite3_value **argv) {
  (void)cur;
  (void)idxNum;
  (void)idxStr;
  (void)argc;
  (void)argv;
  return SQLITE_OK;
}

static int journal_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  (void)cur;
  (void)ctx;
  (void)iCol;
  return SQLITE_OK;
}

/* A layer row was written: nothing is stored, the connection's next statement rebuilds. 'added' (a row added
** to a table nothing refers to) takes nothing away from what rows refer to; 'enlist' only joins the
** transaction. */
static int journal_update(sqlite3_vtab *tab, int argc, sqlite3_value **argv, sqlite3_int64 *pRowid) {
  const char *zChange = argc > 2 ? (const char *)sqlite3_value_text(argv[2]) : 0;
  *pRowid = 0;
  if (zChange && strcmp(zChange, "enlist") == 0) return SQLITE_OK;
  shebao_layer_touched(((JournalVtab *)tab)->conn, !(zChange && strcmp(zChange, "added") == 0));
  return SQLITE_OK;
}

static int journal_begin(sqlite3_vtab *tab) {
  ((JournalVtab *)tab)->conn->journalInTxn = 1;
  return SQLITE_OK;
}

static int journal_commit(sqlite3_vtab *tab) {
  ((JournalVtab *)tab)->conn->journalInTxn = 0;
  return SQLITE_OK;
}

static int journal_noop(sqlite3_vtab *tab) {
  (void)tab;
  return SQLITE_OK;
}

static int journal_noop_savepoint(sqlite3_vtab *tab, int iSavepoint) {
  (void)tab;
  (void)iSavepoint;
  return SQLITE_OK;
}

/* Layer writes were undone: what the index read may be gone. */
static int journal_rollback(sqlite3_vtab *tab) {
  ((JournalVtab *)tab)->conn->journalInTxn = 0;
  shebao_layer_touched(((JournalVtab *)tab)->conn, 1);
  return SQLITE_OK;
}

static int journal_rollback_to(sqlite3_vtab *tab, int iSavepoint) {
  (void)iSavepoint;
  shebao_layer_touched(((JournalVtab *)tab)->conn, 1);
  return SQLITE_OK;
}

static const sqlite3_module journalModule = {
    .iVersion = 2, /* savepoint methods */
    .xCreate = journal_create,
    .xConnect = journal_connect,
    .xBestIndex = journal_best_index,
    .xDisconnect = shebao_vtab_free,
    .xDestroy = shebao_vtab_free,
    .xOpen = journal_open,
    .xClose = shebao_cursor_free,
    .xFilter = journal_filter,
    .xNext = shebao_cursor_next,
    .xEof = shebao_cursor_eof,
    .xColumn = journal_column,
    .xRowid = shebao_cursor_rowid,
    .xUpdate = journal_update,
    .xBegin = journal_begin,
    .xSync = journal_noop,
    .xCommit = journal_commit,
    .xRollback = journal_rollback,
    .xSavepoint = journal_noop_savepoint,
    .xRelease = journal_noop_savepoint,
    .xRollbackTo = journal_rollback_to,
};

int policy_journal_enlist(sqlite3 *db) {
  int rc = sqlite3_exec(db, "INSERT INTO temp.shebao_layer_journal VALUES ('enlist')", 0, 0, 0);
  /* Without the journal there is nothing guarded to roll back; a query_only connection writes nothing. */
  return rc == SQLITE_NOMEM ? rc : SQLITE_OK;
}

int policy_register_journal(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return shebao_register_module(db, conn, "shebao_layer_journal", &journalModule, 0, pzErrMsg);
}
