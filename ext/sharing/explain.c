/*
** explain_can_share: the can_share() decision, one row per rule applied, each with the document that decided.
**
**   SELECT * FROM explain_can_share('祖父', '2025-03-01', '苏州市', '成都市');
**   SELECT m.name, e.rule, e.outcome FROM members m, explain_can_share(m.relation, m.d, m.r1, m.r2) e;
**
**   CREATE TABLE explain_can_share(
**     step, rule, outcome, detail, source_id, source_doc, source_title,  -- as every explain table
**     relation HIDDEN, on_date HIDDEN, payer_region HIDDEN, relative_region HIDDEN  -- the arguments
**   );
**   rule: relation, near_relative, scope, place, payer_region, relative_region, the facts of that kind of
**         mutual aid (recipient, relation, quota, uses, clearing), outcome
** Where an answer is unknown between two observations (known off on one day, known on by a later one), its
** rule has two rows, each citing one of the two sources.
**
** relation and on_date are required; the two regions are optional together (without them the national
** timeline is explained). The rows come from the same sharing_decide() that can_share() calls, so the
** explanation and the answer cannot disagree. The table itself is policy/explain.c.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "sharing/sharing.h"
#include "policy/explain.h"
#include "util/date.h"
#include <string.h>

#define FN_EXPLAIN "explain_can_share"

static const char *tri_text(Tri t) {
  return t == TRI_YES ? "yes" : t == TRI_NO ? "no" : "undecided";
}

static const char *class_name(const ShareReading *r) {
  return r->pClass ? POLICY_CELL(r->pClass, KC_CLASS) : "other";
}

/* Where the columns of an observation table are: enablement rows and scope rows alike. */
typedef struct ObsColumns {
  int iCode, iPrecision, iSource;
} ObsColumns;
static const ObsColumns enablementColumns = {ENABLE_CODE, ENABLE_PRECISION, ENABLE_SOURCE_ID};
static const ObsColumns scopeColumns = {SCOPE_REGION_CODE, SCOPE_PRECISION, SCOPE_SOURCE_ID};

/* One row of an observation, in words: "on by 2024-12-02 (苏州市 320500; article-shebao-2025-08-11,
** secondary)". */
static void append_row_words(sqlite3_str *s, const PolicyIndex *p, const ObsColumns *c, const PolicyRow *row,
                             ObsState state, int day) {
  const char *zCode = POLICY_CELL(row, c->iCode), *zPrecision = POLICY_CELL(row, c->iPrecision);
  const char *zSource = POLICY_CELL(row, c->iSource), *zName = region_code_name(p->pRegions, zCode);
  const PolicyRow *src = policy_source(p, zSource);
  const char *zFirm = src && POLICY_CELL(src, SRC_FIRMNESS) ? POLICY_CELL(src, SRC_FIRMNESS) : "firmness not stated";
  char zDay[DATE_TEXT_LEN + 1];
  date_format(day, zDay);
  if (day == DAY_MIN) {
    sqlite3_str_appendall(s, "on since always");
  } else if (state == OBS_ON) {
    sqlite3_str_appendf(s, "on %s %s", strcmp(zPrecision, "by") == 0 ? "by" : "from", zDay);
  } else if (state == OBS_OFF) {
    sqlite3_str_appendf(s, "%s %s", strcmp(zPrecision, "exact") == 0 ? "not yet on" : "off on", zDay);
  } else {
    sqlite3_str_appendf(s, "only some regions on %s", zDay);
  }
  sqlite3_str_appendf(s, " (%s %s; %s, %s)", zName ? zName : "", zCode, zSource, zFirm);
}

/* A bound of the unknown window, or the observation that decided: its row, and the one that disagrees with it
** on the same day. */
static void append_bound_words(sqlite3_str *s, const PolicyIndex *p, const ObsColumns *c, const ObsBound *b) {
  if (b->pOther) {
    sqlite3_str_appendall(s, "the sources disagree: ");
    append_row_words(s, p, c, b->pRow, strcmp(POLICY_CELL(b->pRow, c->iPrecision), "off") == 0 ? OBS_OFF : OBS_ON,
                     b->day);
    sqlite3_str_appendall(s, "; ");
    append_row_words(s, p, c, b->pOther, OBS_OFF, b->day);
    return;
  }
  append_row_words(s, p, c, b->pRow, b->state, b->day);
}

