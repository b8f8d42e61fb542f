/*
** Policy parameters: dated numeric settings, national or per region (shebao_policy_parameters), and the
** shebao_parameters table that shows them.
**
**   SELECT name, region_code, value, unit, source_id FROM shebao_parameters;
**
**   CREATE TABLE shebao_parameters(name, region_code, value, unit, valid_from, valid_to, source_id,
**                                  source_doc, source_title, note, layer);
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/parameters.h"
#include "policy/view.h"

int parameters_index_build(PolicyIndex *p, char **pzErr) {
  static const int aiKey[] = {PARAM_NAME, PARAM_REGION_CODE};
  p->pParameters = arena_alloc(&p->arena, sizeof(DatedIndex));
  if (p->pParameters == 0) return SQLITE_NOMEM;
  return dated_index_build(p->pParameters, &p->arena, PT_PARAMETERS, &p->aTable[PT_PARAMETERS], aiKey, 2,
                           PARAM_VALID_FROM, PARAM_VALID_TO, pzErr);
}

const PolicyRow *policy_parameter(const PolicyIndex *p, const char *zName, const char *const *azRegion,
                                  int nRegion, int day) {
  int i;
  for (i = 0; i < nRegion; i++) {
    const char *azKey[2];
    const PolicyRow *row;
    azKey[0] = zName;
    azKey[1] = azRegion[i];
    row = dated_lookup(p->pParameters, azKey, day);
    if (row) return row;
  }
  return 0;
}

enum {
  PV_NAME,
  PV_REGION_CODE,
  PV_VALUE,
  PV_UNIT,
  PV_VALID_FROM,
  PV_VALID_TO,
  PV_SOURCE_ID,
  PV_SOURCE_DOC,
  PV_SOURCE_TITLE,
  PV_NOTE,
  PV_LAYER
};

static int parameters_count(const PolicyIndex *p) {
  return p->aTable[PT_PARAMETERS].nRow;
}

static void parameters_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const PolicyRow *row = &p->aTable[PT_PARAMETERS].aRow[iRow];
  static const int aCell[] = {[PV_NAME] = PARAM_NAME,
                              [PV_REGION_CODE] = PARAM_REGION_CODE,
                              [PV_VALUE] = PARAM_VALUE,
                              [PV_UNIT] = PARAM_UNIT,
                              [PV_VALID_FROM] = PARAM_VALID_FROM,
                              [PV_VALID_TO] = PARAM_VALID_TO,
                              [PV_SOURCE_ID] = PARAM_SOURCE_ID,
                              [PV_NOTE] = PARAM_NOTE};
  switch (iCol) {
  case PV_SOURCE_DOC:
    view_result_source(ctx, p, row, PARAM_SOURCE_ID, SRC_DOC_NUMBER);
    break;
  case PV_SOURCE_TITLE:
    view_result_source(ctx, p, row, PARAM_SOURCE_ID, SRC_TITLE);
    break;
  case PV_LAYER:
    view_result_layer(ctx, row);
    break;
  default:
    view_result_text(ctx, POLICY_CELL(row, aCell[iCol]));
    break;
  }
}

static const PolicyView parametersView = {
    "shebao_parameters",
    "CREATE TABLE x(name TEXT, region_code TEXT, value TEXT, unit TEXT, valid_from TEXT, valid_to TEXT,"
    " source_id TEXT, source_doc TEXT, source_title TEXT, note TEXT, layer TEXT)",
    parameters_count,
    parameters_column,
    0,
    0,
};

int shebao_register_parameters(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return policy_view_register(db, conn, &parametersView, pzErrMsg);
}
