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
**   rule: relation, near_relative, scope, place, payer_region, relative_region, outcome
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

/* "from 2024-12-02", "by 2025-09-22 (the source says only that it was on by then)", "always" */
static char *interval_start(const RegionInterval *iv) {
  char buf[DATE_TEXT_LEN + 1];
  if (iv == 0) return sqlite3_mprintf("never, in the data");
  if (iv->from == DAY_MIN) return sqlite3_mprintf("always");
  date_format(iv->from, buf);
  if (strcmp(POLICY_CELL(iv->pRow, ENABLE_PRECISION), "by") == 0) {
    return sqlite3_mprintf("by %s (the source says only that it was on by then)", buf);
  }
  return sqlite3_mprintf("from %s", buf);
}

static const char *chain_name(const PolicyIndex *p, const char *zCode) {
  const Region *r = region_by_code(p->pRegions, zCode);
  return r ? r->zName : "national timeline";
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
  } else {
    explain_add(e, 0, "relation", sqlite3_str_finish(classes), POLICY_CELL(t->pRow, TERM_SOURCE_ID),
                sqlite3_mprintf("'%s' has no single GB/T 4761-2008 code; kin path '%s'", zTerm, t->zKinPath));
  }
}

/* Whether the reading's class is a near relative. zPrefix names the reading where there are several. */
static void explain_near_relative(Explanation *e, const ShareReading *r, const char *zPrefix) {
  const char *zClass = class_name(r), *zClassZh = r->pClass ? POLICY_CELL(r->pClass, KC_NAME_ZH) : "其他";
  const char *zSource = r->pClass ? POLICY_CELL(r->pClass, KC_SOURCE_ID) : 0;
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
    explain_add(e, 0, "near_relative", sqlite3_mprintf("%s", r->zScopeClass ? "self" : "no"), zSource,
                r->zScopeClass ? sqlite3_mprintf("%sthe insured person themself", zPrefix)
                               : sqlite3_mprintf("%s%s (%s) is not a near relative (Civil Code art. 1045)",
                                                 zPrefix, zClass, zClassZh));
    break;
  }
}

/* Whether the reading's class is in the scope of mutual aid on the day, and from when. */
static void explain_scope(Explanation *e, const ShareReading *r, const char *zPrefix, const char *zDay) {
  const PolicyRow *row = r->pScope ? r->pScope : r->pFirst;
  const char *zIn = r->pScope ? "in force" : "not in force";
  sqlite3_str *detail;
  if (r->pFirst == 0) {
    explain_add(e, 0, "scope", sqlite3_mprintf("not in force"), 0,
                sqlite3_mprintf("%sno sharing scope for %s in the data: not in scope on %s", zPrefix,
                                r->zScopeClass, zDay));
    return;
  }
  detail = sqlite3_str_new(0);
  sqlite3_str_appendf(detail, "%s%s may use the account ", zPrefix, r->zScopeClass);
  if (POLICY_CELL(row, SCOPE_VALID_FROM))
    sqlite3_str_appendf(detail, "from %s", POLICY_CELL(row, SCOPE_VALID_FROM));
  else
    sqlite3_str_appendall(detail, "always");
  if (POLICY_CELL(row, SCOPE_VALID_TO))
    sqlite3_str_appendf(detail, " to %s", POLICY_CELL(row, SCOPE_VALID_TO));
  sqlite3_str_appendf(detail, " (%s); on %s: %s", chain_name(e->p, r->zScopeCode), zDay, zIn);
  explain_add(e, 0, "scope", sqlite3_mprintf("%s", zIn), POLICY_CELL(row, SCOPE_SOURCE_ID),
              sqlite3_str_finish(detail));
}

/* The rows of reading i: near relative or not, then (for a class that may share) its scope. */
static void explain_reading(Explanation *e, const ShareDecision *d, int i) {
  const ShareReading *r = &d->aReading[i];
  char zPrefix[64] = "", zDay[DATE_TEXT_LEN + 1];
  date_format(d->day, zDay);
  if (d->nReading > 1) sqlite3_snprintf(sizeof(zPrefix), zPrefix, "reading %d of %d: ", i + 1, d->nReading);
  explain_near_relative(e, r, zPrefix);
  if (r->zScopeClass) explain_scope(e, r, zPrefix, zDay);
}

/* Whether a region has the mutual aid the place rule needs on the day, from when, and by which row. */
static void explain_region(Explanation *e, const char *zRule, const Region *r, const RegionInterval *pOn,
                           const RegionInterval *pFirst, int needs, int day) {
  const PolicyIndex *p = e->p;
  const RegionInterval *iv = pOn ? pOn : pFirst;
  const char *zWhat = needs == SCOPE_CROSS_PROVINCE ? "cross-province mutual aid" : "in-province mutual aid";
  const char *zOn = pOn ? "enabled" : "not enabled";
  char *zStart = interval_start(iv);
  char zDay[DATE_TEXT_LEN + 1];
  date_format(day, zDay);
  explain_add(e, 0, zRule, sqlite3_mprintf("%s", zOn), iv ? POLICY_CELL(iv->pRow, ENABLE_SOURCE_ID) : 0,
              zStart ? sqlite3_mprintf("%s %s (%s): %s %s, by a row for %s; on %s: %s", r->zName, r->zCode,
                                       region_at(p->pRegions, r->iProvince)->zName, zWhat, zStart,
                                       iv ? chain_name(p, POLICY_CELL(iv->pRow, ENABLE_CODE)) : "none", zDay,
                                       zOn)
                     : 0);
  sqlite3_free(zStart);
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
  if (d->placeNeeds == PLACE_NEEDS_NONE) return;
  explain_region(e, "payer_region", d->pPayer, d->pPayerOn, d->pPayerFirst, d->placeNeeds, d->day);
  explain_region(e, "relative_region", d->pRelative, d->pRelativeOn, d->pRelativeFirst, d->placeNeeds,
                 d->day);
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
      decisive = strcmp(r->zOutcome, "conditional") == 0 || strcmp(r->zOutcome, "undecidable") == 0;
    if (decisive) return r->zSourceId;
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
  else
    zWhy = "it depends on facts the relation does not show: can_share() returns NULL";
  explain_add(e, 0, "outcome", sqlite3_mprintf("%s", tri_text(d->result)), deciding_source(e, d->result),
              sqlite3_mprintf("can_share = %s: %s",
                              d->result == TRI_UNKNOWN ? "NULL"
                              : d->result == TRI_YES   ? "1"
                                                       : "0",
                              zWhy));
}

static int explain_can_share(Explanation *e, sqlite3_value *const *apArg, char **pzErr) {
  ShareArgs a;
  ShareDecision d;
  int nArg = apArg[2] ? 4 : 2, rc;
  if (apArg[0] == 0 || apArg[1] == 0 || (apArg[2] == 0) != (apArg[3] == 0)) {
    return shebao_errorf(pzErr, FN_EXPLAIN "(): takes relation and on_date, and optionally payer_region and "
                                           "relative_region together");
  }
  rc = sharing_args(e->p, FN_EXPLAIN, nArg, apArg, &a, pzErr);
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
