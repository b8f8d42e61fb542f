/*
** shebao_check: every problem in the policy in effect, one row each; empty when the data is clean.
**
**   SELECT * FROM shebao_check;
**
**   CREATE TABLE shebao_check(
**     layer,        -- 'default', 'main' or 'temp'
**     table_name,   -- e.g. 'shebao_policy_region_enablement'
**     row,          -- the rowid in that layer's table (for the default: the row's position in sql/); NULL
*when
**                   -- the problem is the table itself (a missing column)
**     column_name,  -- the column at fault, or NULL
**     value,        -- the value at fault, or NULL
**     problem       -- what is wrong: 'is an impossible date', 'names no source in shebao_policy_sources',
*...
**   );
**
** A broken row is left out of the policy in effect, and a decision that reads its table raises an error until
** it is fixed (or retracted).
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/view.h"

enum { CHK_LAYER, CHK_TABLE, CHK_ROW, CHK_COLUMN, CHK_VALUE, CHK_PROBLEM };

static int check_count(const PolicyIndex *p) {
  return p->nProblem;
}

static void check_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const PolicyProblem *pr = &p->aProblem[iRow];
  switch (iCol) {
  case CHK_LAYER:
    sqlite3_result_text(ctx, policy_layer_names[pr->layer], -1, SQLITE_STATIC);
    break;
  case CHK_TABLE:
    sqlite3_result_text(ctx, policy_table_defs[pr->t].zName, -1, SQLITE_STATIC);
    break;
  case CHK_ROW:
    if (pr->rowid >= 0) sqlite3_result_int64(ctx, pr->rowid);
    break;
  case CHK_COLUMN:
    if (pr->iCol >= 0) view_result_text(ctx, policy_table_defs[pr->t].azCol[pr->iCol]);
    break;
  case CHK_VALUE:
    view_result_text(ctx, pr->zValue);
    break;
  default:
    view_result_text(ctx, pr->zProblem);
    break;
  }
}

static const PolicyView checkView = {
    "shebao_check",
    "CREATE TABLE x(layer TEXT, table_name TEXT, row INTEGER, column_name TEXT, value TEXT, problem TEXT)",
    check_count,
    check_column,
    0,
    0,
};

int shebao_register_check(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return policy_view_register(db, conn, &checkView, pzErrMsg);
}
