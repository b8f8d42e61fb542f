/*
** Building the policy index: rows in effect per table, then each capability's own lookup structures.
** Runs once per connection at load time (and, with user layers, when the policy changes); never per call.
*/
#include "shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy.h"
#include <string.h>

static const PolicyDefaultTable *find_default_table(const char *zName) {
  int i;
  for (i = 0; i < policy_default_table_count; i++) {
    if (strcmp(policy_default_tables[i].zName, zName) == 0) return &policy_default_tables[i];
  }
  return 0;
}

/* The embedded default rows of every table, after checking that the generated data has the columns the C
** code expects: a mismatch means sql/schema.sql and policy_tables.c disagree, a build error. */
static int load_default_rows(PolicyIndex *p, char **pzErr) {
  int t, i, c;
  for (t = 0; t < PT_COUNT; t++) {
    const PolicyTableDef *def = &policy_table_defs[t];
    const PolicyDefaultTable *data = find_default_table(def->zName);
    PolicyRows *rows = &p->aTable[t];
    if (data == 0 || data->nCol != def->nCol) {
      *pzErr = sqlite3_mprintf("shebao: the embedded policy has no table %s with %d columns", def->zName,
                               def->nCol);
      return SQLITE_ERROR;
    }
    for (c = 0; c < def->nCol; c++) {
      if (strcmp(data->azCol[c], def->azCol[c]) != 0) {
        *pzErr = sqlite3_mprintf("shebao: column %d of %s is %s in sql/schema.sql but %s in the C code", c,
                                 def->zName, data->azCol[c], def->azCol[c]);
        return SQLITE_ERROR;
      }
    }
    rows->nRow = data->nRow;
    rows->aRow = arena_alloc(&p->arena, sizeof(PolicyRow) * (size_t)(data->nRow ? data->nRow : 1));
    if (rows->aRow == 0) return SQLITE_NOMEM;
    for (i = 0; i < data->nRow; i++) {
      rows->aRow[i].azCell = &data->azCell[(size_t)i * (size_t)data->nCol];
      rows->aRow[i].layer = LAYER_DEFAULT;
      rows->aRow[i].rowid = i + 1;
    }
  }
  return SQLITE_OK;
}

static int build_source_map(PolicyIndex *p) {
  const PolicyRows *rows = &p->aTable[PT_SOURCES];
  int i;
  if (strmap_init(&p->sourceById, &p->arena, rows->nRow)) return SQLITE_NOMEM;
  for (i = 0; i < rows->nRow; i++) {
    const char *zId = POLICY_CELL(&rows->aRow[i], SRC_ID);
    int isNew, *pSlot;
    if (zId == 0) continue; /* reported by shebao_check */
    pSlot = strmap_slot(&p->sourceById, zId, (int)strlen(zId), &isNew);
    if (pSlot == 0) return SQLITE_NOMEM;
    if (isNew) *pSlot = i;
  }
  return SQLITE_OK;
}

const PolicyRow *policy_source(const PolicyIndex *p, const char *zSourceId) {
  int i;
  if (zSourceId == 0) return 0;
  i = strmap_get(&p->sourceById, zSourceId, (int)strlen(zSourceId));
  return i < 0 ? 0 : &p->aTable[PT_SOURCES].aRow[i];
}

int policy_row_error(char **pzErr, PolicyTableId t, const PolicyRow *row, int iCol, const char *zProblem) {
  const char *zValue = POLICY_CELL(row, iCol);
  char zQuoted[256];
  if (zValue) shebao_quote(zQuoted, sizeof(zQuoted), zValue, (int)strlen(zValue));
  else memcpy(zQuoted, "NULL", 5);
  sqlite3_free(*pzErr);
  *pzErr = sqlite3_mprintf("%s row %lld (%s layer): %s %s %s", policy_table_defs[t].zName, row->rowid,
                           policy_layer_names[row->layer], policy_table_defs[t].azCol[iCol], zProblem, zQuoted);
  return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

typedef int (*IndexBuilder)(PolicyIndex *, char **);
static const IndexBuilder aBuilder[] = {
    relations_index_build,
    parameters_index_build,
    regions_index_build,
    sharing_index_build,
    identity_index_build,
    cert_index_build,
};

static int build_capability_indexes(PolicyIndex *p, char **pzErr) {
  size_t i;
  int rc = build_source_map(p);
  for (i = 0; rc == SQLITE_OK && i < sizeof(aBuilder) / sizeof(aBuilder[0]); i++) {
    rc = aBuilder[i](p, pzErr);
  }
  return rc;
}

PolicyIndex *policy_index_build_default(char **pzErr) {
  PolicyIndex *p = sqlite3_malloc64(sizeof(*p));
  int rc;
  *pzErr = 0;
  if (p == 0) return 0;
  memset(p, 0, sizeof(*p));
  p->nRef = 1;
  rc = load_default_rows(p, pzErr);
  if (rc == SQLITE_OK) rc = build_capability_indexes(p, pzErr);
  if (rc != SQLITE_OK) {
    policy_index_unref(p);
    return 0;
  }
  return p;
}

void policy_index_ref(PolicyIndex *p) {
  p->nRef++;
}

void policy_index_unref(PolicyIndex *p) {
  if (p && --p->nRef == 0) {
    arena_free(&p->arena);
    sqlite3_free(p);
  }
}