/* Why an observation verdict is what it is, with both bounds where the answer is unknown. */
static void append_verdict_words(sqlite3_str *s, const PolicyIndex *p, const ObsColumns *c,
                                 const ObsVerdict *v) {
  const ObsBound *b = &v->before, *a = &v->after;
  if (b->state == OBS_NONE && a->state == OBS_NONE) {
    sqlite3_str_appendall(s, "no row of the data says it");
    return;
  }
  if (b->state != OBS_NONE) append_bound_words(s, p, c, b);
  if (v->answer == OBS_NO && v->ended) sqlite3_str_appendall(s, ", after having been on: it ended");
  if (a->state != OBS_NONE && (v->answer != OBS_YES || b->state == OBS_NONE)) {
    sqlite3_str_appendall(s, b->state != OBS_NONE ? "; later " : "");
    append_bound_words(s, p, c, a);
  }
  if (v->answer == OBS_UNKNOWN && b->state == OBS_OFF && a->state == OBS_ON)
    sqlite3_str_appendall(s, ": between the two nobody can say");
  else if (v->answer == OBS_UNKNOWN && b->state == OBS_OFF && a->state == OBS_NONE)
    sqlite3_str_appendall(s, "; no later row: it may have started since");
}

/* The row a verdict cites: the observation that decided (for unknown: the earlier bound). */
static const PolicyRow *verdict_row(const ObsVerdict *v) {
  return v->before.state != OBS_NONE ? v->before.pRow : v->after.pRow;
}

/* The rows of a verdict: one citing the observation that decided, and where the answer is unknown between two
** observations, a second citing the later one, so that both sources are rows. */
static void explain_verdict(Explanation *e, const char *zRule, const char *zOutcome, const ObsColumns *c,
                            const ObsVerdict *v, char *zDetail, char *zDetailZh) {
  const PolicyRow *row = verdict_row(v);
  explain_add(e, 0, zRule, sqlite3_mprintf("%s", zOutcome), row ? POLICY_CELL(row, c->iSource) : 0, zDetail);
  explain_zh(e, zDetailZh);
  if (v->answer == OBS_UNKNOWN && v->before.state != OBS_NONE && v->after.state != OBS_NONE) {
    sqlite3_str *s = sqlite3_str_new(0);
    sqlite3_str_appendall(s, "the later bound: ");
    append_bound_words(s, e->p, c, &v->after);
    explain_add(e, 0, zRule, sqlite3_mprintf("%s", zOutcome), POLICY_CELL(v->after.pRow, c->iSource),
                sqlite3_str_finish(s));
    explain_zh(e, share_zh_later_bound());
  }
}

/* The relation as written, its code (if it has one), its kin path and the classes of its readings. */
static void explain_relation(Explanation *e, const ShareDecision *d, sqlite3_value *pRelation) {
  const RelationTerm *t = d->pTerm;
  const RelationCode *code = t->iCode >= 0 ? &e->p->pRelations->aCode[t->iCode] : 0;
  const char *zTerm = (const char *)sqlite3_value_text(pRelation);
  sqlite3_str *classes = sqlite3_str_new(0);
  int i;
  for (i = 0; i < d->nReading; i++)
    sqlite3_str_appendf(classes, "%s%s", i ? "|" : "", class_name(&d->aReading[i]));
  if (zTerm == 0) {
    /* Converting a relation given as a number to text ran out of memory: no row without its term. */
    explain_add(e, 0, "relation", sqlite3_str_finish(classes), 0, 0);
  } else if (code) {
    explain_add(e, 0, "relation", sqlite3_str_finish(classes), POLICY_CELL(code->pRow, REL_SOURCE_ID),
                sqlite3_mprintf("'%s' is GB/T 4761-2008 code %s %s; kin path '%s'", zTerm,
                                POLICY_CELL(code->pRow, REL_CODE), POLICY_CELL(code->pRow, REL_NAME),
                                t->zKinPath));
    explain_zh(e, share_zh_relation(zTerm, code));
  } else {
    explain_add(e, 0, "relation", sqlite3_str_finish(classes), POLICY_CELL(t->pRow, TERM_SOURCE_ID),
                sqlite3_mprintf("'%s' has no single GB/T 4761-2008 code; kin path '%s'", zTerm, t->zKinPath));
    explain_zh(e, share_zh_relation(zTerm, 0));
  }
}

