/*
** Pooling regions (统筹区): the index of regions built from the policy data (codes, levels, provinces, the pools
** that cover them), the grouping of regions by province, and the enablement rows of mutual aid. The names
** users write and their resolution: regions/names.c; counties: regions/counties.c; the SQL functions:
** regions/functions.c.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "regions/regions.h"
#include "util/text.h"
#include "util/date.h"
#include <string.h>

static const char *const azLevelName[] = {[LEVEL_PROVINCE] = "province",
                                          [LEVEL_MUNICIPALITY] = "municipality",
                                          [LEVEL_PROVINCIAL_UNIT] = "provincial_unit",
                                          [LEVEL_PROVINCIAL_POOL] = "provincial_pool",
                                          [LEVEL_PREFECTURE] = "prefecture",
                                          [LEVEL_COUNTY] = "county"};

const char *region_level_name(RegionLevel level) {
  return azLevelName[level];
}

static int level_from_text(const char *z) {
  int i;
  for (i = 0; z && i < (int)(sizeof(azLevelName) / sizeof(azLevelName[0])); i++) {
    if (strcmp(z, azLevelName[i]) == 0) return i;
  }
  return -1;
}

static int is_six_digits(const char *z) {
  int i;
  if (z == 0) return 0;
  for (i = 0; i < 6; i++) {
    if (z[i] < '0' || z[i] > '9') return 0;
  }
  return z[6] == 0;
}

/* ---- building ----------------------------------------------------------------------------------------- */

/* A province-level region: what other regions name as their province. */
static int is_provincial(const Region *r) {
  return r->level == LEVEL_PROVINCE || r->level == LEVEL_MUNICIPALITY || r->level == LEVEL_PROVINCIAL_UNIT;
}

static int build_regions(PolicyIndex *p, RegionIndex *ri, char **pzErr) {
  const PolicyRows *rows = &p->aTable[PT_REGIONS];
  int i;
  ri->aRegion = arena_alloc(&p->arena, sizeof(Region) * (size_t)(rows->nRow + 1));
  if (ri->aRegion == 0 || strmap_init(&ri->byCode, &p->arena, rows->nRow)) return SQLITE_NOMEM;
  for (i = 0; i < rows->nRow; i++) {
    const PolicyRow *row = &rows->aRow[i];
    Region *r = &ri->aRegion[ri->nRegion];
    int level = level_from_text(POLICY_CELL(row, REG_LEVEL)), isNew, *pSlot;
    if (!is_six_digits(POLICY_CELL(row, REG_CODE))) {
      return policy_row_error(pzErr, PT_REGIONS, row, REG_CODE, "is not a six-digit code:");
    }
    if (POLICY_CELL(row, REG_NAME) == 0 || POLICY_CELL(row, REG_NAME)[0] == 0) {
      return policy_row_error(pzErr, PT_REGIONS, row, REG_NAME, "is missing:");
    }
    if (level < 0) {
      return policy_row_error(
          pzErr, PT_REGIONS, row, REG_LEVEL,
          "must be province, municipality, provincial_unit, provincial_pool, prefecture or "
          "county, not");
    }
    r->pRow = row;
    r->zCode = POLICY_CELL(row, REG_CODE);
    r->zName = POLICY_CELL(row, REG_NAME);
    r->nName = (int)strlen(r->zName);
    r->zProvinceCode = POLICY_CELL(row, REG_PROVINCE_CODE);
    r->level = (RegionLevel)level;
    r->iPool = ri->nRegion;
    r->isPool = level != LEVEL_PROVINCE;
    pSlot = strmap_slot(&ri->byCode, r->zCode, 6, &isNew);
    if (pSlot == 0) return SQLITE_NOMEM;
    if (!isNew) return policy_row_error(pzErr, PT_REGIONS, row, REG_CODE, "appears twice:");
    *pSlot = ri->nRegion++;
  }
  /* Each region's province: a province, municipality or provincial unit row with its province_code. */
  for (i = 0; i < ri->nRegion; i++) {
    Region *r = &ri->aRegion[i];
    int iProvince = r->zProvinceCode && is_six_digits(r->zProvinceCode)
                        ? strmap_get(&ri->byCode, r->zProvinceCode, 6)
                        : -1;
    if (iProvince < 0 || !is_provincial(&ri->aRegion[iProvince])) {
      return policy_row_error(pzErr, PT_REGIONS, r->pRow, REG_PROVINCE_CODE, "is not a province's code:");
    }
    r->iProvince = iProvince;
  }
  return SQLITE_OK;
}

