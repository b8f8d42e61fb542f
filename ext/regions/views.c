/*
** shebao_regions and shebao_region_enablement: the pooling regions and the dated rows that enable them.
**
**   SELECT code, name, cross_province_from FROM shebao_regions WHERE province = '河北省';
**   SELECT * FROM shebao_region_enablement WHERE scope = 'cross_province' ORDER BY valid_from;
**
**   CREATE TABLE shebao_regions(
**     code, name, province, province_code, level, aliases,
**     cross_province_from,      -- first day of cross-province mutual aid (its own, its province's or
*national row)
**     cross_province_precision, -- 'exact', or 'by': the source only says it was on by then
**     cross_province_source,    -- the source_id of that row
**     in_province_from, in_province_precision, in_province_source,
**     valid_from, valid_to, source_id, source_doc, layer);
**   CREATE TABLE shebao_region_enablement(code, name, scope, valid_from, valid_to, precision, source_id,
**     source_doc, source_title, note, layer);
**
** Equality on code, province or province_code is answered from the index (no scan).
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "regions/regions.h"
#include "policy/view.h"
#include "util/date.h"
#include <string.h>

enum {
  RG_CODE,
  RG_NAME,
  RG_PROVINCE,
  RG_PROVINCE_CODE,
  RG_LEVEL,
  RG_ALIASES,
  RG_CROSS_FROM,
  RG_CROSS_PRECISION,
  RG_CROSS_SOURCE,
  RG_IN_FROM,
  RG_IN_PRECISION,
  RG_IN_SOURCE,
  RG_VALID_FROM,
  RG_VALID_TO,
  RG_SOURCE_ID,
  RG_SOURCE_DOC,
  RG_LAYER
};

static int regions_count(const PolicyIndex *p) {
  return p->pRegions->nRegion;
}

static void result_day(sqlite3_context *ctx, int day) {
  char buf[DATE_TEXT_LEN + 1];
  if (day == DAY_MIN || day == DAY_MAX) return; /* open: NULL */
  date_format(day, buf);
  sqlite3_result_text(ctx, buf, DATE_TEXT_LEN, SQLITE_TRANSIENT);
}

static void result_interval(sqlite3_context *ctx, const RegionInterval *iv, int what) {
  if (iv == 0) return;
  if (what == 0)
    result_day(ctx, iv->from);
  else if (what == 1)
    view_result_text(ctx, POLICY_CELL(iv->pRow, ENABLE_PRECISION));
  else
    view_result_text(ctx, POLICY_CELL(iv->pRow, ENABLE_SOURCE_ID));
}

static void regions_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const RegionIndex *ri = p->pRegions;
  const Region *r = &ri->aRegion[iRow];
  const PolicyRow *row = r->pRow;
  switch (iCol) {
  case RG_CODE:
    view_result_text(ctx, r->zCode);
    break;
  case RG_NAME:
    view_result_text(ctx, r->zName);
    break;
  case RG_PROVINCE:
    view_result_text(ctx, ri->aRegion[r->iProvince].zName);
    break;
  case RG_PROVINCE_CODE:
    view_result_text(ctx, r->zProvinceCode);
    break;
  case RG_LEVEL:
    view_result_text(ctx, region_level_name(r->level));
    break;
  case RG_ALIASES:
    view_result_text(ctx, ri->azAliases[iRow]);
    break;
  case RG_CROSS_FROM:
  case RG_CROSS_PRECISION:
  case RG_CROSS_SOURCE:
    result_interval(ctx, region_first_interval(ri, r, SCOPE_CROSS_PROVINCE), iCol - RG_CROSS_FROM);
    break;
  case RG_IN_FROM:
  case RG_IN_PRECISION:
  case RG_IN_SOURCE:
    result_interval(ctx, region_first_interval(ri, r, SCOPE_IN_PROVINCE), iCol - RG_IN_FROM);
    break;
  case RG_VALID_FROM:
    view_result_text(ctx, POLICY_CELL(row, REG_VALID_FROM));
    break;
  case RG_VALID_TO:
    view_result_text(ctx, POLICY_CELL(row, REG_VALID_TO));
    break;
  case RG_SOURCE_ID:
    view_result_text(ctx, POLICY_CELL(row, REG_SOURCE_ID));
    break;
  case RG_SOURCE_DOC:
    view_result_source(ctx, p, row, REG_SOURCE_ID, SRC_DOC_NUMBER);
    break;
  default:
    view_result_layer(ctx, row);
    break;
  }
}

