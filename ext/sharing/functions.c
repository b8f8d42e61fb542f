/*
** Family mutual aid: can_share(), and the reading of its arguments, which explain_can_share() shares.
**
**   SELECT can_share('祖父', '2025-03-01', '苏州市', '成都市');   -- 1
**   SELECT m.name FROM members m WHERE can_share(m.relation, '2025-03-01', m.payer_region, m.region);
**
** The decision itself: sharing/decide.c.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "sharing/sharing.h"

/* The pooling region that covers a region (海口市 -> 海南省, which is one pool); a province that covers no
** region is not one (its province-wide pool is '<province>本级'). */
int pool_arg(const PolicyIndex *p, const char *zFunc, const char *zParam, sqlite3_value *v,
             const Region **ppRegion, char **pzErr) {
  int rc = region_arg(p->pRegions, zFunc, zParam, v, 1, ppRegion, pzErr);
  if (rc == SQLITE_OK) *ppRegion = region_pool(p->pRegions, *ppRegion);
  if (rc == SQLITE_OK && !(*ppRegion)->isPool) {
    return shebao_errorf(pzErr,
                         "%s(): '%s' is a province, not a pooling region (%s): name the city, or '%s本级'",
                         zFunc, (*ppRegion)->zName, zParam, (*ppRegion)->zName);
  }
  return rc;
}

int sharing_args(const PolicyIndex *p, const char *zFunc, int nArg, sqlite3_value *const *argv, ShareArgs *a,
                 char **pzErr) {
  int rc;
  a->pPayer = a->pRelative = 0;
  rc = relation_arg(p->pRelations, zFunc, "relation", argv[0], 1, &a->pTerm, pzErr);
  if (rc == SQLITE_OK) rc = shebao_arg_date(zFunc, "on_date", argv[1], &a->day, pzErr);
  if (rc == SQLITE_OK && nArg == 4) rc = pool_arg(p, zFunc, "payer_region", argv[2], &a->pPayer, pzErr);
  if (rc == SQLITE_OK && nArg == 4) rc = pool_arg(p, zFunc, "relative_region", argv[3], &a->pRelative, pzErr);
  return rc;
}

unsigned sharing_deps(const ShareArgs *a) {
  return a->pPayer ? DEPS_SHARING : DEPS_RELATIONS | TABLE_BIT(PT_SHARING_SCOPES);
}

/* can_share(relation, on_date [, payer_region, relative_region]) -> 1, 0 or NULL. */
static void can_share_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  PolicyIndex *p = 0;
  ShareArgs a;
  ShareDecision d;
  char *zErr = 0;
  int rc = shebao_any_null(argc, argv);
  if (rc == SQLITE_OK) rc = shebao_call_policy(ctx, &p, &zErr);
  if (rc == SQLITE_OK)
    rc = shebao_blank_wins(argc, argv, sharing_args(p, "can_share", argc, argv, &a, &zErr), &zErr);
  if (rc == SQLITE_OK) rc = policy_usable(p, "can_share", sharing_deps(&a), &zErr);
  if (rc == SQLITE_OK) rc = sharing_decide(p, "can_share", &a, &d, &zErr);
  if (rc == SQLITE_OK && d.result != TRI_UNKNOWN) sqlite3_result_int(ctx, d.result == TRI_YES);
  shebao_result_error(ctx, rc, zErr);
}

static const ShebaoFunction aSharingFunction[] = {
    {"can_share", 2, SHEBAO_POLICY, can_share_func, 0},
    {"can_share", 4, SHEBAO_POLICY, can_share_func, 0},
};

int shebao_register_sharing(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = shebao_register_functions(db, conn, aSharingFunction, SHEBAO_COUNT(aSharingFunction), pzErrMsg);
  if (rc == SQLITE_OK) rc = sharing_register_views(db, conn, pzErrMsg);
  if (rc == SQLITE_OK) rc = sharing_register_explain(db, conn, pzErrMsg);
  if (rc == SQLITE_OK) rc = sharing_register_between(db, conn, pzErrMsg);
  return rc;
}
