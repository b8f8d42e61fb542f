/*
** The names of regions: the map from what users write to the regions it names, and the resolution of a text.
**
**   region_resolve(ri, "恩施州")              -> 422800      a short name
**   region_resolve(ri, "320508")              -> 320500      a county's code (identity numbers)
**   region_resolve(ri, "江苏省苏州市姑苏区")   -> 320500      a county, qualified by its province and prefecture
**   region_resolve(ri, "蘇州市")              -> 320500      traditional characters
**   region_resolve(ri, "Chengdu")             -> 510100      pinyin; 'Suzhou' (苏州, 宿州) is ambiguous
**
** The map holds every region's name and aliases (shebao_policy_region_aliases: short and former names, legacy
** codes, pinyin keys, English names) and every county's name and code (shebao_policy_counties), each entry
** with the region it leads to; a name of several regions is ambiguous. A text is resolved in this order, the
** first form that names anything deciding: a code or a name as written (the common case: one hash lookup);
** its normal form; a region's name followed by a name inside that region, at most twice (province, prefecture,
** county); then, only if that found nothing, the same in simplified characters, then as a pinyin key.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "regions/names.h"
#include "util/hanzi.h"
#include "util/pinyin.h"
#include <string.h>

/* Prefixes a qualified name may have: a province, then a prefecture (江苏省苏州市姑苏区). */
#define QUALIFIED_DEPTH 2

/* ---- building ----------------------------------------------------------------------------------------- */

/* How a name is keyed: its normal form, or, for a pinyin or English alias, its pinyin key ('Inner Mongolia'
** -> 'innermongolia'), so that it is found however it is spaced, capitalised or apostrophised. */
typedef enum NameKey { KEY_TEXT, KEY_PINYIN } NameKey;

static int letters_only(const char *z, int n) {
  int i;
  for (i = 0; i < n && z[i] >= 'a' && z[i] <= 'z'; i++) {
  }
  return i == n;
}

/* The map a key belongs in (regions/regions.h): letters only, byPinyin; a county's, byCounty unless a region's
** name or alias has that key (then both are in one chain, and the name is ambiguous); else byName. */
static StrMap *map_of(RegionIndex *ri, const char *zKey, int n, int iCounty) {
  if (letters_only(zKey, n)) return &ri->byPinyin;
  if (iCounty < 0 || strmap_get(&ri->byName, zKey, n) >= 0) return &ri->byName;
  return &ri->byCounty;
}

/* Adds the name to its map, leading to the region (and the county, if it is a county's); the same name of the
** same region and county twice is kept once. */
static int add_name(PolicyIndex *p, RegionIndex *ri, const char *zName, NameKey how, int iRegion,
                    int iCounty) {
  char key[TEXT_KEY_MAX];
  int len = (int)strlen(zName), n = how == KEY_PINYIN ? pinyin_key(zName, len, key, (int)sizeof(key)) : 0;
  int isNew, *pSlot, k;
  const char *zKey;
  if (n <= 0) n = text_normalize(zName, len, key);
  if (n <= 0) return SQLITE_OK; /* nothing anyone can type; shebao_check reports it */
  /* A name in its normal form is its own key: the row's text lives as long as the index. */
  zKey = n == len && memcmp(key, zName, (size_t)n) == 0 ? zName : arena_strndup(&p->arena, key, (size_t)n);
  if (zKey == 0) return SQLITE_NOMEM;
  pSlot = strmap_slot(map_of(ri, zKey, n, iCounty), zKey, n, &isNew);
  if (pSlot == 0) return SQLITE_NOMEM;
  for (k = *pSlot; k >= 0; k = ri->aName[k].iNext) {
    if (ri->aName[k].iRegion == iRegion && ri->aName[k].iCounty == iCounty) return SQLITE_OK;
  }
  ri->aName[ri->nName].iRegion = iRegion;
  ri->aName[ri->nName].iCounty = iCounty;
  ri->aName[ri->nName].iNext = *pSlot;
  ri->aName[ri->nName].zKey = zKey;
  ri->aName[ri->nName].nKey = n;
  *pSlot = ri->nName++;
  return SQLITE_OK;
}

