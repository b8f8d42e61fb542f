/*
** Relations (GB/T 4761-2008 codes; Civil Code art. 1045): the index of codes, terms and kinship classes built
** from the policy data, and the resolution of what users write to a code or term.
**
**   relation_resolve(ri, "外婆", 6)    -> the term 外婆, code 64, kin path 'mm'
**   relation_resolve(ri, "1", 1)      -> code 01 (本人)
**   relation_resolve(ri, "父親", 6)    -> code 51 (父亲): traditional characters, read as simplified
**   relation_resolve(ri, "Wai Po", 6) -> the term waipo, code 64: pinyin ('fu' is 夫 or 父: ambiguous)
**
** Which kin paths are near relatives is data (shebao_policy_kinship_classes); deriving the relation between
** two members of a household is relations/kinship.c. The SQL functions: relations/functions.c.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "relations/relations.h"
#include "util/hanzi.h"
#include "util/pinyin.h"
#include "util/text.h"
#include <stdlib.h>
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

/* The classes are keyed by generic paths: a father 'f' is a parent 'p'. */
const PolicyRow *relation_class_row(const RelationIndex *ri, const char *zPath) {
  char generic[KIN_READING_MAX];
  int n = (int)strlen(zPath), i;
  if (n >= KIN_READING_MAX) return 0;
  n = kinship_generic(zPath, n, generic);
  i = strmap_get(&ri->classByPath, generic, n);
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
    if (!kinship_path_generic(zPath)) {
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
    char generic[KIN_PATH_MAX + 1];
    int len = kinship_generic(z, e ? (int)(e - z) : (int)strlen(z), generic); /* valid: <= KIN_PATH_MAX */
    int i = strmap_get(&ri->classByPath, generic, len);
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

/* The verdict cache of every pair of paths, all unknown (-1). */
static int new_derived_cache(PolicyIndex *p, RelationIndex *ri) {
  ri->aDerived = arena_alloc(&p->arena, (size_t)ri->nPath * (size_t)ri->nPath + 1);
  if (ri->aDerived == 0) return SQLITE_NOMEM;
  memset(ri->aDerived, -1, (size_t)ri->nPath * (size_t)ri->nPath);
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
  return new_derived_cache(p, ri);
}

/* A connection's fork of the shared default index: the caches of its own, filled during its calls. */
int relations_index_fork(PolicyIndex *p) {
  RelationIndex *ri = arena_alloc(&p->arena, sizeof(RelationIndex));
  if (ri == 0) return SQLITE_NOMEM;
  *ri = *p->pRelations;
  p->pRelations = ri;
  ri->apBetween = 0;
  ri->pArena = &p->arena;
  return new_derived_cache(p, ri);
}

/* ---- pinyin keys -------------------------------------------------------------------------------------- */

/* A pinyin term's key ('ba ba', 'bàba' and 'baba' are all 'baba'). */
typedef struct PinyinEntry {
  const char *zKey;
  int nKey;
  int iTerm;
  int layer;
} PinyinEntry;

/* By key, then the highest layer first (a layer's term replaces the default's), then in data order. */
static int compare_pinyin(const void *pA, const void *pB) {
  const PinyinEntry *a = pA, *b = pB;
  int n = a->nKey < b->nKey ? a->nKey : b->nKey, c = memcmp(a->zKey, b->zKey, (size_t)n);
  if (c == 0) c = a->nKey - b->nKey;
  if (c == 0) c = b->layer - a->layer;
  return c ? c : a->iTerm - b->iTerm;
}

static int same_target(const RelationTerm *a, const RelationTerm *b) {
  return a->iCode == b->iCode && strcmp(a->zKinPath, b->zKinPath) == 0;
}

/* The relations a shared key may name, for the error: '夫 11, 父亲 51'. NULL when out of memory. */
static const char *candidate_list(PolicyIndex *p, const RelationIndex *ri, const PinyinEntry *a, int n) {
  sqlite3_str *s = sqlite3_str_new(0);
  const char *zList;
  char *z;
  int k, j;
  for (k = 0; k < n; k++) {
    const RelationTerm *t = &ri->aTerm[a[k].iTerm];
    for (j = 0; j < k && !same_target(&ri->aTerm[a[j].iTerm], t); j++) {
    }
    if (j < k) continue; /* named already */
    if (sqlite3_str_length(s)) sqlite3_str_appendall(s, ", ");
    if (t->iCode >= 0) {
      sqlite3_str_appendf(s, "%s %s", t->zName, t->zCode);
    } else {
      sqlite3_str_appendf(s, "'%s' (kin path '%s')", POLICY_CELL(t->pRow, TERM_TERM), t->zKinPath);
    }
  }
  z = sqlite3_str_finish(s);
  zList = z ? arena_strndup(&p->arena, z, strlen(z)) : 0;
  sqlite3_free(z);
  return zList;
}

/* One key and its n entries (the highest layer's first): the term it names, or an ambiguity. */
static int add_pinyin_key(PolicyIndex *p, RelationIndex *ri, const PinyinEntry *a, int n) {
  int nTop = 1, k, distinct = 0, isNew, *pSlot;
  RelationTerm *amb;
  while (nTop < n && a[nTop].layer == a[0].layer)
    nTop++;
  for (k = 1; k < nTop; k++)
    distinct |= !same_target(&ri->aTerm[a[k].iTerm], &ri->aTerm[a[0].iTerm]);
  pSlot = strmap_slot(&ri->pinyinByKey, a[0].zKey, a[0].nKey, &isNew);
  if (pSlot == 0) return SQLITE_NOMEM;
  *pSlot = a[0].iTerm;
  if (!distinct) return SQLITE_OK;
  amb = &ri->aAmbiguous[ri->nAmbiguous];
  amb->pRow = ri->aTerm[a[0].iTerm].pRow;
  amb->iCode = -1;
  amb->zKinPath = "?";
  amb->verdict = KIN_UNDECIDABLE;
  amb->zCandidates = candidate_list(p, ri, a, nTop);
  if (amb->zCandidates == 0) return SQLITE_NOMEM;
  *pSlot = -2 - ri->nAmbiguous++;
  return SQLITE_OK;
}

/* The keys of the pinyin terms. Two terms of one layer whose keys are equal make the key ambiguous (fū 夫 and
** fù 父 are both 'fu'), unless they name the same relation (nü and nv). */
static int build_pinyin_keys(PolicyIndex *p, RelationIndex *ri) {
  PinyinEntry *a = arena_alloc(&p->arena, sizeof(PinyinEntry) * (size_t)(ri->nTerm + 1));
  int nEntry = 0, i, j, rc = SQLITE_OK;
  if (a == 0) return SQLITE_NOMEM;
  for (i = ri->nCode; i < ri->nTerm; i++) {
    const PolicyRow *row = ri->aTerm[i].pRow;
    const char *zTerm = POLICY_CELL(row, TERM_TERM);
    char key[TEXT_KEY_MAX];
    int n;
    if (strcmp(POLICY_CELL(row, TERM_LANG), "pinyin") != 0) continue;
    n = pinyin_key(zTerm, (int)strlen(zTerm), key, (int)sizeof(key));
    if (n == 0) continue; /* not pinyin after all: found as written only */
    a[nEntry].zKey = arena_strndup(&p->arena, key, (size_t)n);
    if (a[nEntry].zKey == 0) return SQLITE_NOMEM;
    a[nEntry].nKey = n;
    a[nEntry].iTerm = i;
    a[nEntry++].layer = (int)row->layer;
  }
  qsort(a, (size_t)nEntry, sizeof(PinyinEntry), compare_pinyin);
  ri->aAmbiguous = arena_alloc(&p->arena, sizeof(RelationTerm) * (size_t)(nEntry + 1));
  if (ri->aAmbiguous == 0 || strmap_init(&ri->pinyinByKey, &p->arena, nEntry)) return SQLITE_NOMEM;
  for (i = 0; rc == SQLITE_OK && i < nEntry; i = j) {
    for (j = i + 1;
         j < nEntry && a[j].nKey == a[i].nKey && memcmp(a[j].zKey, a[i].zKey, (size_t)a[i].nKey) == 0; j++) {
    }
    rc = add_pinyin_key(p, ri, a + i, j - i);
  }
  return rc;
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
  if (rc == SQLITE_OK) rc = build_pinyin_keys(p, ri);
  ri->pArena = &p->arena;
  return rc;
}

/* ---- lookups ------------------------------------------------------------------------------------------ */

static const RelationTerm *term_for_number(const RelationIndex *ri, long long number) {
  if (number < 0 || number > 99 || ri->aCodeByNumber[number] < 0) return 0;
  return &ri->aTerm[ri->aCodeByNumber[number]];
}

/* Normalised text that names nothing as it stands: in traditional characters, or in pinyin? */
static const RelationTerm *resolve_other_script(const RelationIndex *ri, const char *key, int len) {
  char buf[TEXT_KEY_MAX * 4 / 3 + 2];
  int n, i;
  for (i = 0; i < len && (unsigned char)key[i] < 0x80; i++) {
  }
  if (i < len) {
    n = hanzi_to_simplified(key, len, buf, (int)sizeof(buf));
    if (n > 0 && (n != len || memcmp(buf, key, (size_t)n) != 0)) {
      i = strmap_get(&ri->termByKey, buf, n);
      if (i >= 0) return &ri->aTerm[i];
    }
  }
  n = pinyin_key(key, len, buf, (int)sizeof(buf));
  i = n ? strmap_get(&ri->pinyinByKey, buf, n) : -1;
  return i >= 0 ? &ri->aTerm[i] : i <= -2 ? &ri->aAmbiguous[-2 - i] : 0;
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
  /* Text already in its normal form was looked up above. */
  i = len == n && memcmp(key, z, (size_t)n) == 0 ? -1 : strmap_get(&ri->termByKey, key, len);
  return i >= 0 ? &ri->aTerm[i] : resolve_other_script(ri, key, len);
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

/* ---- relations between two members -------------------------------------------------------------------- */

/* The paths a decision tells the readings apart by (see relation_between in relations.h), into out. */
static void decision_paths(const RelationIndex *ri, const KinReadings *r, char *out) {
  const char *az[KIN_MAX_READINGS];
  int pass, n = 0, k, i;
  strcpy(out, "?");
  if (r->overflow || r->n == 0) return;
  for (pass = 0; pass < 2 && (pass == 0 || n > RELATION_BETWEEN_PATHS); pass++) {
    n = 0;
    for (k = 0; k < r->n; k++) {
      const char *z = r->a[k].zPath;
      if (strlen(z) > KIN_PATH_MAX || (pass && kinship_verdict(z, class_verdict, ri) == KIN_NOT_NEAR))
        z = "o";
      for (i = 0; i < n && strcmp(az[i], z) != 0; i++) {
      }
      if (i == n) az[n++] = z;
    }
  }
  if (n > RELATION_BETWEEN_PATHS) return;
  out[0] = 0;
  for (i = 0; i < n; i++) {
    if (i) strcat(out, "|");
    strcat(out, az[i]);
  }
}

/* Kept for the life of the index: the readings it has, not room for as many as there may be. */
static RelationBetween *between_build(RelationIndex *ri, const RelationTerm *a, const RelationTerm *b) {
  char zPaths[RELATION_BETWEEN_PATHS * (KIN_PATH_MAX + 1) + 1];
  RelationBetween *rb = arena_alloc(ri->pArena, sizeof(RelationBetween));
  KinReadings r;
  KinReading *aReading;
  if (rb == 0) return 0;
  kinship_readings(a->zKinPath, b->zKinPath, &r);
  aReading = arena_alloc(ri->pArena, sizeof(KinReading) * (size_t)(r.n + 1));
  if (aReading == 0) return 0;
  memcpy(aReading, r.a, sizeof(KinReading) * (size_t)r.n);
  rb->aReading = aReading;
  rb->nReading = r.n;
  rb->overflow = r.overflow;
  rb->verdict = kinship_readings_verdict(&r, class_verdict, ri);
  decision_paths(ri, &r, zPaths);
  rb->term.zKinPath = arena_strndup(ri->pArena, zPaths, strlen(zPaths));
  if (rb->term.zKinPath == 0) return 0;
  rb->term.iCode = -1;
  rb->term.iPath = -1;
  rb->term.verdict = rb->verdict;
  return rb;
}

const RelationBetween *relation_between(RelationIndex *ri, const RelationTerm *a, const RelationTerm *b) {
  RelationBetween **pp;
  if (ri->apBetween == 0) {
    ri->apBetween =
        arena_alloc(ri->pArena, sizeof(RelationBetween *) * (size_t)ri->nPath * (size_t)ri->nPath);
    if (ri->apBetween == 0) return 0;
  }
  pp = &ri->apBetween[a->iPath * ri->nPath + b->iPath];
  if (*pp == 0) *pp = between_build(ri, a, b);
  return *pp;
}
