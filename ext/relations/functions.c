/*
** Relations: the SQL functions, and the reader of relation arguments every capability uses.
**
**   relation_code('外婆')             -> '64'      relation_code(1) -> '01'     relation_code('?') -> NULL
**   relation_name('father')          -> '父亲'
**   is_near_relative('外婆')          -> 1          is_near_relative('岳母') -> 0
**   is_near_relative('继母')          -> NULL (a step-mother is a near relative only with support)
**   is_near_relative('20', '51')     -> 1   (the householder's son and father: grandson and grandfather)
**   is_near_relative('20', '38')     -> NULL (a son and a daughter-in-law: spouses, or in-laws)
**   is_near_relative('51', '61')     -> 1   (the father and the father's father)
**   relation_code('父親') -> '51'     relation_code('waipo') -> '64'     relation_code('fu') -> NULL (夫 or 父)
**
** Lookups (relation_code, relation_name) return NULL for what they do not recognise; the decision
** is_near_relative raises an error for an unknown relation. Everything answers from the policy index.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "relations/relations.h"
#include "util/text.h"

/* A code written with fewer digits than it has: 1, 1.0 or '1' for 01. A lookup pads it (relation_code(1) is
** '01'); a decision refuses it, because a bare 1 in a column is more often a member's number or a count than
** the insured person, and a wrong "yes" is worse than an error. Only codes 01-09 can be written so. */
static int short_code(const RelationTerm *t, sqlite3_value *v, const char *z, int n) {
  char key[TEXT_KEY_MAX];
  if (t->iCode < 0 || t->zCode == 0 || t->zCode[0] != '0') return 0;
  if (sqlite3_value_type(v) != SQLITE_TEXT) return 1; /* a number: it had no leading zero */
  return text_normalize(z, n, key) == 1;
}

static int short_code_error(const char *zFunc, const char *zParam, sqlite3_value *v, const RelationTerm *t,
                            char **pzErr) {
  char zQuoted[TEXT_QUOTE_SIZE];
  text_quote(zQuoted, sizeof(zQuoted), (const char *)sqlite3_value_text(v), sqlite3_value_bytes(v));
  return shebao_errorf(
      pzErr,
      "%s(): %s is not a relation code (%s): codes have two digits ('%s' is %s), and a number "
      "column drops the leading zero: keep codes as text, or write printf('%%02d', x)",
      zFunc, zQuoted, zParam, t->zCode, t->zName);
}

int relation_arg(const RelationIndex *ri, const char *zFunc, const char *zParam, sqlite3_value *v,
                 int required, const RelationTerm **ppTerm, char **pzErr) {
  const char *z = 0;
  int n = 0, rc;
  *ppTerm = 0;
  switch (sqlite3_value_type(v)) {
  case SQLITE_NULL:
    return SHEBAO_NULL;
  case SQLITE_BLOB:
    return shebao_arg_text(zFunc, zParam, v, &z, &n, pzErr); /* the blob error */
  case SQLITE_TEXT:
    /* Read once: a second conversion could succeed where the first ran out of memory, and answer wrongly. */
    z = (const char *)sqlite3_value_text(v);
    if (z == 0) return SQLITE_NOMEM;
    n = sqlite3_value_bytes(v);
    *ppTerm = relation_resolve(ri, z, n);
    break;
  default:
    *ppTerm = relation_resolve_number(ri, v);
    break;
  }
  if (*ppTerm && (*ppTerm)->zCandidates) {
    /* A pinyin key of several relations: NULL in a lookup, an error naming them in a decision. */
    char zQuoted[TEXT_QUOTE_SIZE];
    const char *zCandidates = (*ppTerm)->zCandidates;
    *ppTerm = 0;
    if (!required) return SQLITE_OK;
    text_quote(zQuoted, sizeof(zQuoted), z, n);
    return shebao_errorf(pzErr, "%s(): ambiguous relation %s (%s): %s", zFunc, zQuoted, zParam, zCandidates);
  }
  if (*ppTerm && required && short_code(*ppTerm, v, z, n)) {
    const RelationTerm *t = *ppTerm;
    *ppTerm = 0;
    return short_code_error(zFunc, zParam, v, t, pzErr);
  }
  if (*ppTerm || !required) return SQLITE_OK;
  if (z == 0 && (rc = shebao_arg_text(zFunc, zParam, v, &z, &n, pzErr)) != SQLITE_OK) return rc;
  return relation_unknown_error(ri, zFunc, zParam, z, n, pzErr);
}

