/*
** The list of every SQL function form and table of shebao (tests/calls.sql) for the reliability tests in C:
** the bad-input matrix (tests/unit/test_matrix.c), allocation failures (tests/unit/test_alloc.c) and threads
** (tests/threads/threads.c). The list is read at run time from the file the build names in SHEBAO_TEST_CALLS,
** so a new function is covered by adding its row there.
**
**   CallList list;
**   char *zErr = calls_load(&list);                  // NULL, or why the file could not be read
**   char *zSql = call_sql(&list.aCall[0], -1, 0);    // the good call: "SELECT relation_code('外婆')"
**   zSql = call_sql(&list.aCall[0], 0, "x'00'");     // with a blob as its first argument
*/
#ifndef SHEBAO_TEST_CALLS_H
#define SHEBAO_TEST_CALLS_H
#include <sqlite3.h>

#define CALL_MAX_ARG 6

typedef enum CallKind {
  KIND_OTHER,
  KIND_LOOKUP,
  KIND_DECISION,
  KIND_TABLE,
  KIND_VIEW,
  KIND_INTERNAL,
  KIND_WINDOW,
  KIND_REPORT
} CallKind;

typedef struct Call {
  char *zName;
  int nArg; /* as registered: -1 for any number */
  CallKind kind;
  int nPos;                     /* argument positions (the arguments the call passes), or a view's columns */
  char *azParam[CALL_MAX_ARG];  /* argument (or column) names */
  int aLookup[CALL_MAX_ARG];    /* 1: read as a lookup reads it ('?' in tests/calls.sql, or kind lookup) */
  int aNullValue[CALL_MAX_ARG]; /* 1: NULL there is a value, not unknown ('!' in tests/calls.sql) */
  char *azGood[CALL_MAX_ARG];   /* the good call's arguments as SQL literals */
} Call;

typedef struct BadValue {
  char *zLabel;
  char *zExpr; /* SQL expression */
  int eType;   /* SQLITE_NULL, SQLITE_INTEGER, ... the value's type */
} BadValue;

typedef struct CallList {
  int nCall;
  Call *aCall;
  int nBad;
  BadValue *aBad;
} CallList;

/* Reads tests/calls.sql. Returns NULL, or an error message (sqlite3_malloc'd). */
char *calls_load(CallList *p);
void calls_free(CallList *p);

/* The SQL of a call with the expression zExpr at position iPos, or the good call (iPos -1): a function is
** "SELECT f(a, b)", a window function "SELECT f(a, b) OVER ()", a table-valued function "SELECT * FROM f(a, b)",
** a view "SELECT * FROM v WHERE col = x".
** sqlite3_malloc'd. */
char *call_sql(const Call *c, int iPos, const char *zExpr);

/* "can_share/4 on_date = 1 MB string", or "can_share/4 good" (sqlite3_malloc'd). */
char *call_title(const Call *c, int iPos, const BadValue *v);

/* Compares the list with what shebao registers (functions and modules that appear when it is loaded into a
** fresh connection with xInit): NULL when they agree, else the problems, one a line (sqlite3_malloc'd). */
char *calls_coverage(const CallList *p, int (*xInit)(sqlite3 *, char **, const sqlite3_api_routines *));

/* Runs every statement of zSql, writing each row's values (quoted as quote() would, '|'-separated, one row a
** line) to *pzOut, then, on failure, "error <code>: <message>". Returns the result code (SQLITE_OK when it
** succeeds). *pzOut is malloc'd (free() it: SQLite's allocator is left to what the tests count); it is NULL
** only when malloc fails. */
int call_run(sqlite3 *db, const char *zSql, char **pzOut);

#endif
