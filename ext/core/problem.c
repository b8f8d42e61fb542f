/*
** shebao_problem(function_name, arg...) -> NULL when that call would answer, else the error message it would
** raise: the rows to clean of a bulk job, with the reason, without stopping at the first.
**
**   SELECT id, shebao_problem('can_share', relation, on_day, payer_city, city) AS problem
**   FROM household WHERE problem IS NOT NULL;
**   SELECT shebao_problem('explain_can_share', '火星人', '2025-03-01');   -- a table-valued function too
**
** HOW IT WORKS
** It makes the call itself, "SELECT f(?1, ...)" (a table-valued function: "SELECT 1 FROM f(?1, ...) LIMIT 1"),
** and reports the error the call raises, so that the problem and the error cannot differ. The statement is
** prepared once for a call site whose function name is a constant (kept as the auxiliary data of that
** argument), else once per row. While it runs, the connection's on_error is 'raise'. An error that is not
** about the arguments (the policy data broken, out of memory, a busy database) is no problem of the row:
** shebao_problem raises it, as the call would under on_error = 'null'.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "util/text.h"
#include <string.h>

#define FN "shebao_problem"

/* Whether registration r is a question shebao_problem may call: a function that is not a command
** (direct-only) nor shebao_problem itself, or a table-valued function (an explain_ table). */
static int is_question(const ShebaoRegistration *r) {
  if (r->isModule) return strncmp(r->zName, "explain_", 8) == 0;
  return !(r->flags & SQLITE_DIRECTONLY) && strcmp(r->zName, FN) != 0;
}

/* Whether registration r has the name z[0..n) (any case, as SQLite's names). */
static int named(const ShebaoRegistration *r, const char *z, int n) {
  return (int)strlen(r->zName) == n && sqlite3_strnicmp(r->zName, z, n) == 0;
}

/* The error for a name no question has, or for a question called with another number of arguments. */
static int name_error(const ShebaoConn *conn, const char *z, int n, int nArg, char **pzErr) {
  sqlite3_str *s = sqlite3_str_new(0);
  char zQuoted[TEXT_QUOTE_SIZE], *zCounts;
  int i, nFound = 0, isTable = 0, rc;
  for (i = 0; i < SHEBAO_MAX_REGISTRATIONS && conn->aRegistered[i].zName; i++) {
    const ShebaoRegistration *r = &conn->aRegistered[i];
    if (named(r, z, n) && r->isModule) isTable = 1;
    if (!is_question(r) || r->isModule || !named(r, z, n)) continue;
    sqlite3_str_appendf(s, "%s%d", nFound++ ? " or " : "", r->nArg);
  }
  zCounts = sqlite3_str_finish(s);
  if (nFound > 0 && zCounts == 0) return SQLITE_NOMEM;
  text_quote(zQuoted, sizeof(zQuoted), z, n);
  if (nFound > 0) {
    rc = shebao_errorf(pzErr, FN "(): %s takes %s arguments, not %d (function_name)", zQuoted, zCounts, nArg);
  } else if (isTable) {
    rc = shebao_errorf(
        pzErr, FN "(): %s is a table of shebao, not a question (function_name): read it with WHERE", zQuoted);
  } else {
    rc = shebao_errorf(pzErr,
                       FN "(): unknown function %s (function_name): name a function or table-valued function "
                          "of shebao that answers a question (docs/conventions.md lists them)",
                       zQuoted);
  }
  sqlite3_free(zCounts);
  return rc;
}

/* The SQL of the call of question z[0..n) with nArg arguments, or an error naming what is wrong. */
static int call_sql(const ShebaoConn *conn, const char *z, int n, int nArg, char **pzSql, char **pzErr) {
  sqlite3_str *s;
  int i;
  for (i = 0; i < SHEBAO_MAX_REGISTRATIONS && conn->aRegistered[i].zName; i++) {
    const ShebaoRegistration *r = &conn->aRegistered[i];
    if (!is_question(r) || !named(r, z, n)) continue;
    if (r->isModule || r->nArg == nArg || r->nArg < 0) break;
  }
  if (i == SHEBAO_MAX_REGISTRATIONS || conn->aRegistered[i].zName == 0)
    return name_error(conn, z, n, nArg, pzErr);
  s = sqlite3_str_new(0);
  /* The registered name, never the text given: nothing of the argument reaches the SQL. */
  sqlite3_str_appendf(s, conn->aRegistered[i].isModule ? "SELECT 1 FROM %s(" : "SELECT %s(",
                      conn->aRegistered[i].zName);
  for (i = 1; i <= nArg; i++)
    sqlite3_str_appendf(s, "%s?%d", i > 1 ? ", " : "", i);
  sqlite3_str_appendall(s, ") LIMIT 1");
  *pzSql = sqlite3_str_finish(s);
  return *pzSql ? SQLITE_OK : SQLITE_NOMEM;
}