static NameKey alias_key(const char *zKind) {
  return zKind && (strcmp(zKind, "pinyin") == 0 || strcmp(zKind, "english") == 0) ? KEY_PINYIN : KEY_TEXT;
}

static int add_region_names(PolicyIndex *p, RegionIndex *ri, char **pzErr) {
  const PolicyRows *aliases = &p->aTable[PT_REGION_ALIASES];
  int i, rc = SQLITE_OK;
  for (i = 0; rc == SQLITE_OK && i < ri->nRegion; i++) {
    rc = add_name(p, ri, ri->aRegion[i].zName, KEY_TEXT, i, -1);
  }
  for (i = 0; rc == SQLITE_OK && i < aliases->nRow; i++) {
    const PolicyRow *row = &aliases->aRow[i];
    const char *zCode = POLICY_CELL(row, ALIAS_CODE), *zAlias = POLICY_CELL(row, ALIAS_ALIAS);
    int iRegion = zCode && strlen(zCode) == 6 ? strmap_get(&ri->byCode, zCode, 6) : -1;
    if (iRegion < 0)
      return policy_row_error(pzErr, PT_REGION_ALIASES, row, ALIAS_CODE, "is not a known region:");
    if (zAlias == 0) return policy_row_error(pzErr, PT_REGION_ALIASES, row, ALIAS_ALIAS, "is missing:");
    rc = add_name(p, ri, zAlias, alias_key(POLICY_CELL(row, ALIAS_KIND)), iRegion, -1);
  }
  return rc;
}

/* A county's name, and its code unless that is a region's (重庆's districts: the code map finds them). After
** the regions' names: a county's name that is one of them joins its chain. */
static int add_county_names(PolicyIndex *p, RegionIndex *ri) {
  int i, rc = SQLITE_OK;
  for (i = 0; rc == SQLITE_OK && i < ri->nCounty; i++) {
    const County *c = &ri->aCounty[i];
    rc = add_name(p, ri, c->zName, KEY_TEXT, c->iRegion, i);
    if (rc == SQLITE_OK && strmap_get(&ri->byCode, c->zCode, 6) < 0) {
      rc = add_name(p, ri, c->zCode, KEY_TEXT, c->iRegion, i);
    }
  }
  return rc;
}

/* ArenaListItem over the alias rows: the alias, and its region. */
static const char *alias_item(const void *pCtx, int i, int *piOwner) {
  const PolicyIndex *p = (const PolicyIndex *)pCtx;
  const PolicyRow *row = &p->aTable[PT_REGION_ALIASES].aRow[i];
  *piOwner = strmap_get(&p->pRegions->byCode, POLICY_CELL(row, ALIAS_CODE), 6);
  return POLICY_CELL(row, ALIAS_ALIAS);
}

