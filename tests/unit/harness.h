/*
** Helpers for the Criterion unit tests: an in-memory database with shebao registered in-process (the static
** library, -DSQLITE_CORE), and one-value queries.
*/
#ifndef SHEBAO_TEST_HARNESS_H
#define SHEBAO_TEST_HARNESS_H
#include <criterion/criterion.h>
#include <sqlite3.h>

int sqlite3_shebao_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

/* A new :memory: connection with shebao loaded; fails the test if that fails. */
sqlite3 *open_shebao(void);

/* The first column of the first row of zSql as text: the value, "NULL", "(no row)", or "error: <message>".
** The string is owned by the harness and valid until the next call. */
const char *q(sqlite3 *db, const char *zSql);

/* Runs zSql (several statements allowed); fails the test on error. */
void exec_ok(sqlite3 *db, const char *zSql);

#define ASSERT_Q(db, sql, expected) cr_assert_str_eq(q((db), (sql)), (expected), "%s", (sql))

#endif
