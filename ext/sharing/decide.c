/*
** Family mutual aid (家庭共济): the decision behind can_share() and explain_can_share().
**
**   can_share('配偶', '2021-04-21')                    -> 0    (spouses from 2021-04-22, 国办发〔2021〕14号)
**   can_share('祖父', '2024-08-01')                    -> 1    (other near relatives from 2024-08-01)
**   can_share('继母', '2022-01-01')                    -> NULL (a step-parent counts only with support)
**   can_share('祖父', '2025-03-01', '苏州市', '成都市')  -> 1    (both regions in the first cross-province batch)
**   can_share('配偶', '2022-06-01', '南京市', '南京市')  -> NULL (江苏's own start is not known: after the
**                                                              national document, before every province had it)
**
** The decision, in order:
**   1. the relation and its class (GB/T 4761 code, kin path, shebao_policy_kinship_classes);
**   2. whether that class is a near relative (Civil Code art. 1045; step relations conditional, art. 1072);
**   3. whether the class is in the scope of mutual aid on that date (shebao_policy_sharing_scopes): the
**      national rows alone for the two-argument form; else the rows of the payer's pooling region, its
**      province and the nation, read together as observations (policy/observe.h), where a national
**      document is only the earliest possible start. A class that is not a near relative is in scope only
**      where a region said so (四川 2019: parents-in-law);
**   4. the place rule: what the two regions need, by the policy parameters sharing_place_same_region,
**      sharing_place_same_province and sharing_place_cross_province: no condition in one pooling region;
**      in-province mutual aid in both regions of one province; cross-province mutual aid in both regions of
**      two provinces (shebao_policy_region_enablement).
** A reading of the relation that cannot be decided (a step-parent) makes the answer NULL only where it
** matters: before a class is in scope, or when the place rule already says no, the answer is 0.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "sharing/sharing.h"
#include "policy/parameters.h"
#include "util/date.h"
#include <string.h>

static const char *const azPlaceParameter[PLACE_KINDS] = {
    "sharing_place_same_region", "sharing_place_same_province", "sharing_place_cross_province"};

static int new_memos(PolicyIndex *p, SharingIndex *si) {
  si->aScopeMemo = arena_alloc(&p->arena, sizeof(ScopeMemo) * SHARING_MEMO_SLOTS);
  si->aPathMemo = arena_alloc(&p->arena, sizeof(PathMemo) * SHARING_MEMO_SLOTS);
  return si->aScopeMemo && si->aPathMemo ? SQLITE_OK : SQLITE_NOMEM;
}

/* A connection's fork of the shared default index: memos of its own. */
int sharing_index_fork(PolicyIndex *p) {
  SharingIndex *si = arena_alloc(&p->arena, sizeof(SharingIndex));
  if (si == 0) return SQLITE_NOMEM;
  *si = *p->pSharing;
  p->pSharing = si;
  return new_memos(p, si);
}

int sharing_index_build(PolicyIndex *p, char **pzErr) {
  static const int aiKey[] = {SCOPE_REGION_CODE, SCOPE_CLASS};
  static const int aiFactKey[] = {SFACT_REGION_CODE, SFACT_SCOPE, SFACT_ITEM};
  SharingIndex *si = arena_alloc(&p->arena, sizeof(SharingIndex));
  int k, rc;
  if (si == 0) return SQLITE_NOMEM;
  p->pSharing = si;
  if (new_memos(p, si) != SQLITE_OK) return SQLITE_NOMEM;
  for (k = 0; k < PLACE_KINDS; k++) {
    const char *azKey[2];
    azKey[0] = azPlaceParameter[k];
    azKey[1] = NATIONAL_CODE;
    si->anPlaceRow[k] = dated_rows(p->pParameters, azKey, &si->aaPlaceRow[k]);
  }
  rc = dated_index_build(&si->scopes, &p->arena, PT_SHARING_SCOPES, &p->aTable[PT_SHARING_SCOPES], aiKey, 2,
                         SCOPE_VALID_FROM, SCOPE_VALID_TO, pzErr);
  if (rc == SQLITE_OK) rc = obs_table_build(&si->scopePoints, &p->arena, &si->scopes, SCOPE_PRECISION);
  if (rc) return rc;
  return dated_index_build(&si->facts, &p->arena, PT_SHARING_FACTS, &p->aTable[PT_SHARING_FACTS], aiFactKey,
                           3, SFACT_VALID_FROM, SFACT_VALID_TO, pzErr);
}

