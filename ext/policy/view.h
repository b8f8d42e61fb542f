/*
** Eponymous read-only virtual tables over the policy index (shebao_sources, shebao_relations, ...): one
*generic
** module, and a descriptor per table that says what its rows and columns are.
*/
#ifndef SHEBAO_VTAB_POLICY_H
#define SHEBAO_VTAB_POLICY_H
#include "core/shebao.h"
#include "policy/policy.h"

/* An equality lookup on one column: the rows whose column equals pKey (a superset is fine: SQLite checks the
** constraint again). Returns the number of rows and points *paRow at their numbers, which the index owns; or
** VIEW_LOOKUP_NOMEM when the key's text cannot be had (out of memory: an error, never "no rows"). */
#define VIEW_LOOKUP_NOMEM (-1)
typedef struct PolicyViewLookup {
  int iCol;
  int (*xLookup)(const PolicyIndex *p, sqlite3_value *pKey, const int **paRow, int *pScratch);
} PolicyViewLookup;

typedef struct PolicyView {
  const char *zName;   /* e.g. "shebao_relations" */
  const char *zSchema; /* CREATE TABLE x(...) */
  int (*xCount)(const PolicyIndex *p);
  void (*xColumn)(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx);
  int nLookup;
  const PolicyViewLookup *aLookup;
} PolicyView;

/* Registers the view as an eponymous virtual table on db. */
int policy_view_register(sqlite3 *db, ShebaoConn *conn, const PolicyView *pView, char **pzErrMsg);

/* The text of a lookup key (pKey is never NULL), or NULL when converting it runs out of memory. */
const char *view_key_text(sqlite3_value *pKey, int *pn);

/* Column helpers for views. */
void view_result_text(sqlite3_context *ctx, const char *z); /* NULL stays NULL */
void view_result_layer(sqlite3_context *ctx, const PolicyRow *row);
/* A field of a source (e.g. SRC_DOC_NUMBER) by its source_id; NULL when there is no such source. */
void view_result_source_field(sqlite3_context *ctx, const PolicyIndex *p, const char *zSourceId,
                              int iSourceField);
void view_result_source(sqlite3_context *ctx, const PolicyIndex *p, const PolicyRow *row, int iSourceCol,
                        int iSourceField); /* a field of the row's source, e.g. SRC_DOC_NUMBER */

#endif
