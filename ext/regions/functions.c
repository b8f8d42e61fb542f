/*
** Pooling regions: the SQL functions, and the reader of region arguments every capability uses.
**
**   region_code('恩施州')            -> '422800'     region_code('139002') -> '130181' (legacy code of 辛集)
**   region_code('海口市')            -> '460000'     (海南 is one pool: a region answers its pool's code)
**   region_name('襄樊市')            -> '襄阳市'      region_province('潜江市') -> '湖北省'
**   region_code('江苏省苏州市')      -> '320500'     region_code('吉林') -> NULL (吉林省 or 吉林市)
**   region_enabled('苏州市', '2024-12-02') -> 1      region_enabled('苏州市', '2024-11-15') -> NULL (unknown)
**   region_enabled('广州市') -> today
**   region_code('320508') -> '320500' (a county: 姑苏区)   region_code('江苏省苏州市姑苏区') -> '320500'
**   region_code('蘇州市') -> '320500'   region_code('Chengdu') -> '510100'   region_code(320500.0) -> '320500'
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "regions/regions.h"
#include "util/text.h"
#include <string.h>

/* The error for a value that names no single region (z[0..n) as the user wrote it): the candidates of an
** ambiguous name, or what is nearest to an unknown one, found from zKey[0..nKey) (regions/messages.c; NULL:
** a number that is no code, which is nearest to nothing). Without them the message would be another one: out
** of memory is the error then. */
static int region_error(const RegionIndex *ri, RegionMatch match, const char *zFunc, const char *zParam,
                        const char *z, int n, const char *zKey, int nKey, char **pzErr) {
  char zQuoted[TEXT_QUOTE_SIZE];
  char *zTail;
  int rc;
  if (match == REGION_AMBIGUOUS)
    zTail = region_candidates(ri, zKey, nKey);
  else
    zTail = region_unknown_hint(ri, zKey ? zKey : "", zKey ? nKey : 0);
  if (zTail == 0) return SQLITE_NOMEM;
  text_quote(zQuoted, sizeof(zQuoted), z, n);
  rc = shebao_errorf(pzErr, "%s(): %s region %s (%s): %s", zFunc,
                     match == REGION_AMBIGUOUS ? "ambiguous" : "unknown", zQuoted, zParam, zTail);
  sqlite3_free(zTail);
  return rc;
}

/* A number names the code it equals: an INTEGER, or a REAL without a fraction (320500.0: a code a CSV import
** made a number of), written into zCode; another number names nothing (0). The range is checked before the
** conversion: converting a real outside the range of int is undefined behaviour. */
static int code_of_number(sqlite3_value *v, char zCode[16]) {
  double r = sqlite3_value_double(v);
  if (sqlite3_value_type(v) == SQLITE_INTEGER) {
    sqlite3_int64 i = sqlite3_value_int64(v);
    r = i >= 0 && i <= 999999 ? (double)i : -1;
  }
  if (!(r >= 0 && r <= 999999) || r != (double)(int)r) return 0;
  sqlite3_snprintf(16, zCode, "%d", (int)r);
  return (int)strlen(zCode);
}

int region_arg(const RegionIndex *ri, const char *zFunc, const char *zParam, sqlite3_value *v, int required,
               const Region **ppRegion, char **pzErr) {
  char zCode[16], key[TEXT_KEY_MAX];
  const char *z = 0, *zKey = 0;
  int n = 0, nKey = 0, rc;
  RegionMatch match = REGION_UNKNOWN;
  *ppRegion = 0;
  switch (sqlite3_value_type(v)) {
  case SQLITE_NULL:
    return SHEBAO_NULL;
  case SQLITE_BLOB:
    return shebao_arg_text(zFunc, zParam, v, &z, &n, pzErr); /* the blob error */
  case SQLITE_TEXT:
    zKey = z = (const char *)sqlite3_value_text(v);
    if (z == 0) return SQLITE_NOMEM;
    nKey = n = sqlite3_value_bytes(v);
    break;
  default: /* a number: the code it equals, if it is one */
    nKey = code_of_number(v, zCode);
    zKey = nKey > 0 ? zCode : 0;
    break;
  }
  if (zKey) match = region_resolve(ri, zKey, nKey, ppRegion);
  if (match == REGION_FOUND) return SQLITE_OK;
  *ppRegion = 0;
  if (!required) return SQLITE_OK; /* a lookup: NULL for what names no region, blank text too */
  if (z == 0 && (rc = shebao_arg_text(zFunc, zParam, v, &z, &n, pzErr)) != SQLITE_OK) return rc; /* as text */
  if (text_normalize(z, n, key) == 0) return SHEBAO_NULL; /* blank: what .import makes of an empty cell */
  return region_error(ri, match, zFunc, zParam, z, n, zKey, nKey, pzErr);
}

