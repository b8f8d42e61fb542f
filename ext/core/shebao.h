/*
** shebao: Chinese social-insurance rules inside SQLite. The internal interface every capability uses.
**
** Every file but core/entry.c (which holds SQLITE_EXTENSION_INIT1) includes this header and then says
** SQLITE_EXTENSION_INIT3. ARCHITECTURE.md has the map of the folders and the path of one call.
**
** Three conventions hold everywhere in ext/:
**
**   Errors. A function that can fail returns SQLITE_OK; SQLITE_ERROR with *pzErr set to a message from
**   sqlite3_malloc, which the caller frees; or SQLITE_NOMEM, with no message. No other way: no message in a
**   caller's buffer, no NULL message that means out of memory. An argument reader may also return
**   SHEBAO_NULL: the argument is NULL, so the answer is NULL (a table-valued function gives no rows).
**   Only the outermost code hands the outcome to SQLite: shebao_result_error() in an SQL function,
**   shebao_vtab_error() in a virtual table.
**
**   The policy index. An SQL function gets its statement's index once, at its start, with
**   shebao_call_policy() (a table's cursor with shebao_scan_policy()), and passes it down; a decision then asks
**   policy_usable() whether the tables it reads are free of broken rows.
**
**   Arguments. One reader per kind of argument, the same for SQL functions and virtual tables:
**   shebao_arg_text and shebao_arg_date here, relation_arg, region_arg, pool_arg, id_arg and cert_arg in the
**   capabilities. Each names the function and the argument in its errors.
*/
#ifndef SHEBAO_H
#define SHEBAO_H

#include "sqlite3ext.h"
#include <stddef.h>

/* SQLite versions. shebao supports SQLite 3.40 (Debian 12) and newer; `make test` builds it against Debian's
** 3.40 headers and checks that it compiles against current ones (tests/check-api-current.sh). It calls no API
** newer than 3.34 (sqlite3_txn_state; SQLITE_INNOCUOUS and SQLITE_VTAB_INNOCUOUS are 3.31; the negative key
** of a statement's auxiliary data, core/pin.c, is tested on every version `make test` runs). A newer API
** needs two guards: at compile time
** (`#if SQLITE_VERSION_NUMBER >= 3044000`), so that the build against 3.40 headers still compiles, and at run
** time (`sqlite3_libversion_number() >= 3044000`), because a loadable built against new headers may be loaded
** into an older SQLite, whose API table has no such entry. */
#if SQLITE_VERSION_NUMBER < 3034000
#error "shebao needs the headers of SQLite 3.34 or newer"
#endif

#ifndef SHEBAO_VERSION
#error "SHEBAO_VERSION must be defined by the build (from the VERSION file)"
#endif

/* Function flags by meaning. SQLite trusts SQLITE_DETERMINISTIC when it maintains an index, a generated column
** or a CHECK constraint, and may evaluate such a function once for many rows: only a function whose answer
** nothing but its arguments can change gets it (SHEBAO_PURE: it answers from the embedded default alone,
** which no layer changes). A function that answers from the policy in effect, which a layer, a what-if or
** another connection's commit changes, does not (SHEBAO_POLICY), nor one that reads the clock. All are
** innocuous: usable in views and triggers with PRAGMA trusted_schema=OFF. */
#define SHEBAO_PURE (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)
#define SHEBAO_POLICY (SQLITE_UTF8 | SQLITE_INNOCUOUS)
#define SHEBAO_CLOCK (SQLITE_UTF8 | SQLITE_INNOCUOUS)

#define SHEBAO_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

typedef struct ShebaoConn ShebaoConn;
typedef struct PolicyIndex PolicyIndex; /* policy/policy.h; C11 allows the same typedef in two headers */

/* ---- errors (core/errors.c) --------------------------------------------------------------------------- */

/* An argument was NULL: the answer is NULL. Never an SQLite result code. */
#define SHEBAO_NULL (-1)

/* An error of the policy in effect, not of the arguments: a broken layer row, a policy parameter missing or
** malformed, layers that cannot be read. It raises whatever shebao_set('on_error', ...) says, and reaches
** SQLite as SQLITE_ERROR. shebao_policy_error(rc) marks an SQLITE_ERROR so (other codes are not about the
** arguments anyway: they pass unchanged). */
#define SHEBAO_POLICY_ERROR (SQLITE_ERROR | (0x5EB << 8))
int shebao_policy_error(int rc);

