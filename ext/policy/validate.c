/*
** Validating the rows in effect when an index is built: every row against the rules of its columns
** (policy/rules.c), in an order where each table comes after the tables it refers to, so that a reference is
** checked against the rows already found valid; then rows of one key that overlap in time.
**
** A broken row is left out of the policy in effect and recorded as a problem (policy/problems.c); an overlap
** is recorded too, and both rows stay (the table is broken: decisions that read it raise an error).
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/validate.h"
#include "util/date.h"
#include <stdlib.h>
#include <string.h>

/* ---- the keys rows refer to --------------------------------------------------------------------------- */

static int in_map(const StrMap *m, const char *z) {
  return strmap_get(m, z, (int)strlen(z)) >= 0;
}

int policy_keys_have(const PolicyKeys *k, PolicyRef what, const char *z) {
  switch (what) {
  case REF_SOURCE:
    return in_map(&k->sources, z);
  case REF_REGION:
    return in_map(&k->regions, z);
  case REF_PROVINCE:
    return strmap_get(&k->regions, z, (int)strlen(z)) == 1;
  case REF_RELATION:
    return strlen(z) == 2 && z[0] >= '0' && z[0] <= '9' && z[1] >= '0' && z[1] <= '9' &&
           k->aRelation[(z[0] - '0') * 10 + z[1] - '0'];
  case REF_CLASS:
    return in_map(&k->classes, z);
  default:
    return in_map(&k->rules, z);
  }
}

static int keys_have(void *pArg, PolicyRef what, const char *z) {
  return policy_keys_have((const PolicyKeys *)pArg, what, z);
}

