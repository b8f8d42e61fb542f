/*
** shebao: Chinese social-insurance rules inside SQLite.
**
** The internal interface shared by the files of ext/. Every file but shebao.c (the entry point, which holds
** SQLITE_EXTENSION_INIT1) includes this header and then says SQLITE_EXTENSION_INIT3.
**
** How the pieces fit:
**   shebao.c        entry point: creates the per-connection state and calls each capability's register
**   registry.c      registers a table of SQL functions or modules, checking every return code
**   conn.c          the per-connection state (ShebaoConn) and the policy index it currently answers from
**   args.c          argument conversion and the error messages of the error policy
**   date.c          the ISO date parser and formatter, calendar arithmetic
**   text.c          normalisation of user-typed terms (trim, full-width forms, case)
**   arena.c strmap.c   memory and hashing for the policy index
**   policy_*.c      the policy store: table definitions, the embedded default, the index built from them
**   relations.c kinship.c   GB/T 4761 relation codes, terms and the near-relative rules
**   idcard.c        resident identity numbers (GB 11643-1999): format, check character, legacy form, age
**   identity.c      the identity functions (id_*, needs_face_photo) and the index of known prefixes
**   vtab_policy.c   eponymous virtual tables that expose the effective policy (view_*.c: one per capability)
**   cert.c cert_rules.c cert_functions.c   pension certification: rules, resolution, next_cert_deadline,
**                   cert_status;  view_cert.c  shebao_cert_* tables;  explain_cert.c  explain_cert_deadline
*/
#ifndef SHEBAO_H
#define SHEBAO_H

#include "sqlite3ext.h"
#include <stddef.h>

/* SQLite versions. shebao supports SQLite 3.40 (Debian 12) and newer; `make test` builds it against Debian's
** 3.40 headers and checks that it compiles against current ones (tests/check-api-current.sh). It calls no API
** newer than 3.31 (SQLITE_INNOCUOUS, SQLITE_VTAB_INNOCUOUS). A newer API needs two guards: at compile time
** (`#if SQLITE_VERSION_NUMBER >= 3044000`), so that the build against 3.40 headers still compiles, and at run
** time (`sqlite3_libversion_number() >= 3044000`), because a loadable built against new headers may be loaded
** into an older SQLite, whose API table has no such entry. */
#if SQLITE_VERSION_NUMBER < 3031000
#error "shebao needs the headers of SQLite 3.31 or newer"
#endif

#ifndef SHEBAO_VERSION
#error "SHEBAO_VERSION must be defined by the build (from the VERSION file)"
#endif

/* Function flags by meaning (STYLE.md): pure functions may be used in views, generated columns and indexes;
** a function that reads the clock may not be called deterministic. */
#define SHEBAO_PURE (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)
#define SHEBAO_CLOCK (SQLITE_UTF8 | SQLITE_INNOCUOUS)

typedef struct ShebaoConn ShebaoConn;
typedef struct PolicyIndex PolicyIndex; /* C11 allows the same typedef in two headers */

/* ---- registry.c ---------------------------------------------------------------------------------------- */

/* One row of a capability's function table. */
typedef struct ShebaoFunction {
  const char *zName;
  int nArg;
  int flags; /* SHEBAO_PURE or SHEBAO_CLOCK */
  void (*xFunc)(sqlite3_context *, int, sqlite3_value **);
} ShebaoFunction;

int shebao_register_functions(sqlite3 *db, ShebaoConn *conn, const ShebaoFunction *aFunc, int nFunc,
                              char **pzErrMsg);
/* The client data of every module: what it describes and the connection it answers for. */
typedef struct ShebaoModuleData {
  const void *pDesc;
  ShebaoConn *conn;
} ShebaoModuleData;
int shebao_register_module(sqlite3 *db, ShebaoConn *conn, const char *zName, const sqlite3_module *pModule,
                           const void *pDesc, char **pzErrMsg);
/* Removes every function and module registered through conn so far, newest first: a load that fails half-way
** leaves nothing of shebao behind (and no pointer into a shared library that SQLite then unloads). */
void shebao_unregister_all(sqlite3 *db, ShebaoConn *conn);

/* ---- conn.c -------------------------------------------------------------------------------------------- */

/* What one registration was, so that a failed load can take it back (names and flags are static). */
typedef struct ShebaoRegistration {
  const char *zName;
  int isModule;
  int nArg; /* a function's; -1 is any number */
  int flags;
} ShebaoRegistration;
#define SHEBAO_MAX_REGISTRATIONS 96

/* Per-connection state, the user data of every function and module of one connection. It is reference
** counted because SQLite destroys each registration separately (and a user may override one function). */
struct ShebaoConn {
  sqlite3 *db;
  int nRef;
  PolicyIndex *pIndex; /* the index the functions answer from */
  int gen;             /* bumped when this connection writes a layer table or rolls a write back */
  int nBuilt;          /* indexes built so far: the serial of the next */
  int mainIsFile;      /* other connections may change main */
  int inRefresh;       /* a rebuild is running: its own queries answer from the current index */
  int nRegistered;     /* registrations made while loading, for shebao_unregister_all */
  ShebaoRegistration aRegistered[SHEBAO_MAX_REGISTRATIONS];
};