static int regions_by_code(const PolicyIndex *p, sqlite3_value *pKey, const int **paRow, int *pScratch) {
  int n;
  const char *z = view_key_text(pKey, &n);
  const Region *r;
  if (z == 0) return VIEW_LOOKUP_NOMEM;
  r = region_by_code(p->pRegions, z);
  if (r == 0) return 0;
  *pScratch = (int)(r - p->pRegions->aRegion);
  *paRow = pScratch;
  return 1;
}

/* The regions of a province, named by its code or by any name of it (SQLite then keeps the exact matches). */
static int regions_by_province(const PolicyIndex *p, sqlite3_value *pKey, const int **paRow, int *pScratch) {
  const RegionIndex *ri = p->pRegions;
  const Region *r;
  int n, iProvince;
  const char *z = view_key_text(pKey, &n);
  (void)pScratch;
  if (z == 0) return VIEW_LOOKUP_NOMEM;
  if (region_resolve(ri, z, n, &r) != REGION_FOUND) return 0;
  iProvince = r->iProvince;
  *paRow = ri->aByProvince + ri->aProvinceStart[iProvince];
  return ri->aProvinceCount[iProvince];
}

static const PolicyViewLookup aRegionLookup[] = {
    {RG_CODE, regions_by_code}, {RG_PROVINCE, regions_by_province}, {RG_PROVINCE_CODE, regions_by_province}};

static const PolicyView regionsView = {
    "shebao_regions",
    "CREATE TABLE x(code TEXT, name TEXT, province TEXT, province_code TEXT, level TEXT, aliases TEXT,"
    " cross_province_from TEXT, cross_province_precision TEXT, cross_province_source TEXT,"
    " in_province_from TEXT, in_province_precision TEXT, in_province_source TEXT,"
    " valid_from TEXT, valid_to TEXT, source_id TEXT, source_doc TEXT, layer TEXT)",
    regions_count,
    regions_column,
    3,
    aRegionLookup,
};

enum {
  EN_CODE,
  EN_NAME,
  EN_SCOPE,
  EN_VALID_FROM,
  EN_VALID_TO,
  EN_PRECISION,
  EN_SOURCE_ID,
  EN_SOURCE_DOC,
  EN_SOURCE_TITLE,
  EN_NOTE,
  EN_LAYER
};

static int enablement_count(const PolicyIndex *p) {
  return p->aTable[PT_REGION_ENABLEMENT].nRow;
}

static void enablement_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const PolicyRow *row = &p->aTable[PT_REGION_ENABLEMENT].aRow[iRow];
  switch (iCol) {
  case EN_CODE:
    view_result_text(ctx, POLICY_CELL(row, ENABLE_CODE));
    break;
  case EN_NAME: {
    const Region *r = region_by_code(p->pRegions, POLICY_CELL(row, ENABLE_CODE));
    view_result_text(ctx, r ? r->zName : strcmp(POLICY_CELL(row, ENABLE_CODE), NATIONAL_CODE) == 0 ? "全国" : 0);
    break;
  }
  case EN_SCOPE:
    view_result_text(ctx, POLICY_CELL(row, ENABLE_SCOPE));
    break;
  case EN_VALID_FROM:
    view_result_text(ctx, POLICY_CELL(row, ENABLE_VALID_FROM));
    break;
  case EN_VALID_TO:
    view_result_text(ctx, POLICY_CELL(row, ENABLE_VALID_TO));
    break;
  case EN_PRECISION:
    view_result_text(ctx, POLICY_CELL(row, ENABLE_PRECISION));
    break;
  case EN_SOURCE_ID:
    view_result_text(ctx, POLICY_CELL(row, ENABLE_SOURCE_ID));
    break;
  case EN_SOURCE_DOC:
    view_result_source(ctx, p, row, ENABLE_SOURCE_ID, SRC_DOC_NUMBER);
    break;
  case EN_SOURCE_TITLE:
    view_result_source(ctx, p, row, ENABLE_SOURCE_ID, SRC_TITLE);
    break;
  case EN_NOTE:
    view_result_text(ctx, POLICY_CELL(row, ENABLE_NOTE));
    break;
  default:
    view_result_layer(ctx, row);
    break;
  }
}

static const PolicyView enablementView = {
    "shebao_region_enablement",
    "CREATE TABLE x(code TEXT, name TEXT, scope TEXT, valid_from TEXT, valid_to TEXT, precision TEXT,"
    " source_id TEXT, source_doc TEXT, source_title TEXT, note TEXT, layer TEXT)",
    enablement_count,
    enablement_column,
    0,
    0,
};

int shebao_register_region_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = policy_view_register(db, conn, &regionsView, pzErrMsg);
  if (rc == SQLITE_OK) rc = policy_view_register(db, conn, &enablementView, pzErrMsg);
  return rc;
}