/* A lookup's argument: the term it names, or NULL. Runs per row: one type test, no copy of the text. */
static int lookup_arg(sqlite3_context *ctx, const char *zFunc, const char *zParam, sqlite3_value *v,
                      const RelationTerm **ppTerm, char **pzErr) {
  PolicyIndex *p;
  int rc;
  if (sqlite3_value_type(v) == SQLITE_NULL) return SHEBAO_NULL;
  rc = shebao_call_policy(ctx, &p, pzErr);
  return rc ? rc : relation_arg(p->pRelations, zFunc, zParam, v, 0, ppTerm, pzErr);
}

/* relation_code(term) -> the two-digit code (iVariant 0); relation_name(code_or_term) -> the standard Chinese
** name of the code (iVariant 1). NULL for what names no code. The embedded default's text is returned without
** a copy. */
static void relation_lookup_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int wantName = shebao_variant(ctx);
  const RelationTerm *t = 0;
  char *zErr = 0;
  int rc = lookup_arg(ctx, wantName ? "relation_name" : "relation_code", wantName ? "code_or_term" : "term",
                      argv[0], &t, &zErr);
  const char *z = rc == SQLITE_OK && t ? (wantName ? t->zName : t->zCode) : 0;
  (void)argc;
  if (z)
    sqlite3_result_text(ctx, z, wantName ? t->nName : 2, t->textStatic ? SQLITE_STATIC : SQLITE_TRANSIENT);
  shebao_result_error(ctx, rc, zErr);
}

static void result_verdict(sqlite3_context *ctx, KinVerdict v) {
  if (v == KIN_NEAR)
    sqlite3_result_int(ctx, 1);
  else if (v == KIN_NOT_NEAR)
    sqlite3_result_int(ctx, 0);
  /* conditional or undecidable: NULL, never a guess */
}

/* is_near_relative(relation) -> 1, 0, or NULL where the relation alone cannot decide it;
** is_near_relative(a_to_head, b_to_head) -> are two members of one household near relatives? */
static void is_near_relative_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  static const char zFunc[] = "is_near_relative";
  const RelationTerm *a = 0, *b = 0;
  PolicyIndex *p = 0;
  char *zErr = 0;
  int rc = shebao_null_args(argc, argv);
  if (rc == SQLITE_OK) rc = shebao_call_policy(ctx, &p, &zErr);
  if (rc == SQLITE_OK) {
    rc = relation_arg(p->pRelations, zFunc, argc == 1 ? "relation" : "a_to_head", argv[0], 1, &a, &zErr);
  }
  if (rc == SQLITE_OK && argc == 2)
    rc = relation_arg(p->pRelations, zFunc, "b_to_head", argv[1], 1, &b, &zErr);
  if (rc == SQLITE_OK) rc = policy_usable(p, zFunc, DEPS_RELATIONS, &zErr);
  if (rc == SQLITE_OK) result_verdict(ctx, b ? relation_derive(p->pRelations, a, b) : a->verdict);
  shebao_result_error(ctx, rc, zErr);
}

static const ShebaoFunction aRelationFunction[] = {
    {"relation_code", 1, SHEBAO_POLICY, relation_lookup_func, 0},
    {"relation_name", 1, SHEBAO_POLICY, relation_lookup_func, 1},
    {"is_near_relative", 1, SHEBAO_POLICY, is_near_relative_func, 0},
    {"is_near_relative", 2, SHEBAO_POLICY, is_near_relative_func, 0},
};

int shebao_register_relations(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = shebao_register_functions(db, conn, aRelationFunction, SHEBAO_COUNT(aRelationFunction), pzErrMsg);
  return rc == SQLITE_OK ? relations_register_views(db, conn, pzErrMsg) : rc;
}
