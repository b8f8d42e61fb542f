/*
** shebao_regions and shebao_region_enablement: the pooling regions and the dated rows that enable them;
** shebao_counties: the county-level divisions and the region and pool that cover each.
**
**   SELECT code, name, cross_province_from FROM shebao_regions WHERE province = '河北省';
**   SELECT * FROM shebao_region_enablement WHERE scope = 'cross_province' ORDER BY valid_from;
**   SELECT code, name, region_name, pool FROM shebao_counties WHERE region_code = '320500';
**
**   CREATE TABLE shebao_regions(
**     code, name, province, province_code, level, aliases,
**     pool,                     -- the pooling region that covers it: its own code, or a wider pool's (海南)
**     cross_province_from,      -- the first day a row sees its pool on (its own, its province's or national
**                               -- row); region_enabled() says whether it is on a given day
**     cross_province_precision, -- 'exact', or 'by': the source only says it was on by then
**     cross_province_source,    -- the source_id of that row
**     in_province_from, in_province_precision, in_province_source,
**     valid_from, valid_to, source_id, source_doc, layer);
**   CREATE TABLE shebao_region_enablement(code, name, scope, valid_from, valid_to, precision, source_id,
**     source_doc, source_title, note, layer);
**   CREATE TABLE shebao_counties(code, name, status, kind, province, region_code, region_name, pool, basis,
**     first_listed, last_listed, unlisted_by, successor_code, source_id, source_doc, source_title, layer);
**
** Equality on code, province or province_code (shebao_regions), code or region_code (shebao_counties) is
** answered from the index (no scan).
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "regions/regions.h"
#include "policy/view.h"
#include "util/date.h"
#include <string.h>

/* ---- shebao_regions ----------------------------------------------------------------------------------- */

enum {
  RG_CODE,
  RG_NAME,
  RG_PROVINCE,
  RG_PROVINCE_CODE,
  RG_LEVEL,
  RG_ALIASES,
  RG_POOL,
  RG_CROSS_FROM,
  RG_CROSS_PRECISION,
  RG_CROSS_SOURCE,
  RG_IN_FROM,
  RG_IN_PRECISION,
  RG_IN_SOURCE
};

static const ViewColumn aRegionCol[] = {
    [RG_CODE] = {"code TEXT", VIEW_CELL, REG_CODE},
    [RG_NAME] = {"name TEXT", VIEW_CELL, REG_NAME},
    [RG_PROVINCE] = {"province TEXT", VIEW_COMPUTED, 0},
    [RG_PROVINCE_CODE] = {"province_code TEXT", VIEW_CELL, REG_PROVINCE_CODE},
    [RG_LEVEL] = {"level TEXT", VIEW_COMPUTED, 0},
    [RG_ALIASES] = {"aliases TEXT", VIEW_COMPUTED, 0},
    [RG_POOL] = {"pool TEXT", VIEW_COMPUTED, 0},
    [RG_CROSS_FROM] = {"cross_province_from TEXT", VIEW_COMPUTED, 0},
    [RG_CROSS_PRECISION] = {"cross_province_precision TEXT", VIEW_COMPUTED, 0},
    [RG_CROSS_SOURCE] = {"cross_province_source TEXT", VIEW_COMPUTED, 0},
    [RG_IN_FROM] = {"in_province_from TEXT", VIEW_COMPUTED, 0},
    [RG_IN_PRECISION] = {"in_province_precision TEXT", VIEW_COMPUTED, 0},
    [RG_IN_SOURCE] = {"in_province_source TEXT", VIEW_COMPUTED, 0},
    {"valid_from TEXT", VIEW_CELL, REG_VALID_FROM},
    {"valid_to TEXT", VIEW_CELL, REG_VALID_TO},
    {"source_id TEXT", VIEW_CELL, REG_SOURCE_ID},
    {"source_doc TEXT", VIEW_SOURCE_DOC, REG_SOURCE_ID},
    VIEW_LAYER_COLUMN,
};

static int regions_count(const PolicyIndex *p) {
  return region_count(p->pRegions);
}

static const PolicyRow *regions_row(const PolicyIndex *p, int iRow) {
  return region_at(p->pRegions, iRow)->pRow;
}