/* A region lookup's argument: the region it names, or NULL for anything unrecognised or ambiguous. */
static int lookup_arg(sqlite3_context *ctx, const char *zFunc, sqlite3_value *v, const RegionIndex **ppIndex,
                      const Region **ppRegion, char **pzErr) {
  PolicyIndex *p;
  int rc;
  if (sqlite3_value_type(v) == SQLITE_NULL) return SHEBAO_NULL;
  rc = shebao_call_policy(ctx, &p, pzErr);
  if (rc != SQLITE_OK) return rc;
  *ppIndex = p->pRegions;
  return region_arg(p->pRegions, zFunc, "code_or_name", v, 0, ppRegion, pzErr);
}

/* What each lookup answers for a region (the iVariant of its function row). */
typedef enum RegionField { FIELD_CODE, FIELD_NAME, FIELD_PROVINCE } RegionField;

/* region_code(name_or_code) -> the six-digit code of the pooling region (the pool that covers it, where a wider
** pool does); region_name(code_or_name) -> the canonical name of the region named;
** region_province(code_or_name) -> the canonical name of the region's province (or municipality). NULL for
** what does not name one region. The embedded default's text is returned without a copy, a layer's is copied
** (policy/policy.h). */
static void region_lookup_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  static const char *const azFunc[] = {"region_code", "region_name", "region_province"};
  RegionField field = (RegionField)shebao_variant(ctx);
  const RegionIndex *ri = 0;
  const Region *r = 0;
  char *zErr = 0;
  int rc = lookup_arg(ctx, azFunc[field], argv[0], &ri, &r, &zErr);
  (void)argc;
  if (rc == SQLITE_OK && r) {
    if (field == FIELD_PROVINCE) r = region_at(ri, r->iProvince);
    if (field == FIELD_CODE) r = region_pool(ri, r);
    if (field == FIELD_CODE)
      sqlite3_result_text(ctx, r->zCode, 6, POLICY_TEXT_DESTRUCTOR(r->pRow));
    else
      sqlite3_result_text(ctx, r->zName, r->nName, POLICY_TEXT_DESTRUCTOR(r->pRow));
  }
  shebao_result_error(ctx, rc, zErr);
}

/* region_enabled(region [, on_date]) -> 1 if cross-province mutual aid is on in the region's pool on that date
** (today if omitted), 0 if it is not, NULL where the sources leave that day open. */
static void region_enabled_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  static const char zFunc[] = "region_enabled";
  const Region *r = 0;
  PolicyIndex *p = 0;
  char *zErr = 0;
  int day = 0, rc = shebao_null_args(argc, argv);
  if (rc == SQLITE_OK) rc = shebao_call_policy(ctx, &p, &zErr);
  if (rc == SQLITE_OK) rc = region_arg(p->pRegions, zFunc, "region", argv[0], 1, &r, &zErr);
  if (rc == SQLITE_OK && argc == 2) rc = shebao_arg_date(zFunc, "on_date", argv[1], &day, &zErr);
  if (rc == SQLITE_OK && argc == 1) day = shebao_call_today(ctx);
  if (rc == SQLITE_OK) rc = policy_usable(p, zFunc, DEPS_REGIONS, &zErr);
  if (rc == SQLITE_OK) {
    ObsVerdict v;
    region_observe(p->pRegions, region_pool(p->pRegions, r), SCOPE_CROSS_PROVINCE, day, &v);
    if (v.answer != OBS_UNKNOWN) sqlite3_result_int(ctx, v.answer == OBS_YES);
  }
  shebao_result_error(ctx, rc, zErr);
}

static const ShebaoFunction aRegionFunction[] = {
    {"region_code", 1, SHEBAO_POLICY, region_lookup_func, FIELD_CODE},
    {"region_name", 1, SHEBAO_POLICY, region_lookup_func, FIELD_NAME},
    {"region_province", 1, SHEBAO_POLICY, region_lookup_func, FIELD_PROVINCE},
    {"region_enabled", 2, SHEBAO_POLICY, region_enabled_func, 0},
    {"region_enabled", 1, SHEBAO_CLOCK, region_enabled_func, 0},
};

int shebao_register_regions(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = shebao_register_functions(db, conn, aRegionFunction, SHEBAO_COUNT(aRegionFunction), pzErrMsg);
  return rc == SQLITE_OK ? regions_register_views(db, conn, pzErrMsg) : rc;
}