/* Sets *pzErr (freeing what it held) to a message in sqlite3_mprintf's format. Returns SQLITE_ERROR, or
** SQLITE_NOMEM when the message cannot be made. */
int shebao_errorf(char **pzErr, const char *zFormat, ...);

/* The same for "<zFunc>(): <zWhat> '<value>' (<zParam>)", the value quoted as text_quote() does. */
int shebao_error_value(char **pzErr, const char *zFunc, const char *zWhat, const char *zParam, const char *z,
                       int n);

/* Gives an SQL function's outcome to SQLite: the error of rc (and zErr, freed here), nothing for SQLITE_OK
** and SHEBAO_NULL (the result stays as set, NULL if none was). An error about the arguments (SQLITE_ERROR) of a
** question (a function that is not SQLITE_DIRECTONLY) is NULL instead when the connection's on_error is
** 'null' (shebao_on_error). */
void shebao_result_error(sqlite3_context *ctx, int rc, char *zErr);

/* The same, whatever on_error says: for shebao_problem's own errors. */
void shebao_result_raise(sqlite3_context *ctx, int rc, char *zErr);

/* What an error of a question becomes on conn: SHEBAO_NULL (with *pzErr freed) for an error about its
** arguments when on_error is 'null'; SQLITE_ERROR for a policy error, which is counted (nPolicyError); any
** other rc unchanged. The one test on the path of an answer is not here: it runs only for an error. */
int shebao_on_error(ShebaoConn *conn, int rc, char **pzErr);

/* The same for a virtual table: zErr becomes pVtab->zErrMsg (the previous one is freed). Returns the code for
** the method to return: SQLITE_OK for SQLITE_OK and SHEBAO_NULL. */
int shebao_vtab_error(sqlite3_vtab *pVtab, int rc, char *zErr);

/* ---- arguments (core/args.c) -------------------------------------------------------------------------- */

/* SHEBAO_NULL if any argument is NULL or blank text ('' or spaces: what .import makes of an empty CSV cell):
** the function then returns NULL (a table-valued function no rows) without looking at the others, so that
** can_share('火星人', NULL) and can_share(NULL, '火星人') agree; else SQLITE_OK, or SQLITE_NOMEM. Every
** function of more than one argument starts with it: int rc = shebao_null_args(argc, argv). */
int shebao_null_args(int argc, sqlite3_value *const *argv);

/* The hot path's form of the same rule, in two halves: shebao_any_null tests the types alone (SHEBAO_NULL or
** SQLITE_OK) before the arguments are read; shebao_blank_wins, on the way of an error about them (rc
** SQLITE_ERROR), answers NULL instead (SHEBAO_NULL, *pzErr freed) if an argument is blank text. Blank text
** never reads as a value (no relation, date, region or rule is blank), so an answer costs no test of it. */
int shebao_any_null(int argc, sqlite3_value *const *argv);
int shebao_blank_wins(int argc, sqlite3_value *const *argv, int rc, char **pzErr);

/* The same for one argument: SHEBAO_NULL for NULL or blank text, SQLITE_OK, or SQLITE_NOMEM. */
int shebao_arg_blank(sqlite3_value *v);

/* The text of argument v (parameter zParam of zFunc). A blob is an error: text is expected. */
int shebao_arg_text(const char *zFunc, const char *zParam, sqlite3_value *v, const char **pz, int *pn,
                    char **pzErr);

/* A date argument, as days since 1970-01-01 (util/date.h). A malformed or impossible date is an error. */
int shebao_arg_date(const char *zFunc, const char *zParam, sqlite3_value *v, int *pDay, char **pzErr);

/* Today's date in China (UTC+8), as days since 1970-01-01, from the VFS clock. */
int shebao_today(void);

/* ---- registration (core/registry.c) ------------------------------------------------------------------- */

/* One row of a capability's function table. Rows that differ only in what they answer share one xFunc and
** tell themselves apart by iVariant (shebao_variant). */
typedef struct ShebaoFunction {
  const char *zName;
  int nArg;
  int flags; /* SHEBAO_PURE, SHEBAO_POLICY or SHEBAO_CLOCK (or SQLITE_DIRECTONLY for what writes) */
  void (*xFunc)(sqlite3_context *, int, sqlite3_value **);
  int iVariant;
} ShebaoFunction;

/* Registers the functions of a table on db, checking every return code. Each function's user data is its
** registration: shebao_conn(ctx) and shebao_variant(ctx) read it. */
int shebao_register_functions(sqlite3 *db, ShebaoConn *conn, const ShebaoFunction *aFunc, int nFunc,
                              char **pzErrMsg);