static void finalize(void *pStmt) {
  sqlite3_finalize((sqlite3_stmt *)pStmt);
}

/* The statement of this call site: kept with the function name when that is a constant. */
static int call_statement(sqlite3_context *ctx, int argc, sqlite3_value **argv, sqlite3_stmt **ppStmt,
                          char **pzErr) {
  ShebaoConn *conn = shebao_conn(ctx);
  const char *z;
  char *zSql = 0;
  int n, rc;
  *ppStmt = (sqlite3_stmt *)sqlite3_get_auxdata(ctx, 0);
  if (*ppStmt) return SQLITE_OK;
  rc = shebao_arg_text(FN, "function_name", argv[0], &z, &n, pzErr);
  if (rc == SQLITE_OK) rc = call_sql(conn, z, n, argc - 1, &zSql, pzErr);
  if (rc == SQLITE_OK) rc = sqlite3_prepare_v3(conn->db, zSql, -1, SQLITE_PREPARE_PERSISTENT, ppStmt, 0);
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM && zSql) {
    rc = shebao_policy_error(shebao_errorf(pzErr, FN "(): %s", sqlite3_errmsg(conn->db)));
  }
  sqlite3_free(zSql);
  if (rc != SQLITE_OK) return rc;
  sqlite3_set_auxdata(ctx, 0, *ppStmt, finalize);
  *ppStmt =
      (sqlite3_stmt *)sqlite3_get_auxdata(ctx, 0); /* SQLite finalized it itself if it could not keep it */
  return *ppStmt ? SQLITE_OK : SQLITE_NOMEM;
}

/* Makes the call: SQLITE_OK with *pzProblem the error it raised about its arguments (NULL: it answered), or
** the error that is no problem of the arguments, to raise. */
static int make_call(ShebaoConn *conn, sqlite3_stmt *pStmt, int argc, sqlite3_value **argv, char **pzProblem,
                     char **pzErr) {
  int saved = conn->onErrorNull, nPolicyError = conn->nPolicyError, rc = SQLITE_OK, i;
  for (i = 1; rc == SQLITE_OK && i < argc; i++)
    rc = sqlite3_bind_value(pStmt, i, argv[i]);
  conn->onErrorNull = 0;
  if (rc == SQLITE_OK) rc = sqlite3_step(pStmt);
  conn->onErrorNull = saved;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
    rc = SQLITE_OK;
  } else if (rc != SQLITE_NOMEM) {
    char *z = sqlite3_mprintf("%s", sqlite3_errmsg(conn->db));
    if (z == 0) {
      rc = SQLITE_NOMEM;
    } else if (rc == SQLITE_ERROR && conn->nPolicyError == nPolicyError) {
      *pzProblem = z;
      rc = SQLITE_OK;
    } else {
      sqlite3_free(*pzErr);
      *pzErr = z;
    }
  }
  sqlite3_reset(pStmt);
  sqlite3_clear_bindings(pStmt);
  return rc;
}

static void shebao_problem_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  sqlite3_stmt *pStmt = 0;
  char *zErr = 0, *zProblem = 0;
  int rc = argc < 1 ? shebao_errorf(&zErr, FN "(): takes a function name, then that function's arguments")
                    : shebao_arg_blank(argv[0]);
  if (rc == SQLITE_OK) rc = call_statement(ctx, argc, argv, &pStmt, &zErr);
  if (rc == SQLITE_OK) rc = make_call(shebao_conn(ctx), pStmt, argc, argv, &zProblem, &zErr);
  if (rc == SQLITE_OK && zProblem) sqlite3_result_text(ctx, zProblem, -1, sqlite3_free);
  shebao_result_raise(ctx, rc, zErr); /* its own errors raise whatever on_error says */
}

static const ShebaoFunction aProblemFunction[] = {
    {FN, -1, SHEBAO_POLICY, shebao_problem_func, 0},
};

int shebao_register_problem(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return shebao_register_functions(db, conn, aProblemFunction, SHEBAO_COUNT(aProblemFunction), pzErrMsg);
}