/* Regions covered by a wider pool (shebao_policy_region_pools). A pool is a region that has no pool of its
** own; a province becomes a pooling region by covering others (海南). */
static int build_pools(PolicyIndex *p, RegionIndex *ri, char **pzErr) {
  const PolicyRows *rows = &p->aTable[PT_REGION_POOLS];
  int i;
  for (i = 0; i < rows->nRow; i++) {
    const PolicyRow *row = &rows->aRow[i];
    int iRegion = strmap_get(&ri->byCode, POLICY_CELL(row, POOL_CODE), 6);
    int iPool = strmap_get(&ri->byCode, POLICY_CELL(row, POOL_POOL_CODE), 6);
    if (iRegion < 0)
      return policy_row_error(pzErr, PT_REGION_POOLS, row, POOL_CODE, "is not a known region:");
    if (iPool < 0 || iPool == iRegion) {
      return policy_row_error(pzErr, PT_REGION_POOLS, row, POOL_POOL_CODE, "is not another known region:");
    }
    ri->aRegion[iRegion].iPool = iPool;
    ri->aRegion[iRegion].isPool = 0;
    ri->aRegion[iPool].isPool = 1;
  }
  for (i = 0; i < rows->nRow; i++) {
    const PolicyRow *row = &rows->aRow[i];
    const Region *pool = &ri->aRegion[strmap_get(&ri->byCode, POLICY_CELL(row, POOL_POOL_CODE), 6)];
    if (pool->iPool != (int)(pool - ri->aRegion)) {
      return policy_row_error(pzErr, PT_REGION_POOLS, row, POOL_POOL_CODE,
                              "names a region that is covered by another pool itself:");
    }
  }
  return SQLITE_OK;
}

static int province_of(const void *pCtx, int i) {
  return ((const RegionIndex *)pCtx)->aRegion[i].iProvince;
}

/* The enablement rows each region's observation reads, per scope (the region, its province, the nation), found
** once here rather than by three keyed lookups per call. */
typedef struct RegionChain {
  int nLevel;
  ObsLevel aLevel[3];
} RegionChain;

#define SCOPE_KINDS 2

static void chain_of(const RegionIndex *ri, const Region *r, RegionScopeKind scope, RegionChain *ch) {
  const char *azChain[3], *azKey[2];
  int c;
  ch->nLevel = region_scope_chain(ri, r, azChain);
  azKey[1] = scope == SCOPE_CROSS_PROVINCE ? "cross_province" : "in_province";
  for (c = 0; c < ch->nLevel; c++) {
    azKey[0] = azChain[c];
    ch->aLevel[c].t = &ri->enablementPoints;
    ch->aLevel[c].aRow = 0;
    ch->aLevel[c].nRow = dated_rows(&ri->enablement, azKey, &ch->aLevel[c].aRow);
    ch->aLevel[c].nationalStart = c > 0 && strcmp(azChain[c], NATIONAL_CODE) == 0;
  }
}

static int build_chains(PolicyIndex *p, RegionIndex *ri) {
  int i, k;
  ri->aChain = arena_alloc(&p->arena, sizeof(RegionChain) * SCOPE_KINDS * (size_t)(ri->nRegion + 1));
  if (ri->aChain == 0) return SQLITE_NOMEM;
  for (i = 0; i < ri->nRegion; i++) {
    for (k = 0; k < SCOPE_KINDS; k++)
      chain_of(ri, &ri->aRegion[i], (RegionScopeKind)k, &ri->aChain[i * SCOPE_KINDS + k]);
  }
  return SQLITE_OK;
}

