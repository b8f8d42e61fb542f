/*
** shebao_id_prefixes: the two-digit prefixes an identity number may start with, and where each comes from.
**
**   SELECT prefix, name, source_id FROM shebao_id_prefixes;   -- '11' 北京市 ..., '81' 香港特别行政区居民 ...
**
**   CREATE TABLE shebao_id_prefixes(
**     prefix,                  -- two digits
**     name,                    -- the province-level region, or what the prefix is for
**     policy_table,            -- 'shebao_policy_regions' or 'shebao_policy_id_prefixes': the row's table
**     source_id, source_doc, source_title, layer);
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "identity/identity.h"
#include "policy/view.h"

enum { PX_PREFIX, PX_NAME, PX_POLICY_TABLE, PX_SOURCE_ID, PX_SOURCE_DOC, PX_SOURCE_TITLE };

/* Every column but layer is computed: a prefix's row is a region's or a row of shebao_policy_id_prefixes. */
static const ViewColumn aPrefixCol[] = {
    [PX_PREFIX] = {"prefix TEXT", VIEW_COMPUTED, 0},
    [PX_NAME] = {"name TEXT", VIEW_COMPUTED, 0},
    [PX_POLICY_TABLE] = {"policy_table TEXT", VIEW_COMPUTED, 0},
    [PX_SOURCE_ID] = {"source_id TEXT", VIEW_COMPUTED, 0},
    [PX_SOURCE_DOC] = {"source_doc TEXT", VIEW_COMPUTED, 0},
    [PX_SOURCE_TITLE] = {"source_title TEXT", VIEW_COMPUTED, 0},
    VIEW_LAYER_COLUMN,
};

static int prefixes_count(const PolicyIndex *p) {
  return p->pIdentity->nPrefix;
}

static const PolicyRow *prefixes_row(const PolicyIndex *p, int iRow) {
  return p->pIdentity->apPrefix[p->pIdentity->aPrefix[iRow]];
}

static void prefixes_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const IdentityIndex *x = p->pIdentity;
  int prefix = x->aPrefix[iRow], fromRegions = x->aTable[prefix] == PT_REGIONS;
  const PolicyRow *row = x->apPrefix[prefix];
  const char *zSourceId = POLICY_CELL(row, fromRegions ? REG_SOURCE_ID : IDP_SOURCE_ID);
  char z[2];
  switch (iCol) {
  case PX_PREFIX:
    z[0] = (char)('0' + prefix / 10);
    z[1] = (char)('0' + prefix % 10);
    sqlite3_result_text(ctx, z, 2, SQLITE_TRANSIENT);
    break;
  case PX_NAME:
    view_result_text(ctx, POLICY_CELL(row, fromRegions ? REG_NAME : IDP_NAME));
    break;
  case PX_POLICY_TABLE:
    view_result_text(ctx, policy_table_defs[x->aTable[prefix]].zName);
    break;
  case PX_SOURCE_ID:
    view_result_text(ctx, zSourceId);
    break;
  default:
    view_result_source_field(ctx, p, zSourceId, iCol == PX_SOURCE_DOC ? SRC_DOC_NUMBER : SRC_TITLE);
    break;
  }
}

static const PolicyView prefixesView = {
    .zName = "shebao_id_prefixes",
    VIEW_COLUMNS(aPrefixCol),
    .xCount = prefixes_count,
    .xRow = prefixes_row,
    .xColumn = prefixes_column,
};

int identity_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  static const PolicyView *const apView[] = {&prefixesView};
  return policy_views_register(db, conn, apView, SHEBAO_COUNT(apView), pzErrMsg);
}
