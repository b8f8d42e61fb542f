/*
** What the errors of region arguments say after the value: the candidates of an ambiguous name, and for an
** unknown one what is nearest or where the accepted codes and names are listed.
**
**   '吉林'                    吉林省 220000, 吉林市 220200
**   '鼓楼区'                  鼓楼区 320106 (南京市), 鼓楼区 320302 (徐州市), 鼓楼区 350102 (福州市), ...
**   '浦东'                    did you mean 浦东新区 310115 (上海市)?
**   '江苏省苏州市姑苏区观前街'  did you mean '江苏省苏州市姑苏区' (苏州市 320500)?
**   '江苏省杭州市西湖区'        did you mean '杭州市西湖区' (杭州市 330100)?
**   '320502'                  no county of shebao_counties has this code; 320500 is 苏州市
**   '12', 12                  a region code has six digits (shebao_regions, shebao_counties)
**   '火星市'                  no code or name of shebao_regions or shebao_counties
**
** Only errors come here, never a lookup: scanning the names (about ten thousand) costs microseconds.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "regions/names.h"
#include <string.h>

#define HINT_NAMES_MAX 5 /* names that begin with the text, shown */

/* The code an entry shows, which orders a list: the county's, or the region's. */
static const char *entry_code(const RegionIndex *ri, int k) {
  const RegionName *e = &ri->aName[k];
  return e->iCounty >= 0 ? ri->aCounty[e->iCounty].zCode : ri->aRegion[e->iRegion].zCode;
}

/* '苏州市 320500' for a region's name, '鼓楼区 320106 (南京市)' for a county's (重庆's 江北区 500105 is a
** region itself). */
static void append_entry(sqlite3_str *s, const RegionIndex *ri, int k) {
  const RegionName *e = &ri->aName[k];
  const Region *r = &ri->aRegion[e->iRegion];
  if (e->iCounty < 0 || strcmp(ri->aCounty[e->iCounty].zCode, r->zCode) == 0) {
    sqlite3_str_appendf(s, "%s %s", r->zName, r->zCode); /* a region's name, or a county that is a region */
  } else {
    const County *c = &ri->aCounty[e->iCounty];
    sqlite3_str_appendf(s, "%s %s (%s)", c->zName, c->zCode, r->zName);
  }
}

/* Entries in the order of the codes they show (a few: insertion sort). */
static void sort_entries(const RegionIndex *ri, int *a, int n) {
  int i, j;
  for (i = 1; i < n; i++) {
    int k = a[i];
    for (j = i; j > 0 && strcmp(entry_code(ri, a[j - 1]), entry_code(ri, k)) > 0; j--)
      a[j] = a[j - 1];
    a[j] = k;
  }
}

/* The text of s, "" for nothing; NULL when out of memory. */
static char *finish(sqlite3_str *s) {
  char *z;
  if (sqlite3_str_errcode(s) != SQLITE_OK) {
    sqlite3_free(sqlite3_str_finish(s));
    return 0;
  }
  z = sqlite3_str_finish(s);
  return z ? z : sqlite3_mprintf("%s", "");
}

char *region_candidates(const RegionIndex *ri, const char *z, int n) {
  sqlite3_str *s = sqlite3_str_new(0);
  NameMatch m;
  int i;
  memset(&m, 0, sizeof(m));
  m.collect = 1;
  region_match(ri, z, n, &m);
  sort_entries(ri, m.aEntry, m.nEntry);
  for (i = 0; i < m.nEntry; i++) {
    if (i) sqlite3_str_appendall(s, ", ");
    append_entry(s, ri, m.aEntry[i]);
  }
  return finish(s);
}

/* ---- unknown ------------------------------------------------------------------------------------------ */

/* A six-digit code no county has (one abolished before the code sets, 320502 沧浪区): its prefecture, if that
** is a region. Not an answer (the county may have moved since): a hint. */
static int hint_code(const RegionIndex *ri, const char *key, int n, sqlite3_str *s) {
  char zPrefecture[7];
  const Region *r;
  int i;
  for (i = 0; i < n; i++) {
    if (key[i] < '0' || key[i] > '9') return 0;
  }
  if (n != 6) return 0;
  memcpy(zPrefecture, key, 4);
  memcpy(zPrefecture + 4, "00", 3);
  r = region_by_code(ri, zPrefecture);
  if (r == 0) return 0;
  sqlite3_str_appendf(s, "no county of shebao_counties has this code; %s is %s", r->zCode, r->zName);
  return 1;
}

