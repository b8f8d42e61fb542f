/*
** The tables of the policy itself: its sources, its problems, its parameters.
**
**   SELECT source_id, doc_number, title FROM shebao_sources WHERE source_id = 'civil-code';
**   SELECT * FROM shebao_check;                  -- one row per problem in the policy in effect; empty when
**   clean
**   SELECT name, region_code, value, unit, source_id FROM shebao_parameters;
**
**   CREATE TABLE shebao_sources(source_id, doc_number, title, issuer, published, effective, url, note,
**                               firmness, -- 'official', 'secondary' or 'derived' (NULL: not stated)
**                               layer -- 'default', 'main' or 'temp': where the row comes from
**   );
**   CREATE TABLE shebao_check(
**     layer,        -- 'default', 'main' or 'temp'
**     table_name,   -- e.g. 'shebao_policy_region_enablement'
**     row,          -- the rowid in that layer's table (for the default: the row's position in sql/); NULL
**                   -- when the problem is the table itself (a missing column)
**     column_name,  -- the column at fault, or NULL
**     value,        -- the value at fault, or NULL
**     problem       -- what is wrong: 'is an impossible date', 'names no source in shebao_policy_sources',
**     ...
**   );
**   CREATE TABLE shebao_parameters(name, region_code, value, unit, valid_from, valid_to, source_id,
**                                  source_doc, source_title, note, layer);
**
** A broken row is left out of the policy in effect, and a decision that reads its table raises an error until
** it is fixed (or retracted): policy/problems.c.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/view.h"

/* ---- shebao_sources ----------------------------------------------------------------------------------- */

static const ViewColumn aSourceCol[] = {
    {"source_id TEXT", VIEW_CELL, SRC_ID},
    {"doc_number TEXT", VIEW_CELL, SRC_DOC_NUMBER},
    {"title TEXT", VIEW_CELL, SRC_TITLE},
    {"issuer TEXT", VIEW_CELL, SRC_ISSUER},
    {"published TEXT", VIEW_CELL, SRC_PUBLISHED},
    {"effective TEXT", VIEW_CELL, SRC_EFFECTIVE},
    {"url TEXT", VIEW_CELL, SRC_URL},
    {"note TEXT", VIEW_CELL, SRC_NOTE},
    {"firmness TEXT", VIEW_CELL, SRC_FIRMNESS},
    VIEW_LAYER_COLUMN,
};

static int sources_by_id(const PolicyIndex *p, sqlite3_value *pKey, const int **paRow, int *pScratch) {
  int n;
  const char *z = view_key_text(pKey, &n);
  if (z == 0) return VIEW_LOOKUP_NOMEM;
  *pScratch = strmap_get(&p->sourceById, z, n);
  *paRow = pScratch;
  return *pScratch >= 0;
}

static const PolicyViewLookup aSourceLookup[] = {{0, sources_by_id}};

static const PolicyView sourcesView = {
    .zName = "shebao_sources",
    VIEW_COLUMNS(aSourceCol),
    .t = PT_SOURCES,
    VIEW_LOOKUPS(aSourceLookup),
};

/* ---- shebao_check ------------------------------------------------------------------------------------- */

enum { CHK_LAYER, CHK_TABLE, CHK_ROW, CHK_COLUMN, CHK_VALUE, CHK_PROBLEM };

static const ViewColumn aCheckCol[] = {
    [CHK_LAYER] = {"layer TEXT", VIEW_COMPUTED, 0}, [CHK_TABLE] = {"table_name TEXT", VIEW_COMPUTED, 0},
    [CHK_ROW] = {"row INTEGER", VIEW_COMPUTED, 0},  [CHK_COLUMN] = {"column_name TEXT", VIEW_COMPUTED, 0},
    [CHK_VALUE] = {"value TEXT", VIEW_COMPUTED, 0}, [CHK_PROBLEM] = {"problem TEXT", VIEW_COMPUTED, 0},
};

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
    .zName = "shebao_check",
    VIEW_COLUMNS(aCheckCol),
    .xCount = check_count,
    .xColumn = check_column,
};

/* ---- shebao_parameters -------------------------------------------------------------------------------- */

static const ViewColumn aParameterCol[] = {
    {"name TEXT", VIEW_CELL, PARAM_NAME},
    {"region_code TEXT", VIEW_CELL, PARAM_REGION_CODE},
    {"value TEXT", VIEW_CELL, PARAM_VALUE},
    {"unit TEXT", VIEW_CELL, PARAM_UNIT},
    {"valid_from TEXT", VIEW_CELL, PARAM_VALID_FROM},
    {"valid_to TEXT", VIEW_CELL, PARAM_VALID_TO},
    VIEW_SOURCE_COLUMNS(PARAM_SOURCE_ID),
    {"note TEXT", VIEW_CELL, PARAM_NOTE},
    VIEW_LAYER_COLUMN,
};

static const PolicyView parametersView = {
    .zName = "shebao_parameters",
    VIEW_COLUMNS(aParameterCol),
    .t = PT_PARAMETERS,
};

int policy_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  static const PolicyView *const apView[] = {&sourcesView, &checkView, &parametersView};
  return policy_views_register(db, conn, apView, SHEBAO_COUNT(apView), pzErrMsg);
}
