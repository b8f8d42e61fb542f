/*
** Relations (GB/T 4761-2008 codes; Civil Code art. 1045): the index of codes, terms and kinship classes built
** from the policy data, and the resolution of what users write to a code or term.
**
**   relation_resolve(ri, "外婆", 6)    -> the term 外婆, code 64, kin path 'pp'
**   relation_resolve(ri, "1", 1)      -> code 01 (本人)
**
** Which kin paths are near relatives is data (shebao_policy_kinship_classes); deriving the relation between
** two members of a household is relations/kinship.c. The SQL functions: relations/functions.c.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "relations/relations.h"
#include "util/text.h"
#include <string.h>

/* ---- building the index ------------------------------------------------------------------------------- */

static int verdict_from_text(const char *z) {
  if (z == 0) return -1;
  if (strcmp(z, "yes") == 0) return KIN_NEAR;
  if (strcmp(z, "no") == 0) return KIN_NOT_NEAR;
  if (strcmp(z, "conditional") == 0) return KIN_CONDITIONAL;
  if (strcmp(z, "unknown") == 0) return KIN_UNDECIDABLE;
  return -1;
}

/* KinClassLookup over the index: the verdict the kinship-class data gives a single path. */
static int class_verdict(const void *pCtx, const char *zPath, int nPath) {
  const RelationIndex *ri = (const RelationIndex *)pCtx;
  int i = strmap_get(&ri->classByPath, zPath, nPath);
  if (i < 0) return -1;
  return verdict_from_text(POLICY_CELL(&ri->pClasses->aRow[i], KC_NEAR_RELATIVE));
}

const PolicyRow *relation_class_row(const RelationIndex *ri, const char *zPath) {
  int i = strmap_get(&ri->classByPath, zPath, (int)strlen(zPath));
  return i < 0 ? 0 : &ri->pClasses->aRow[i];
}

static int build_classes(PolicyIndex *p, RelationIndex *ri, char **pzErr) {
  PolicyRows *rows = &p->aTable[PT_KINSHIP_CLASSES];
  int i;
  ri->pClasses = rows;
  if (strmap_init(&ri->classByPath, &p->arena, rows->nRow)) return SQLITE_NOMEM;
  for (i = 0; i < rows->nRow; i++) {
    const PolicyRow *row = &rows->aRow[i];
    const char *zPath = POLICY_CELL(row, KC_KIN_PATH);
    int isNew, *pSlot;
    if (zPath == 0 || strchr(zPath, '|') || !kinship_path_valid(zPath)) {
      return policy_row_error(pzErr, PT_KINSHIP_CLASSES, row, KC_KIN_PATH, "is not a single kin path:");
    }
    if (verdict_from_text(POLICY_CELL(row, KC_NEAR_RELATIVE)) < 0) {
      return policy_row_error(pzErr, PT_KINSHIP_CLASSES, row, KC_NEAR_RELATIVE,
                              "must be 'yes', 'no', 'conditional' or 'unknown', not");
    }
    pSlot = strmap_slot(&ri->classByPath, zPath, (int)strlen(zPath), &isNew);
    if (pSlot == 0) return SQLITE_NOMEM;
    *pSlot = i;
  }
  return SQLITE_OK;
}

/* The class names of a path list, '|'-separated ('c|C' -> 'child|step_child'); 'other' where unlisted. */
static const char *class_names(PolicyIndex *p, RelationIndex *ri, const char *zPaths) {
  char buf[256];
  int n = 0;
  const char *z = zPaths;
  for (;;) {
    const char *e = strchr(z, '|');
    int len = e ? (int)(e - z) : (int)strlen(z);
    int i = strmap_get(&ri->classByPath, z, len);
    const char *zClass = i < 0 ? "other" : POLICY_CELL(&ri->pClasses->aRow[i], KC_CLASS);
    int nClass = (int)strlen(zClass);
    if (n + nClass + 2 >= (int)sizeof(buf)) break;
    if (n) buf[n++] = '|';
    memcpy(buf + n, zClass, (size_t)nClass);
    n += nClass;
    if (!e) break;
    z = e + 1;
  }
  return arena_strndup(&p->arena, buf, (size_t)n);
}