/* Whether key[0..i) ends with a character that ends a division's name (省 市 区 县 旗 州 盟). */
static int ends_division(const char *key, int i) {
  static const char *const azSuffix[] = {"省", "市", "区", "县", "旗", "州", "盟"};
  size_t k;
  for (k = 0; i >= 3 && k < sizeof(azSuffix) / sizeof(azSuffix[0]); k++) {
    if (memcmp(key + i - 3, azSuffix[k], 3) == 0) return 1;
  }
  return 0;
}

/* Whether key[from..to) names one region; if it does, says so. */
static int try_part(const RegionIndex *ri, const char *key, int from, int to, sqlite3_str *s) {
  NameMatch m;
  const Region *r;
  memset(&m, 0, sizeof(m));
  region_match(ri, key + from, to - from, &m);
  if (m.nRegion != 1) return 0;
  r = &ri->aRegion[m.iRegion];
  sqlite3_str_appendf(s, "did you mean '%.*s' (%s %s)?", to - from, key + from, r->zName, r->zCode);
  return 1;
}

/* The part of an address that names one region: the longest trailing one, then the longest leading one, each
** cut where a division's name ends (two characters at least). A wrong province ('江苏省杭州市西湖区') leaves the
** trailing part ('杭州市西湖区'); what follows the county ('江苏省苏州市姑苏区观前街') the leading one. */
static int hint_part(const RegionIndex *ri, const char *key, int n, sqlite3_str *s) {
  int i;
  for (i = 3; i <= n - 6; i++) {
    if (ends_division(key, i) && try_part(ri, key, i, n, s)) return 1;
  }
  for (i = n - 1; i >= 6; i--) {
    if (ends_division(key, i) && try_part(ri, key, 0, i, s)) return 1;
  }
  return 0;
}

/* The names that begin with the text (two characters or more: '浦东' -> 浦东新区), one per region or county. */
static int hint_beginning(const RegionIndex *ri, const char *key, int n, sqlite3_str *s) {
  int aEntry[HINT_NAMES_MAX], nEntry = 0, more = 0, k, j;
  if (n < 4) return 0;
  for (k = 0; k < ri->nName; k++) {
    const RegionName *e = &ri->aName[k];
    if (e->nKey <= n || memcmp(e->zKey, key, (size_t)n) != 0) continue;
    for (j = 0; j < nEntry; j++) {
      const RegionName *f = &ri->aName[aEntry[j]];
      if (f->iRegion == e->iRegion && f->iCounty == e->iCounty) break;
    }
    if (j < nEntry) continue; /* shown already: another name of the same */
    if (nEntry == HINT_NAMES_MAX) {
      more = 1;
      break;
    }
    aEntry[nEntry++] = k;
  }
  if (nEntry == 0) return 0;
  sort_entries(ri, aEntry, nEntry);
  sqlite3_str_appendall(s, "did you mean ");
  for (j = 0; j < nEntry; j++) {
    if (j) sqlite3_str_appendall(s, ", ");
    append_entry(s, ri, aEntry[j]);
  }
  sqlite3_str_appendall(s, more ? ", ...?" : "?");
  return 1;
}

/* Digits that are too few for a code (12, 1101 where no code begins so): a member's number or a count
** rather than a region, whatever the column is called. */
static int hint_short_number(const char *key, int n, sqlite3_str *s) {
  if (n >= 6 || strspn(key, "0123456789") != (size_t)n) return 0;
  sqlite3_str_appendall(s, "a region code has six digits (shebao_regions, shebao_counties)");
  return 1;
}

char *region_unknown_hint(const RegionIndex *ri, const char *z, int n) {
  char key[NAME_FORM_MAX];
  int len = region_name_form(z, n, key);
  sqlite3_str *s = sqlite3_str_new(0);
  if (len <= 0 || !(hint_code(ri, key, len, s) || hint_part(ri, key, len, s) ||
                    hint_beginning(ri, key, len, s) || hint_short_number(key, len, s))) {
    sqlite3_str_appendall(s, "no code or name of shebao_regions or shebao_counties");
  }
  return finish(s);
}
