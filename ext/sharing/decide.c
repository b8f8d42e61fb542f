/*
** Family mutual aid (家庭共济): can_share().
**
**   can_share('配偶', '2021-04-21')                  -> 0   (spouses from 2021-04-22, 国办发〔2021〕14号)
**   can_share('祖父', '2024-08-01')                  -> 1   (other near relatives from 2024-08-01,
*国办发〔2024〕38号)
**   can_share('继母', '2022-01-01')                  -> NULL (a step-parent counts only with support)
**   can_share('祖父', '2025-03-01', '苏州市', '成都市') -> 1 (both regions in the first cross-province batch)
**
** The decision, in order:
**   1. the relation and its class (GB/T 4761 code, kin path, shebao_policy_kinship_classes);
**   2. whether that class is a near relative (Civil Code art. 1045; step relations conditional, art. 1072);
**   3. whether the class is in the scope of mutual aid on that date (shebao_policy_sharing_scopes: the
*payer's
**      region, its province, or the national timeline, the most specific that has rows for the class);
**   4. the place rule: the same pooling region; another region of the same province once in-province mutual
**      aid applies in both; another province only when both regions have cross-province mutual aid that day.
** A reading of the relation that cannot be decided (a step-parent) makes the answer NULL only where it
*matters:
** before a class is in scope, or when the place rule already says no, the answer is 0.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "sharing/sharing.h"
#include "policy/view.h"
#include <string.h>


int sharing_index_build(PolicyIndex *p, char **pzErr) {
  static const int aiKey[] = {SCOPE_REGION_CODE, SCOPE_CLASS};
  SharingIndex *si = arena_alloc(&p->arena, sizeof(SharingIndex));
  if (si == 0) return SQLITE_NOMEM;
  p->pSharing = si;
  si->aScopeMemo = arena_alloc(&p->arena, sizeof(ScopeMemo) * SHARING_MEMO_SLOTS);
  si->aPathMemo = arena_alloc(&p->arena, sizeof(PathMemo) * SHARING_MEMO_SLOTS);
  if (si->aScopeMemo == 0 || si->aPathMemo == 0) return SQLITE_NOMEM;
  return dated_index_build(&si->scopes, &p->arena, PT_SHARING_SCOPES, &p->aTable[PT_SHARING_SCOPES], aiKey, 2,
                           SCOPE_VALID_FROM, SCOPE_VALID_TO, pzErr);
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

/* The scope row of the key in force on day, among its rows (see dated_lookup). */
static const PolicyRow *scope_on(const PolicyIndex *p, const int *aRow, int n, int day) {
  const DatedIndex *d = &p->pSharing->scopes;
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
  return &p->aTable[PT_SHARING_SCOPES].aRow[aRow[best]];
}

static Tri tri_and(Tri a, Tri b) {
  if (a == TRI_NO || b == TRI_NO) return TRI_NO;
  if (a == TRI_UNKNOWN || b == TRI_UNKNOWN) return TRI_UNKNOWN;
  return TRI_YES;
}

/* Is the class in the scope of mutual aid on day, under the payer's chain of codes? Fills the reading's scope
** fields; returns 1 if a scope row is in force. */
static int scope_in_force(const PolicyIndex *p, const char *const *azChain, int nChain, const char *zClass,
                          int day, ShareReading *r) {
  int c;
  for (c = 0; c < nChain; c++) {
    const int *aRow;
    int n = scope_rows(p->pSharing, azChain[c], zClass, &aRow);
    if (n == 0) continue;
    /* The most specific code with rows for this class decides. */
    r->zScopeCode = azChain[c];
    r->pFirst = &p->aTable[PT_SHARING_SCOPES].aRow[aRow[0]];
    r->pScope = scope_on(p, aRow, n, day);
    return r->pScope != 0;
  }
  return 0;
}

/* Is any class besides the insured person themself in scope on day? (An unspecified relation may be one.) */
static int any_relative_in_scope(const PolicyIndex *p, const char *const *azChain, int nChain, int day) {
  static const char *const azClass[] = {"spouse", "parent", "child", "sibling", "grandparent", "grandchild"};
  size_t i;
  for (i = 0; i < sizeof(azClass) / sizeof(azClass[0]); i++) {
    ShareReading scratch;
    memset(&scratch, 0, sizeof(scratch));
    if (scope_in_force(p, azChain, nChain, azClass[i], day, &scratch)) return 1;
  }
  return 0;
}

