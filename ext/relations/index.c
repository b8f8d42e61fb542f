/*
** Relations (GB/T 4761-2008 codes; Civil Code art. 1045): the index and the SQL functions.
**
**   relation_code('外婆')             -> '64'      relation_code(1) -> '01'     relation_code('?') -> NULL
**   relation_name('father')          -> '父亲'
**   is_near_relative('外婆')          -> 1          is_near_relative('岳母') -> 0  is_near_relative('继母')
*-> NULL
**   is_near_relative('20', '51')     -> 1   (the householder's son and father: grandson and grandfather)
**   is_near_relative('20', '38')     -> NULL (a son and a daughter-in-law: spouses, or in-laws)
**
** Lookups (relation_code, relation_name) return NULL for what they do not recognise; the decision
** is_near_relative raises an error for an unknown relation. Everything answers from the policy index.
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

/* For shebao_relations: the terms of each code, ', '-separated, in data order. */
static int build_code_term_lists(PolicyIndex *p, RelationIndex *ri) {
  size_t *aLen = arena_alloc(&p->arena, sizeof(size_t) * (size_t)(ri->nCode + 1));
  int i;
  if (aLen == 0) return SQLITE_NOMEM;
  for (i = ri->nCode; i < ri->nTerm; i++) {
    const RelationTerm *t = &ri->aTerm[i];
    if (t->iCode >= 0) aLen[t->iCode] += strlen(POLICY_CELL(t->pRow, TERM_TERM)) + 2;
  }
  for (i = 0; i < ri->nCode; i++) {
    char *z = arena_alloc(&p->arena, aLen[i] + 1);
    if (z == 0) return SQLITE_NOMEM;
    ri->aCode[i].zTerms = z;
  }
  /* aLen now counts what is written so far, so that appending stays linear however many terms. */
  memset(aLen, 0, sizeof(size_t) * (size_t)ri->nCode);
  for (i = ri->nCode; i < ri->nTerm; i++) {
    const RelationTerm *t = &ri->aTerm[i];
    if (t->iCode >= 0) {
      char *z = (char *)ri->aCode[t->iCode].zTerms;
      size_t n = aLen[t->iCode], len = strlen(POLICY_CELL(t->pRow, TERM_TERM));
      if (n) {
        memcpy(z + n, ", ", 2);
        n += 2;
      }
      memcpy(z + n, POLICY_CELL(t->pRow, TERM_TERM), len + 1);
      aLen[t->iCode] = n + len;
    }
  }
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

/* The term an SQL value of the given type names (the caller has checked it is neither NULL nor a blob). */
static const RelationTerm *resolve_typed(const RelationIndex *ri, sqlite3_value *v, int type) {
  switch (type) {
  case SQLITE_INTEGER:
    return term_for_number(ri, sqlite3_value_int64(v));
  case SQLITE_FLOAT: {
    /* An integral real in the range of codes (51.0) is a code. The range is checked first: converting a real
    ** outside the range of the integer type (1e300) is undefined behaviour. */
    double r = sqlite3_value_double(v);
    return r >= 0 && r <= 99 && r == (double)(int)r ? term_for_number(ri, (int)r) : 0;
  }
  default: {
    const char *z = (const char *)sqlite3_value_text(v);
    return z ? relation_resolve(ri, z, sqlite3_value_bytes(v))
             : 0; /* NULL: out of memory, the caller checks */
  }
  }
}

const RelationTerm *relation_resolve_value(const RelationIndex *ri, sqlite3_value *v) {
  return resolve_typed(ri, v, sqlite3_value_type(v));
}

KinVerdict relation_derive(RelationIndex *ri, const RelationTerm *a, const RelationTerm *b) {
  signed char *pCached = &ri->aDerived[a->iPath * ri->nPath + b->iPath];
  if (*pCached < 0) *pCached = (signed char)kinship_derive(a->zKinPath, b->zKinPath, class_verdict, ri);
  return (KinVerdict)*pCached;
}

/* ---- SQL functions ------------------------------------------------------------------------------------ */

/* Reads a relation argument of a lookup: ARG_OK with *ppTerm (NULL if unrecognised) and the index, ARG_NULL,
** or ARG_ERROR. Runs per row: one type test, no copy of the text. */
static ArgStatus relation_arg(sqlite3_context *ctx, const char *zFunc, const char *zParam, sqlite3_value *v,
                              const RelationTerm **ppTerm, const RelationIndex **ppIndex) {
  PolicyIndex *p;
  int type = sqlite3_value_type(v);
  if (type == SQLITE_NULL) return ARG_NULL;
  if (type == SQLITE_BLOB || (type == SQLITE_TEXT && sqlite3_value_text(v) == 0)) {
    const char *z;
    int n;
    return shebao_arg_text(ctx, zFunc, zParam, v, &z, &n); /* the blob error, or out of memory */
  }
  p = shebao_policy(ctx);
  if (p == 0) return ARG_ERROR;
  *ppIndex = p->pRelations;
  *ppTerm = resolve_typed(p->pRelations, v, type);
  return ARG_OK;
}

ArgStatus relation_value(const RelationIndex *ri, const char *zFunc, const char *zParam, sqlite3_value *v,
                         const RelationTerm **ppTerm, char **pzErr) {
  const char *z;
  int n, type = sqlite3_value_type(v);
  ArgStatus st;
  *pzErr = 0;
  if (type == SQLITE_NULL) return ARG_NULL;
  if (type != SQLITE_BLOB) {
    *ppTerm = resolve_typed(ri, v, type);
    if (*ppTerm) return ARG_OK;
  }
  /* A blob, an unknown relation, or text that could not be had (out of memory). */
  st = shebao_value_text(zFunc, zParam, v, &z, &n, pzErr);
  if (st != ARG_OK) return st;
  *pzErr = shebao_value_message(zFunc, "unknown relation", zParam, z, n);
  return ARG_ERROR;
}

ArgStatus relation_arg_required(sqlite3_context *ctx, const char *zFunc, const char *zParam, sqlite3_value *v,
                                const RelationTerm **ppTerm) {
  char *zErr = 0;
  PolicyIndex *p = shebao_policy(ctx);
  ArgStatus st;
  if (p == 0) return ARG_ERROR;
  st = relation_value(p->pRelations, zFunc, zParam, v, ppTerm, &zErr);
  if (st == ARG_ERROR) shebao_result_message(ctx, zErr);
  return st;
}

static void result_verdict(sqlite3_context *ctx, KinVerdict v) {
  if (v == KIN_NEAR)
    sqlite3_result_int(ctx, 1);
  else if (v == KIN_NOT_NEAR)
    sqlite3_result_int(ctx, 0);
  /* conditional or undecidable: NULL, never a guess */
}

/* relation_code(term) -> the two-digit code, or NULL. */
static void relation_code_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const RelationTerm *t = 0;
  const RelationIndex *ri;
  (void)argc;
  if (relation_arg(ctx, "relation_code", "term", argv[0], &t, &ri) != ARG_OK) return;
  if (t && t->zCode) sqlite3_result_text(ctx, t->zCode, 2, t->textStatic ? SQLITE_STATIC : SQLITE_TRANSIENT);
}