const PolicyRow *sharing_fact_on(const PolicyIndex *p, const char *const *azChain, int nChain,
                                 const char *zScope, const char *zItem, int day) {
  int c;
  for (c = 0; c < nChain; c++) {
    const char *azKey[3];
    const PolicyRow *row;
    azKey[0] = azChain[c];
    azKey[1] = zScope;
    azKey[2] = zItem;
    row = dated_lookup(&p->pSharing->facts, azKey, day);
    if (row) return row;
  }
  return 0;
}

static unsigned memo_slot(const void *a, const void *b) {
  unsigned long long h = ((unsigned long long)(size_t)a * 0x9E3779B97F4A7C15ULL) ^ (size_t)b;
  h *= 0xFF51AFD7ED558CCDULL;
  return (unsigned)(h >> 40) & (SHARING_MEMO_SLOTS - 1);
}

/* The scope rows of (code, class), through the memo. */
static int scope_rows(const SharingIndex *si, const char *zCode, const char *zClass, const int **paRow) {
  ScopeMemo *m = &si->aScopeMemo[memo_slot(zCode, zClass)];
  if (m->zCode != zCode || m->zClass != zClass) {
    const char *azKey[2];
    azKey[0] = zCode;
    azKey[1] = zClass;
    m->n = dated_rows(&si->scopes, azKey, &m->aRow);
    m->zCode = zCode;
    m->zClass = zClass;
  }
  *paRow = m->aRow;
  return m->n;
}

/* The row in effect on day among the rows of one key (row numbers in valid_from order), or NULL: the last
** that starts on or before day, if it has not ended. */
static const PolicyRow *row_on(const DatedIndex *d, const PolicyRows *rows, const int *aRow, int n, int day) {
  int lo = 0, hi = n - 1, best = -1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (dated_from(d, aRow[mid]) <= day) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best < 0 || dated_to(d, aRow[best]) < day) return 0;
  return &rows->aRow[aRow[best]];
}

static Tri tri_and(Tri a, Tri b) {
  if (a == TRI_NO || b == TRI_NO) return TRI_NO;
  if (a == TRI_UNKNOWN || b == TRI_UNKNOWN) return TRI_UNKNOWN;
  return TRI_YES;
}

/* Is the class in the scope of mutual aid on day, under the payer's chain of codes (or the national code alone,
** for the two-argument form)? The rows of every code of the chain combine; for a region, the national document
** is the earliest possible start. */
static void scope_observe(const PolicyIndex *p, const char *const *azChain, int nChain, const char *zClass,
                          int day, ObsVerdict *v) {
  ObsLevel aLevel[3];
  int c;
  for (c = 0; c < nChain; c++) {
    aLevel[c].t = &p->pSharing->scopePoints;
    aLevel[c].aRow = 0;
    aLevel[c].nRow = scope_rows(p->pSharing, azChain[c], zClass, &aLevel[c].aRow);
    aLevel[c].nationalStart = nChain > 1 && strcmp(azChain[c], NATIONAL_CODE) == 0;
  }
  observe(aLevel, nChain, day, v);
}

static int class_is(const PolicyRow *cls, const char *zNear) {
  return cls && strcmp(POLICY_CELL(cls, KC_NEAR_RELATIVE), zNear) == 0;
}

