/*
** binding_ok(payer_id, relative_id, relation, on_date [, payer_region, relative_region]) -> 1, 0 or NULL: may
** the relative be bound to the payer's account as this relation (the relative's relation to the payer) on this
** date? The checks: binding/decide.c; their explanation: explain_binding (binding/explain.c).
**
**   SELECT binding_ok('11010519491231002X', '110105197001010019', '儿子', '2025-03-01');      -- 1
**   SELECT id, binding_ok(payer_id, relative_id, relation, on_date) FROM requests;
*/
#include "binding/binding.h"
SQLITE_EXTENSION_INIT3

/* The answer depends on the policy data (a layer can change it): innocuous, not deterministic. */
#define BINDING_FLAGS SHEBAO_POLICY

static void binding_ok_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  static const char zFunc[] = "binding_ok";
  PolicyIndex *p = 0;
  BindingArgs a;
  BindingDecision d;
  char *zErr = 0;
  int rc = shebao_null_args(argc, argv);
  if (rc == SQLITE_OK) rc = shebao_call_policy(ctx, &p, &zErr);
  if (rc == SQLITE_OK) rc = binding_args(p, zFunc, argc, argv, &a, &zErr);
  if (rc == SQLITE_OK) rc = policy_usable(p, zFunc, binding_deps(&a), &zErr);
  if (rc == SQLITE_OK) rc = binding_decide(p, zFunc, &a, &d, &zErr);
  if (rc == SQLITE_OK && d.result != TRI_UNKNOWN) sqlite3_result_int(ctx, d.result == TRI_YES);
  shebao_result_error(ctx, rc, zErr);
}

static const ShebaoFunction aBindingFunction[] = {
    {"binding_ok", 4, BINDING_FLAGS, binding_ok_func, 0},
    {"binding_ok", 6, BINDING_FLAGS, binding_ok_func, 0},
};

int shebao_register_binding(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = shebao_register_functions(db, conn, aBindingFunction, SHEBAO_COUNT(aBindingFunction), pzErrMsg);
  return rc == SQLITE_OK ? binding_register_explain(db, conn, pzErrMsg) : rc;
}
