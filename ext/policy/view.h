/*
** The policy tables (shebao_sources, shebao_relations, ...): one generic eponymous read-only virtual table
** over the policy index (policy/view.c), and a descriptor per table that says what its rows and columns are.
** A table is data: its columns are a list, most of them a cell of the row, the document number or title of
** the source the row cites, or the row's layer; only a computed column (a region's name, a verdict) needs
** code.
**
**   static const ViewColumn aCol[] = {
**       {"name TEXT", VIEW_CELL, PARAM_NAME}, ..., VIEW_SOURCE_COLUMNS(PARAM_SOURCE_ID), VIEW_LAYER_COLUMN};
**   static const PolicyView parametersView = {.zName = "shebao_parameters", .t = PT_PARAMETERS,
**                                             VIEW_COLUMNS(aCol)};
*/
#ifndef SHEBAO_POLICY_VIEW_H
#define SHEBAO_POLICY_VIEW_H
#include "core/shebao.h"
#include "policy/policy.h"

typedef enum ViewColumnKind {
  VIEW_CELL,         /* the row's cell iCell */
  VIEW_SOURCE_DOC,   /* the doc_number of the source whose source_id is the row's cell iCell */
  VIEW_SOURCE_TITLE, /* the title of that source */
  VIEW_LAYER,        /* where the row comes from: 'default', 'main' or 'temp' */
  VIEW_COMPUTED      /* the descriptor's xColumn */
} ViewColumnKind;

typedef struct ViewColumn {
  const char *zDecl; /* the column as CREATE TABLE declares it: "code TEXT" */
  ViewColumnKind kind;
  int iCell; /* VIEW_CELL, VIEW_SOURCE_*: the column of the row */
} ViewColumn;

/* An equality lookup on one column: the rows whose column equals pKey (a superset is fine: SQLite checks the
** constraint again). Returns the number of rows and points *paRow at their numbers, which the index owns (or
** *pScratch, for one row); or VIEW_LOOKUP_NOMEM when the key's text cannot be had (out of memory: an error,
** never "no rows"). */
#define VIEW_LOOKUP_NOMEM (-1)
typedef struct PolicyViewLookup {
  int iCol;
  int (*xLookup)(const PolicyIndex *p, sqlite3_value *pKey, const int **paRow, int *pScratch);
} PolicyViewLookup;

typedef struct PolicyView {
  const char *zName; /* e.g. "shebao_relations" */
  int nCol;
  const ViewColumn *aCol;
  /* The rows: those in effect of policy table t, or, with xCount, as many as it says, the iRow-th being
  ** xRow(p, iRow) (NULL where no column reads the row). */
  PolicyTableId t;
  int (*xCount)(const PolicyIndex *p);
  const PolicyRow *(*xRow)(const PolicyIndex *p, int iRow);
  void (*xColumn)(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx); /* VIEW_COMPUTED */
  int nLookup;
  const PolicyViewLookup *aLookup;
} PolicyView;

/* The columns most tables end with: the source a row cites (its id, document number and title), its layer. */
#define VIEW_SOURCE_COLUMNS(iSourceCell)                                                                     \
  {"source_id TEXT", VIEW_CELL, iSourceCell}, {"source_doc TEXT", VIEW_SOURCE_DOC, iSourceCell}, {           \
    "source_title TEXT", VIEW_SOURCE_TITLE, iSourceCell                                                      \
  }
#define VIEW_LAYER_COLUMN                                                                                    \
  { "layer TEXT", VIEW_LAYER, 0 }

/* A descriptor's column list and lookups: .nCol/.aCol and .nLookup/.aLookup from an array. */
#define VIEW_COLUMNS(a) .nCol = SHEBAO_COUNT(a), .aCol = a
#define VIEW_LOOKUPS(a) .nLookup = SHEBAO_COUNT(a), .aLookup = a

/* Registers each view as an eponymous virtual table on db. */
int policy_views_register(sqlite3 *db, ShebaoConn *conn, const PolicyView *const *apView, int nView,
                          char **pzErrMsg);

/* The text of a lookup key (pKey is never NULL), or NULL when converting it runs out of memory. */
const char *view_key_text(sqlite3_value *pKey, int *pn);

/* Column helpers for computed columns. */
void view_result_text(sqlite3_context *ctx, const char *z); /* NULL stays NULL */
/* A field of a source (e.g. SRC_DOC_NUMBER) by its source_id; NULL when there is no such source. */
void view_result_source_field(sqlite3_context *ctx, const PolicyIndex *p, const char *zSourceId,
                              int iSourceField);

/* The tables of the policy itself (policy/views.c) and the layer journal (policy/journal.c). */
int policy_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int policy_register_journal(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);

#endif
