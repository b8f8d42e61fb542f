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

enum { PX_PREFIX, PX_NAME, PX_POLICY_TABLE, PX_SOURCE_ID, PX_SOURCE_DOC, PX_SOURCE_TITLE, PX_LAYER };

static int prefixes_count(const PolicyIndex *p) {
  return p->pIdentity->nPrefix;
}

static void prefixes_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const IdentityIndex *x = p->pIdentity;
  int prefix = x->aPrefix[iRow];
  const PolicyRow *row = x->apPrefix[prefix];
  int fromRegions = x->aTable[prefix] == PT_REGIONS;
  int iSource = fromRegions ? REG_SOURCE_ID : IDP_SOURCE_ID;
  switch (iCol) {
  case PX_PREFIX: {
    char z[2] = {(char)('0' + prefix / 10), (char)('0' + prefix % 10)};
    sqlite3_result_text(ctx, z, 2, SQLITE_TRANSIENT);
    break;
  }
  case PX_NAME:
    view_result_text(ctx, POLICY_CELL(row, fromRegions ? REG_NAME : IDP_NAME));
    break;
  case PX_POLICY_TABLE:
    view_result_text(ctx, policy_table_defs[x->aTable[prefix]].zName);
    break;
  case PX_SOURCE_ID:
    view_result_text(ctx, POLICY_CELL(row, iSource));
    break;
  case PX_SOURCE_DOC:
    view_result_source(ctx, p, row, iSource, SRC_DOC_NUMBER);
    break;
  case PX_SOURCE_TITLE:
    view_result_source(ctx, p, row, iSource, SRC_TITLE);
    break;
  default:
    view_result_layer(ctx, row);
    break;
  }
}

static const PolicyView prefixesView = {
    "shebao_id_prefixes",
    "CREATE TABLE x(prefix TEXT, name TEXT, policy_table TEXT, source_id TEXT, source_doc TEXT,"
    " source_title TEXT, layer TEXT)",
    prefixes_count,
    prefixes_column,
    0,
    0,
};

int shebao_register_identity_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return policy_view_register(db, conn, &prefixesView, pzErrMsg);
}