static int class_is(const PolicyRow *cls, const char *zNear) {
  return cls && strcmp(POLICY_CELL(cls, KC_NEAR_RELATIVE), zNear) == 0;
}

/* Decides one reading (one kin path) of the relation. */
static void decide_reading(const PolicyIndex *p, const char *zPath, int nPath, const char *const *azChain,
                           int nChain, int day, ShareReading *r) {
  const RelationIndex *ri = p->pRelations;
  PathMemo *m = &p->pSharing->aPathMemo[memo_slot(zPath, 0) ^ (unsigned)nPath];
  const PolicyRow *bloodClass;
  int isStep;
  if (m->zPath != zPath || m->nPath != nPath) {
    char path[KIN_PATH_MAX + 1], blood[KIN_PATH_MAX + 1];
    int i;
    memcpy(path, zPath, (size_t)nPath);
    path[nPath] = 0;
    /* A step relation is judged by its blood form ('P' -> 'p'): the scope of a parent, if there is support.
     */
    for (i = 0; i <= nPath; i++)
      blood[i] = path[i] == 'P' ? 'p' : path[i] == 'C' ? 'c' : path[i];
    m->isStep = strcmp(path, blood) != 0;
    m->pClass = relation_class_row(ri, path);
    m->pBloodClass = relation_class_row(ri, blood);
    m->zPath = zPath;
    m->nPath = nPath;
  }
  isStep = m->isStep;
  r->pClass = m->pClass;
  bloodClass = m->pBloodClass;
  r->verdict = KIN_NOT_NEAR;
  if (nPath == 0) {
    r->zScopeClass = "self"; /* the insured person themself */
  } else if (!isStep && class_is(r->pClass, "yes")) {
    r->verdict = KIN_NEAR;
    r->zScopeClass = POLICY_CELL(r->pClass, KC_CLASS);
  } else if (isStep && class_is(bloodClass, "yes")) {
    r->verdict = KIN_CONDITIONAL;
    r->zScopeClass = POLICY_CELL(bloodClass, KC_CLASS);
  } else if (class_is(r->pClass, "unknown") || (nPath == 1 && zPath[0] == '?')) {
    /* An unspecified relation (59, 69): it matters only once some relative may share. */
    r->verdict = KIN_UNDECIDABLE;
    r->result = any_relative_in_scope(p, azChain, nChain, day) ? TRI_UNKNOWN : TRI_NO;
    return;
  }
  if (r->zScopeClass == 0) {
    r->result = TRI_NO; /* not a near relative: never in the scope */
  } else if (!scope_in_force(p, azChain, nChain, r->zScopeClass, day, r)) {
    r->result = TRI_NO;
  } else {
    r->result = r->verdict == KIN_CONDITIONAL ? TRI_UNKNOWN : TRI_YES;
  }
}

static void decide_place(const PolicyIndex *p, ShareDecision *d) {
  const RegionIndex *ri = p->pRegions;
  const Region *a = d->pPayer, *b = d->pRelative;
  RegionScopeKind scope;
  if (a == b) {
    d->place = PLACE_SAME_REGION;
    d->placeResult = TRI_YES;
    return;
  }
  if (a->iProvince == b->iProvince) {
    d->place = PLACE_SAME_PROVINCE;
    scope = SCOPE_IN_PROVINCE;
  } else {
    d->place = PLACE_CROSS_PROVINCE;
    scope = SCOPE_CROSS_PROVINCE;
  }
  d->pPayerOn = region_interval_on(ri, a, scope, d->day);
  d->pRelativeOn = region_interval_on(ri, b, scope, d->day);
  d->pPayerFirst = region_first_interval(ri, a, scope);
  d->pRelativeFirst = region_first_interval(ri, b, scope);
  d->placeResult = d->pPayerOn && d->pRelativeOn ? TRI_YES : TRI_NO;
}