static int build_enablement(PolicyIndex *p, RegionIndex *ri, char **pzErr) {
  static const int aiKey[] = {ENABLE_CODE, ENABLE_SCOPE};
  const PolicyRows *rows = &p->aTable[PT_REGION_ENABLEMENT];
  int i, rc;
  for (i = 0; i < rows->nRow; i++) {
    const PolicyRow *row = &rows->aRow[i];
    const char *zCode = POLICY_CELL(row, ENABLE_CODE), *zPrecision = POLICY_CELL(row, ENABLE_PRECISION);
    const char *zScope = POLICY_CELL(row, ENABLE_SCOPE);
    if (!is_six_digits(zCode) ||
        (strcmp(zCode, NATIONAL_CODE) != 0 && strmap_get(&ri->byCode, zCode, 6) < 0)) {
      return policy_row_error(pzErr, PT_REGION_ENABLEMENT, row, ENABLE_CODE, "is not a known region:");
    }
    if (zScope == 0 || (strcmp(zScope, "cross_province") != 0 && strcmp(zScope, "in_province") != 0)) {
      return policy_row_error(pzErr, PT_REGION_ENABLEMENT, row, ENABLE_SCOPE,
                              "must be 'cross_province' or 'in_province', not");
    }
    if (zPrecision == 0) {
      return policy_row_error(pzErr, PT_REGION_ENABLEMENT, row, ENABLE_PRECISION, "is missing:");
    }
  }
  rc = dated_index_build(&ri->enablement, &p->arena, PT_REGION_ENABLEMENT, rows, aiKey, 2, ENABLE_VALID_FROM,
                         ENABLE_VALID_TO, pzErr);
  if (rc == SQLITE_OK) rc = obs_table_build(&ri->enablementPoints, &p->arena, &ri->enablement, ENABLE_PRECISION);
  return rc == SQLITE_OK ? build_chains(p, ri) : rc;
}

int regions_index_build(PolicyIndex *p, char **pzErr) {
  RegionIndex *ri = arena_alloc(&p->arena, sizeof(RegionIndex));
  int rc;
  if (ri == 0) return SQLITE_NOMEM;
  p->pRegions = ri;
  rc = build_regions(p, ri, pzErr);
  if (rc == SQLITE_OK) rc = build_pools(p, ri, pzErr);
  if (rc == SQLITE_OK) rc = regions_build_counties(p, ri, pzErr);
  if (rc == SQLITE_OK) rc = regions_build_names(p, ri, pzErr);
  /* Regions grouped by province, for WHERE province = ... of shebao_regions. */
  if (rc == SQLITE_OK && arena_group(&p->arena, ri->nRegion, ri->nRegion, province_of, ri, &ri->byProvince)) {
    rc = SQLITE_NOMEM;
  }
  if (rc == SQLITE_OK) rc = build_enablement(p, ri, pzErr);
  return rc;
}

/* ---- resolution --------------------------------------------------------------------------------------- */

const Region *region_at(const RegionIndex *ri, int i) {
  return &ri->aRegion[i];
}

int region_count(const RegionIndex *ri) {
  return ri->nRegion;
}

const Region *region_by_code(const RegionIndex *ri, const char *zCode) {
  int i = is_six_digits(zCode) ? strmap_get(&ri->byCode, zCode, 6) : -1;
  return i < 0 ? 0 : &ri->aRegion[i];
}

int region_scope_chain(const RegionIndex *ri, const Region *r, const char *azCode[3]) {
  int n = 0;
  azCode[n++] = r->zCode;
  if (strcmp(ri->aRegion[r->iProvince].zCode, r->zCode) != 0) azCode[n++] = ri->aRegion[r->iProvince].zCode;
  azCode[n++] = NATIONAL_CODE;
  return n;
}

const Region *region_pool(const RegionIndex *ri, const Region *r) {
  return &ri->aRegion[r->iPool];
}

const char *region_scope_words(RegionScopeKind scope) {
  return scope == SCOPE_CROSS_PROVINCE ? "cross-province mutual aid" : "in-province mutual aid";
}

void region_observe(const RegionIndex *ri, const Region *pool, RegionScopeKind scope, int day,
                    ObsVerdict *v) {
  const RegionChain *ch = &ri->aChain[(pool - ri->aRegion) * SCOPE_KINDS + (int)scope];
  observe(ch->aLevel, ch->nLevel, day, v);
}

const char *region_code_name(const RegionIndex *ri, const char *zCode) {
  const Region *r = region_by_code(ri, zCode);
  if (r) return r->zName;
  return zCode && strcmp(zCode, NATIONAL_CODE) == 0 ? "全国" : 0;
}