/* Is any class of near relatives (the kinship classes the data marks 'yes') in scope on day? An unspecified
** relation may be one: unknown if some may be, no if none is. */
static Tri any_relative_in_scope(const PolicyIndex *p, const char *const *azChain, int nChain, int day) {
  const PolicyRows *classes = &p->aTable[PT_KINSHIP_CLASSES];
  int i;
  for (i = 0; i < classes->nRow; i++) {
    ObsVerdict v;
    if (!class_is(&classes->aRow[i], "yes")) continue;
    scope_observe(p, azChain, nChain, POLICY_CELL(&classes->aRow[i], KC_CLASS), day, &v);
    if (v.answer != OBS_NO) return TRI_UNKNOWN;
  }
  return TRI_NO;
}

/* The kinship classes of a path and of its blood form, through the memo. A step relation is judged by its
** blood form ('P' -> 'p'): the scope of a parent, if there is support. */
static const PathMemo *path_classes(const PolicyIndex *p, const char *zPath, int nPath) {
  PathMemo *m = &p->pSharing->aPathMemo[memo_slot(zPath, 0) ^ (unsigned)nPath];
  if (m->zPath != zPath || m->nPath != nPath) {
    char path[KIN_PATH_MAX + 1], blood[KIN_PATH_MAX + 1];
    int i;
    memcpy(path, zPath, (size_t)nPath);
    path[nPath] = 0;
    for (i = 0; i <= nPath; i++)
      blood[i] = path[i] == 'P' ? 'p' : path[i] == 'C' ? 'c' : path[i];
    m->isStep = strcmp(path, blood) != 0;
    m->pClass = relation_class_row(p->pRelations, path);
    m->pBloodClass = relation_class_row(p->pRelations, blood);
    m->zPath = zPath;
    m->nPath = nPath;
  }
  return m;
}

/* Decides one reading (one kin path) of the relation. */
static void decide_reading(const PolicyIndex *p, const char *zPath, int nPath, const char *const *azChain,
                           int nChain, int day, ShareReading *r) {
  const PathMemo *m = path_classes(p, zPath, nPath);
  r->pClass = m->pClass;
  r->verdict = KIN_NOT_NEAR;
  if (nPath == 0) {
    r->zScopeClass = r->pClass ? POLICY_CELL(r->pClass, KC_CLASS) : "self"; /* the insured person themself */
  } else if (!m->isStep && class_is(r->pClass, "yes")) {
    r->verdict = KIN_NEAR;
    r->zScopeClass = POLICY_CELL(r->pClass, KC_CLASS);
  } else if (m->isStep && class_is(m->pBloodClass, "yes")) {
    r->verdict = KIN_CONDITIONAL;
    r->zScopeClass = POLICY_CELL(m->pBloodClass, KC_CLASS);
  } else if (class_is(r->pClass, "unknown") || (nPath == 1 && zPath[0] == '?')) {
    /* An unspecified relation (59, 69): it matters only once some relative may share. */
    r->verdict = KIN_UNDECIDABLE;
    r->result = any_relative_in_scope(p, azChain, nChain, day);
    return;
  } else {
    /* Not a near relative: in scope only where a region's rows name its class (四川 2019, 夫妻双方父母). */
    r->zScopeClass = r->pClass ? POLICY_CELL(r->pClass, KC_CLASS) : 0;
  }
  if (r->zScopeClass == 0) {
    r->result = TRI_NO;
    return;
  }
  scope_observe(p, azChain, nChain, r->zScopeClass, day, &r->scope);
  r->result = (Tri)r->scope.answer;
  if (r->verdict == KIN_CONDITIONAL && r->result == TRI_YES) r->result = TRI_UNKNOWN;
}

/* Every reading of the relation ('c|C'), combined: an answer stands only if every reading agrees. */
static void decide_relation(const PolicyIndex *p, const char *const *azChain, int nChain, ShareDecision *d) {
  const char *z = d->pTerm->zKinPath;
  d->relation = TRI_NO;
  while (z && d->nReading < SHARE_MAX_READINGS) {
    const char *e = strchr(z, '|');
    ShareReading *r = &d->aReading[d->nReading++];
    r->zPath = z;
    decide_reading(p, z, e ? (int)(e - z) : (int)strlen(z), azChain, nChain, d->day, r);
    if (d->nReading == 1)
      d->relation = r->result;
    else if (d->relation != r->result)
      d->relation = TRI_UNKNOWN;
    z = e ? e + 1 : 0;
  }
}

