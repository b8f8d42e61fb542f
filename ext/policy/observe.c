/*
** Observations (see policy/observe.h): each row is turned into the points it states, (day, on/off/some), and
** the nearest points on either side of the day decide. No allocation: a region has a few rows per level.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/observe.h"
#include <string.h>

#define POINTS_MAX 4

typedef struct ObsPoint {
  int day;
  ObsState state;
} ObsPoint;

const char *obs_state_name(ObsState s) {
  return s == OBS_ON ? "on" : s == OBS_OFF ? "off" : s == OBS_SOME ? "some" : "none";
}

static void add_point(ObsPoint *a, int *pn, int day, ObsState state) {
  a[*pn].day = day;
  a[(*pn)++].state = state;
}

/* The points one row states. An 'exact' row is also "off the day before" (and "off the day after" its end);
** read as a national start, it is only that. */
static int row_points(const ObsLevel *l, int iRow, ObsPoint *a) {
  const char *zPrecision = POLICY_CELL(&l->d->pRows->aRow[iRow], l->iPrecision);
  int from = dated_from(l->d, iRow), to = dated_to(l->d, iRow), n = 0;
  ObsState state = OBS_ON;
  if (zPrecision == 0) return 0;
  if (strcmp(zPrecision, "off") == 0) state = OBS_OFF;
  if (strcmp(zPrecision, "some") == 0) state = OBS_SOME;
  if (strcmp(zPrecision, "exact") == 0 && from != DAY_MIN) add_point(a, &n, from - 1, OBS_OFF);
  if (!(strcmp(zPrecision, "exact") == 0 && l->nationalStart)) {
    add_point(a, &n, from, state);
    if (to != DAY_MAX && to != from) add_point(a, &n, to, state);
  }
  if (state == OBS_ON && to != DAY_MAX) add_point(a, &n, to + 1, OBS_OFF);
  return n;
}

/* The first day a level's rows see the code on (DAY_MAX: never), and that row. */
static int level_first_on(const ObsLevel *l, const PolicyRow **ppRow) {
  int k, i, first = DAY_MAX;
  for (k = 0; k < l->nRow; k++) {
    ObsPoint a[POINTS_MAX];
    int n = row_points(l, l->aRow[k], a);
    for (i = 0; i < n; i++) {
      if (a[i].state == OBS_ON && a[i].day < first) {
        first = a[i].day;
        if (ppRow) *ppRow = &l->d->pRows->aRow[l->aRow[k]];
      }
    }
  }
  return first;
}

/* Adds a point to a bound: a nearer one replaces it, one on the same day that disagrees makes it 'some'. */
static void bound_add(ObsBound *b, int nearer, const ObsPoint *pt, const PolicyRow *row) {
  if (b->state == OBS_NONE || nearer) {
    b->day = pt->day;
    b->state = pt->state;
    b->pRow = row;
    b->pOther = 0;
  } else if (pt->day == b->day && pt->state != b->state && b->pOther == 0) {
    b->state = OBS_SOME;
    b->pOther = row;
  }
}

/* Every point of every level that concerns the region, into the two bounds. minOn: the first day a more
** specific level saw it on: a wider 'off' or 'some' from then on does not concern it. */
static void collect(const ObsLevel *aLevel, int nLevel, int day, ObsVerdict *v) {
  int L, k, i, first, minOn = DAY_MAX;
  for (L = 0; L < nLevel; L++) {
    const ObsLevel *l = &aLevel[L];
    for (k = 0; k < l->nRow; k++) {
      const PolicyRow *row = &l->d->pRows->aRow[l->aRow[k]];
      ObsPoint a[POINTS_MAX];
      int n = row_points(l, l->aRow[k], a);
      for (i = 0; i < n; i++) {
        if (L > 0 && a[i].state != OBS_ON && a[i].day >= minOn) continue;
        if (a[i].day <= day) {
          bound_add(&v->before, a[i].day > v->before.day || v->before.state == OBS_NONE, &a[i], row);
        } else {
          bound_add(&v->after, a[i].day < v->after.day || v->after.state == OBS_NONE, &a[i], row);
        }
      }
    }
    first = level_first_on(l, 0);
    if (first < minOn) minOn = first;
  }
}

static ObsAnswer decide(const ObsVerdict *v, int day) {
  ObsState b = v->before.state, a = v->after.state;
  if (b != OBS_NONE && v->before.day == day) return b == OBS_ON ? OBS_YES : b == OBS_OFF ? OBS_NO : OBS_UNKNOWN;
  switch (b) {
  case OBS_ON:
    return a == OBS_OFF ? OBS_UNKNOWN : OBS_YES;
  case OBS_OFF:
    if (a == OBS_OFF) return OBS_NO;
    return a == OBS_NONE && v->ended ? OBS_NO : OBS_UNKNOWN;
  case OBS_SOME:
    return OBS_UNKNOWN;
  default:
    return a == OBS_NONE || a == OBS_OFF ? OBS_NO : OBS_UNKNOWN;
  }
}

void observe(const ObsLevel *aLevel, int nLevel, int day, ObsVerdict *v) {
  int L;
  memset(v, 0, sizeof(*v));
  v->firstOn = DAY_MAX;
  for (L = 0; L < nLevel; L++) {
    const PolicyRow *row = 0;
    int first = level_first_on(&aLevel[L], &row);
    if (first < v->firstOn) {
      v->firstOn = first;
      v->pFirstOn = row;
    }
  }
  collect(aLevel, nLevel, day, v);
  v->ended = v->before.state == OBS_OFF && v->firstOn < v->before.day;
  v->answer = decide(v, day);
}
