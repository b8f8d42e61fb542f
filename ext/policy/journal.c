/*
** shebao_layer_journal: how a connection hears of writes to its policy layers and of their rollback.
**
** HOW IT WORKS
** The AFTER triggers that shebao installs on each layer table (policy/triggers.c) insert a row here. The
** table keeps nothing: an insert only bumps the connection's layer generation, so that the next call rebuilds
** its index. Because it is written, the table joins the transaction, and SQLite then calls its transaction
** methods: on ROLLBACK (xRollback), ROLLBACK TO a savepoint and the rollback of a failed statement
** (xRollbackTo) the layer rows the index may have read are gone again, so the generation is bumped once more.
** That is what lets a what-if in a transaction be undone without any SQL query per call.
**
**   CREATE TABLE shebao_layer_journal(change);   -- eponymous, always empty when read
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/view.h"

typedef struct JournalVtab {
  sqlite3_vtab base;
  ShebaoConn *conn;
} JournalVtab;

static int journal_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **ppVtab,
                           char **pzErr) {
  /* Written by shebao's TEMP triggers, which SQLite treats as schema: with trusted_schema=OFF (the default of
  ** the sqlite3 shell since 3.4x, and SQLite's advice for applications) a table not marked innocuous may not be
  ** used there ("unsafe use of virtual table"). shebao_vtab_new marks it: an insert here only makes this
  ** connection rebuild its index, harmless whoever triggers it. */
  int rc = shebao_vtab_new(db, "CREATE TABLE x(change)", sizeof(JournalVtab), ppVtab);
  (void)argc;
  (void)argv;
  (void)pzErr;
  if (rc == SQLITE_OK) ((JournalVtab *)*ppVtab)->conn = ((ShebaoModuleData *)pAux)->conn;
  return rc;
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

/* A layer row was written: nothing is stored, the connection's next call rebuilds. */
static int journal_update(sqlite3_vtab *tab, int argc, sqlite3_value **argv, sqlite3_int64 *pRowid) {
  (void)argc;
  (void)argv;
  *pRowid = 0;
  shebao_layer_touched(((JournalVtab *)tab)->conn);
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
  shebao_layer_touched(((JournalVtab *)tab)->conn);
  return SQLITE_OK;
}

static int journal_rollback_to(sqlite3_vtab *tab, int iSavepoint) {
  (void)iSavepoint;
  shebao_layer_touched(((JournalVtab *)tab)->conn);
  return SQLITE_OK;
}

static const sqlite3_module journalModule = {
    .iVersion = 2, /* savepoint methods */
    .xCreate = 0,  /* eponymous only */
    .xConnect = journal_connect,
    .xBestIndex = journal_best_index,
    .xDisconnect = shebao_vtab_free,
    .xOpen = journal_open,
    .xClose = shebao_cursor_free,
    .xFilter = journal_filter,
    .xNext = shebao_cursor_next,
    .xEof = shebao_cursor_eof,
    .xColumn = journal_column,
    .xRowid = shebao_cursor_rowid,
    .xUpdate = journal_update,
    .xBegin = journal_noop,
    .xSync = journal_noop,
    .xCommit = journal_noop,
    .xRollback = journal_rollback,
    .xSavepoint = journal_noop_savepoint,
    .xRelease = journal_noop_savepoint,
    .xRollbackTo = journal_rollback_to,
};

int policy_register_journal(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return shebao_register_module(db, conn, "shebao_layer_journal", &journalModule, 0, pzErrMsg);
}
