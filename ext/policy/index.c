/*
** Building the policy index: the rows in effect per table (the embedded default merged with the user's
** layers), validated, then each capability's own lookup structures. Runs when a connection loads shebao and
** when its policy changes; never per call.
**
**   default rows  --+
**   main layer    --+-- merge by key, retractions --> validate (broken rows out, problems in) --> builders
**   temp layer    --+
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/policy.h"
#include "policy/validate.h"
#include "util/date.h"
#include <stdlib.h>
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

/* ---- problems ----------------------------------------------------------------------------------------- */

int policy_add_problem(PolicyIndex *p, int layer, PolicyTableId t, long long rowid, int iCol,
                       const char *zValue, const char *zProblem) {
  PolicyProblem *pr;
  if (p->nProblem == p->nProblemAlloc) {
    int nNew = p->nProblemAlloc ? p->nProblemAlloc * 2 : 16;
    PolicyProblem *aNew = arena_alloc(&p->arena, sizeof(PolicyProblem) * (size_t)nNew);
    if (aNew == 0) return SQLITE_NOMEM;
    if (p->nProblem) memcpy(aNew, p->aProblem, sizeof(PolicyProblem) * (size_t)p->nProblem);
    p->aProblem = aNew;
    p->nProblemAlloc = nNew;
  }
  pr = &p->aProblem[p->nProblem];
  pr->layer = layer;
  pr->t = t;
  pr->rowid = rowid;
  pr->iCol = iCol;
  pr->zValue = zValue ? arena_strndup(&p->arena, zValue, strlen(zValue)) : 0;
  pr->zProblem = arena_strndup(&p->arena, zProblem, strlen(zProblem));
  if ((zValue && pr->zValue == 0) || pr->zProblem == 0) return SQLITE_NOMEM;
  p->nProblem++;
  p->brokenMask |= 1u << t;
  return SQLITE_OK;
}

/* ---- validation --------------------------------------------------------------------------------------- */

/* What the rows validated so far provide, for the references of the rows that follow. */
typedef struct ValidRefs {
  Arena *arena;
  StrMap sources, regions, classes, rules;
  unsigned char aRelation[100];
} ValidRefs;

static int in_map(StrMap *m, const char *z) {
  return strmap_get(m, z, (int)strlen(z)) >= 0;
}
static int ref_source(void *a, const char *z) {
  return in_map(&((ValidRefs *)a)->sources, z);
}
static int ref_region(void *a, const char *z) {
  return in_map(&((ValidRefs *)a)->regions, z);
}
static int ref_province(void *a, const char *z) {
  return strmap_get(&((ValidRefs *)a)->regions, z, (int)strlen(z)) == 1;
}
static int ref_relation(void *a, const char *z) {
  return strlen(z) == 2 && z[0] >= '0' && z[0] <= '9' && z[1] >= '0' && z[1] <= '9' &&
         ((ValidRefs *)a)->aRelation[(z[0] - '0') * 10 + z[1] - '0'];
}
static int ref_class(void *a, const char *z) {
  return in_map(&((ValidRefs *)a)->classes, z);
}
static int ref_rule(void *a, const char *z) {
  return in_map(&((ValidRefs *)a)->rules, z);
}

/* Records a valid row in the references (value 1 for a region marks a province or municipality). */
static int remember(ValidRefs *v, PolicyTableId t, const PolicyRow *row) {
  StrMap *m = 0;
  const char *zKey = 0;
  int value = 0, isNew, *pSlot;
  switch (t) {
  case PT_SOURCES:
    m = &v->sources;
    zKey = POLICY_CELL(row, SRC_ID);
    break;
  case PT_REGIONS: {
    const char *zLevel = POLICY_CELL(row, REG_LEVEL);
    m = &v->regions;
    zKey = POLICY_CELL(row, REG_CODE);
    value = strcmp(zLevel, "province") == 0 || strcmp(zLevel, "municipality") == 0;
    break;
  }
  case PT_KINSHIP_CLASSES:
    m = &v->classes;
    zKey = POLICY_CELL(row, KC_CLASS);
    break;
  case PT_CERT_RULES:
    m = &v->rules;
    zKey = POLICY_CELL(row, CRULE_RULE);
    break;
  case PT_RELATIONS: {
    const char *z = POLICY_CELL(row, REL_CODE);
    v->aRelation[(z[0] - '0') * 10 + z[1] - '0'] = 1;
    return SQLITE_OK;
  }
  default:
    return SQLITE_OK;
  }
  pSlot = strmap_slot(m, zKey, (int)strlen(zKey), &isNew);
  if (pSlot == 0) return SQLITE_NOMEM;
  *pSlot = value;
  return SQLITE_OK;
}

