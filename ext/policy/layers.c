/*
** User layers: tables named like those of sql/schema.sql, in the main database (persistent) and in TEMP
** (what-if), merged over the embedded default with precedence TEMP over main over default.
**
**   SELECT shebao_create_layer('temp');                 -- creates the layer tables
**   (policy/layer_functions.c)
**   INSERT INTO temp.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', ...);
**
** A layer row replaces the row of a lower layer that has the same key (each table's leading key columns); a
** row of shebao_policy_retractions removes one. Columns are read by name, so a layer table may have its
** columns in another order or extra columns; a table that lacks a column is a problem (shebao_check lists it)
** and its rows are not used. Every value is read as text, as the default data is.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/policy.h"
#include "policy/guards.h"
#include "policy/validate.h"
#include <string.h>

/* Rows read from one layer table: a list of the merge's own (sqlite3_realloc64, freed when the merge ends:
** the merged rows are copied into the index), and the cells of the row read last, which the next row shares
** where it repeats them (a layer's rows often have the same source, region or kind: one copy for all). */
typedef struct LayerRows {
  int nRow, nAlloc;
  PolicyRow *aRow;
  const char **azLast;
} LayerRows;

static int append_row(LayerRows *r, PolicyRow **ppRow) {
  if (r->nRow == r->nAlloc) {
    int nNew = r->nAlloc ? r->nAlloc * 2 : 16;
    PolicyRow *aNew = sqlite3_realloc64(r->aRow, sizeof(PolicyRow) * (size_t)nNew);
    if (aNew == 0) return SQLITE_NOMEM;
    r->aRow = aNew;
    r->nAlloc = nNew;
  }
  *ppRow = &r->aRow[r->nRow++];
  return SQLITE_OK;
}

static void free_layer_rows(LayerRows aLayer[][PT_COUNT]) {
  int layer, t;
  for (layer = LAYER_MAIN; layer <= LAYER_TEMP; layer++) {
    for (t = 0; t < PT_COUNT; t++)
      sqlite3_free(aLayer[layer][t].aRow);
  }
}

/* SELECT rowid, <the columns of the schema, by name> FROM <schema>.<table>. */
static int prepare_layer_select(sqlite3 *db, int layer, const PolicyTableDef *def, sqlite3_stmt **pStmt) {
  sqlite3_str *sql = sqlite3_str_new(db);
  char *zSql;
  int c, rc;
  sqlite3_str_appendall(sql, "SELECT rowid");
  /* Qualified: a column the table lacks is an error, never the string SQLite makes of an unknown "name". */
  for (c = 0; c < def->nCol; c++)
    sqlite3_str_appendf(sql, ", \"%w\".\"%w\"", def->zName, def->azCol[c]);
  sqlite3_str_appendf(sql, " FROM \"%w\".\"%w\" ORDER BY rowid", policy_layer_names[layer], def->zName);
  zSql = sqlite3_str_finish(sql);
  if (zSql == 0) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(db, zSql, -1, pStmt, 0);
  sqlite3_free(zSql);
  return rc;
}

/* The cells of the row stmt is on, copied into the arena (but a cell equal to the previous row's, which is
** shared): every value is read as text, as the default's. */
static int read_layer_row(PolicyIndex *p, sqlite3_stmt *stmt, PolicyTableId t, const char *const *azLast,
                          const char ***pazCell) {
  int c, nCol = policy_table_defs[t].nCol;
  const char **azCell = arena_alloc(&p->arena, sizeof(char *) * (size_t)nCol);
  if (azCell == 0) return SQLITE_NOMEM;
  for (c = 0; c < nCol; c++) {
    int type = sqlite3_column_type(stmt, c + 1); /* before any conversion */
    const char *raw = (const char *)sqlite3_column_text(stmt, c + 1);
    const char *z = policy_layer_cell(t, c, raw);
    size_t n = (size_t)sqlite3_column_bytes(stmt, c + 1);
    if (raw == 0 && type != SQLITE_NULL) return SQLITE_NOMEM;
    if (z && azLast && azLast[c] && z == raw && strncmp(azLast[c], z, n + 1) == 0) {
      azCell[c] = azLast[c];
    } else if (z) {
      azCell[c] = arena_strndup(&p->arena, z, n);
      if (azCell[c] == 0) return SQLITE_NOMEM;
    }
  }
  *pazCell = azCell;
  return SQLITE_OK;
}