/* One row of a table of window functions: the four callbacks of sqlite3_create_window_function. */
typedef struct ShebaoWindowFunction {
  const char *zName;
  int nArg;
  int flags;
  void (*xStep)(sqlite3_context *, int, sqlite3_value **);
  void (*xFinal)(sqlite3_context *);
  void (*xValue)(sqlite3_context *);
  void (*xInverse)(sqlite3_context *, int, sqlite3_value **);
} ShebaoWindowFunction;
int shebao_register_window_functions(sqlite3 *db, ShebaoConn *conn, const ShebaoWindowFunction *aFunc,
                                     int nFunc, char **pzErrMsg);

/* The client data of every module: what it describes (a static descriptor) and the connection it answers
** for. */
typedef struct ShebaoModuleData {
  const void *pDesc;
  ShebaoConn *conn;
} ShebaoModuleData;
int shebao_register_module(sqlite3 *db, ShebaoConn *conn, const char *zName, const sqlite3_module *pModule,
                           const void *pDesc, char **pzErrMsg);

/* Removes every function and module registered through conn so far, newest first: a load that fails half-way
** leaves nothing of shebao behind (and no pointer into a shared library that SQLite then unloads). */
void shebao_unregister_all(sqlite3 *db, ShebaoConn *conn);

/* ---- virtual tables (core/vtab.c) -------------------------------------------------------------------- */

/* Declares zSchema ("CREATE TABLE x(...)"), allocates a zeroed table of nByte bytes (its struct begins with
** sqlite3_vtab) and marks it innocuous. */
int shebao_vtab_new(sqlite3 *db, const char *zSchema, size_t nByte, sqlite3_vtab **ppVtab);
int shebao_vtab_free(sqlite3_vtab *pVtab); /* xDisconnect */

/* A cursor over rows 0..nRow-1: every cursor struct begins with one. */
typedef struct ShebaoCursor {
  sqlite3_vtab_cursor base;
  int iRow, nRow;
} ShebaoCursor;
int shebao_cursor_new(size_t nByte, sqlite3_vtab_cursor **ppCursor); /* zeroed */
int shebao_cursor_free(sqlite3_vtab_cursor *cur); /* xClose of a cursor that holds nothing */
int shebao_cursor_next(sqlite3_vtab_cursor *cur); /* xNext */
int shebao_cursor_eof(sqlite3_vtab_cursor *cur);  /* xEof */
int shebao_cursor_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid); /* xRowid: iRow + 1 */

/* A read-only eponymous module whose methods are <prefix>_connect, _best_index, _open, _close, _filter and
** _column, with the shared ones above; eponymous only (xCreate NULL: no CREATE VIRTUAL TABLE), no
** transactions, no shadow tables. */
#define SHEBAO_READ_ONLY_MODULE(prefix)                                                                      \
  {                                                                                                          \
    .iVersion = 0, .xCreate = 0, .xConnect = prefix##_connect, .xBestIndex = prefix##_best_index,            \
    .xDisconnect = shebao_vtab_free, .xOpen = prefix##_open, .xClose = prefix##_close,                       \
    .xFilter = prefix##_filter, .xNext = shebao_cursor_next, .xEof = shebao_cursor_eof,                      \
    .xColumn = prefix##_column, .xRowid = prefix##_rowid                                                     \
  }

/* ---- the connection (core/conn.c) --------------------------------------------------------------------- */

/* What one registration was: the user data of a function, and what a failed load takes back. */
typedef struct ShebaoRegistration {
  ShebaoConn *conn;
  const char *zName; /* static */
  int isModule;
  int nArg; /* a function's; -1 is any number */
  int flags;
  int iVariant;
} ShebaoRegistration;
#define SHEBAO_MAX_REGISTRATIONS 96