/* A retraction that is broken makes the table it retracts from broken too: its rows are not what the user
** meant. */
static void mark_retraction_target(PolicyIndex *p, const PolicyRow *row) {
  int target = policy_table_by_name(POLICY_CELL(row, RETRACT_TABLE_NAME));
  if (target >= 0) p->brokenMask |= 1u << target;
}

static int validate_tables(PolicyIndex *p) {
  ValidRefs v;
  CheckRefs refs;
  int k, rc = SQLITE_OK, nMax = 0;
  for (k = 0; k < PT_COUNT; k++)
    nMax = p->aTable[k].nRow > nMax ? p->aTable[k].nRow : nMax;
  memset(&v, 0, sizeof(v));
  if (strmap_init(&v.sources, &p->arena, p->aTable[PT_SOURCES].nRow) ||
      strmap_init(&v.regions, &p->arena, p->aTable[PT_REGIONS].nRow) ||
      strmap_init(&v.classes, &p->arena, p->aTable[PT_KINSHIP_CLASSES].nRow) ||
      strmap_init(&v.rules, &p->arena, p->aTable[PT_CERT_RULES].nRow)) {
    return SQLITE_NOMEM;
  }
  refs.xSource = ref_source;
  refs.xRegion = ref_region;
  refs.xProvince = ref_province;
  refs.xRelation = ref_relation;
  refs.xClass = ref_class;
  refs.xCertRule = ref_rule;
  refs.pArg = &v;
  for (k = 0; rc == SQLITE_OK && k < PT_COUNT; k++) {
    PolicyTableId t = policy_check_order[k];
    PolicyRows *rows = &p->aTable[t];
    int i, nKeep = 0;
    /* Regions refer to their province, which is a region too: provinces first, then the rest. */
    int pass, nPass = t == PT_REGIONS ? 2 : 1;
    unsigned char *aDone = 0;
    if (nPass == 2) {
      aDone = arena_alloc(&p->arena, (size_t)rows->nRow + 1);
      if (aDone == 0) return SQLITE_NOMEM;
    }
    for (pass = 0; pass < nPass; pass++) {
      for (i = 0; rc == SQLITE_OK && i < rows->nRow; i++) {
        PolicyRow *row = &rows->aRow[i];
        if (nPass == 2) {
          const char *zCode = POLICY_CELL(row, REG_CODE), *zProv = POLICY_CELL(row, REG_PROVINCE_CODE);
          int isProvince = zCode && zProv && strcmp(zCode, zProv) == 0;
          if ((pass == 0) != isProvince || aDone[i]) continue;
          aDone[i] = 1;
        }
        {
          char zProblem[200];
          int iCol;
          if (policy_check_row(t, row->azCell, &refs, &iCol, zProblem, sizeof(zProblem))) {
            rc = policy_add_problem(p, row->layer, t, row->rowid, iCol,
                                    iCol >= 0 ? POLICY_CELL(row, iCol) : 0, zProblem);
            if (t == PT_RETRACTIONS) mark_retraction_target(p, row);
            row->azCell = 0; /* left out below */
          } else {
            rc = remember(&v, t, row);
          }
        }
      }
    }
    for (i = 0; i < rows->nRow; i++) {
      if (rows->aRow[i].azCell) rows->aRow[nKeep++] = rows->aRow[i];
    }
    rows->nRow = nKeep;
  }
  return rc;
}

