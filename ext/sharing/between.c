/*
** Family mutual aid between two members of one household: may member A's personal account pay for member B,
** both given by their relation to the householder (the 户口簿 field)?
**
**   can_share_between('51', '61', '2025-03-01')                    -> 1    (the father pays for his father)
**   can_share_between('12', '51', '2025-03-01')                    -> 0    (the wife for her father-in-law)
**   can_share_between('12', '20', '2025-03-01')                    -> NULL (her son, or her step-son)
**   can_share_between('51', '61', '2025-03-01', '苏州市', '成都市')  -> 1
**   SELECT * FROM explain_can_share_between('12', '20', '2025-03-01');
**
** B's relation to A is derived as is_near_relative(a, b) derives it (relation_between, relations/index.c), with
** every reading the codes allow; then it is decided as can_share decides a relation (sharing_decide), so that an
** answer stands only where every reading gives it. The explanation: A's and B's relations to the householder,
** the derived relation with what each reading assumes, then can_share's rows.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "sharing/sharing.h"
#include "policy/explain.h"
#include <string.h>

#define FN_FUNC "can_share_between"
#define FN_EXPLAIN "explain_can_share_between"

/* A decision's reading of a derived relation can hold no more paths than the decision reads. */
_Static_assert(RELATION_BETWEEN_PATHS <= SHARE_MAX_READINGS, "the sharing decision reads fewer readings");

typedef struct BetweenArgs {
  const RelationTerm *pA, *pB;     /* each member's relation to the householder */
  const RelationBetween *pBetween; /* B's relation to A */
  ShareArgs share;                 /* the decision's arguments: B's relation to A, the date, the regions */
} BetweenArgs;

/* Reads a_to_head, b_to_head, on_date and, if nArg is 5, a_region and b_region; derives B's relation to A.
** SQLITE_OK or an error naming zFunc; the caller has checked for NULL and blank arguments. */
static int between_args(PolicyIndex *p, const char *zFunc, int nArg, sqlite3_value *const *argv,
                        BetweenArgs *a, char **pzErr) {
  int rc;
  a->share.pPayer = a->share.pRelative = 0;
  rc = relation_arg(p->pRelations, zFunc, "a_to_head", argv[0], 1, &a->pA, pzErr);
  if (rc == SQLITE_OK) rc = relation_arg(p->pRelations, zFunc, "b_to_head", argv[1], 1, &a->pB, pzErr);
  if (rc == SQLITE_OK) rc = shebao_arg_date(zFunc, "on_date", argv[2], &a->share.day, pzErr);
  if (rc == SQLITE_OK && nArg == 5) rc = pool_arg(p, zFunc, "a_region", argv[3], &a->share.pPayer, pzErr);
  if (rc == SQLITE_OK && nArg == 5) rc = pool_arg(p, zFunc, "b_region", argv[4], &a->share.pRelative, pzErr);
  if (rc != SQLITE_OK) return rc;
  a->pBetween = relation_between(p->pRelations, a->pA, a->pB);
  if (a->pBetween == 0) return SQLITE_NOMEM;
  a->share.pTerm = &a->pBetween->term;
  return SQLITE_OK;
}

/* can_share_between(a_to_head, b_to_head, on_date [, a_region, b_region]) -> 1, 0 or NULL. */
static void can_share_between_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  PolicyIndex *p = 0;
  BetweenArgs a;
  ShareDecision d;
  char *zErr = 0;
  int rc = shebao_any_null(argc, argv);
  if (rc == SQLITE_OK) rc = shebao_call_policy(ctx, &p, &zErr);
  if (rc == SQLITE_OK)
    rc = shebao_blank_wins(argc, argv, between_args(p, FN_FUNC, argc, argv, &a, &zErr), &zErr);
  if (rc == SQLITE_OK) rc = policy_usable(p, FN_FUNC, sharing_deps(&a.share), &zErr);
  if (rc == SQLITE_OK) rc = sharing_decide(p, FN_FUNC, &a.share, &d, &zErr);
  if (rc == SQLITE_OK && d.result != TRI_UNKNOWN) sqlite3_result_int(ctx, d.result == TRI_YES);
  shebao_result_error(ctx, rc, zErr);
}

/* ---- the explanation ------------------------------------------------------------------------------------ */

