/*
** Dated rows (see policy/dated.h). Keys are the key cells joined by policy_join_key().
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/dated.h"
#include "util/date.h"
#include <stdlib.h>
#include <string.h>

static int row_key(const DatedIndex *d, const PolicyRow *row, char *buf, int nBuf) {
  const char *azKey[DATED_KEY_MAX];
  int k;
  for (k = 0; k < d->nKeyCol; k++)
    azKey[k] = POLICY_CELL(row, d->aiKeyCol[k]);
  return policy_join_key(azKey, d->nKeyCol, buf, nBuf);
}

/* Sorting a group: by valid_from, then row number for a stable order. */
typedef struct SortItem {
  int from, row;
} SortItem;
static int compare_items(const void *a, const void *b) {
  const SortItem *x = (const SortItem *)a, *y = (const SortItem *)b;
  if (x->from != y->from) return x->from < y->from ? -1 : 1;
  return x->row < y->row ? -1 : x->row > y->row;
}

int dated_index_build(DatedIndex *d, Arena *arena, PolicyTableId t, const PolicyRows *rows,
                      const int *aiKeyCol, int nKeyCol, int iFrom, int iTo, char **pzErr) {
  int n = rows->nRow, i, nGroup = 0;
  int *aGroupOfRow, *aFill;
  SortItem *aItem;
  char key[512];
  memset(d, 0, sizeof(*d));
  d->pRows = rows;
  d->nKeyCol = nKeyCol;
  memcpy(d->aiKeyCol, aiKeyCol, sizeof(int) * (size_t)nKeyCol);
  d->aFrom = arena_alloc(arena, sizeof(int) * (size_t)(n + 1));
  d->aTo = arena_alloc(arena, sizeof(int) * (size_t)(n + 1));
  d->aOrder = arena_alloc(arena, sizeof(int) * (size_t)(n + 1));
  aGroupOfRow = arena_alloc(arena, sizeof(int) * (size_t)(n + 1));
  d->aGroupStart = arena_alloc(arena, sizeof(int) * (size_t)(n + 1));
  d->aGroupCount = arena_alloc(arena, sizeof(int) * (size_t)(n + 1));
  aFill = arena_alloc(arena, sizeof(int) * (size_t)(n + 1));
  aItem = arena_alloc(arena, sizeof(SortItem) * (size_t)(n + 1));
  if (!aItem || !d->aFrom || !d->aTo || !d->aOrder || !aGroupOfRow || !d->aGroupStart || !d->aGroupCount ||
      !aFill || strmap_init(&d->byKey, arena, n)) {
    return SQLITE_NOMEM;
  }
  for (i = 0; i < n; i++) {
    const PolicyRow *row = &rows->aRow[i];
    int len, isNew, *pSlot;
    char *zKey;
    if (!date_parse_or(POLICY_CELL(row, iFrom), &d->aFrom[i], DAY_MIN)) {
      return policy_row_error(pzErr, t, row, iFrom, "is not a date:");
    }
    if (!date_parse_or(POLICY_CELL(row, iTo), &d->aTo[i], DAY_MAX)) {
      return policy_row_error(pzErr, t, row, iTo, "is not a date:");
    }
    len = row_key(d, row, key, sizeof(key));
    if (len < 0) return policy_row_error(pzErr, t, row, aiKeyCol[0], "is too long:");
    zKey = arena_strndup(arena, key, (size_t)len);
    if (zKey == 0) return SQLITE_NOMEM;
    pSlot = strmap_slot(&d->byKey, zKey, len, &isNew);
    if (pSlot == 0) return SQLITE_NOMEM;
    if (isNew) *pSlot = nGroup++;
    aGroupOfRow[i] = *pSlot;
    d->aGroupCount[*pSlot]++;
  }
  for (i = 1; i < nGroup; i++)
    d->aGroupStart[i] = d->aGroupStart[i - 1] + d->aGroupCount[i - 1];
  for (i = 0; i < n; i++) {
    int g = aGroupOfRow[i], k = d->aGroupStart[g] + aFill[g]++;
    aItem[k].from = d->aFrom[i];
    aItem[k].row = i;
  }
  for (i = 0; i < nGroup; i++) {
    qsort(aItem + d->aGroupStart[i], (size_t)d->aGroupCount[i], sizeof(SortItem), compare_items);
  }
  for (i = 0; i < n; i++)
    d->aOrder[i] = aItem[i].row;
  return SQLITE_OK;
}

int dated_rows(const DatedIndex *d, const char *const *azKey, const int **paRow) {
  char key[512];
  int len = policy_join_key(azKey, d->nKeyCol, key, sizeof(key)), g;
  if (len < 0 || d->byKey.aSlot == 0) return 0;
  g = strmap_get(&d->byKey, key, len);
  if (g < 0) return 0;
  *paRow = d->aOrder + d->aGroupStart[g];
  return d->aGroupCount[g];
}

const PolicyRow *dated_lookup(const DatedIndex *d, const char *const *azKey, int day) {
  const int *aRow = 0;
  int n = dated_rows(d, azKey, &aRow);
  return dated_row_on(d, aRow, n, day);
}

const PolicyRow *dated_row_on(const DatedIndex *d, const int *aRow, int n, int day) {
  int lo = 0, hi, best = -1;
  /* The last row that starts on or before day; it is in effect if it has not ended. */
  hi = n - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (d->aFrom[aRow[mid]] <= day) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best < 0 || d->aTo[aRow[best]] < day) return 0;
  return &d->pRows->aRow[aRow[best]];
}

int dated_from(const DatedIndex *d, int iRow) {
  return d->aFrom[iRow];
}

int dated_to(const DatedIndex *d, int iRow) {
  return d->aTo[iRow];
}
