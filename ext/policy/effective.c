/*
** The rows in effect for one key (see policy/effective.h), merged as policy/layers.c merges a whole table:
** the default rows, then for each layer its retractions (which remove lower rows by key) and its rows (which
** replace lower rows of the same key). Only the rows that match the query are read: a few statements that
** use the tables' keys, so that checking a row costs the same in a layer of ten rows or of a million.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/effective.h"
#include "policy/validate.h"
#include <string.h>

const PolicyDefaultTable *policy_default_table(PolicyTableId t) {
  int i;
  for (i = 0; i < policy_default_table_count; i++) {
    if (strcmp(policy_default_tables[i].zName, policy_table_defs[t].zName) == 0)
      return &policy_default_tables[i];
  }
  return 0;
}

static int cell_is(const char *zCell, const char *zValue) {
  return strcmp(zCell ? zCell : "", zValue) == 0;
}

static int row_matches(const EffectiveQuery *q, const char *const *azCell) {
  int k;
  for (k = 0; k < q->nFilter; k++) {
    if (!cell_is(azCell[q->aiCol[k]], q->azValue[k])) return 0;
  }
  return 1;
}

/* Does the query name every key column (then a row that replaces a match is a match too)? */
static int filter_is_key(const EffectiveQuery *q) {
  int c, k, nKey = policy_table_defs[q->t].nKey;
  for (c = 0; c < nKey; c++) {
    for (k = 0; k < q->nFilter && q->aiCol[k] != c; k++) {
    }
    if (k == q->nFilter) return 0;
  }
  return 1;
}

/* Two rows have one key. */
static int same_key(PolicyTableId t, const char *const *a, const char *const *b) {
  int c;
  for (c = 0; c < policy_table_defs[t].nKey; c++) {
    if (strcmp(a[c] ? a[c] : "", b[c] ? b[c] : "") != 0) return 0;
  }
  return 1;
}

/* Adds a row, in place of the row of a lower or the same layer that has its key. */
static int put_row(Effective *e, PolicyTableId t, const char *const *azCell, int layer, sqlite3_int64 rowid) {
  PolicyRow *r = 0;
  int i;
  for (i = 0; i < e->nRow && r == 0; i++) {
    if (same_key(t, e->aRow[i].azCell, azCell)) r = &e->aRow[i];
  }
  if (r == 0) {
    if (e->nRow == e->nAlloc) {
      int nNew = e->nAlloc ? e->nAlloc * 2 : 8;
      PolicyRow *aNew = sqlite3_realloc64(e->aRow, sizeof(PolicyRow) * (size_t)nNew);
      if (aNew == 0) return SQLITE_NOMEM;
      e->aRow = aNew;
      e->nAlloc = nNew;
    }
    r = &e->aRow[e->nRow++];
  }
  r->azCell = azCell;
  r->layer = layer;
  r->rowid = rowid;
  return SQLITE_OK;
}

static void remove_row(Effective *e, int i) {
  memmove(&e->aRow[i], &e->aRow[i + 1], sizeof(PolicyRow) * (size_t)(e->nRow - i - 1));
  e->nRow--;
}

static int add_default_rows(const EffectiveQuery *q, Effective *e) {
  const PolicyDefaultTable *d = policy_default_table(q->t);
  int i, rc = SQLITE_OK;
  for (i = 0; rc == SQLITE_OK && d && i < d->nRow; i++) {
    const char *const *azCell = &d->azCell[(size_t)i * (size_t)d->nCol];
    if (row_matches(q, azCell)) rc = put_row(e, q->t, azCell, LAYER_DEFAULT, i + 1);
  }
  return rc;
}

/* "SELECT rowid, <columns> FROM <layer>.<table> WHERE <conditions>", each condition on a column: = ?k, or NULL
** or '' for an empty value (a layer's '' is NULL). aiCol/azValue give the conditions. */
static char *select_sql(int layer, PolicyTableId t, int n, const int *aiCol, const char *const *azValue) {
  const PolicyTableDef *def = &policy_table_defs[t];
  sqlite3_str *s = sqlite3_str_new(0);
  int c, k;
  sqlite3_str_appendall(s, "SELECT rowid");
  for (c = 0; c < def->nCol; c++)
    sqlite3_str_appendf(s, ", \"%w\"", def->azCol[c]);
  sqlite3_str_appendf(s, " FROM \"%w\".\"%w\" WHERE 1", policy_layer_names[layer], def->zName);
  for (k = 0; k < n; k++) {
    const char *zCol = def->azCol[aiCol[k]];
    if (azValue[k][0])
      sqlite3_str_appendf(s, " AND \"%w\" = ?%d", zCol, k + 1);
    else
      sqlite3_str_appendf(s, " AND (\"%w\" IS NULL OR \"%w\" = '')", zCol, zCol);
  }
  return sqlite3_str_finish(s);
}

/* Prepares a select_sql statement and binds its values. A table that is not there (or lacks a column) has
** no rows: *pStmt stays NULL. */
static int prepare_select(sqlite3 *db, int layer, PolicyTableId t, int n, const int *aiCol,
                          const char *const *azValue, sqlite3_stmt **pStmt) {
  char *zSql = select_sql(layer, t, n, aiCol, azValue);
  int k, rc;
  *pStmt = 0;
  if (zSql == 0) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(db, zSql, -1, pStmt, 0);
  sqlite3_free(zSql);
  for (k = 0; rc == SQLITE_OK && k < n; k++) {
    if (azValue[k][0]) rc = sqlite3_bind_text(*pStmt, k + 1, azValue[k], -1, SQLITE_STATIC);
  }
  if (rc != SQLITE_OK) {
    sqlite3_finalize(*pStmt);
    *pStmt = 0;
  }
  return rc == SQLITE_NOMEM ? rc : SQLITE_OK;
}

