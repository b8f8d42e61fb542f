/*
** Dated rows: for policy tables whose rows hold for a period (valid_from .. valid_to, both inclusive, NULL
** open-ended), the row in effect for a key on a given day, by binary search over the key's rows sorted by
** valid_from. Used by parameters, enablement dates, scopes and certification rules.
*/
#ifndef SHEBAO_DATED_H
#define SHEBAO_DATED_H
#include "policy/policy.h"

#define DATED_KEY_MAX 4
#define DAY_MIN (-2147483647 - 1) /* a NULL valid_from: since always */
#define DAY_MAX 2147483647        /* a NULL valid_to: still in force */

typedef struct DatedIndex {
  const PolicyRows *pRows;
  int nKeyCol;
  int aiKeyCol[DATED_KEY_MAX];
  int *aFrom, *aTo; /* per row, parsed */
  StrMap byKey;     /* key -> group */
  int *aGroupStart, *aGroupCount;
  int *aOrder; /* row numbers grouped by key, each group sorted by valid_from */
} DatedIndex;

/* Builds the index over rows keyed by the given columns. A malformed date is bad data: SQLITE_ERROR with
** *pzErr naming the row. */
int dated_index_build(DatedIndex *d, Arena *arena, PolicyTableId t, const PolicyRows *rows,
                      const int *aiKeyCol, int nKeyCol, int iFrom, int iTo, char **pzErr);

/* The row in effect for the key on day, or NULL. */
const PolicyRow *dated_lookup(const DatedIndex *d, const char *const *azKey, int day);

/* The rows of a key, in valid_from order; returns their number and points *paRow at their row numbers. */
int dated_rows(const DatedIndex *d, const char *const *azKey, const int **paRow);

/* The row in effect on day among the nRow rows of one key that dated_rows gave, or NULL: for a key known when
** an index is built, found then rather than per call. */
const PolicyRow *dated_row_on(const DatedIndex *d, const int *aRow, int nRow, int day);

/* Parsed validity of row number iRow. */
int dated_from(const DatedIndex *d, int iRow);
int dated_to(const DatedIndex *d, int iRow);

#endif