static int build_codes(PolicyIndex *p, RelationIndex *ri, char **pzErr) {
  PolicyRows *rows = &p->aTable[PT_RELATIONS];
  int i;
  for (i = 0; i < 100; i++)
    ri->aCodeByNumber[i] = -1;
  ri->aCode = arena_alloc(&p->arena, sizeof(RelationCode) * (size_t)(rows->nRow + 1));
  if (ri->aCode == 0) return SQLITE_NOMEM;
  for (i = 0; i < rows->nRow; i++) {
    const PolicyRow *row = &rows->aRow[i];
    const char *zCode = POLICY_CELL(row, REL_CODE);
    const char *zPath = POLICY_CELL(row, REL_KIN_PATH);
    RelationCode *rc = &ri->aCode[ri->nCode];
    int number;
    if (zCode == 0 || strlen(zCode) != 2 || !text_all_digits(zCode, 2, 2, &number) || number == 0) {
      return policy_row_error(pzErr, PT_RELATIONS, row, REL_CODE, "is not a two-digit code:");
    }
    if (POLICY_CELL(row, REL_NAME) == 0) {
      return policy_row_error(pzErr, PT_RELATIONS, row, REL_NAME, "is missing:");
    }
    if (!kinship_path_valid(zPath)) {
      return policy_row_error(pzErr, PT_RELATIONS, row, REL_KIN_PATH, "is not a kin path:");
    }
    if (ri->aCodeByNumber[number] >= 0) {
      return policy_row_error(pzErr, PT_RELATIONS, row, REL_CODE, "appears twice:");
    }
    rc->pRow = row;
    rc->number = number;
    rc->verdict = kinship_verdict(zPath, class_verdict, ri);
    rc->zClass = class_names(p, ri, zPath);
    if (rc->zClass == 0) return SQLITE_NOMEM;
    ri->aCodeByNumber[number] = ri->nCode++;
  }
  return SQLITE_OK;
}

/* Adds a normalised key for term index iTerm; a later key replaces an earlier one (terms over names). */
static int add_term_key(PolicyIndex *p, RelationIndex *ri, const char *zTerm, int iTerm) {
  char key[TEXT_KEY_MAX];
  int n = text_normalize(zTerm, (int)strlen(zTerm), key), isNew, *pSlot;
  char *zKey;
  if (n <= 0) return SQLITE_OK; /* cannot be typed: empty or not UTF-8; shebao_check reports it */
  zKey = arena_strndup(&p->arena, key, (size_t)n);
  if (zKey == 0) return SQLITE_NOMEM;
  pSlot = strmap_slot(&ri->termByKey, zKey, n, &isNew);
  if (pSlot == 0) return SQLITE_NOMEM;
  *pSlot = iTerm;
  return SQLITE_OK;
}

static int build_terms(PolicyIndex *p, RelationIndex *ri, char **pzErr) {
  PolicyRows *rows = &p->aTable[PT_RELATION_TERMS];
  int i, rc;
  ri->aTerm = arena_alloc(&p->arena, sizeof(RelationTerm) * (size_t)(ri->nCode + rows->nRow + 1));
  if (ri->aTerm == 0 || strmap_init(&ri->termByKey, &p->arena, ri->nCode + rows->nRow)) return SQLITE_NOMEM;
  /* The standard names first: aTerm[i] names aCode[i]. */
  for (i = 0; i < ri->nCode; i++) {
    RelationTerm *t = &ri->aTerm[ri->nTerm];
    t->pRow = ri->aCode[i].pRow;
    t->iCode = i;
    t->zKinPath = POLICY_CELL(t->pRow, REL_KIN_PATH);
    t->verdict = ri->aCode[i].verdict;
    rc = add_term_key(p, ri, POLICY_CELL(t->pRow, REL_NAME), ri->nTerm++);
    if (rc) return rc;
  }
  for (i = 0; i < rows->nRow; i++) {
    const PolicyRow *row = &rows->aRow[i];
    const char *zCode = POLICY_CELL(row, TERM_CODE);
    const char *zPath = POLICY_CELL(row, TERM_KIN_PATH);
    RelationTerm *t = &ri->aTerm[ri->nTerm];
    int number = 0;
    if (POLICY_CELL(row, TERM_TERM) == 0) {
      return policy_row_error(pzErr, PT_RELATION_TERMS, row, TERM_TERM, "is missing:");
    }
    t->pRow = row;
    t->iCode = -1;
    if (zCode) {
      if (!text_all_digits(zCode, (int)strlen(zCode), 2, &number) || strlen(zCode) != 2 ||
          ri->aCodeByNumber[number] < 0) {
        return policy_row_error(pzErr, PT_RELATION_TERMS, row, TERM_CODE, "is not a known relation code:");
      }
      t->iCode = ri->aCodeByNumber[number];
    }
    if (zPath == 0 && t->iCode < 0) {
      return policy_row_error(pzErr, PT_RELATION_TERMS, row, TERM_KIN_PATH, "is needed when code is NULL:");
    }
    if (zPath && !kinship_path_valid(zPath)) {
      return policy_row_error(pzErr, PT_RELATION_TERMS, row, TERM_KIN_PATH, "is not a kin path:");
    }
    t->zKinPath = zPath ? zPath : POLICY_CELL(ri->aCode[t->iCode].pRow, REL_KIN_PATH);
    t->verdict = kinship_verdict(t->zKinPath, class_verdict, ri);
    rc = add_term_key(p, ri, POLICY_CELL(row, TERM_TERM), ri->nTerm++);
    if (rc) return rc;
  }
  return SQLITE_OK;
}

/* What relation_code and relation_name return for each term. */
static void set_term_texts(RelationIndex *ri) {
  int i;
  for (i = 0; i < ri->nTerm; i++) {
    RelationTerm *t = &ri->aTerm[i];
    if (t->iCode >= 0) {
      const PolicyRow *row = ri->aCode[t->iCode].pRow;
      t->zCode = POLICY_CELL(row, REL_CODE);
      t->zName = POLICY_CELL(row, REL_NAME);
      t->nName = (int)strlen(t->zName);
      t->textStatic = row->layer == LAYER_DEFAULT;
    }
  }
}