void sharing_decide(const PolicyIndex *p, const RelationTerm *pTerm, int day, const Region *pPayer,
                    const Region *pRelative, ShareDecision *d) {
  const char *azChain[3];
  int nChain, first = 1;
  const char *z = pTerm->zKinPath;
  memset(d, 0, sizeof(*d));
  d->pTerm = pTerm;
  d->day = day;
  d->pPayer = pPayer;
  d->pRelative = pRelative;
  if (pPayer) {
    nChain = region_scope_chain(p->pRegions, pPayer, azChain);
  } else {
    azChain[0] = NATIONAL_CODE;
    nChain = 1;
  }
  /* Each reading of the relation ('c|C'), then combined: an answer stands only if every reading agrees. */
  d->relation = TRI_NO;
  while (z && d->nReading < SHARE_MAX_READINGS) {
    const char *e = strchr(z, '|');
    int n = e ? (int)(e - z) : (int)strlen(z);
    ShareReading *r = &d->aReading[d->nReading++];
    r->zPath = z;
    decide_reading(p, z, n, azChain, nChain, day, r);
    if (first)
      d->relation = r->result;
    else if (d->relation != r->result)
      d->relation = TRI_UNKNOWN;
    first = 0;
    z = e ? e + 1 : 0;
  }
  if (pPayer && pRelative) {
    decide_place(p, d);
    d->result = tri_and(d->relation, d->placeResult);
  } else {
    d->place = PLACE_NONE;
    d->placeResult = TRI_YES;
    d->result = d->relation;
  }
}

/* ---- arguments ---------------------------------------------------------------------------------------- */

/* A pooling region: a province itself is not one (its province-wide pool is '<province>本级'). */
static ArgStatus pool_value(const PolicyIndex *p, const char *zFunc, const char *zParam, sqlite3_value *v,
                            const Region **ppRegion, char **pzErr) {
  ArgStatus st = region_value(p->pRegions, zFunc, zParam, v, ppRegion, pzErr);
  if (st == ARG_OK && (*ppRegion)->level == LEVEL_PROVINCE) {
    *pzErr =
        sqlite3_mprintf("%s(): '%s' is a province, not a pooling region (%s): name the city, or '%s本级'",
                        zFunc, (*ppRegion)->zName, zParam, (*ppRegion)->zName);
    return ARG_ERROR;
  }
  return st;
}

int sharing_args_vtab(const PolicyIndex *p, const char *zFunc, int nArg, sqlite3_value **argv,
                      const RelationTerm **ppTerm, int *pDay, const Region **ppPayer,
                      const Region **ppRelative, char **pzErr) {
  ArgStatus st;
  *ppPayer = *ppRelative = 0;
  *pzErr = 0;
  if (shebao_null_args(nArg, argv)) return SQLITE_DONE;
  st = relation_value(p->pRelations, zFunc, "relation", argv[0], ppTerm, pzErr);
  if (st == ARG_OK) st = shebao_value_date(zFunc, "on_date", argv[1], pDay, pzErr);
  if (st == ARG_OK && nArg == 4) st = pool_value(p, zFunc, "payer_region", argv[2], ppPayer, pzErr);
  if (st == ARG_OK && nArg == 4) st = pool_value(p, zFunc, "relative_region", argv[3], ppRelative, pzErr);
  if (st == ARG_ERROR) return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  return st == ARG_NULL ? SQLITE_DONE : SQLITE_OK;
}

ArgStatus sharing_args(sqlite3_context *ctx, const char *zFunc, int nArg, sqlite3_value **argv,
                       const RelationTerm **ppTerm, int *pDay, const Region **ppPayer,
                       const Region **ppRelative) {
  PolicyIndex *p = shebao_policy(ctx);
  char *zErr = 0;
  int rc;
  if (p == 0) return ARG_ERROR;
  rc = sharing_args_vtab(p, zFunc, nArg, argv, ppTerm, pDay, ppPayer, ppRelative, &zErr);
  if (rc == SQLITE_OK) return ARG_OK;
  if (rc == SQLITE_DONE) return ARG_NULL;
  shebao_result_message(ctx, zErr);
  return ARG_ERROR;
}