/* Whether the reading's class is a near relative. zPrefix names the reading where there are several. */
static void explain_near_relative(Explanation *e, const ShareReading *r, const char *zPrefix, int i, int n) {
  const char *zClass = class_name(r), *zClassZh = r->pClass ? POLICY_CELL(r->pClass, KC_NAME_ZH) : "其他";
  const char *zSource = r->pClass ? POLICY_CELL(r->pClass, KC_SOURCE_ID) : 0;
  int isSelf;
  switch (r->verdict) {
  case KIN_NEAR:
    explain_add(
        e, 0, "near_relative", sqlite3_mprintf("yes"), zSource,
        sqlite3_mprintf("%s%s (%s) is a near relative (Civil Code art. 1045)", zPrefix, zClass, zClassZh));
    break;
  case KIN_CONDITIONAL:
    explain_add(
        e, 0, "near_relative", sqlite3_mprintf("conditional"), zSource,
        sqlite3_mprintf("%s%s (%s) is a near relative only with a relationship of support and education "
                        "(Civil Code art. 1072), which the relation does not show",
                        zPrefix, zClass, zClassZh));
    break;
  case KIN_UNDECIDABLE:
    explain_add(
        e, 0, "near_relative", sqlite3_mprintf("undecidable"), zSource,
        sqlite3_mprintf("%sthe relation is unspecified: it may or may not be a near relative", zPrefix));
    break;
  default:
    /* The empty path is the insured person; any other path here is a relative who is not a near relative,
    ** even where a region's scope names its class (四川 2019: the spouse's parents). */
    isSelf = r->zPath[0] == 0 || r->zPath[0] == '|';
    explain_add(e, 0, "near_relative", sqlite3_mprintf("%s", isSelf ? "self" : "no"), zSource,
                isSelf ? sqlite3_mprintf("%sthe insured person themself", zPrefix)
                               : sqlite3_mprintf("%s%s (%s) is not a near relative (Civil Code art. 1045)",
                                                 zPrefix, zClass, zClassZh));
    break;
  }
  explain_zh(e, share_zh_near(r, i, n));
}

/* Whether the reading's class is in the scope of mutual aid on the day, and by which rows. */
static void explain_scope(Explanation *e, const ShareDecision *d, int i, const char *zPrefix,
                          const char *zDay) {
  const ShareReading *r = &d->aReading[i];
  static const char *const azOutcome[] = {"not in force", "in force", "unknown"};
  sqlite3_str *detail = sqlite3_str_new(0);
  sqlite3_str_appendf(detail, "%s%s on %s (%s): ", zPrefix, r->zScopeClass, zDay,
                      d->pPayer ? "the payer's region, its province and the nation" : "the national rule");
  append_verdict_words(detail, e->p, &scopeColumns, &r->scope);
  explain_verdict(e, "scope", azOutcome[r->scope.answer], &scopeColumns, &r->scope,
                  sqlite3_str_finish(detail), share_zh_scope(d, r, i, d->nReading));
}

/* The rows of reading i: near relative or not, then (for a class that may share) its scope. */
static void explain_reading(Explanation *e, const ShareDecision *d, int i) {
  const ShareReading *r = &d->aReading[i];
  char zPrefix[64] = "", zDay[DATE_TEXT_LEN + 1];
  date_format(d->day, zDay);
  if (d->nReading > 1) sqlite3_snprintf(sizeof(zPrefix), zPrefix, "reading %d of %d: ", i + 1, d->nReading);
  explain_near_relative(e, r, zPrefix, i, d->nReading);
  if (r->zScopeClass) explain_scope(e, d, i, zPrefix, zDay);
}