/* ArenaListItem over the term rows (after the standard names): the term, and its code. */
static const char *term_item(const void *pCtx, int i, int *piOwner) {
  const RelationIndex *ri = (const RelationIndex *)pCtx;
  const RelationTerm *t = &ri->aTerm[ri->nCode + i];
  *piOwner = t->iCode;
  return POLICY_CELL(t->pRow, TERM_TERM);
}

/* For shebao_relations: the terms of each code, ', '-separated, in data order. */
static int build_code_term_lists(PolicyIndex *p, RelationIndex *ri) {
  const char **azTerms = arena_alloc(&p->arena, sizeof(char *) * (size_t)(ri->nCode + 1));
  int i;
  if (azTerms == 0 || arena_join_lists(&p->arena, ri->nCode, ri->nTerm - ri->nCode, term_item, ri, azTerms)) {
    return SQLITE_NOMEM;
  }
  for (i = 0; i < ri->nCode; i++)
    ri->aCode[i].zTerms = azTerms[i];
  return SQLITE_OK;
}

/* Interns the kin paths of all terms so that derived verdicts can be cached per pair. */
static int build_path_cache(PolicyIndex *p, RelationIndex *ri) {
  int i, j;
  ri->azPath = arena_alloc(&p->arena, sizeof(char *) * (size_t)(ri->nTerm + 1));
  if (ri->azPath == 0) return SQLITE_NOMEM;
  for (i = 0; i < ri->nTerm; i++) {
    RelationTerm *t = &ri->aTerm[i];
    for (j = 0; j < ri->nPath && strcmp(ri->azPath[j], t->zKinPath) != 0; j++) {
    }
    if (j == ri->nPath) ri->azPath[ri->nPath++] = t->zKinPath;
    t->iPath = j;
  }
  ri->aDerived = arena_alloc(&p->arena, (size_t)ri->nPath * (size_t)ri->nPath + 1);
  if (ri->aDerived == 0) return SQLITE_NOMEM;
  memset(ri->aDerived, -1, (size_t)ri->nPath * (size_t)ri->nPath);
  return SQLITE_OK;
}

int relations_index_build(PolicyIndex *p, char **pzErr) {
  RelationIndex *ri = arena_alloc(&p->arena, sizeof(RelationIndex));
  int rc;
  if (ri == 0) return SQLITE_NOMEM;
  p->pRelations = ri;
  rc = build_classes(p, ri, pzErr);
  if (rc == SQLITE_OK) rc = build_codes(p, ri, pzErr);
  if (rc == SQLITE_OK) rc = build_terms(p, ri, pzErr);
  if (rc == SQLITE_OK) rc = build_code_term_lists(p, ri);
  if (rc == SQLITE_OK) rc = build_path_cache(p, ri);
  if (rc == SQLITE_OK) set_term_texts(ri);
  return rc;
}

/* ---- lookups ------------------------------------------------------------------------------------------ */

static const RelationTerm *term_for_number(const RelationIndex *ri, long long number) {
  if (number < 0 || number > 99 || ri->aCodeByNumber[number] < 0) return 0;
  return &ri->aTerm[ri->aCodeByNumber[number]];
}

const RelationTerm *relation_resolve(const RelationIndex *ri, const char *z, int n) {
  char key[TEXT_KEY_MAX];
  int len, number, i;
  /* The common case first: a code, or a term written as the index keeps it. Normalising is idempotent, so
  ** text that is a key as it stands is its own normal form, and the answer is the same. */
  if (n <= 2 && text_all_digits(z, n, 2, &number)) return term_for_number(ri, number);
  i = strmap_get(&ri->termByKey, z, n);
  if (i >= 0) return &ri->aTerm[i];
  len = text_normalize(z, n, key);
  if (len <= 0) return 0;
  if (text_all_digits(key, len, 2, &number)) return term_for_number(ri, number);
  i = strmap_get(&ri->termByKey, key, len);
  return i < 0 ? 0 : &ri->aTerm[i];
}

const RelationTerm *relation_resolve_number(const RelationIndex *ri, sqlite3_value *v) {
  if (sqlite3_value_type(v) == SQLITE_INTEGER) return term_for_number(ri, sqlite3_value_int64(v));
  {
    /* An integral real in the range of codes (51.0) is a code. The range is checked first: converting a real
    ** outside the range of the integer type (1e300) is undefined behaviour. */
    double r = sqlite3_value_double(v);
    return r >= 0 && r <= 99 && r == (double)(int)r ? term_for_number(ri, (int)r) : 0;
  }
}

KinVerdict relation_derive(RelationIndex *ri, const RelationTerm *a, const RelationTerm *b) {
  signed char *pCached = &ri->aDerived[a->iPath * ri->nPath + b->iPath];
  if (*pCached < 0) *pCached = (signed char)kinship_derive(a->zKinPath, b->zKinPath, class_verdict, ri);
  return (KinVerdict)*pCached;
}