/* A new state with one reference and the index of the embedded default policy; NULL with *pzErr set
** (sqlite3_malloc'd, or NULL when out of memory) on failure. */
ShebaoConn *shebao_conn_new(sqlite3 *db, char **pzErr);
void shebao_conn_ref(ShebaoConn *conn);
void shebao_conn_unref(void *conn); /* signature of an SQLite destructor */

/* The policy index to answer a call from, rebuilt first if the layers changed. Returns NULL (with an error
** set on ctx) if it cannot be had. Lookups use this. */
PolicyIndex *shebao_policy(sqlite3_context *ctx);
/* The same for a decision: also an error (naming the first problem) if a table in mask (bit t for table t)
** has broken rows, because the answer could depend on them. */
PolicyIndex *shebao_decision_policy(sqlite3_context *ctx, const char *zFunc, unsigned mask);
/* The index a call already got from shebao_policy() earlier in the same invocation: nothing can have changed
** since (no SQL ran), so it skips the check, which on a database file costs a file_control. */
PolicyIndex *shebao_policy_again(sqlite3_context *ctx);
/* 1 if no table in mask has broken rows; else 0 with the error set on ctx. */
int shebao_policy_usable(sqlite3_context *ctx, const PolicyIndex *p, const char *zFunc, unsigned mask);
/* The index as it is, without looking for changes (for the validation triggers, which run mid-statement). */
PolicyIndex *shebao_policy_current(ShebaoConn *conn);
/* A layer table was written, or a write was rolled back (layer_journal.c). */
void shebao_layer_touched(ShebaoConn *conn);
/* Installs the TEMP triggers that track and validate writes to the layer tables of p (layer_functions.c). */
void shebao_layer_install_triggers(ShebaoConn *conn, const PolicyIndex *p);
/* The same for a virtual table (the caller holds a reference to the returned index until it unrefs it). */
int shebao_policy_acquire(ShebaoConn *conn, PolicyIndex **ppIndex, char **pzErr);

/* ---- args.c -------------------------------------------------------------------------------------------- */

/* Result of reading an argument: SQL NULL (the function returns NULL), a value, or an error already set. */
typedef enum { ARG_NULL = 0, ARG_OK = 1, ARG_ERROR = -1 } ArgStatus;

/* 1 if any of the arguments is NULL: the function then returns NULL (a table-valued function no rows) without
** looking at the others, so that can_share('火星人', NULL) and can_share(NULL, '火星人') agree. Every
*function
** with more than one argument starts with it. */
int shebao_null_args(int argc, sqlite3_value **argv);

/* The text of argument v for function zFunc, parameter zParam. Blobs are an error: text is expected. */
ArgStatus shebao_arg_text(sqlite3_context *ctx, const char *zFunc, const char *zParam, sqlite3_value *v,
                          const char **pz, int *pn);
/* A date argument, as days since 1970-01-01. A malformed or impossible date is an error naming zFunc. */
ArgStatus shebao_arg_date(sqlite3_context *ctx, const char *zFunc, const char *zParam, sqlite3_value *v,
                          int *pDay);

/* The same checks without a context, for virtual tables: on ARG_ERROR *pzErr is the message
** (sqlite3_malloc'd; NULL when out of memory). */
ArgStatus shebao_value_text(const char *zFunc, const char *zParam, sqlite3_value *v, const char **pz, int *pn,
                            char **pzErr);
ArgStatus shebao_value_date(const char *zFunc, const char *zParam, sqlite3_value *v, int *pDay, char **pzErr);

/* "<zFunc>(): <zWhat> '<value>' (<zParam>)", the value quoted, shortened and made safe to print
** (sqlite3_malloc'd). */
char *shebao_value_message(const char *zFunc, const char *zWhat, const char *zParam, const char *z, int n);
/* Sets zMsg (sqlite3_malloc'd, freed here; NULL means out of memory) as the error of ctx. */
void shebao_result_message(sqlite3_context *ctx, char *zMsg);
/* Sets an error on ctx: "<zFunc>(): <zWhat> '<value>' (<zParam>)". */
void shebao_error_value(sqlite3_context *ctx, const char *zFunc, const char *zWhat, const char *zParam,
                        const char *z, int n);
/* Sets an error from a printf-style format (sqlite3_mprintf conventions). */
void shebao_error(sqlite3_context *ctx, const char *zFormat, ...);
/* Writes z (n bytes) into buf as a quoted, printable, possibly shortened value: '火星市'. */
void shebao_quote(char *buf, int nBuf, const char *z, int n);

/* Today's date in China (UTC+8), as days since 1970-01-01, from the VFS clock. */
int shebao_today(void);

/* ---- capabilities: each registers its functions and tables -------------------------------------------- */

int shebao_register_core(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_relations(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_relation_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_policy_tables(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_layers(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_check(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_layer_journal(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_parameters(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_regions(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_region_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_sharing(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_sharing_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_explain_can_share(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_identity(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_identity_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_cert(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_cert_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int shebao_register_explain_cert(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);

#endif /* SHEBAO_H */