/* The first day the rows see the region's pool on for a scope, that row's precision or its source (what = 0, 1,
** 2). */
static void result_first_on(sqlite3_context *ctx, const RegionIndex *ri, const Region *r,
                            RegionScopeKind scope, int what) {
  char buf[DATE_TEXT_LEN + 1];
  ObsVerdict v;
  region_observe(ri, region_pool(ri, r), scope, 0, &v);
  if (v.pFirstOn == 0) return;
  if (what == 0) {
    if (v.firstOn == DAY_MIN || v.firstOn == DAY_MAX) return; /* open: NULL */
    date_format(v.firstOn, buf);
    sqlite3_result_text(ctx, buf, DATE_TEXT_LEN, SQLITE_TRANSIENT);
  } else {
    view_result_text(ctx, POLICY_CELL(v.pFirstOn, what == 1 ? ENABLE_PRECISION : ENABLE_SOURCE_ID));
  }
}

static void regions_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const RegionIndex *ri = p->pRegions;
  const Region *r = region_at(ri, iRow);
  switch (iCol) {
  case RG_PROVINCE:
    view_result_text(ctx, region_at(ri, r->iProvince)->zName);
    break;
  case RG_LEVEL:
    view_result_text(ctx, region_level_name(r->level));
    break;
  case RG_ALIASES:
    view_result_text(ctx, ri->azAliases[iRow]);
    break;
  case RG_POOL:
    view_result_text(ctx, region_pool(ri, r)->zCode);
    break;
  case RG_CROSS_FROM:
  case RG_CROSS_PRECISION:
  case RG_CROSS_SOURCE:
    result_first_on(ctx, ri, r, SCOPE_CROSS_PROVINCE, iCol - RG_CROSS_FROM);
    break;
  default:
    result_first_on(ctx, ri, r, SCOPE_IN_PROVINCE, iCol - RG_IN_FROM);
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
  *pScratch = (int)(r - region_at(p->pRegions, 0));
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
  *paRow = ri->byProvince.aItem + ri->byProvince.aStart[iProvince];
  return ri->byProvince.aCount[iProvince];
}

static const PolicyViewLookup aRegionLookup[] = {
    {RG_CODE, regions_by_code}, {RG_PROVINCE, regions_by_province}, {RG_PROVINCE_CODE, regions_by_province}};

static const PolicyView regionsView = {
    .zName = "shebao_regions",
    VIEW_COLUMNS(aRegionCol),
    .xCount = regions_count,
    .xRow = regions_row,
    .xColumn = regions_column,
    VIEW_LOOKUPS(aRegionLookup),
};

/* ---- shebao_region_enablement ------------------------------------------------------------------------- */

enum { EN_CODE, EN_NAME };

static const ViewColumn aEnablementCol[] = {
    [EN_CODE] = {"code TEXT", VIEW_CELL, ENABLE_CODE},
    [EN_NAME] = {"name TEXT", VIEW_COMPUTED, 0},
    {"scope TEXT", VIEW_CELL, ENABLE_SCOPE},
    {"valid_from TEXT", VIEW_CELL, ENABLE_VALID_FROM},
    {"valid_to TEXT", VIEW_CELL, ENABLE_VALID_TO},
    {"precision TEXT", VIEW_CELL, ENABLE_PRECISION},
    VIEW_SOURCE_COLUMNS(ENABLE_SOURCE_ID),
    {"note TEXT", VIEW_CELL, ENABLE_NOTE},
    VIEW_LAYER_COLUMN,
};

static void enablement_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const PolicyRow *row = &p->aTable[PT_REGION_ENABLEMENT].aRow[iRow];
  (void)iCol; /* EN_NAME */
  view_result_text(ctx, region_code_name(p->pRegions, POLICY_CELL(row, ENABLE_CODE)));
}

static const PolicyView enablementView = {
    .zName = "shebao_region_enablement",
    VIEW_COLUMNS(aEnablementCol),
    .t = PT_REGION_ENABLEMENT,
    .xColumn = enablement_column,
};

/* ---- shebao_counties ---------------------------------------------------------------------------------- */

enum { CT_CODE, CT_NAME, CT_STATUS, CT_KIND, CT_PROVINCE, CT_REGION_CODE, CT_REGION_NAME, CT_POOL };

