/*
** What every virtual table of shebao does alike: connecting (declare the schema, allocate, mark innocuous),
** opening cursors, and walking rows 0..nRow-1. policy/view.c, policy/explain.c and policy/journal.c build on
** it; each keeps only what is its own (its plans, its rows, its columns).
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include <string.h>

int shebao_vtab_new(sqlite3 *db, const char *zSchema, size_t nByte, sqlite3_vtab **ppVtab) {
  sqlite3_vtab *pVtab;
  int rc = sqlite3_declare_vtab(db, zSchema);
  if (rc != SQLITE_OK) return rc;
  pVtab = sqlite3_malloc64(nByte);
  if (pVtab == 0) return SQLITE_NOMEM;
  memset(pVtab, 0, nByte);
  /* shebao's tables read the policy, or only make a connection rebuild its index: harmless whoever uses them,
  ** so usable from views and triggers with trusted_schema=OFF. */
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = pVtab;
  return SQLITE_OK;
}

int shebao_vtab_free(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

int shebao_cursor_new(size_t nByte, sqlite3_vtab_cursor **ppCursor) {
  sqlite3_vtab_cursor *pCur = sqlite3_malloc64(nByte);
  if (pCur == 0) return SQLITE_NOMEM;
  memset(pCur, 0, nByte);
  *ppCursor = pCur;
  return SQLITE_OK;
}

int shebao_cursor_free(sqlite3_vtab_cursor *cur) {
  sqlite3_free(cur);
  return SQLITE_OK;
}

int shebao_cursor_next(sqlite3_vtab_cursor *cur) {
  ((ShebaoCursor *)cur)->iRow++;
  return SQLITE_OK;
}

int shebao_cursor_eof(sqlite3_vtab_cursor *cur) {
  const ShebaoCursor *pCur = (const ShebaoCursor *)cur;
  return pCur->iRow >= pCur->nRow;
}

int shebao_cursor_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = ((const ShebaoCursor *)cur)->iRow + 1;
  return SQLITE_OK;
}
