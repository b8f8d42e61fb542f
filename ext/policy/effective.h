/*
** The rows in effect for one key, as an index build would merge them now, read from the embedded default and
** from the layer tables as they are at this moment of the transaction (policy/effective.c). The write check
** (policy/write_check.c) uses them to judge a row about to be written as the build will judge it: what it
** refers to, the rows whose periods it may overlap, the row a retraction removes.
*/
#ifndef SHEBAO_POLICY_EFFECTIVE_H
#define SHEBAO_POLICY_EFFECTIVE_H
#include "policy/policy.h"

#define EFFECTIVE_MAX_COLUMNS 16
#define EFFECTIVE_MAX_FILTER 4

/* Which rows of table t, and as of when. */
typedef struct EffectiveQuery {
  PolicyTableId t;
  int nFilter; /* column = value conditions, all of them (NULL cells are '') */
  int aiCol[EFFECTIVE_MAX_FILTER];
  const char *azValue[EFFECTIVE_MAX_FILTER];
  int maxLayer; /* the highest layer to merge: LAYER_TEMP, or below a retraction */
  /* A row being written, in its layer's place (replacing the row of rowid iReplaced there, an UPDATE's old
  ** row, or none: -1). azNew NULL: nothing is being written. */
  int newLayer;
  sqlite3_int64 iReplaced;
  const char *const *azNew;
} EffectiveQuery;

/* The rows in effect (cells, layer, rowid); the row being written has rowid EFFECTIVE_NEW_ROW. */
#define EFFECTIVE_NEW_ROW (-2)
typedef struct Effective {
  int nRow, nAlloc;
  PolicyRow *aRow;
  Arena arena; /* the cells read from the layer tables */
} Effective;

/* Collects the rows in effect that match q into e (which effective_free releases, also after an error).
** SQLITE_OK, SQLITE_NOMEM, or the error of a layer table that cannot be read. */
int effective_rows(sqlite3 *db, const EffectiveQuery *q, Effective *e);
void effective_free(Effective *e);

/* The embedded default rows of table t. */
const PolicyDefaultTable *policy_default_table(PolicyTableId t);

#endif