/* Reads one layer table. A table that cannot be read as the schema says is a problem, not a failure. */
static int read_layer_table(PolicyIndex *p, sqlite3 *db, int layer, PolicyTableId t, LayerRows *out) {
  sqlite3_stmt *stmt = 0;
  int rc = prepare_layer_select(db, layer, &policy_table_defs[t], &stmt);
  if (rc != SQLITE_OK) {
    char *zHint, *zProblem;
    if (rc == SQLITE_NOMEM) return rc;
    zHint = strstr(sqlite3_errmsg(db), "no such column") ? policy_upgrade_hint(t, policy_layer_names[layer]) : 0;
    zProblem = sqlite3_mprintf("the layer table cannot be read: %s%s", sqlite3_errmsg(db), zHint ? zHint : "");
    rc = zProblem ? policy_add_problem(p, layer, t, -1, -1, 0, zProblem) : SQLITE_NOMEM;
    sqlite3_free(zHint);
    sqlite3_free(zProblem);
    return rc;
  }
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    PolicyRow *row;
    const char **azCell = 0;
    rc = read_layer_row(p, stmt, t, out->nRow ? out->aRow[out->nRow - 1].azCell : 0, &azCell);
    if (rc == SQLITE_OK) rc = append_row(out, &row);
    if (rc != SQLITE_OK) break;
    row->azCell = azCell;
    row->layer = layer;
    row->rowid = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* A retraction's key, written with '|' between the key columns, in the internal form. */
static int retraction_key(const char *zKey, char *buf, int nBuf) {
  int n = 0;
  for (; *zKey; zKey++) {
    if (n + 2 > nBuf) return -1;
    buf[n++] = *zKey == '|' ? POLICY_KEY_SEPARATOR : *zKey;
  }
  buf[n] = 0;
  return n;
}

/* The rows of one table being merged: each key's row of the highest layer so far, in first-seen order. */
typedef struct Merge {
  PolicyIndex *p;
  PolicyTableId t;
  PolicyRow *aOut; /* a row whose azCell is NULL was retracted */
  int nOut;
  StrMap byKey;  /* key -> index into aOut */
  Arena scratch; /* byKey and its keys: needed only while merging (a 1M-row layer: some 120 MB) */
} Merge;

/* A layer's retractions of table m->t remove rows of the layers below it; one that retracts nothing is a
** problem. */
static int apply_retractions(Merge *m, int layer, const LayerRows *retractions) {
  const char *zName = policy_table_defs[m->t].zName;
  char key[1024];
  int i, rc = SQLITE_OK;
  for (i = 0; rc == SQLITE_OK && i < retractions->nRow; i++) {
    const PolicyRow *r = &retractions->aRow[i];
    const char *zTable = POLICY_CELL(r, RETRACT_TABLE_NAME), *zKey = POLICY_CELL(r, RETRACT_KEY);
    int len, slot;
    if (zTable == 0 || zKey == 0 || strcmp(zTable, zName) != 0) continue;
    len = retraction_key(zKey, key, sizeof(key));
    slot = len < 0 ? -1 : strmap_get(&m->byKey, key, len);
    if (slot >= 0 && m->aOut[slot].azCell && m->aOut[slot].layer < layer) {
      m->aOut[slot].azCell = 0;
    } else {
      rc = policy_add_problem(m->p, layer, PT_RETRACTIONS, r->rowid, RETRACT_KEY, zKey,
                              "key retracts no row of a lower layer");
    }
  }
  return rc;
}

/* Adds a layer's rows: a row replaces, in place, the row of a lower layer that has its key. */
static int add_rows(Merge *m, const PolicyRow *aIn, int nIn) {
  const PolicyTableDef *def = &policy_table_defs[m->t];
  char key[1024];
  int i;
  for (i = 0; i < nIn; i++) {
    int len = policy_join_key(aIn[i].azCell, def->nKey, key, sizeof(key)), isNew, *pSlot;
    char *zKey;
    if (len < 0) {
      int rc = policy_add_problem(m->p, aIn[i].layer, m->t, aIn[i].rowid, 0, 0, "key is too long");
      if (rc) return rc;
      continue;
    }
    zKey = arena_strndup(&m->scratch, key, (size_t)len);
    pSlot = zKey ? strmap_slot(&m->byKey, zKey, len, &isNew) : 0;
    if (pSlot == 0) return SQLITE_NOMEM;
    if (!isNew && *pSlot >= 0 && m->aOut[*pSlot].azCell) {
      m->aOut[*pSlot] = aIn[i];
    } else {
      m->aOut[m->nOut] = aIn[i];
      *pSlot = m->nOut++;
    }
  }
  return SQLITE_OK;
}

/* Merges table t: the default rows, then each layer's retractions and rows. */
static int merge_table(PolicyIndex *p, PolicyTableId t, LayerRows aLayer[][PT_COUNT]) {
  PolicyRows *rows = &p->aTable[t];
  int nMax = rows->nRow + aLayer[LAYER_MAIN][t].nRow + aLayer[LAYER_TEMP][t].nRow, i, layer, rc;
  Merge m;
  m.p = p;
  m.t = t;
  m.nOut = 0;
  memset(&m.scratch, 0, sizeof(m.scratch));
  m.aOut = arena_alloc(&p->arena, sizeof(PolicyRow) * (size_t)(nMax + 1));
  rc = m.aOut == 0 || strmap_init(&m.byKey, &m.scratch, nMax) ? SQLITE_NOMEM : SQLITE_OK;
  if (rc == SQLITE_OK) rc = add_rows(&m, rows->aRow, rows->nRow);
  for (layer = LAYER_MAIN; rc == SQLITE_OK && layer <= LAYER_TEMP; layer++) {
    rc = apply_retractions(&m, layer, &aLayer[layer][PT_RETRACTIONS]);
    if (rc == SQLITE_OK) rc = add_rows(&m, aLayer[layer][t].aRow, aLayer[layer][t].nRow);
  }
  arena_free(&m.scratch);
  if (rc) return rc;
  rows->nRow = 0;
  for (i = 0; i < m.nOut; i++) {
    if (m.aOut[i].azCell) m.aOut[rows->nRow++] = m.aOut[i];
  }
  rows->aRow = m.aOut;
  return SQLITE_OK;
}

/* Whether a layer table's rows can be used: all of its columns are there (a missing one is a problem for
** each, and the rows are left out). A table without this connection's guards (made after shebao was loaded,
** by this connection or another, or renamed) is read as a table written without shebao is: its rows are
** validated here; the index notes it, so that this connection's own writes to it, which no trigger reports,
** make the next statement rebuild (core/conn.c). */
static int layer_table_usable(PolicyIndex *p, int layer, PolicyTableId t, const LayerTable *lt,
                              int *pUsable) {
  const PolicyTableDef *def = &policy_table_defs[t];
  int c, rc = SQLITE_OK;
  *pUsable = 0;
  if (lt->readable) {
    for (c = 0; rc == SQLITE_OK && c < def->nCol; c++) {
      char *zProblem;
      if (lt->colMask & (1u << c)) continue;
      zProblem = policy_missing_column_problem(t, c, policy_layer_names[layer]);
      rc = zProblem ? policy_add_problem(p, layer, t, -1, c, 0, zProblem) : SQLITE_NOMEM;
      sqlite3_free(zProblem);
    }
    if (rc != SQLITE_OK || lt->colMask != LAYER_ALL_COLUMNS(t)) return rc;
  }
  if (!lt->guarded) p->hasUnguarded = 1;
  *pUsable = 1; /* an unreadable table: reading it reports why */
  return SQLITE_OK;
}

/* Reads every usable layer table of main and temp into aLayer, noting which tables each layer has. */
static int read_layers(PolicyIndex *p, sqlite3 *db, LayerRows aLayer[][PT_COUNT], char **pzErr) {
  LayerSchema ls;
  int layer, t, rc = policy_layer_schema(db, &ls);
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM) {
    /* A schema that cannot be read (a corrupt database) is reported to the caller. */
    return shebao_errorf(pzErr, "shebao: cannot read the schema of the policy layers: %s",
                         sqlite3_errmsg(db));
  }
  for (layer = LAYER_MAIN; rc == SQLITE_OK && layer <= LAYER_TEMP; layer++) {
    if (ls.aMask[layer]) p->layerMask |= layer == LAYER_MAIN ? LAYER_BIT_MAIN : LAYER_BIT_TEMP;
    p->aLayerTables[layer] = ls.aMask[layer];
    for (t = 0; rc == SQLITE_OK && t < PT_COUNT; t++) {
      int usable = 0;
      if (!(ls.aMask[layer] & (1u << t))) continue;
      rc = layer_table_usable(p, layer, (PolicyTableId)t, &ls.aTable[layer][t], &usable);
      if (rc == SQLITE_OK && usable) rc = read_layer_table(p, db, layer, (PolicyTableId)t, &aLayer[layer][t]);
    }
  }
  return rc;
}

