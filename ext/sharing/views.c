/*
** shebao_sharing_scopes: from when each kinship class may use an employee's personal account, nationally, in
** a province or in a region; shebao_sharing_facts: what the rules of mutual aid say beyond yes or no.
**
**   SELECT class, valid_from, source_doc FROM shebao_sharing_scopes WHERE region_code = '000000';
**   SELECT item, outcome FROM shebao_sharing_facts WHERE scope = 'cross_province';
**
**   CREATE TABLE shebao_sharing_scopes(region_code, region_name, class, valid_from, valid_to, precision,
**                                      source_id, source_doc, source_title, note, layer);
**   CREATE TABLE shebao_sharing_facts(region_code, region_name, scope, item, outcome, detail, valid_from,
**                                     valid_to, source_id, source_doc, source_title, layer);
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "sharing/sharing.h"
#include "policy/view.h"

static const ViewColumn aScopeCol[] = {
    {"region_code TEXT", VIEW_CELL, SCOPE_REGION_CODE},
    {"region_name TEXT", VIEW_COMPUTED, 0},
    {"class TEXT", VIEW_CELL, SCOPE_CLASS},
    {"valid_from TEXT", VIEW_CELL, SCOPE_VALID_FROM},
    {"valid_to TEXT", VIEW_CELL, SCOPE_VALID_TO},
    {"precision TEXT", VIEW_CELL, SCOPE_PRECISION},
    VIEW_SOURCE_COLUMNS(SCOPE_SOURCE_ID),
    {"note TEXT", VIEW_CELL, SCOPE_NOTE},
    VIEW_LAYER_COLUMN,
};

/* region_name: the region's name, or 全国 for the national timeline. */
static void scopes_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const PolicyRow *row = &p->aTable[PT_SHARING_SCOPES].aRow[iRow];
  (void)iCol;
  view_result_text(ctx, region_code_name(p->pRegions, POLICY_CELL(row, SCOPE_REGION_CODE)));
}

static const PolicyView scopesView = {
    .zName = "shebao_sharing_scopes",
    VIEW_COLUMNS(aScopeCol),
    .t = PT_SHARING_SCOPES,
    .xColumn = scopes_column,
};

static const ViewColumn aFactCol[] = {
    {"region_code TEXT", VIEW_CELL, SFACT_REGION_CODE},
    {"region_name TEXT", VIEW_COMPUTED, 0},
    {"scope TEXT", VIEW_CELL, SFACT_SCOPE},
    {"item TEXT", VIEW_CELL, SFACT_ITEM},
    {"outcome TEXT", VIEW_CELL, SFACT_OUTCOME},
    {"detail TEXT", VIEW_CELL, SFACT_DETAIL},
    {"valid_from TEXT", VIEW_CELL, SFACT_VALID_FROM},
    {"valid_to TEXT", VIEW_CELL, SFACT_VALID_TO},
    VIEW_SOURCE_COLUMNS(SFACT_SOURCE_ID),
    VIEW_LAYER_COLUMN,
};

static void facts_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const PolicyRow *row = &p->aTable[PT_SHARING_FACTS].aRow[iRow];
  (void)iCol;
  view_result_text(ctx, region_code_name(p->pRegions, POLICY_CELL(row, SFACT_REGION_CODE)));
}

static const PolicyView factsView = {
    .zName = "shebao_sharing_facts",
    VIEW_COLUMNS(aFactCol),
    .t = PT_SHARING_FACTS,
    .xColumn = facts_column,
};

int sharing_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  static const PolicyView *const apView[] = {&scopesView, &factsView};
  return policy_views_register(db, conn, apView, SHEBAO_COUNT(apView), pzErrMsg);
}
