/*
** Observations (see policy/observe.h): each row is turned into the points it states, (day, on/off/some), once
** when the index is built; a call finds the nearest points on either side of the day, in one pass over the
** rows of the region, its province and the nation, and decides. No allocation.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/observe.h"
#include <string.h>

const char *obs_state_name(ObsState s) {
  return s == OBS_ON ? "on" : s == OBS_OFF ? "off" : s == OBS_SOME ? "some" : "none";
}

static void add_point(ObsRowPoints *p, int day, ObsState state, int exactOn) {
  p->aDay[p->n] = day;
  p->aState[p->n] = (unsigned char)state;
  p->aExactOn[p->n++] = (unsigned char)exactOn;
}

/* The points one row states. An 'exact' row is also "off the day before" (and "off the day after" its end). */
static void row_points(const char *zPrecision, int from, int to, ObsRowPoints *p) {
  ObsState state = OBS_ON;
  int exact = zPrecision && strcmp(zPrecision, "exact") == 0;
  memset(p, 0, sizeof(*p));
  if (zPrecision == 0) return;
  if (strcmp(zPrecision, "off") == 0) state = OBS_OFF;
  if (strcmp(zPrecision, "some") == 0) state = OBS_SOME;
  if (exact && from != DAY_MIN) add_point(p, from - 1, OBS_OFF, 0);
  add_point(p, from, state, exact);
  if (to != DAY_MAX && to != from) add_point(p, to, state, exact);
  if (state == OBS_ON && to != DAY_MAX) add_point(p, to + 1, OBS_OFF, 0);
}

int obs_table_build(ObsTable *t, Arena *arena, const DatedIndex *d, int iPrecision) {
  int i, n = d->pRows->nRow;
  t->d = d;
  t->aRow = arena_alloc(arena, sizeof(ObsRowPoints) * (size_t)(n + 1));
  if (t->aRow == 0) return SQLITE_NOMEM;
  for (i = 0; i < n; i++) {
    row_points(POLICY_CELL(&d->pRows->aRow[i], iPrecision), dated_from(d, i), dated_to(d, i), &t->aRow[i]);
  }
  return SQLITE_OK;
}

/* Adds a point to a bound: a nearer one replaces it, one on the same day that disagrees makes it 'some'. */
static void bound_add(ObsBound *b, int nearer, int day, ObsState state, const PolicyRow *row) {
  if (b->state == OBS_NONE || nearer) {
    b->day = day;
    b->state = state;
    b->pRow = row;
    b->pOther = 0;
  } else if (day == b->day && state != b->state && b->pOther == 0) {
    b->state = OBS_SOME;
    b->pOther = row;
  }
}

/* The points of one level that concern the region, into the bounds. minOn: the first day a more specific level
** saw it on: a wider 'off' or 'some' from then on does not concern it. Returns the level's first 'on' day. */
static int collect_level(const ObsLevel *l, int isWider, int minOn, int day, ObsVerdict *v) {
  int k, i, first = DAY_MAX;
  for (k = 0; k < l->nRow; k++) {
    const ObsRowPoints *p = &l->t->aRow[l->aRow[k]];
    const PolicyRow *row = &l->t->d->pRows->aRow[l->aRow[k]];
    for (i = 0; i < p->n; i++) {
      ObsState state = (ObsState)p->aState[i];
      int d = p->aDay[i];
      if (l->nationalStart && p->aExactOn[i]) continue;
      if (isWider && state != OBS_ON && d >= minOn) continue;
      if (state == OBS_ON && d < first) first = d;
      if (state == OBS_ON && d < v->firstOn) {
        v->firstOn = d;
        v->pFirstOn = row;
      }
      if (d <= day)
        bound_add(&v->before, d > v->before.day || v->before.state == OBS_NONE, d, state, row);
      else
        bound_add(&v->after, d < v->after.day || v->after.state == OBS_NONE, d, state, row);
    }
  }
  return first;
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
  int L, minOn = DAY_MAX;
  memset(v, 0, sizeof(*v));
  v->firstOn = DAY_MAX;
  for (L = 0; L < nLevel; L++) {
    int first = collect_level(&aLevel[L], L > 0, minOn, day, v);
    if (first < minOn) minOn = first;
  }
  v->ended = v->before.state == OBS_OFF && v->firstOn < v->before.day;
  v->answer = decide(v, day);
}