/* ---- SQL functions ------------------------------------------------------------------------------------ */

/* can_share(relation, on_date [, payer_region, relative_region]) -> 1, 0 or NULL. */
static void can_share_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const RelationTerm *pTerm;
  const Region *pPayer, *pRelative;
  ShareDecision d;
  int day;
  if (sharing_args(ctx, "can_share", argc, argv, &pTerm, &day, &pPayer, &pRelative) != ARG_OK) return;
  /* The national form reads no region data. */
  if (!shebao_policy_usable(ctx, shebao_policy_again(ctx), "can_share",
                            argc == 4 ? DEPS_SHARING : DEPS_RELATIONS | TABLE_BIT(PT_SHARING_SCOPES))) {
    return;
  }
  sharing_decide(shebao_policy_again(ctx), pTerm, day, pPayer, pRelative, &d);
  if (d.result != TRI_UNKNOWN) sqlite3_result_int(ctx, d.result == TRI_YES);
}

static const ShebaoFunction aSharingFunction[] = {
    {"can_share", 2, SHEBAO_PURE, can_share_func},
    {"can_share", 4, SHEBAO_PURE, can_share_func},
};

int shebao_register_sharing(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return shebao_register_functions(db, conn, aSharingFunction,
                                   (int)(sizeof(aSharingFunction) / sizeof(aSharingFunction[0])), pzErrMsg);
}

/* ---- shebao_sharing_scopes ---------------------------------------------------------------------------- */
/*
**   CREATE TABLE shebao_sharing_scopes(region_code, region_name, class, valid_from, valid_to, precision,
**                                      source_id, source_doc, source_title, note, layer);
*/
enum {
  SS_REGION_CODE,
  SS_REGION_NAME,
  SS_CLASS,
  SS_VALID_FROM,
  SS_VALID_TO,
  SS_PRECISION,
  SS_SOURCE_ID,
  SS_SOURCE_DOC,
  SS_SOURCE_TITLE,
  SS_NOTE,
  SS_LAYER
};

static int scopes_count(const PolicyIndex *p) {
  return p->aTable[PT_SHARING_SCOPES].nRow;
}

static void scopes_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const PolicyRow *row = &p->aTable[PT_SHARING_SCOPES].aRow[iRow];
  static const int aCell[] = {[SS_REGION_CODE] = SCOPE_REGION_CODE,
                              [SS_CLASS] = SCOPE_CLASS,
                              [SS_VALID_FROM] = SCOPE_VALID_FROM,
                              [SS_VALID_TO] = SCOPE_VALID_TO,
                              [SS_PRECISION] = SCOPE_PRECISION,
                              [SS_SOURCE_ID] = SCOPE_SOURCE_ID,
                              [SS_NOTE] = SCOPE_NOTE};
  switch (iCol) {
  case SS_REGION_NAME: {
    const Region *r = region_by_code(p->pRegions, POLICY_CELL(row, SCOPE_REGION_CODE));
    view_result_text(ctx, r                                                                 ? r->zName
                          : strcmp(POLICY_CELL(row, SCOPE_REGION_CODE), NATIONAL_CODE) == 0 ? "全国"
                                                                                            : 0);
    break;
  }
  case SS_SOURCE_DOC:
    view_result_source(ctx, p, row, SCOPE_SOURCE_ID, SRC_DOC_NUMBER);
    break;
  case SS_SOURCE_TITLE:
    view_result_source(ctx, p, row, SCOPE_SOURCE_ID, SRC_TITLE);
    break;
  case SS_LAYER:
    view_result_layer(ctx, row);
    break;
  default:
    view_result_text(ctx, POLICY_CELL(row, aCell[iCol]));
    break;
  }
}

static const PolicyView scopesView = {
    "shebao_sharing_scopes",
    "CREATE TABLE x(region_code TEXT, region_name TEXT, class TEXT, valid_from TEXT, valid_to TEXT,"
    " precision TEXT, source_id TEXT, source_doc TEXT, source_title TEXT, note TEXT, layer TEXT)",
    scopes_count,
    scopes_column,
    0,
    0,
};

int shebao_register_sharing_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return policy_view_register(db, conn, &scopesView, pzErrMsg);
}