/* relation_name(code_or_term) -> the standard Chinese name of the code, or NULL. */
static void relation_name_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const RelationTerm *t = 0;
  const RelationIndex *ri;
  (void)argc;
  if (relation_arg(ctx, "relation_name", "code_or_term", argv[0], &t, &ri) != ARG_OK) return;
  if (t && t->zName) {
    sqlite3_result_text(ctx, t->zName, t->nName, t->textStatic ? SQLITE_STATIC : SQLITE_TRANSIENT);
  }
}

/* is_near_relative(relation) -> 1, 0, or NULL where the relation alone cannot decide it. */
static void is_near_relative_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const RelationTerm *t = 0;
  (void)argc;
  if (relation_arg_required(ctx, "is_near_relative", "relation", argv[0], &t) != ARG_OK) return;
  if (!shebao_policy_usable(ctx, shebao_policy_again(ctx), "is_near_relative", DEPS_RELATIONS)) return;
  result_verdict(ctx, t->verdict);
}

/* is_near_relative(a_to_head, b_to_head) -> are two members of one household near relatives? */
static void is_near_relative_pair_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const RelationTerm *a = 0, *b = 0;
  if (shebao_null_args(argc, argv)) return;
  if (relation_arg_required(ctx, "is_near_relative", "a_to_head", argv[0], &a) != ARG_OK) return;
  if (relation_arg_required(ctx, "is_near_relative", "b_to_head", argv[1], &b) != ARG_OK) return;
  if (!shebao_policy_usable(ctx, shebao_policy_again(ctx), "is_near_relative", DEPS_RELATIONS)) return;
  result_verdict(ctx, relation_derive(shebao_policy_again(ctx)->pRelations, a, b));
}

static const ShebaoFunction aRelationFunction[] = {
    {"relation_code", 1, SHEBAO_PURE, relation_code_func},
    {"relation_name", 1, SHEBAO_PURE, relation_name_func},
    {"is_near_relative", 1, SHEBAO_PURE, is_near_relative_func},
    {"is_near_relative", 2, SHEBAO_PURE, is_near_relative_pair_func},
};

int shebao_register_relations(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return shebao_register_functions(db, conn, aRelationFunction,
                                   (int)(sizeof(aRelationFunction) / sizeof(aRelationFunction[0])), pzErrMsg);
}
