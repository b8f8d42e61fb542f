/*
** Pooling regions (统筹区): codes and names (GB/T 2260, provincial pools XX9900, county-level pools), their
** aliases (short names, former names, legacy codes), and resolution of what users write to one region.
*/
#ifndef SHEBAO_REGIONS_H
#define SHEBAO_REGIONS_H
#include "sqlite3ext.h"
#include "shebao.h"
#include "policy.h"

typedef enum RegionLevel {
  LEVEL_PROVINCE,        /* 省/自治区: not a pool itself; the anchor of province-wide rules */
  LEVEL_MUNICIPALITY,    /* 直辖市 */
  LEVEL_PROVINCIAL_POOL, /* XX9900 省本级 */
  LEVEL_PREFECTURE,      /* 地级市, 地区, 自治州, 盟 */
  LEVEL_COUNTY           /* county-level pools: 重庆's districts and counties, 省直辖 cities */
} RegionLevel;

typedef struct Region {
  const PolicyRow *pRow; /* its row of shebao_policy_regions */
  const char *zCode;     /* six digits */
  const char *zName;     /* canonical name */
  const char *zProvinceCode;
  int iProvince;         /* index of its province (or municipality) region; itself for one */
  RegionLevel level;
} Region;

typedef enum RegionMatch { REGION_UNKNOWN = 0, REGION_FOUND = 1, REGION_AMBIGUOUS = 2 } RegionMatch;

struct RegionIndex;
typedef struct RegionIndex RegionIndex;

/* Resolves a code or a name (canonical, short, former, legacy code; '江苏省苏州市' with its province) to one
** region. REGION_FOUND sets *ppRegion; REGION_AMBIGUOUS means several regions answer to it. */
RegionMatch region_resolve(const RegionIndex *ri, const char *z, int n, const Region **ppRegion);

/* The candidates of an ambiguous name, as '吉林省 220000, 吉林市 220200' (sqlite3_malloc'd). */
char *region_candidates(const RegionIndex *ri, const char *z, int n);

/* A region argument of a decision function: ARG_OK with *ppRegion, ARG_NULL, or ARG_ERROR with the error set:
** "<zFunc>(): unknown region '火星市' (<zParam>)", or "<zFunc>(): ambiguous region '吉林' (<zParam>): 吉林省
** 220000, 吉林市 220200". */
ArgStatus region_arg(sqlite3_context *ctx, const char *zFunc, const char *zParam, sqlite3_value *v,
                     const Region **ppRegion);

/* The codes under which dated per-region policy data is looked up for a region, most specific first: the
** region's own code, its province's code (if different), and '000000' (national). Returns how many. */
int region_scope_chain(const RegionIndex *ri, const Region *r, const char *azCode[3]);

/* The region at index i, and the number of regions. */
const Region *region_at(const RegionIndex *ri, int i);
int region_count(const RegionIndex *ri);

#endif
