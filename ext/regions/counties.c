/*
** County-level divisions (区, 县, 县级市 ... of shebao_policy_counties) in the region index: each with the region
** that covers it, sorted by code for shebao_counties and its lookups, and grouped by region. Their names and
** codes join the region names in regions/names.c, so that '320508', '姑苏区' and '江苏省苏州市姑苏区' resolve to
** 苏州市.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "regions/regions.h"
#include <stdlib.h>
#include <string.h>

/* By code, then in data order (a former and a current row may share a code). */
static int compare_counties(const void *pA, const void *pB) {
  const County *a = pA, *b = pB;
  int c = strcmp(a->zCode, b->zCode);
  return c ? c : (a->pRow > b->pRow) - (a->pRow < b->pRow);
}

/* The region a county's code is written under, if that is not the region that covers it: 130638 (雄县) is
** written under 保定 130600. */
static int coded_under(const RegionIndex *ri, const County *c) {
  char zPrefecture[7];
  int i;
  memcpy(zPrefecture, c->zCode, 4);
  memcpy(zPrefecture + 4, "00", 3);
  i = strmap_get(&ri->byCode, zPrefecture, 6);
  return i == c->iRegion ? -1 : i;
}

static int read_counties(PolicyIndex *p, RegionIndex *ri, char **pzErr) {
  const PolicyRows *rows = &p->aTable[PT_COUNTIES];
  int i;
  ri->aCounty = arena_alloc(&p->arena, sizeof(County) * (size_t)(rows->nRow + 1));
  if (ri->aCounty == 0) return SQLITE_NOMEM;
  for (i = 0; i < rows->nRow; i++) {
    const PolicyRow *row = &rows->aRow[i];
    County *c = &ri->aCounty[i];
    const char *zRegion = POLICY_CELL(row, COUNTY_REGION_CODE);
    c->pRow = row;
    c->zCode = POLICY_CELL(row, COUNTY_CODE);
    c->zName = POLICY_CELL(row, COUNTY_NAME);
    c->iRegion = zRegion && strlen(zRegion) == 6 ? strmap_get(&ri->byCode, zRegion, 6) : -1;
    /* The rules of policy/rules.c left out rows that break these: this is the last line of defence. */
    if (c->zCode == 0 || strlen(c->zCode) != 6 || c->zName == 0) {
      return policy_row_error(pzErr, PT_COUNTIES, row, COUNTY_CODE, "is not a six-digit code with a name:");
    }
    if (c->iRegion < 0) {
      return policy_row_error(pzErr, PT_COUNTIES, row, COUNTY_REGION_CODE, "is not a known region:");
    }
    c->iCodedUnder = coded_under(ri, c);
  }
  ri->nCounty = rows->nRow;
  for (i = 1; i < ri->nCounty && compare_counties(&ri->aCounty[i - 1], &ri->aCounty[i]) < 0; i++) {
  }
  if (i < ri->nCounty) qsort(ri->aCounty, (size_t)ri->nCounty, sizeof(County), compare_counties);
  return SQLITE_OK; /* the default's rows come sorted: only a layer's make the sort necessary */
}

static int region_of(const void *pCtx, int i) {
  return ((const RegionIndex *)pCtx)->aCounty[i].iRegion;
}

/* The sequence 0, 1, 2 ... that a range of codes points into, and the counties grouped by region (for
** shebao_counties WHERE region_code = ...). */
static int group_counties(PolicyIndex *p, RegionIndex *ri) {
  int i;
  ri->aCountySeq = arena_alloc(&p->arena, sizeof(int) * (size_t)(ri->nCounty + 1));
  if (ri->aCountySeq == 0) return SQLITE_NOMEM;
  for (i = 0; i < ri->nCounty; i++)
    ri->aCountySeq[i] = i;
  return arena_group(&p->arena, ri->nCounty, ri->nRegion, region_of, ri, &ri->countiesByRegion) ? SQLITE_NOMEM
                                                                                                : SQLITE_OK;
}

int regions_build_counties(PolicyIndex *p, RegionIndex *ri, char **pzErr) {
  int rc = read_counties(p, ri, pzErr);
  return rc == SQLITE_OK ? group_counties(p, ri) : rc;
}