/* The place rule in effect on the day for the kind of place: which mutual aid both regions need. */
static int place_rule(const PolicyIndex *p, const char *zFunc, ShareDecision *d, char **pzErr) {
  const SharingIndex *si = p->pSharing;
  int k = (int)d->place - PLACE_SAME_REGION;
  const char *zValue;
  char zDay[DATE_TEXT_LEN + 1];
  d->pPlaceRule =
      row_on(p->pParameters, &p->aTable[PT_PARAMETERS], si->aaPlaceRow[k], si->anPlaceRow[k], d->day);
  if (d->pPlaceRule == 0) {
    date_format(d->day, zDay);
    return shebao_policy_error(
        shebao_errorf(pzErr, "%s(): no policy parameter '%s' for region '000000' in effect on %s", zFunc,
                      azPlaceParameter[k], zDay));
  }
  zValue = POLICY_CELL(d->pPlaceRule, PARAM_VALUE);
  if (strcmp(zValue, "none") == 0) {
    d->placeNeeds = PLACE_NEEDS_NONE;
  } else if (strcmp(zValue, "in_province") == 0 || strcmp(zValue, "cross_province") == 0) {
    d->placeNeeds = zValue[0] == 'i' ? SCOPE_IN_PROVINCE : SCOPE_CROSS_PROVINCE;
  } else {
    return shebao_policy_error(shebao_errorf(
        pzErr,
        "%s(): policy parameter '%s' (%s layer row %lld) is not one of none, in_province, "
        "cross_province: %Q",
        zFunc, azPlaceParameter[k], policy_layer_names[d->pPlaceRule->layer], d->pPlaceRule->rowid, zValue));
  }
  return SQLITE_OK;
}

static int decide_place(const PolicyIndex *p, const char *zFunc, ShareDecision *d, char **pzErr) {
  const RegionIndex *ri = p->pRegions;
  const Region *a = d->pPayer, *b = d->pRelative;
  int rc;
  d->place = a == b                         ? PLACE_SAME_REGION
             : a->iProvince == b->iProvince ? PLACE_SAME_PROVINCE
                                            : PLACE_CROSS_PROVINCE;
  rc = place_rule(p, zFunc, d, pzErr);
  if (rc != SQLITE_OK) return rc;
  if (d->placeNeeds == PLACE_NEEDS_NONE) {
    d->placeResult = TRI_YES;
    return SQLITE_OK;
  }
  region_observe(ri, a, (RegionScopeKind)d->placeNeeds, d->day, &d->payerOn);
  region_observe(ri, b, (RegionScopeKind)d->placeNeeds, d->day, &d->relativeOn);
  d->placeResult = tri_and((Tri)d->payerOn.answer, (Tri)d->relativeOn.answer);
  return SQLITE_OK;
}

int sharing_decide(const PolicyIndex *p, const char *zFunc, const ShareArgs *a, ShareDecision *d,
                   char **pzErr) {
  const char *azChain[3];
  int nChain = 1, rc = SQLITE_OK;
  memset(d, 0, sizeof(*d));
  d->pTerm = a->pTerm;
  d->day = a->day;
  d->pPayer = a->pPayer;
  d->pRelative = a->pRelative;
  if (a->pPayer) {
    nChain = region_scope_chain(p->pRegions, a->pPayer, azChain);
  } else {
    azChain[0] = NATIONAL_CODE;
  }
  decide_relation(p, azChain, nChain, d);
  d->place = PLACE_NONE;
  d->placeResult = TRI_YES;
  if (a->pPayer && a->pRelative) rc = decide_place(p, zFunc, d, pzErr);
  d->result = tri_and(d->relation, d->placeResult);
  return rc;
}