/* The class of a single path: its kinship class; a step form that no class lists as 'step_' and the class of
** its blood form ('cC', a child's step-child: step_grandchild); else 'other'. With its Chinese name if zh. */
static void append_class(sqlite3_str *s, const RelationIndex *ri, const char *zPath, int zh) {
  const PolicyRow *row = relation_class_row(ri, zPath);
  char blood[KIN_READING_MAX];
  int i;
  if (row) {
    sqlite3_str_appendf(s, zh ? "%s (%s" : "%s", POLICY_CELL(row, KC_CLASS), POLICY_CELL(row, KC_NAME_ZH));
  } else {
    for (i = 0; zPath[i] && i < KIN_READING_MAX - 1; i++)
      blood[i] = zPath[i] == 'P' ? 'p' : zPath[i] == 'C' ? 'c' : zPath[i];
    blood[i] = 0;
    row = strcmp(blood, zPath) ? relation_class_row(ri, blood) : 0;
    if (row) {
      sqlite3_str_appendf(s, zh ? "step_%s (%s，继" : "step_%s", POLICY_CELL(row, KC_CLASS),
                          POLICY_CELL(row, KC_NAME_ZH));
    } else {
      sqlite3_str_appendall(s, zh ? "other (其他" : "other");
    }
  }
}

/* The classes of a '|'-separated path list, '|'-separated. */
static char *classes_of(const RelationIndex *ri, const char *zPaths) {
  sqlite3_str *s = sqlite3_str_new(0);
  const char *z = zPaths;
  for (;;) {
    const char *e = strchr(z, '|');
    char path[KIN_PATH_MAX + 1];
    int n = e ? (int)(e - z) : (int)strlen(z);
    if (n > KIN_PATH_MAX) n = KIN_PATH_MAX; /* a valid path is never longer */
    memcpy(path, z, (size_t)n);
    path[n] = 0;
    if (z != zPaths) sqlite3_str_appendchar(s, 1, '|');
    append_class(s, ri, path, 0);
    if (e == 0) return sqlite3_str_finish(s);
    z = e + 1;
  }
}

/* A member's relation to the householder, as written and as the code and kin path read it. */
static void explain_member(Explanation *e, const char *zRule, const RelationTerm *t, sqlite3_value *pValue) {
  const RelationIndex *ri = e->p->pRelations;
  const RelationCode *code = t->iCode >= 0 ? &ri->aCode[t->iCode] : 0;
  const char *zTerm = (const char *)sqlite3_value_text(pValue);
  const char *zSource = code ? POLICY_CELL(code->pRow, REL_SOURCE_ID) : POLICY_CELL(t->pRow, TERM_SOURCE_ID);
  char zWords[160];
  sqlite3_str *detail;
  if (zTerm == 0) {
    /* Converting a relation given as a number to text ran out of memory: no row without its term. */
    explain_add(e, 0, zRule, classes_of(ri, t->zKinPath), zSource, 0);
    return;
  }
  detail = sqlite3_str_new(0);
  if (code) {
    sqlite3_str_appendf(detail, "'%s' is GB/T 4761-2008 code %s %s", zTerm, POLICY_CELL(code->pRow, REL_CODE),
                        POLICY_CELL(code->pRow, REL_NAME));
  } else {
    sqlite3_str_appendf(detail, "'%s' has no single GB/T 4761-2008 code", zTerm);
  }
  sqlite3_str_appendf(detail, ": kin path '%s' to the householder", t->zKinPath);
  if (!strchr(t->zKinPath, '|')) {
    sqlite3_str_appendf(detail, " (the householder's %s)",
                        kinship_describe(t->zKinPath, (int)strlen(t->zKinPath), zWords, (int)sizeof(zWords)));
  }
  explain_add(e, 0, zRule, classes_of(ri, t->zKinPath), zSource, sqlite3_str_finish(detail));
  explain_zh(e, code ? sqlite3_mprintf("%s与户主的关系“%s”即家庭关系代码%s“%s”。",
                                       zRule[0] == 'a' ? "A" : "B", zTerm, POLICY_CELL(code->pRow, REL_CODE),
                                       POLICY_CELL(code->pRow, REL_NAME))
                     : sqlite3_mprintf("%s与户主的关系“%s”没有单一的家庭关系代码。",
                                       zRule[0] == 'a' ? "A" : "B", zTerm));
}

/* B's relation to A in Chinese: the class of each reading, and whether the family decides between them. */
static char *derived_zh(const RelationIndex *ri, const RelationBetween *b) {
  sqlite3_str *s;
  int i;
  if (b->overflow) return sqlite3_mprintf("两人与户主的关系可以有很多种理解，无法确定B是A的什么人。");
  if (b->nReading == 0)
    return sqlite3_mprintf("两人与户主的关系不可能同时成立（例如两个户主，或户主的两个配偶），推不出关系。");
  if (b->nReading == 1 && strcmp(b->aReading[0].zPath, "?") == 0)
    return sqlite3_mprintf("其中一人的关系没有具体说明或不在家庭之内，推不出两人之间的关系。");
  s = sqlite3_str_new(0);
  sqlite3_str_appendall(s, b->nReading == 1 ? "不论家庭情况如何，B都是A的" : "B是A的什么人要看家庭情况：");
  for (i = 0; i < b->nReading; i++) {
    const PolicyRow *row = relation_class_row(ri, b->aReading[i].zPath);
    sqlite3_str_appendf(s, "%s%s", i ? "，或" : "", row ? POLICY_CELL(row, KC_NAME_ZH) : "其他亲属或非亲属");
  }
  sqlite3_str_appendall(s, "。");
  return sqlite3_str_finish(s);
}