/* Two rows of one key (a region and a scope, a parameter and a region, ...) must not hold on the same day. */
static int check_overlaps(PolicyIndex *p) {
  int k, rc = SQLITE_OK;
  for (k = 0; rc == SQLITE_OK && k < policy_dated_table_count; k++) {
    const DatedTableDef *dt = &policy_dated_tables[k];
    const PolicyRows *rows = &p->aTable[dt->t];
    int i, j;
    /* Small tables: compare each row with the rows after it that share its key. */
    for (i = 0; rc == SQLITE_OK && i < rows->nRow; i++) {
      const PolicyRow *a = &rows->aRow[i];
      int fa, ta;
      if (date_parse_or(POLICY_CELL(a, dt->iFrom), &fa, -2147483647 - 1) == 0 ||
          date_parse_or(POLICY_CELL(a, dt->iTo), &ta, 2147483647) == 0) {
        continue;
      }
      for (j = i + 1; rc == SQLITE_OK && j < rows->nRow; j++) {
        const PolicyRow *b = &rows->aRow[j];
        int fb, tb, c, same = 1;
        for (c = 0; c < dt->nKey && same; c++) {
          const char *x = POLICY_CELL(a, dt->aiKey[c]), *y = POLICY_CELL(b, dt->aiKey[c]);
          same = x && y && strcmp(x, y) == 0;
        }
        if (!same) continue;
        if (date_parse_or(POLICY_CELL(b, dt->iFrom), &fb, -2147483647 - 1) == 0 ||
            date_parse_or(POLICY_CELL(b, dt->iTo), &tb, 2147483647) == 0) {
          continue;
        }
        if (fa <= tb && fb <= ta) {
          char zProblem[200];
          sqlite3_snprintf(sizeof(zProblem), zProblem, "overlaps row %lld of the %s layer for the same %s",
                           a->rowid, policy_layer_names[a->layer],
                           policy_table_defs[dt->t].azCol[dt->aiKey[0]]);
          rc = policy_add_problem(p, b->layer, dt->t, b->rowid, dt->iFrom, POLICY_CELL(b, dt->iFrom),
                                  zProblem);
        }
      }
    }
  }
  return rc;
}

/* ---- index ------------------------------------------------------------------------------------------- */

static int build_source_map(PolicyIndex *p) {
  const PolicyRows *rows = &p->aTable[PT_SOURCES];
  int i;
  if (strmap_init(&p->sourceById, &p->arena, rows->nRow)) return SQLITE_NOMEM;
  for (i = 0; i < rows->nRow; i++) {
    const char *zId = POLICY_CELL(&rows->aRow[i], SRC_ID);
    int isNew, *pSlot = strmap_slot(&p->sourceById, zId, (int)strlen(zId), &isNew);
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
  if (zValue)
    shebao_quote(zQuoted, sizeof(zQuoted), zValue, (int)strlen(zValue));
  else
    memcpy(zQuoted, "NULL", 5);
  sqlite3_free(*pzErr);
  *pzErr =
      sqlite3_mprintf("%s row %lld (%s layer): %s %s %s", policy_table_defs[t].zName, row->rowid,
                      policy_layer_names[row->layer], policy_table_defs[t].azCol[iCol], zProblem, zQuoted);
  return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

typedef int (*IndexBuilder)(PolicyIndex *, char **);
static const IndexBuilder aBuilder[] = {
    relations_index_build, parameters_index_build, regions_index_build,
    sharing_index_build,   identity_index_build,   cert_index_build,
};

static int build_capability_indexes(PolicyIndex *p, char **pzErr) {
  size_t i;
  int rc = build_source_map(p);
  for (i = 0; rc == SQLITE_OK && i < sizeof(aBuilder) / sizeof(aBuilder[0]); i++) {
    rc = aBuilder[i](p, pzErr);
  }
  return rc;
}

PolicyIndex *policy_index_build(sqlite3 *db, char **pzErr) {
  PolicyIndex *p = sqlite3_malloc64(sizeof(*p));
  int rc;
  *pzErr = 0;
  if (p == 0) return 0;
  memset(p, 0, sizeof(*p));
  p->nRef = 1;
  rc = load_default_rows(p, pzErr);
  if (rc == SQLITE_OK && db) rc = policy_merge_layers(p, db, pzErr);
  if (rc == SQLITE_OK) rc = validate_tables(p);
  if (rc == SQLITE_OK) rc = check_overlaps(p);
  if (rc == SQLITE_OK) rc = build_capability_indexes(p, pzErr);
  if (rc != SQLITE_OK) {
    if (rc == SQLITE_NOMEM) {
      sqlite3_free(*pzErr);
      *pzErr = 0;
    }
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
