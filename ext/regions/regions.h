/*
** Pooling regions (统筹区): codes and names (GB/T 2260, provincial pools XX9900, county-level pools), their
** aliases (short names, former names, legacy codes), and resolution of what users write to one region.
*/
#ifndef SHEBAO_REGIONS_H
#define SHEBAO_REGIONS_H
#include "sqlite3ext.h"
#include "core/shebao.h"
#include "policy/policy.h"
#include "policy/dated.h"
#include "policy/observe.h"

typedef enum RegionLevel {
  LEVEL_PROVINCE,        /* 省/自治区: not a pool itself (unless regions name it their pool: 海南) */
  LEVEL_MUNICIPALITY,    /* 直辖市 */
  LEVEL_PROVINCIAL_UNIT, /* a provincial-level unit that is not a province: 新疆生产建设兵团 */
  LEVEL_PROVINCIAL_POOL, /* XX9900 省本级 */
  LEVEL_PREFECTURE,      /* 地级市, 地区, 自治州, 盟 */
  LEVEL_COUNTY           /* county-level pools: 重庆's districts and counties, 省直辖 cities */
} RegionLevel;

typedef struct Region {
  const PolicyRow *pRow; /* its row of shebao_policy_regions */
  const char *zCode;     /* six digits */
  const char *zName;     /* canonical name */
  int nName;             /* its bytes */
  const char *zProvinceCode;
  int iProvince; /* index of its province (or municipality) region; itself for one */
  int iPool; /* index of the pooling region that covers it: itself, or a wider pool (shebao_policy_region_pools) */
  int isPool; /* a pooling region: any region that is its own pool but a province, and a province that
                 ** covers other regions */
  RegionLevel level;
} Region;

typedef enum RegionMatch { REGION_UNKNOWN = 0, REGION_FOUND = 1, REGION_AMBIGUOUS = 2 } RegionMatch;

/* Mutual aid across pooling regions: inside one province, or across provinces. */
typedef enum RegionScopeKind { SCOPE_CROSS_PROVINCE, SCOPE_IN_PROVINCE } RegionScopeKind;

/* A county-level division of shebao_policy_counties (区, 县, 县级市 ...): its codes and names lead to the region
** that covers it. */
typedef struct County {
  const PolicyRow *pRow;
  const char *zCode; /* six digits */
  const char *zName;
  int iRegion;     /* the region that covers it */
  int iCodedUnder; /* the region its code's XXXX00 names when that is another one (雄县 130638 is covered by
                   ** 雄安新区 but coded under 保定 130600: an address may name either), else -1 */
} County;

/* A name under which regions are known: a region's name or alias, or a county's name or code. Names shared by
** several regions are chained through iNext. */
typedef struct RegionName {
  const char *zKey;
  int nKey;
  int iRegion;
  int iCounty; /* the county it names, or -1: a region's own name or alias */
  int iNext;   /* next entry with the same name, or -1 */
} RegionName;

typedef struct RegionIndex {
  int nRegion;
  Region *aRegion;
  StrMap byCode; /* six-digit code -> region */
  /* What users write -> the first RegionName of that key. A key is in one map only, the common case first: */
  StrMap byName; /* regions' names and aliases (and a county's name or code that is one of them: 江北区) */
  StrMap byCounty; /* counties' names and codes */
  StrMap byPinyin; /* pinyin keys and English names, as keys of letters only ('chengdu', 'innermongolia') */
  int nName;
  RegionName *aName;
  const char **azAliases; /* per region: its aliases, ', '-separated */
  ArenaGroups byProvince; /* region numbers grouped by their province's region number */
  int nCounty;
  County *aCounty;              /* sorted by code (then in data order): the rows of shebao_counties */
  int *aCountySeq;              /* 0, 1, 2 ...: the county numbers of a range of codes */
  ArenaGroups countiesByRegion; /* county numbers grouped by the region that covers them */
  DatedIndex enablement;        /* shebao_policy_region_enablement by (code, scope) */
  ObsTable enablementPoints;    /* what each of its rows states */
  struct RegionChain *aChain;   /* per region and scope: its enablement rows, its province's, the nation's */
} RegionIndex;

