/*
** Pooling regions (统筹区): the index of regions, names and aliases built from the policy data, the
** resolution of what users write to one region, and the enablement intervals of mutual aid. The SQL
** functions: regions/functions.c.
**
** What users write is resolved in this order: a six-digit code; a canonical name, short name, former name or
** legacy code (shebao_policy_region_aliases); a province's name followed by a region of that province
** ('湖北省潜江市', '吉林省吉林市'). A name that fits several regions is ambiguous: NULL in a lookup, an error
** listing the candidates in a decision.
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

/* The same for text that need not be NUL-terminated: six digits z[0..6). */
static int is_six_digits_n(const char *z) {
  int i;
  for (i = 0; i < 6; i++) {
    if (z[i] < '0' || z[i] > '9') return 0;
  }
  return 1;
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
      return policy_row_error(pzErr, PT_REGIONS, row, REG_LEVEL,
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
    if (iRegion < 0) return policy_row_error(pzErr, PT_REGION_POOLS, row, POOL_CODE, "is not a known region:");
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

/* Adds name -> region to the name map (a name may lead to several regions: then it is ambiguous). */
static int add_name(PolicyIndex *p, RegionIndex *ri, const char *zName, int iRegion) {
  char key[TEXT_KEY_MAX];
  int n = text_normalize(zName, (int)strlen(zName), key), isNew, *pSlot, k;
  char *zKey;
  if (n <= 0) return SQLITE_OK; /* nothing anyone can type; shebao_check reports it */
  zKey = arena_strndup(&p->arena, key, (size_t)n);
  if (zKey == 0) return SQLITE_NOMEM;
  pSlot = strmap_slot(&ri->byName, zKey, n, &isNew);
  if (pSlot == 0) return SQLITE_NOMEM;
  for (k = *pSlot; k >= 0; k = ri->aName[k].iNext) {
    if (ri->aName[k].iRegion == iRegion) return SQLITE_OK; /* the same region under the same name twice */
  }
  ri->aName[ri->nName].iRegion = iRegion;
  ri->aName[ri->nName].iNext = *pSlot;
  ri->aName[ri->nName].zKey = zKey;
  ri->aName[ri->nName].nKey = n;
  *pSlot = ri->nName++;
  return SQLITE_OK;
}

/* ArenaListItem over the alias rows: the alias, and its region. */
static const char *alias_item(const void *pCtx, int i, int *piOwner) {
  const PolicyIndex *p = (const PolicyIndex *)pCtx;
  const PolicyRow *row = &p->aTable[PT_REGION_ALIASES].aRow[i];
  *piOwner = strmap_get(&p->pRegions->byCode, POLICY_CELL(row, ALIAS_CODE), 6);
  return POLICY_CELL(row, ALIAS_ALIAS);
}

static int build_names(PolicyIndex *p, RegionIndex *ri, char **pzErr) {
  const PolicyRows *aliases = &p->aTable[PT_REGION_ALIASES];
  int i, rc, nMax = ri->nRegion + aliases->nRow;
  ri->aName = arena_alloc(&p->arena, sizeof(RegionName) * (size_t)(nMax + 1));
  ri->azAliases = arena_alloc(&p->arena, sizeof(char *) * (size_t)(ri->nRegion + 1));
  if (ri->aName == 0 || ri->azAliases == 0 || strmap_init(&ri->byName, &p->arena, nMax)) return SQLITE_NOMEM;
  for (i = 0; i < ri->nRegion; i++) {
    rc = add_name(p, ri, ri->aRegion[i].zName, i);
    if (rc) return rc;
  }
  for (i = 0; i < aliases->nRow; i++) {
    const PolicyRow *row = &aliases->aRow[i];
    const char *zCode = POLICY_CELL(row, ALIAS_CODE), *zAlias = POLICY_CELL(row, ALIAS_ALIAS);
    int iRegion = zCode && is_six_digits(zCode) ? strmap_get(&ri->byCode, zCode, 6) : -1;
    if (iRegion < 0)
      return policy_row_error(pzErr, PT_REGION_ALIASES, row, ALIAS_CODE, "is not a known region:");
    if (zAlias == 0) return policy_row_error(pzErr, PT_REGION_ALIASES, row, ALIAS_ALIAS, "is missing:");
    rc = add_name(p, ri, zAlias, iRegion);
    if (rc) return rc;
  }
  /* For shebao_regions: each region's aliases, ', '-separated, in data order. */
  return arena_join_lists(&p->arena, ri->nRegion, aliases->nRow, alias_item, p, ri->azAliases) ? SQLITE_NOMEM
                                                                                               : SQLITE_OK;
}

/* Regions grouped by province, for WHERE province = ... and for names written after a province's name. */
static int build_province_groups(PolicyIndex *p, RegionIndex *ri) {
  int i, *aFill;
  ri->aProvinceStart = arena_alloc(&p->arena, sizeof(int) * (size_t)(ri->nRegion + 1));
  ri->aProvinceCount = arena_alloc(&p->arena, sizeof(int) * (size_t)(ri->nRegion + 1));
  ri->aByProvince = arena_alloc(&p->arena, sizeof(int) * (size_t)(ri->nRegion + 1));
  aFill = arena_alloc(&p->arena, sizeof(int) * (size_t)(ri->nRegion + 1));
  if (!ri->aProvinceStart || !ri->aProvinceCount || !ri->aByProvince || !aFill) return SQLITE_NOMEM;
  for (i = 0; i < ri->nRegion; i++)
    ri->aProvinceCount[ri->aRegion[i].iProvince]++;
  for (i = 1; i < ri->nRegion; i++)
    ri->aProvinceStart[i] = ri->aProvinceStart[i - 1] + ri->aProvinceCount[i - 1];
  for (i = 0; i < ri->nRegion; i++) {
    int g = ri->aRegion[i].iProvince;
    ri->aByProvince[ri->aProvinceStart[g] + aFill[g]++] = i;
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
  return rc ? rc : obs_table_build(&ri->enablementPoints, &p->arena, &ri->enablement, ENABLE_PRECISION);
}

int regions_index_build(PolicyIndex *p, char **pzErr) {
  RegionIndex *ri = arena_alloc(&p->arena, sizeof(RegionIndex));
  int rc;
  if (ri == 0) return SQLITE_NOMEM;
  p->pRegions = ri;
  rc = build_regions(p, ri, pzErr);
  if (rc == SQLITE_OK) rc = build_pools(p, ri, pzErr);
  if (rc == SQLITE_OK) rc = build_names(p, ri, pzErr);
  if (rc == SQLITE_OK) rc = build_province_groups(p, ri);
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

/* The regions a normalised key names directly: returns how many distinct ones (0, 1, 2+) and the first. */
static int lookup_key(const RegionIndex *ri, const char *key, int n, int iProvince, int *piRegion) {
  int k = strmap_get(&ri->byName, key, n), count = 0;
  for (; k >= 0; k = ri->aName[k].iNext) {
    int iRegion = ri->aName[k].iRegion;
    if (iProvince >= 0 && ri->aRegion[iRegion].iProvince != iProvince) continue;
    if (count == 0) *piRegion = iRegion;
    count++;
  }
  return count;
}

/* '湖北省潜江市', '吉林省吉林市', '江苏苏州': a province's name or short name, then one of its regions. Each
** prefix of the key that ends on a character boundary is looked up (O(length), not a scan of every name).
** Each region found is also appended to pList (when not NULL), for the message of an ambiguous name. */
static int lookup_after_province(const RegionIndex *ri, const char *key, int n, int *piRegion,
                                 sqlite3_str *pList) {
  int i, found = -1, count = 0;
  for (i = 1; i < n; i++) {
    int k;
    if (((unsigned char)key[i] & 0xC0) == 0x80) continue; /* inside a UTF-8 character */
    for (k = strmap_get(&ri->byName, key, i); k >= 0; k = ri->aName[k].iNext) {
      const RegionName *name = &ri->aName[k];
      const Region *prov = &ri->aRegion[name->iRegion];
      int iRegion = -1;
      if (!is_provincial(prov)) continue;
      if (lookup_key(ri, key + i, n - i, name->iRegion, &iRegion) == 1 && iRegion != found) {
        found = iRegion;
        count++;
        if (pList) {
          if (sqlite3_str_length(pList)) sqlite3_str_appendall(pList, ", ");
          sqlite3_str_appendf(pList, "%s %s", ri->aRegion[iRegion].zName, ri->aRegion[iRegion].zCode);
        }
      }
    }
  }
  if (count == 1) *piRegion = found;
  return count;
}

RegionMatch region_resolve(const RegionIndex *ri, const char *z, int n, const Region **ppRegion) {
  char key[TEXT_KEY_MAX];
  int len, iRegion = -1, count;
  /* The common case first: a code, or a name written as the index keeps it (normalising is idempotent: text
  ** that is a key as it stands is its own normal form). */
  if (n == 6 && is_six_digits_n(z)) {
    int i = strmap_get(&ri->byCode, z, 6);
    if (i >= 0) {
      *ppRegion = &ri->aRegion[i];
      return REGION_FOUND;
    }
  }
  if (strmap_get(&ri->byName, z, n) >= 0) {
    count = lookup_key(ri, z, n, -1, &iRegion);
  } else {
    len = text_normalize(z, n, key);
    if (len <= 0) return REGION_UNKNOWN;
    if (len == 6 && is_six_digits(key)) {
      const Region *r = region_by_code(ri, key);
      if (r) {
        *ppRegion = r;
        return REGION_FOUND;
      }
    }
    count = lookup_key(ri, key, len, -1, &iRegion);
    if (count == 0) count = lookup_after_province(ri, key, len, &iRegion, 0);
  }
  if (count == 1) {
    *ppRegion = &ri->aRegion[iRegion];
    return REGION_FOUND;
  }
  return count > 1 ? REGION_AMBIGUOUS : REGION_UNKNOWN;
}

char *region_candidates(const RegionIndex *ri, const char *z, int n) {
  char key[TEXT_KEY_MAX];
  int len = text_normalize(z, n, key), k, iRegion;
  sqlite3_str *s = sqlite3_str_new(0);
  char *zList;
  if (len > 0) {
    k = strmap_get(&ri->byName, key, len);
    if (k < 0) lookup_after_province(ri, key, len, &iRegion, s); /* ambiguous only with its province's name */
    for (; k >= 0; k = ri->aName[k].iNext) {
      const Region *r = &ri->aRegion[ri->aName[k].iRegion];
      if (sqlite3_str_length(s)) sqlite3_str_appendall(s, ", ");
      sqlite3_str_appendf(s, "%s %s", r->zName, r->zCode);
    }
  }
  if (sqlite3_str_errcode(s) != SQLITE_OK) {
    sqlite3_free(sqlite3_str_finish(s));
    return 0;
  }
  zList = sqlite3_str_finish(s);
  return zList ? zList : sqlite3_mprintf("%s", ""); /* an empty list is "" (NULL means out of memory) */
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
  const char *azChain[3], *azKey[2];
  ObsLevel aLevel[3];
  int nChain = region_scope_chain(ri, pool, azChain), c;
  azKey[1] = scope == SCOPE_CROSS_PROVINCE ? "cross_province" : "in_province";
  for (c = 0; c < nChain; c++) {
    azKey[0] = azChain[c];
    aLevel[c].t = &ri->enablementPoints;
    aLevel[c].aRow = 0;
    aLevel[c].nRow = dated_rows(&ri->enablement, azKey, &aLevel[c].aRow);
    aLevel[c].nationalStart = c > 0 && strcmp(azChain[c], NATIONAL_CODE) == 0;
  }
  observe(aLevel, nChain, day, v);
}

const char *region_code_name(const RegionIndex *ri, const char *zCode) {
  const Region *r = region_by_code(ri, zCode);
  if (r) return r->zName;
  return zCode && strcmp(zCode, NATIONAL_CODE) == 0 ? "全国" : 0;
}