static const ViewColumn aCountyCol[] = {
    [CT_CODE] = {"code TEXT", VIEW_CELL, COUNTY_CODE},
    [CT_NAME] = {"name TEXT", VIEW_CELL, COUNTY_NAME},
    [CT_STATUS] = {"status TEXT", VIEW_COMPUTED, 0},
    [CT_KIND] = {"kind TEXT", VIEW_CELL, COUNTY_KIND},
    [CT_PROVINCE] = {"province TEXT", VIEW_COMPUTED, 0},
    [CT_REGION_CODE] = {"region_code TEXT", VIEW_CELL, COUNTY_REGION_CODE},
    [CT_REGION_NAME] = {"region_name TEXT", VIEW_COMPUTED, 0},
    [CT_POOL] = {"pool TEXT", VIEW_COMPUTED, 0},
    {"basis TEXT", VIEW_CELL, COUNTY_BASIS},
    {"first_listed TEXT", VIEW_CELL, COUNTY_FIRST_LISTED},
    {"last_listed TEXT", VIEW_CELL, COUNTY_LAST_LISTED},
    {"unlisted_by TEXT", VIEW_CELL, COUNTY_UNLISTED_BY},
    {"successor_code TEXT", VIEW_CELL, COUNTY_SUCCESSOR_CODE},
    VIEW_SOURCE_COLUMNS(COUNTY_SOURCE_ID),
    VIEW_LAYER_COLUMN,
};

static int counties_count(const PolicyIndex *p) {
  return p->pRegions->nCounty;
}

static const PolicyRow *counties_row(const PolicyIndex *p, int iRow) {
  return p->pRegions->aCounty[iRow].pRow;
}

static void counties_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const RegionIndex *ri = p->pRegions;
  const County *c = &ri->aCounty[iRow];
  const Region *r = region_at(ri, c->iRegion);
  switch (iCol) {
  case CT_STATUS:
    view_result_text(ctx, POLICY_CELL(c->pRow, COUNTY_UNLISTED_BY) ? "former" : "current");
    break;
  case CT_PROVINCE:
    view_result_text(ctx, region_at(ri, r->iProvince)->zName);
    break;
  case CT_REGION_NAME:
    view_result_text(ctx, r->zName);
    break;
  default: /* CT_POOL */
    view_result_text(ctx, region_pool(ri, r)->zCode);
    break;
  }
}

/* The counties of a code: a range of the rows, which are sorted by code. */
static int counties_by_code(const PolicyIndex *p, sqlite3_value *pKey, const int **paRow, int *pScratch) {
  const RegionIndex *ri = p->pRegions;
  int n, lo = 0, hi = ri->nCounty, end;
  const char *z = view_key_text(pKey, &n);
  (void)pScratch;
  if (z == 0) return VIEW_LOOKUP_NOMEM;
  while (lo < hi) { /* the first row whose code is not below the key */
    int mid = (lo + hi) / 2;
    if (strcmp(ri->aCounty[mid].zCode, z) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (end = lo; end < ri->nCounty && strcmp(ri->aCounty[end].zCode, z) == 0; end++) {
  }
  *paRow = ri->aCountySeq + lo;
  return end - lo;
}

static int counties_by_region(const PolicyIndex *p, sqlite3_value *pKey, const int **paRow, int *pScratch) {
  const RegionIndex *ri = p->pRegions;
  int n, iRegion;
  const char *z = view_key_text(pKey, &n);
  const Region *r;
  (void)pScratch;
  if (z == 0) return VIEW_LOOKUP_NOMEM;
  r = region_by_code(ri, z);
  if (r == 0) return 0;
  iRegion = (int)(r - region_at(ri, 0));
  *paRow = ri->countiesByRegion.aItem + ri->countiesByRegion.aStart[iRegion];
  return ri->countiesByRegion.aCount[iRegion];
}

static const PolicyViewLookup aCountyLookup[] = {{CT_CODE, counties_by_code},
                                                 {CT_REGION_CODE, counties_by_region}};

static const PolicyView countiesView = {
    .zName = "shebao_counties",
    VIEW_COLUMNS(aCountyCol),
    .xCount = counties_count,
    .xRow = counties_row,
    .xColumn = counties_column,
    VIEW_LOOKUPS(aCountyLookup),
};

int regions_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  static const PolicyView *const apView[] = {&regionsView, &enablementView, &countiesView};
  return policy_views_register(db, conn, apView, SHEBAO_COUNT(apView), pzErrMsg);
}