/* Resolves a code or a name to one region: a code (region or county), a name of a region or county as written,
** in its normal form, qualified by the names of the regions that contain it ('江苏省苏州市姑苏区', '苏州姑苏区',
** 'jiangsu suzhou'), in simplified characters, or as pinyin (regions/names.c). REGION_FOUND sets *ppRegion;
** REGION_AMBIGUOUS means several regions answer to it. */
RegionMatch region_resolve(const RegionIndex *ri, const char *z, int n, const Region **ppRegion);

/* The candidates of an ambiguous name, in code order, as '吉林省 220000, 吉林市 220200' or, for counties,
** '鼓楼区 320106 (南京市), 鼓楼区 320302 (徐州市)' (sqlite3_malloc'd; NULL when out of memory). */
char *region_candidates(const RegionIndex *ri, const char *z, int n);

/* What an error says after "unknown region '...' (param): " (regions/messages.c): the nearest names ("did you
** mean 浦东新区 310115 (上海市)?"), or the tables that list the accepted ones (sqlite3_malloc'd; NULL when out
** of memory). For the error path only: it scans the names. */
char *region_unknown_hint(const RegionIndex *ri, const char *z, int n);

/* The reader of a region argument (parameter zParam of zFunc), for functions and tables alike: SQLITE_OK with
** *ppRegion, SHEBAO_NULL (NULL, or blank text), or an error (a blob; out of memory). A number is the code it
** equals: an INTEGER, or a REAL without a fraction (320500.0, as a CSV import into a numeric column makes
** it); other REALs name nothing. What does not name one region is *ppRegion NULL for a lookup (required 0),
** and for a decision (required 1) the error "<zFunc>(): unknown region '火星市' (<zParam>): <hint>" or
** "<zFunc>(): ambiguous region '吉林' (<zParam>): 吉林省 220000, 吉林市 220200". */
int region_arg(const RegionIndex *ri, const char *zFunc, const char *zParam, sqlite3_value *v, int required,
               const Region **ppRegion, char **pzErr);

/* The codes under which dated per-region policy data is looked up for a region, most specific first: the
** region's own code, its province's code (if different), and '000000' (national). Returns how many. */
int region_scope_chain(const RegionIndex *ri, const Region *r, const char *azCode[3]);

/* The region at index i, and the number of regions; a region by its exact code (or NULL). */
const Region *region_at(const RegionIndex *ri, int i);
int region_count(const RegionIndex *ri);
const Region *region_by_code(const RegionIndex *ri, const char *zCode);
const char *region_level_name(RegionLevel level);

/* The pooling region of a region: itself, or the wider pool that covers it (海口市 -> 海南省). */
const Region *region_pool(const RegionIndex *ri, const Region *r);

/* Whether a pooling region has mutual aid of the scope on day: the observations of its own code, its
** province's and the nation's (policy/observe.h). */
void region_observe(const RegionIndex *ri, const Region *pool, RegionScopeKind scope, int day, ObsVerdict *v);

/* "cross-province mutual aid" or "in-province mutual aid" */
const char *region_scope_words(RegionScopeKind scope);

/* The name of a region code for a table: the region's, '全国' for '000000', NULL for an unknown code. */
const char *region_code_name(const RegionIndex *ri, const char *zCode);

/* The index's counties (regions/counties.c) and names (regions/names.c), built after the regions and pools. */
int regions_build_counties(PolicyIndex *p, RegionIndex *ri, char **pzErr);
int regions_build_names(PolicyIndex *p, RegionIndex *ri, char **pzErr);

/* shebao_regions, shebao_region_enablement and shebao_counties (regions/views.c). */
int regions_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);

#endif