/* Per-connection state, the user data of every function and module of one connection. It is reference
** counted because SQLite destroys each registration separately (and a user may override one function).
** Nothing in it is shared with another connection. */
struct ShebaoConn {
  sqlite3 *db;
  int nRef;
  PolicyIndex *pIndex;   /* the policy in effect as last checked: what a new statement answers from */
  PolicyIndex *pDefault; /* the embedded default alone, which no layer changes (SHEBAO_PURE functions) */
  int gen;               /* bumped when this connection writes a layer table or rolls a write back */
  int nBuilt;            /* indexes built so far: the serial of the next */
  int nPinned;           /* statements and scans running that answer from pIndex: it stays until they end */
  int inRefresh;         /* a rebuild is running: its own queries answer from the current index */
  int journalInTxn;      /* the journal has joined the open transaction: its rollback will be heard */
  int genRemoval;        /* bumped by the changes of gen that may take away what rows refer to */
  struct WriteCache *pWriteCache; /* references the write check found (policy/write_check.c), or NULL */
  int onErrorNull;  /* shebao_set('on_error', 'null'): questions answer NULL for arguments they cannot read */
  int nPolicyError; /* policy errors raised so far: shebao_problem tells them from a call's input errors */
  int nRegistered;                /* registrations made while loading, for shebao_unregister_all */
  /* Every registration of the connection, in order, then zeroed slots: a load that succeeds resets
  ** nRegistered but keeps the entries, which shebao_problem (core/problem.c) looks its questions up in. */
  ShebaoRegistration aRegistered[SHEBAO_MAX_REGISTRATIONS];
};

/* The connection state of the SQL function being called, and its row's iVariant. */
#define shebao_conn(ctx) (((const ShebaoRegistration *)sqlite3_user_data(ctx))->conn)
#define shebao_variant(ctx) (((const ShebaoRegistration *)sqlite3_user_data(ctx))->iVariant)

/* A new state with one reference and the index of the embedded default policy. */
int shebao_conn_new(sqlite3 *db, ShebaoConn **pConn, char **pzErr);
void shebao_conn_ref(ShebaoConn *conn);
void shebao_conn_unref(void *conn); /* the signature of an SQLite destructor */

/* ---- the policy a call answers from (core/conn.c, core/pin.c) ----------------------------------------- */

/* An SQL function's policy: the one its statement answers from. The first call of a statement checks that
** the connection's index is current (rebuilding it if a layer changed) and pins it to the statement; every
** later call of that statement, in any of its parts, gets the same index, whatever commits meanwhile. Call
** it once, at the start of the call, and pass the index down. SQLITE_OK with *pp; or an error: the layers
** cannot be read (a locked database: SQLITE_BUSY, never an older answer), a rebuild failed. */
int shebao_call_policy(sqlite3_context *ctx, PolicyIndex **pp, char **pzErr);
/* Today in China for a call after shebao_call_policy: read from the clock once per statement, as SQLite's own
** 'now' is, so that a statement running over midnight answers every row for the same day. */
int shebao_call_today(sqlite3_context *ctx);

/* A virtual-table cursor's policy, for its whole life (every xFilter of it): checked and pinned as a
** statement's is, with a reference the cursor gives back by shebao_scan_release, in xClose. zWho names the
** table in errors. */
int shebao_scan_policy(ShebaoConn *conn, const char *zWho, PolicyIndex **pp, char **pzErr);
void shebao_scan_release(ShebaoConn *conn, PolicyIndex *p);

/* The embedded default alone: for SHEBAO_PURE functions, whose answers no layer may change. */
PolicyIndex *shebao_default_policy(ShebaoConn *conn);

/* How shebao_policy finds the connection's index. */
typedef enum PolicyAccess {
  POLICY_CURRENT, /* checked (and rebuilt if a layer changed) unless a running statement has it pinned */
  POLICY_AS_BUILT /* the layer triggers' row check, which runs mid-statement: the index as last checked */
} PolicyAccess;

/* The connection's index without a pin: each POLICY_CURRENT call checks it anew, so two calls of one
** statement may see two policies. SQL functions use shebao_call_policy, tables shebao_scan_policy. */
int shebao_policy(ShebaoConn *conn, PolicyAccess how, PolicyIndex **pp, char **pzErr);

/* The connection's index checked (and rebuilt if needed) unless a running statement has it pinned; for
** core/pin.c. zWho names the caller in errors. */
int shebao_conn_validate(ShebaoConn *conn, const char *zWho, PolicyIndex **pp, char **pzErr);

/* A layer table was written, or a write was rolled back (policy/journal.c): the next statement rebuilds.
** mayRemove: the change may take away something rows refer to (anything but a row added to a table nothing
** refers to), which the write check's cache must hear of too. */
void shebao_layer_touched(ShebaoConn *conn, int mayRemove);

/* ---- capabilities: each registers its functions and tables (called by core/entry.c, in this order)
** ------ */

int shebao_register_core(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_settings(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_problem(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_policy(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_relations(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_regions(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_sharing(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_cert(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_identity(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_binding(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_wallet(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);

#endif /* SHEBAO_H */