/* The cells of the row stmt is on, copied, read as the index reads them. */
static int read_cells(Effective *e, PolicyTableId t, sqlite3_stmt *stmt, const char ***pazCell) {
  int c, nCol = policy_table_defs[t].nCol;
  const char **azCell = arena_alloc(&e->arena, sizeof(char *) * (size_t)nCol);
  if (azCell == 0) return SQLITE_NOMEM;
  for (c = 0; c < nCol; c++) {
    const char *raw = (const char *)sqlite3_column_text(stmt, c + 1);
    const char *z = policy_layer_cell(t, c, raw);
    if (raw == 0 && sqlite3_column_type(stmt, c + 1) != SQLITE_NULL) return SQLITE_NOMEM;
    if (z && (azCell[c] = arena_strndup(&e->arena, z, strlen(z))) == 0) return SQLITE_NOMEM;
  }
  *pazCell = azCell;
  return SQLITE_OK;
}

/* The layer's rows that match, each in place of a lower row of its key. */
static int add_layer_rows(sqlite3 *db, const EffectiveQuery *q, int layer, Effective *e) {
  sqlite3_stmt *stmt = 0;
  int rc = prepare_select(db, layer, q->t, q->nFilter, q->aiCol, q->azValue, &stmt);
  while (rc == SQLITE_OK && stmt && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    sqlite3_int64 rowid = sqlite3_column_int64(stmt, 0);
    const char **azCell = 0;
    rc = SQLITE_OK;
    if (layer == q->newLayer && q->azNew && rowid == q->iReplaced) continue; /* the row being updated */
    rc = read_cells(e, q->t, stmt, &azCell);
    if (rc == SQLITE_OK) rc = put_row(e, q->t, azCell, layer, rowid);
  }
  sqlite3_finalize(stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* A row's key as a retraction writes it: the key cells joined with '|'. -1 if longer than any can be. */
static int retraction_text(PolicyTableId t, const char *const *azCell, char *buf, int nBuf) {
  int k, n = 0;
  for (k = 0; k < policy_table_defs[t].nKey; k++) {
    const char *z = azCell[k] ? azCell[k] : "";
    int len = (int)strlen(z);
    if (n + len + 2 > nBuf) return -1;
    if (k) buf[n++] = '|';
    memcpy(buf + n, z, (size_t)len);
    n += len;
  }
  buf[n] = 0;
  return n;
}

/* Does the layer retract the key of azCell (retraction 1), or have a row of that key (retraction 0; the row
** being updated aside)? */
static int layer_has_key(sqlite3 *db, const EffectiveQuery *q, int layer, const char *const *azCell,
                         int retraction, int *pFound) {
  const PolicyTableDef *def = &policy_table_defs[q->t];
  char zKey[POLICY_KEY_MAX + 2];
  const char *azValue[EFFECTIVE_MAX_FILTER];
  int aiCol[EFFECTIVE_MAX_FILTER] = {RETRACT_TABLE_NAME, RETRACT_KEY}, k, rc;
  sqlite3_stmt *stmt = 0;
  *pFound = 0;
  if (retraction) {
    if (retraction_text(q->t, azCell, zKey, (int)sizeof(zKey)) < 0) return SQLITE_OK; /* none is that long */
    azValue[0] = def->zName;
    azValue[1] = zKey;
    rc = prepare_select(db, layer, PT_RETRACTIONS, 2, aiCol, azValue, &stmt);
  } else {
    for (k = 0; k < def->nKey; k++) {
      aiCol[k] = k;
      azValue[k] = azCell[k] ? azCell[k] : "";
    }
    rc = prepare_select(db, layer, q->t, def->nKey, aiCol, azValue, &stmt);
  }
  while (rc == SQLITE_OK && stmt && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    rc = SQLITE_OK;
    if (retraction || layer != q->newLayer || !q->azNew || sqlite3_column_int64(stmt, 0) != q->iReplaced) {
      *pFound = 1;
      break;
    }
  }
  sqlite3_finalize(stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Removes the lower rows that the layer retracts, or (retraction 0) replaces with a row that does not
** match the query. */
static int drop_lower_rows(sqlite3 *db, const EffectiveQuery *q, int layer, int retraction, Effective *e) {
  int i, rc = SQLITE_OK;
  for (i = 0; rc == SQLITE_OK && i < e->nRow;) {
    int found = 0;
    if (e->aRow[i].layer < layer) rc = layer_has_key(db, q, layer, e->aRow[i].azCell, retraction, &found);
    if (found)
      remove_row(e, i);
    else
      i++;
  }
  return rc;
}

int effective_rows(sqlite3 *db, const EffectiveQuery *q, Effective *e) {
  int layer, rc;
  memset(e, 0, sizeof(*e));
  rc = add_default_rows(q, e);
  for (layer = LAYER_MAIN; rc == SQLITE_OK && layer <= q->maxLayer; layer++) {
    rc = drop_lower_rows(db, q, layer, 1, e);
    if (rc == SQLITE_OK) rc = add_layer_rows(db, q, layer, e);
    if (rc == SQLITE_OK && !filter_is_key(q)) rc = drop_lower_rows(db, q, layer, 0, e);
    if (rc == SQLITE_OK && q->azNew && layer == q->newLayer) {
      rc = put_row(e, q->t, q->azNew, layer, EFFECTIVE_NEW_ROW);
    }
  }
  return rc;
}

void effective_free(Effective *e) {
  sqlite3_free(e->aRow);
  arena_free(&e->arena);
  memset(e, 0, sizeof(*e));
}