/* Whether a region has the mutual aid the place rule needs on the day, and by which rows. */
static void explain_region(Explanation *e, const char *zRule, const Region *r, const ObsVerdict *v, int needs,
                           int day) {
  static const char *const azOutcome[] = {"not enabled", "enabled", "unknown"};
  sqlite3_str *detail = sqlite3_str_new(0);
  char zDay[DATE_TEXT_LEN + 1];
  date_format(day, zDay);
  sqlite3_str_appendf(detail, "%s %s (%s): %s on %s: ", r->zName, r->zCode,
                      region_at(e->p->pRegions, r->iProvince)->zName, region_scope_words((RegionScopeKind)needs),
                      zDay);
  append_verdict_words(detail, e->p, &enablementColumns, v);
  explain_verdict(e, zRule, azOutcome[v->answer], &enablementColumns, v, sqlite3_str_finish(detail),
                  share_zh_region(e->p, r, v, needs, day));
}

/* The place rule: where the two are insured, what that needs (a policy parameter, which the row cites), and
** then each region. */
static void explain_place(Explanation *e, const ShareDecision *d) {
  const char *zPayerProvince = region_at(e->p->pRegions, d->pPayer->iProvince)->zName;
  const char *zNeeds = d->placeNeeds == PLACE_NEEDS_NONE ? "no place condition"
                       : d->placeNeeds == SCOPE_IN_PROVINCE
                           ? "in-province mutual aid must apply in both"
                           : "both regions must have cross-province mutual aid "
                             "on the day";
  const char *zSource = POLICY_CELL(d->pPlaceRule, PARAM_SOURCE_ID);
  if (d->place == PLACE_SAME_REGION) {
    explain_add(e, 0, "place", sqlite3_mprintf("same pooling region"), zSource,
                sqlite3_mprintf("payer and relative are both insured in %s: %s", d->pPayer->zName, zNeeds));
  } else if (d->place == PLACE_SAME_PROVINCE) {
    explain_add(e, 0, "place", sqlite3_mprintf("same province"), zSource,
                sqlite3_mprintf("%s and %s are two pooling regions of %s: %s", d->pPayer->zName,
                                d->pRelative->zName, zPayerProvince, zNeeds));
  } else {
    explain_add(e, 0, "place", sqlite3_mprintf("across provinces"), zSource,
                sqlite3_mprintf("%s (%s) and %s (%s) are in different provinces: %s", d->pPayer->zName,
                                zPayerProvince, d->pRelative->zName,
                                region_at(e->p->pRegions, d->pRelative->iProvince)->zName, zNeeds));
  }
  explain_zh(e, share_zh_place(e->p, d));
  if (d->placeNeeds == PLACE_NEEDS_NONE) return;
  explain_region(e, "payer_region", d->pPayer, &d->payerOn, d->placeNeeds, d->day);
  explain_region(e, "relative_region", d->pRelative, &d->relativeOn, d->placeNeeds, d->day);
}

/* The outcome cites the document that decided: the first rule that said no, else the scope that said yes. */
static const char *deciding_source(const Explanation *e, Tri result) {
  int i;
  for (i = 0; i < e->nRow; i++) {
    const ExplainRow *r = &e->aRow[i];
    int negative = strcmp(r->zOutcome, "no") == 0 || strcmp(r->zOutcome, "not in force") == 0 ||
                   strcmp(r->zOutcome, "not enabled") == 0;
    int decisive = result == TRI_NO ? negative : strcmp(r->zRule, "scope") == 0 && !negative;
    if (result == TRI_UNKNOWN)
      decisive = strcmp(r->zOutcome, "conditional") == 0 || strcmp(r->zOutcome, "undecidable") == 0 ||
                 strcmp(r->zOutcome, "unknown") == 0;
    if (decisive) return r->zSourceId;
  }
  return 0;
}