static int keys_init(PolicyIndex *p) {
  PolicyKeys *k = arena_alloc(&p->arena, sizeof(PolicyKeys));
  if (k == 0) return SQLITE_NOMEM;
  p->pKeys = k;
  if (strmap_init(&k->sources, &p->arena, p->aTable[PT_SOURCES].nRow) ||
      strmap_init(&k->regions, &p->arena, p->aTable[PT_REGIONS].nRow) ||
      strmap_init(&k->classes, &p->arena, p->aTable[PT_KINSHIP_CLASSES].nRow) ||
      strmap_init(&k->rules, &p->arena, p->aTable[PT_CERT_RULES].nRow)) {
    return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* The tables other rows refer to: the map of their keys, and the key column. */
static StrMap *keys_map(PolicyKeys *k, PolicyTableId t, int *piKey) {
  switch (t) {
  case PT_SOURCES:
    *piKey = SRC_ID;
    return &k->sources;
  case PT_REGIONS:
    *piKey = REG_CODE;
    return &k->regions;
  case PT_KINSHIP_CLASSES:
    *piKey = KC_CLASS;
    return &k->classes;
  case PT_CERT_RULES:
    *piKey = CRULE_RULE;
    return &k->rules;
  default:
    return 0;
  }
}

/* Adds a valid row's key, for the rows that refer to it (value 1 for a region marks a province or
** municipality). */
static int keys_add(PolicyKeys *k, PolicyTableId t, const PolicyRow *row) {
  const char *zKey, *zLevel;
  int iKey, isNew, *pSlot;
  StrMap *m = keys_map(k, t, &iKey);
  if (t == PT_RELATIONS) {
    zKey = POLICY_CELL(row, REL_CODE);
    k->aRelation[(zKey[0] - '0') * 10 + zKey[1] - '0'] = 1;
  }
  if (m == 0) return SQLITE_OK;
  zKey = POLICY_CELL(row, iKey);
  pSlot = strmap_slot(m, zKey, (int)strlen(zKey), &isNew);
  if (pSlot == 0) return SQLITE_NOMEM;
  zLevel = t == PT_REGIONS ? POLICY_CELL(row, REG_LEVEL) : 0;
  *pSlot = zLevel && (strcmp(zLevel, "province") == 0 || strcmp(zLevel, "municipality") == 0);
  return SQLITE_OK;
}

/* ---- rows --------------------------------------------------------------------------------------------- */

/* A retraction that is broken makes the table it retracts from broken too: its rows are not what the user
** meant. */
static void mark_retraction_target(PolicyIndex *p, const PolicyRow *row) {
  int target = policy_table_by_name(POLICY_CELL(row, RETRACT_TABLE_NAME));
  if (target >= 0) p->brokenMask |= 1u << target;
}

/* Checks one row: a valid row's key is remembered, a broken row recorded and marked for removal. */
static int validate_row(PolicyIndex *p, PolicyTableId t, PolicyRow *row, const CheckRefs *refs) {
  char zProblem[200];
  int iCol, rc;
  if (!policy_check_row(t, row->azCell, refs, &iCol, zProblem, sizeof(zProblem))) {
    return keys_add(p->pKeys, t, row);
  }
  rc = policy_add_problem(p, row->layer, t, row->rowid, iCol, iCol >= 0 ? POLICY_CELL(row, iCol) : 0,
                          zProblem);
  if (t == PT_RETRACTIONS) mark_retraction_target(p, row);
  row->azCell = 0; /* left out by drop_broken_rows */
  return rc;
}

/* Is the row a province or municipality (its own province)? Regions refer to their province, which is a
** region too: provinces are validated first, then the rest. */
static int is_province_row(const PolicyRow *row) {
  const char *zCode = POLICY_CELL(row, REG_CODE), *zProv = POLICY_CELL(row, REG_PROVINCE_CODE);
  return zCode && zProv && strcmp(zCode, zProv) == 0;
}

static int validate_table(PolicyIndex *p, PolicyTableId t, const CheckRefs *refs) {
  PolicyRows *rows = &p->aTable[t];
  int i, pass, nPass = t == PT_REGIONS ? 2 : 1, rc = SQLITE_OK;
  for (pass = 0; pass < nPass; pass++) {
    for (i = 0; rc == SQLITE_OK && i < rows->nRow; i++) {
      PolicyRow *row = &rows->aRow[i];
      if (nPass == 2 && (row->azCell == 0 || (pass == 0) != is_province_row(row))) continue;
      rc = validate_row(p, t, row, refs);
    }
  }
  return rc;
}

static void drop_broken_rows(PolicyRows *rows) {
  int i, nKeep = 0;
  for (i = 0; i < rows->nRow; i++) {
    if (rows->aRow[i].azCell) rows->aRow[nKeep++] = rows->aRow[i];
  }
  rows->nRow = nKeep;
}

/* ---- overlaps ----------------------------------------------------------------------------------------- */

/* A row of a dated table as the overlap check sorts it: by key, then by valid_from. */
typedef struct Period {
  const DatedTableDef *dt;
  const PolicyRow *row;
  int i, from, to; /* i: the row's place in the table, which decides which of two rows is reported */
} Period;

static int compare_cells(const char *x, const char *y) {
  return strcmp(x ? x : "", y ? y : "");
}

static int compare_periods(const void *a, const void *b) {
  const Period *x = (const Period *)a, *y = (const Period *)b;
  int c;
  for (c = 0; c < x->dt->nKey; c++) {
    int d = compare_cells(POLICY_CELL(x->row, x->dt->aiKey[c]), POLICY_CELL(y->row, x->dt->aiKey[c]));
    if (d) return d;
  }
  if (x->from != y->from) return x->from < y->from ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

static int same_key(const DatedTableDef *dt, const PolicyRow *a, const PolicyRow *b) {
  int c;
  for (c = 0; c < dt->nKey; c++) {
    const char *x = POLICY_CELL(a, dt->aiKey[c]), *y = POLICY_CELL(b, dt->aiKey[c]);
    if (!x || !y || strcmp(x, y) != 0) return 0;
  }
  return 1;
}

/* The validity of a row as days; 0 when a date cannot be read (a problem found already). */
static int row_period(const DatedTableDef *dt, const PolicyRow *row, int *pFrom, int *pTo) {
  return date_parse_or(POLICY_CELL(row, dt->iFrom), pFrom, -2147483647 - 1) &&
         date_parse_or(POLICY_CELL(row, dt->iTo), pTo, 2147483647);
}

/* A default row changes only by a retraction and a row of the user's: the message says with which key. */
static void append_retraction_hint(PolicyTableId t, const PolicyRow *row, char *zBuf, int nBuf) {
  int k, n = (int)strlen(zBuf);
  sqlite3_snprintf(nBuf - n, zBuf + n,
                   " (to replace it, retract it first: a row of shebao_policy_retractions with "
                   "table_name '%s' and key '",
                   policy_table_defs[t].zName);
  for (k = 0; k < policy_table_defs[t].nKey; k++) {
    n = (int)strlen(zBuf);
    sqlite3_snprintf(nBuf - n, zBuf + n, "%s%s", k ? "|" : "",
                     POLICY_CELL(row, k) ? POLICY_CELL(row, k) : "");
  }
  n = (int)strlen(zBuf);
  sqlite3_snprintf(nBuf - n, zBuf + n, "')");
}

int policy_overlap_problem(const DatedTableDef *dt, const PolicyRow *other, char *zBuf, int nBuf) {
  const char *const *azCol = policy_table_defs[dt->t].azCol;
  char zKey[80] = "";
  int k;
  for (k = 0; k < dt->nKey; k++) /* "name and region_code", "region_code, scope and item" */
    sqlite3_snprintf(sizeof(zKey) - strlen(zKey), zKey + strlen(zKey), "%s%s",
                     k == 0 ? "" : (k == dt->nKey - 1 ? " and " : ", "), azCol[dt->aiKey[k]]);
  sqlite3_snprintf(nBuf, zBuf, "%s overlaps row %lld of the %s layer for the same %s", azCol[dt->iFrom],
                   other->rowid, policy_layer_names[other->layer], zKey);
  if (other->layer == LAYER_DEFAULT) append_retraction_hint(dt->t, other, zBuf, nBuf);
  return dt->iFrom;
}

/* Two rows of one key (a region and a scope, a parameter and a region, ...) must not hold on the same day.
** The rows are sorted by key and valid_from, then swept once: a row that starts before the latest end so far
** of its key overlaps the row that ends there. Of the two, the later in the table is reported, once per
** overlap found: n log n, however many rows a layer brings. */
static int check_overlaps(PolicyIndex *p, const DatedTableDef *dt) {
  const PolicyRows *rows = &p->aTable[dt->t];
  Period *a = sqlite3_malloc64(sizeof(Period) * (size_t)(rows->nRow + 1));
  int i, n = 0, rc = SQLITE_OK;
  if (a == 0) return SQLITE_NOMEM;
  for (i = 0; i < rows->nRow; i++) {
    Period *x = &a[n];
    x->dt = dt;
    x->row = &rows->aRow[i];
    x->i = i;
    if (row_period(dt, x->row, &x->from, &x->to)) n++;
  }
  qsort(a, (size_t)n, sizeof(Period), compare_periods);
  for (i = 1; rc == SQLITE_OK && i < n; i++) {
    Period *latest = &a[i - 1], *cur = &a[i];
    char zProblem[400]; /* room for the retraction hint */
    if (!same_key(dt, latest->row, cur->row)) continue;
    if (cur->from <= latest->to) {
      const Period *b = cur->i > latest->i ? cur : latest, *o = b == cur ? latest : cur;
      int iCol = policy_overlap_problem(dt, o->row, zProblem, sizeof(zProblem));
      rc = policy_add_problem(p, b->row->layer, dt->t, b->row->rowid, iCol, POLICY_CELL(b->row, iCol),
                              zProblem);
    }
    if (latest->to > cur->to) *cur = *latest; /* carry the row that ends last */
  }
  sqlite3_free(a);
  return rc;
}

int policy_validate(PolicyIndex *p) {
  CheckRefs refs;
  int k, rc = keys_init(p);
  refs.xHave = keys_have;
  refs.pArg = p->pKeys;
  for (k = 0; rc == SQLITE_OK && k < PT_COUNT; k++) {
    PolicyTableId t = policy_check_order[k];
    rc = validate_table(p, t, &refs);
    drop_broken_rows(&p->aTable[t]);
  }
  for (k = 0; rc == SQLITE_OK && k < policy_dated_table_count; k++) {
    rc = check_overlaps(p, &policy_dated_tables[k]);
  }
  return rc;
}