/* One reading of B's relation to A, in words, with what it assumes. */
static void append_reading(sqlite3_str *s, const RelationIndex *ri, const KinReading *r, int several) {
  char zWords[160];
  int i, first = 1;
  append_class(s, ri, r->zPath, 1);
  sqlite3_str_appendf(s, ", kin path '%s': %s%s)", r->zPath, strchr("?ox", r->zPath[0]) ? "" : "A's ",
                      kinship_describe(r->zPath, (int)strlen(r->zPath), zWords, (int)sizeof(zWords)));
  for (i = 0; several && i < KIN_ASSUMPTIONS; i++) {
    if (!(r->assume & (1u << i))) continue;
    sqlite3_str_appendf(s, "%s%s", first ? " if " : ", ", kinship_assumption_text[i]);
    first = 0;
  }
}

/* B's relation to A: every reading the two codes allow, and whether they agree. */
static void explain_derived(Explanation *e, const RelationBetween *b) {
  const RelationIndex *ri = e->p->pRelations;
  sqlite3_str *detail = sqlite3_str_new(0), *outcome = sqlite3_str_new(0);
  int i;
  if (b->overflow) {
    sqlite3_str_appendall(outcome, "undecided");
    sqlite3_str_appendf(detail, "the codes allow more than %d readings of B's relation to A",
                        KIN_MAX_READINGS);
  } else if (b->nReading == 0) {
    sqlite3_str_appendall(outcome, "none");
    sqlite3_str_appendall(detail,
                          "the two relations cannot both hold of two people (two householders, or two "
                          "spouses of one householder): no relation follows");
  } else if (b->nReading == 1 && strcmp(b->aReading[0].zPath, "?") == 0) {
    sqlite3_str_appendall(outcome, "unspecified");
    sqlite3_str_appendall(detail,
                          "one of them is unspecified or outside the family: nothing follows about the "
                          "two of them (kin path '?')");
  } else {
    sqlite3_str_appendall(detail,
                          b->nReading == 1 ? "B is, whatever the family, " : "B may be, as the family is, ");
    for (i = 0; i < b->nReading; i++) {
      if (i) sqlite3_str_appendchar(outcome, 1, '|');
      append_class(outcome, ri, b->aReading[i].zPath, 0);
      if (i) sqlite3_str_appendall(detail, "; or ");
      append_reading(detail, ri, &b->aReading[i], b->nReading > 1);
    }
  }
  explain_add(e, 0, "relation", sqlite3_str_finish(outcome), 0, sqlite3_str_finish(detail));
  explain_zh(e, derived_zh(ri, b));
}

static int explain_can_share_between(Explanation *e, sqlite3_value *const *apArg, char **pzErr) {
  BetweenArgs a;
  ShareDecision d;
  int nArg = apArg[3] ? 5 : 3, rc;
  if (apArg[0] == 0 || apArg[1] == 0 || apArg[2] == 0 || (apArg[3] == 0) != (apArg[4] == 0)) {
    return shebao_errorf(pzErr,
                         FN_EXPLAIN "(): takes a_to_head, b_to_head and on_date, and optionally a_region "
                                    "and b_region together");
  }
  rc = shebao_null_args(nArg, apArg);
  if (rc == SQLITE_OK) rc = between_args(e->p, FN_EXPLAIN, nArg, apArg, &a, pzErr);
  if (rc == SQLITE_OK) rc = policy_usable(e->p, FN_EXPLAIN, sharing_deps(&a.share), pzErr);
  if (rc == SQLITE_OK) rc = sharing_decide(e->p, FN_EXPLAIN, &a.share, &d, pzErr);
  if (rc != SQLITE_OK) return rc;
  explain_member(e, "a_to_head", a.pA, apArg[0]);
  explain_member(e, "b_to_head", a.pB, apArg[1]);
  explain_derived(e, a.pBetween);
  sharing_explain_decision(e, &d);
  return e->rc;
}

static const ExplainTable explainBetween = {
    .zName = FN_EXPLAIN,
    .nArg = 5,
    .azArg = {"a_to_head", "b_to_head", "on_date", "a_region", "b_region"},
    .xExplain = explain_can_share_between,
};

/* Not deterministic: the policy data (a layer) can change the answer. */
static const ShebaoFunction aBetweenFunction[] = {
    {FN_FUNC, 3, SHEBAO_POLICY, can_share_between_func, 0},
    {FN_FUNC, 5, SHEBAO_POLICY, can_share_between_func, 0},
};

int sharing_register_between(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = shebao_register_functions(db, conn, aBetweenFunction, SHEBAO_COUNT(aBetweenFunction), pzErrMsg);
  return rc == SQLITE_OK ? explain_register(db, conn, &explainBetween, pzErrMsg) : rc;
}