/* What the rules of mutual aid say beyond yes or no for this kind of place, in effect on the day (the 2026
** notice for cross-province mutual aid: standing relations, quotas, uses). */
static void explain_facts(Explanation *e, const ShareDecision *d) {
  static const char *const azItem[] = {"recipient", "relation", "quota", "uses", "clearing"};
  const char *azChain[3], *zScope = d->place == PLACE_CROSS_PROVINCE  ? "cross_province"
                                    : d->place == PLACE_SAME_PROVINCE ? "in_province"
                                                                      : "family";
  int nChain = 1, k;
  azChain[0] = NATIONAL_CODE;
  if (d->pPayer) nChain = region_scope_chain(e->p->pRegions, d->pPayer, azChain);
  for (k = 0; k < (int)(sizeof(azItem) / sizeof(azItem[0])); k++) {
    const PolicyRow *row = sharing_fact_on(e->p, azChain, nChain, zScope, azItem[k], d->day);
    if (row == 0) continue;
    explain_add(e, 0, azItem[k], sqlite3_mprintf("%s", POLICY_CELL(row, SFACT_OUTCOME)),
                POLICY_CELL(row, SFACT_SOURCE_ID), sqlite3_mprintf("%s", POLICY_CELL(row, SFACT_DETAIL)));
    explain_zh(e, share_zh_fact(azItem[k], POLICY_CELL(row, SFACT_OUTCOME), POLICY_CELL(row, SFACT_DETAIL)));
  }
}

/* 1 if a reading of the relation is one whose near-relative status the relation cannot show (conditional or
** unspecified): then a NULL comes from the family, not from the dates. */
static int depends_on_family(const ShareDecision *d) {
  int i;
  for (i = 0; i < d->nReading; i++) {
    if (d->aReading[i].verdict != KIN_NEAR && d->aReading[i].verdict != KIN_NOT_NEAR) return 1;
  }
  return 0;
}

static void explain_outcome(Explanation *e, const ShareDecision *d) {
  const char *zWhy;
  if (d->result == TRI_YES)
    zWhy = "the account may pay for this relative";
  else if (d->relation == TRI_NO)
    zWhy = "the relation is not in the scope of mutual aid on that date";
  else if (d->placeResult == TRI_NO)
    zWhy = "the place rule does not allow it on that date";
  else if (d->relation == TRI_UNKNOWN && depends_on_family(d))
    zWhy = "it depends on facts the relation does not show: can_share() returns NULL";
  else
    zWhy = "the sources leave that date open (see the rows above)";
  explain_add(e, 0, "outcome", sqlite3_mprintf("%s", tri_text(d->result)), deciding_source(e, d->result),
              sqlite3_mprintf("can_share = %s: %s",
                              d->result == TRI_UNKNOWN ? "NULL"
                              : d->result == TRI_YES   ? "1"
                                                       : "0",
                              zWhy));
  explain_zh(e, share_zh_outcome(d, depends_on_family(d)));
}

static int explain_can_share(Explanation *e, sqlite3_value *const *apArg, char **pzErr) {
  ShareArgs a;
  ShareDecision d;
  int nArg = apArg[2] ? 4 : 2, rc;
  if (apArg[0] == 0 || apArg[1] == 0 || (apArg[2] == 0) != (apArg[3] == 0)) {
    return shebao_errorf(pzErr, FN_EXPLAIN "(): takes relation and on_date, and optionally payer_region and "
                                           "relative_region together");
  }
  rc = shebao_null_args(nArg, apArg);
  if (rc == SQLITE_OK) rc = sharing_args(e->p, FN_EXPLAIN, nArg, apArg, &a, pzErr);
  if (rc == SQLITE_OK) rc = policy_usable(e->p, FN_EXPLAIN, sharing_deps(&a), pzErr);
  if (rc == SQLITE_OK) rc = sharing_decide(e->p, FN_EXPLAIN, &a, &d, pzErr);
  if (rc != SQLITE_OK) return rc;
  explain_relation(e, &d, apArg[0]);
  sharing_explain_decision(e, &d);
  return e->rc;
}

void sharing_explain_decision(Explanation *e, const ShareDecision *d) {
  int i;
  for (i = 0; i < d->nReading; i++)
    explain_reading(e, d, i);
  if (d->place != PLACE_NONE) explain_place(e, d);
  explain_facts(e, d);
  explain_outcome(e, d);
}

static const ExplainTable explainCanShare = {
    .zName = FN_EXPLAIN,
    .nArg = 4,
    .azArg = {"relation", "on_date", "payer_region", "relative_region"},
    .xExplain = explain_can_share,
};

int sharing_register_explain(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return explain_register(db, conn, &explainCanShare, pzErrMsg);
}