/* The maps are sized for what may go in each: every alias may be pinyin, every region name an alias's twin. */
static int init_maps(PolicyIndex *p, RegionIndex *ri) {
  int nAlias = p->aTable[PT_REGION_ALIASES].nRow, nMax = ri->nRegion + nAlias + 2 * ri->nCounty;
  ri->aName = arena_alloc(&p->arena, sizeof(RegionName) * (size_t)(nMax + 1));
  ri->azAliases = arena_alloc(&p->arena, sizeof(char *) * (size_t)(ri->nRegion + 1));
  if (ri->aName == 0 || ri->azAliases == 0 || strmap_init(&ri->byName, &p->arena, ri->nRegion + nAlias) ||
      strmap_init(&ri->byCounty, &p->arena, 2 * ri->nCounty) ||
      strmap_init(&ri->byPinyin, &p->arena, nAlias)) {
    return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

int regions_build_names(PolicyIndex *p, RegionIndex *ri, char **pzErr) {
  const PolicyRows *aliases = &p->aTable[PT_REGION_ALIASES];
  int rc = init_maps(p, ri);
  if (rc == SQLITE_OK) rc = add_region_names(p, ri, pzErr);
  if (rc == SQLITE_OK) rc = add_county_names(p, ri);
  if (rc != SQLITE_OK) return rc;
  /* For shebao_regions: each region's aliases, ', '-separated, in data order. */
  return arena_join_lists(&p->arena, ri->nRegion, aliases->nRow, alias_item, p, ri->azAliases) ? SQLITE_NOMEM
                                                                                               : SQLITE_OK;
}

/* ---- resolution --------------------------------------------------------------------------------------- */

static int is_six_digits_n(const char *z, int n) {
  int i;
  if (n != 6) return 0;
  for (i = 0; i < 6; i++) {
    if (z[i] < '0' || z[i] > '9') return 0;
  }
  return 1;
}

static void note_region(NameMatch *m, int iRegion) {
  if (m->nRegion == 0) {
    m->nRegion = 1;
    m->iRegion = iRegion;
  } else if (iRegion != m->iRegion) {
    m->nRegion = 2;
  }
}

/* A name found: its region counts, and its entry is kept for a message if its region has none yet. */
static void note_entry(const RegionIndex *ri, NameMatch *m, int k) {
  int iRegion = ri->aName[k].iRegion, j;
  note_region(m, iRegion);
  if (!m->collect) return;
  for (j = 0; j < m->nEntry; j++) {
    if (ri->aName[m->aEntry[j]].iRegion == iRegion) return;
  }
  if (m->nEntry < NAME_MATCH_LIST) m->aEntry[m->nEntry++] = k;
}

/* Whether an entry is inside the region iScope (-1: anywhere): a region of that province, a county of that
** region, of its province, or written under it. A region is not inside itself (吉林省吉林 is 吉林市). */
static int name_inside(const RegionIndex *ri, const RegionName *e, int iScope) {
  const Region *r = &ri->aRegion[e->iRegion];
  if (iScope < 0) return 1;
  if (e->iCounty < 0) return e->iRegion != iScope && r->iProvince == iScope;
  return e->iRegion == iScope || r->iProvince == iScope || ri->aCounty[e->iCounty].iCodedUnder == iScope;
}

/* The first entry of a key, or -1, from the one map it can be in (map_of); without counties, a region's name
** or alias only. */
static int first_entry(const RegionIndex *ri, const char *key, int n, int withCounties) {
  int k;
  if (letters_only(key, n)) return strmap_get(&ri->byPinyin, key, n);
  k = strmap_get(&ri->byName, key, n);
  return k >= 0 || !withCounties ? k : strmap_get(&ri->byCounty, key, n);
}

/* The entries of the name key[0..n) inside iScope, noted in m; returns how many. */
static int match_name(const RegionIndex *ri, const char *key, int n, int iScope, NameMatch *m) {
  int k, count = 0;
  for (k = first_entry(ri, key, n, 1); k >= 0; k = ri->aName[k].iNext) {
    if (!name_inside(ri, &ri->aName[k], iScope)) continue;
    note_entry(ri, m, k);
    count++;
  }
  return count;
}

/* key[0..n) inside iScope, directly (but at the top, iScope -1, where the caller looked already) or as the name
** of a region inside iScope followed (after an optional space) by a name inside that region. Each prefix
** that ends on a character boundary is looked up: O(length) lookups a level, not a scan of the names. */
static void match_qualified(const RegionIndex *ri, const char *key, int n, int iScope, int depth,
                            NameMatch *m) {
  int i, k;
  if (iScope >= 0 && match_name(ri, key, n, iScope, m) > 0) return;
  for (i = 1; depth > 0 && i < n; i++) {
    int rest = i + (key[i] == ' ');
    if (((unsigned char)key[i] & 0xC0) == 0x80 || rest >= n) continue; /* inside a UTF-8 character */
    for (k = first_entry(ri, key, i, 0); k >= 0; k = ri->aName[k].iNext) {
      const RegionName *e = &ri->aName[k];
      if (e->iCounty >= 0 || !name_inside(ri, e, iScope)) continue; /* a region's name: counties hold none */
      match_qualified(ri, key + rest, n - rest, e->iRegion, depth - 1, m);
    }
  }
}

/* One form of the text: a code, a name, or a qualified name (direct 0: the code and name were looked up). */
static void match_form(const RegionIndex *ri, const char *key, int n, int direct, NameMatch *m) {
  int i = direct && is_six_digits_n(key, n) ? strmap_get(&ri->byCode, key, 6) : -1;
  if (i >= 0) {
    note_region(m, i);
    return;
  }
  if (!direct || match_name(ri, key, n, -1, m) == 0) match_qualified(ri, key, n, -1, QUALIFIED_DEPTH, m);
}

/* A normal form that names nothing: in traditional characters, or in pinyin? */
static void match_other_scripts(const RegionIndex *ri, const char *key, int len, NameMatch *m) {
  char buf[NAME_FORM_MAX];
  int i, n;
  for (i = 0; i < len && (unsigned char)key[i] < 0x80; i++) {
  }
  if (i < len) {
    n = hanzi_to_simplified(key, len, buf, (int)sizeof(buf));
    if (n > 0 && (n != len || memcmp(buf, key, (size_t)n) != 0)) match_form(ri, buf, n, 1, m);
    if (m->nRegion) return;
  }
  n = pinyin_key(key, len, buf, (int)sizeof(buf));
  if (n > 0 && (n != len || memcmp(buf, key, (size_t)n) != 0)) match_form(ri, buf, n, 1, m);
}

void region_match(const RegionIndex *ri, const char *z, int n, NameMatch *m) {
  char key[TEXT_KEY_MAX];
  int len, i;
  /* The common case first: a code, or a name written as the index keeps it (normalising is idempotent: text
  ** that is a key as it stands is its own normal form). */
  if (is_six_digits_n(z, n) && (i = strmap_get(&ri->byCode, z, 6)) >= 0) {
    note_region(m, i);
    return;
  }
  if (match_name(ri, z, n, -1, m) > 0) return;
  len = text_normalize(z, n, key);
  if (len <= 0) return;
  match_form(ri, key, len, len != n || memcmp(key, z, (size_t)n) != 0, m);
  if (m->nRegion == 0) match_other_scripts(ri, key, len, m);
}

RegionMatch region_resolve(const RegionIndex *ri, const char *z, int n, const Region **ppRegion) {
  NameMatch m;
  int i;
  if (is_six_digits_n(z, n) && (i = strmap_get(&ri->byCode, z, 6)) >= 0) { /* the commonest case, at once */
    *ppRegion = &ri->aRegion[i];
    return REGION_FOUND;
  }
  m.nRegion = m.collect = m.nEntry = 0; /* the entries are not read: no need to clear them */
  region_match(ri, z, n, &m);
  if (m.nRegion == 1) *ppRegion = &ri->aRegion[m.iRegion];
  return m.nRegion == 1 ? REGION_FOUND : m.nRegion ? REGION_AMBIGUOUS : REGION_UNKNOWN;
}

int region_name_form(const char *z, int n, char *out) {
  char key[TEXT_KEY_MAX];
  int len = text_normalize(z, n, key), nPinyin;
  if (len <= 0) return len;
  nPinyin = pinyin_key(key, len, out, NAME_FORM_MAX);
  return nPinyin > 0 ? nPinyin : hanzi_to_simplified(key, len, out, NAME_FORM_MAX);
}