/* The retractions themselves are policy rows too: validated with the rest, shown by shebao_check. */
static int keep_retractions(PolicyIndex *p, LayerRows aLayer[][PT_COUNT]) {
  PolicyRows *r = &p->aTable[PT_RETRACTIONS];
  int nMain = aLayer[LAYER_MAIN][PT_RETRACTIONS].nRow, nTemp = aLayer[LAYER_TEMP][PT_RETRACTIONS].nRow;
  r->aRow = arena_alloc(&p->arena, sizeof(PolicyRow) * (size_t)(nMain + nTemp + 1));
  if (r->aRow == 0) return SQLITE_NOMEM;
  if (nMain) memcpy(r->aRow, aLayer[LAYER_MAIN][PT_RETRACTIONS].aRow, sizeof(PolicyRow) * (size_t)nMain);
  if (nTemp)
    memcpy(r->aRow + nMain, aLayer[LAYER_TEMP][PT_RETRACTIONS].aRow, sizeof(PolicyRow) * (size_t)nTemp);
  r->nRow = nMain + nTemp;
  return SQLITE_OK;
}

int policy_merge_layers(PolicyIndex *p, sqlite3 *db, char **pzErr) {
  LayerRows aLayer[LAYER_TEMP + 1][PT_COUNT];
  int t, rc, anyRetraction;
  memset(aLayer, 0, sizeof(aLayer));
  rc = read_layers(p, db, aLayer, pzErr);
  if (rc == SQLITE_OK && p->layerMask) {
    anyRetraction = aLayer[LAYER_MAIN][PT_RETRACTIONS].nRow || aLayer[LAYER_TEMP][PT_RETRACTIONS].nRow;
    for (t = 0; rc == SQLITE_OK && t < PT_COUNT; t++) {
      if (t == PT_RETRACTIONS) continue;
      if (aLayer[LAYER_MAIN][t].nRow || aLayer[LAYER_TEMP][t].nRow || anyRetraction) {
        rc = merge_table(p, (PolicyTableId)t, aLayer);
      }
    }
    if (rc == SQLITE_OK) rc = keep_retractions(p, aLayer);
  }
  free_layer_rows(aLayer);
  return rc;
}
