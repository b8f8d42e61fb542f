/* The bad-input matrix in-process, checked against the error policy (docs/conventions.md, "Errors: one policy"): every function
** and table of tests/calls.sql, with each bad value of the list in each argument in turn. The same matrix
** runs through the shell verbatim in tests/sql/bad_input.sql; here every case is checked by rule:
**   - NULL in, NULL out (a table-valued function gives no rows), whatever the other arguments are;
**   - a blob where text is expected is the error "<f>(): <argument> must be text, not a blob";
**   - a lookup (or an argument a decision reads as a lookup, marked '?') never raises another error; a policy
**     table never raises one for a WHERE value;
**   - a decision either answers or raises an error that names the function, quotes the value and names the
**     argument, in valid UTF-8 and shortened (a 1 MB value does not make a 1 MB message);
**   - an error is SQLITE_ERROR, never another code.
** An internal function (shebao_check_row, which refuses rows for shebao's triggers) is held to the last two
** only; so is shebao_problem with bad values (a 'report': it returns the error of the call it names as text,
** tests/sql/problem.sql). */
#include "harness.h"
#include "../common/calls.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../common/utf8.h"

static CallList list;

static void load_list(void) {
  char *zErr = calls_load(&list);
  cr_assert(zErr == 0, "%s", zErr);
}

static void free_list(void) {
  calls_free(&list);
}

TestSuite(matrix, .init = load_list, .fini = free_list);

Test(matrix, every_registered_function_and_table_has_a_row_in_calls_sql) {
  char *zProblems = calls_coverage(&list, sqlite3_shebao_init);
  cr_assert(zProblems == 0, "tests/calls.sql and the registered functions disagree:\n%s", zProblems);
}

typedef struct Outcome {
  int rc;
  int nRow;
  int firstType; /* of the first column of the first row */
  char zError[1024];
} Outcome;

static void run(sqlite3 *db, const char *zSql, Outcome *o) {
  sqlite3_stmt *stmt = 0;
  memset(o, 0, sizeof(*o));
  o->rc = sqlite3_prepare_v2(db, zSql, -1, &stmt, 0);
  if (o->rc == SQLITE_OK) {
    while ((o->rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      if (o->nRow++ == 0) o->firstType = sqlite3_column_type(stmt, 0);
    }
    if (o->rc == SQLITE_DONE) o->rc = SQLITE_OK;
  }
  if (o->rc != SQLITE_OK) snprintf(o->zError, sizeof(o->zError), "%s", sqlite3_errmsg(db));
  sqlite3_finalize(stmt);
}

static void check_case(sqlite3 *db, const Call *c, int iPos, const BadValue *v) {
  char *zSql = call_sql(c, iPos, v ? v->zExpr : 0);
  char *zTitle = call_title(c, iPos, v);
  char zPrefix[128], zParam[128];
  Outcome o;
  int isFunction = c->kind != KIND_TABLE && c->kind != KIND_VIEW;
  run(db, zSql, &o);
  cr_expect(o.rc == SQLITE_OK || o.rc == SQLITE_ERROR, "%s: result code %d: %s", zTitle, o.rc, o.zError);
  if (o.rc != SQLITE_OK) {
    int n = (int)strlen(o.zError);
    cr_expect(test_valid_utf8((const unsigned char *)o.zError, n), "%s: the message is not valid UTF-8",
              zTitle);
    cr_expect(n < 400, "%s: a message of %d bytes", zTitle, n);
  }
  if (c->kind == KIND_INTERNAL) goto done;
  if (c->kind == KIND_REPORT && iPos >= 0)
    goto done; /* reports another call's errors: tests/sql/problem.sql */
  if (iPos < 0) {
    cr_expect(o.rc == SQLITE_OK, "%s: the good call fails: %s", zTitle, o.zError);
    if (isFunction) cr_expect(o.firstType != SQLITE_NULL, "%s: the good call gives NULL", zTitle);
    if (c->kind == KIND_TABLE) cr_expect(o.nRow > 0, "%s: the good call gives no rows", zTitle);
    goto done;
  }
  snprintf(zPrefix, sizeof(zPrefix), "%s(): ", c->zName);
  snprintf(zParam, sizeof(zParam), "(%s)", c->azParam[iPos]);
  if (c->kind == KIND_VIEW) {
    cr_expect(o.rc == SQLITE_OK, "%s: a policy table raises an error for a WHERE value: %s", zTitle,
              o.zError);
  } else if (v->eType == SQLITE_NULL && c->aNullValue[iPos]) {
    cr_expect(o.rc == SQLITE_OK, "%s: NULL, which is a value here, gives an error: %s", zTitle, o.zError);
  } else if (v->eType == SQLITE_NULL) {
    cr_expect(o.rc == SQLITE_OK, "%s: NULL in gives an error: %s", zTitle, o.zError);
    if (isFunction)
      cr_expect(o.firstType == SQLITE_NULL, "%s: NULL in, but not NULL out", zTitle);
    else
      cr_expect(o.nRow == 0, "%s: NULL in, but %d rows out", zTitle, o.nRow);
  } else if (v->eType == SQLITE_BLOB) {
    char zWant[256];
    snprintf(zWant, sizeof(zWant), "%s(): %s must be text, not a blob", c->zName, c->azParam[iPos]);
    cr_expect(o.rc == SQLITE_ERROR && strcmp(o.zError, zWant) == 0, "%s: want the error \"%s\", got %s",
              zTitle, zWant, o.rc ? o.zError : "no error");
  } else if (c->aLookup[iPos]) {
    cr_expect(o.rc == SQLITE_OK, "%s: a lookup raises an error for text: %s", zTitle, o.zError);
  } else if (o.rc != SQLITE_OK) {
    /* A decision's error: names the function, quotes the value, names the argument. */
    cr_expect(strncmp(o.zError, zPrefix, strlen(zPrefix)) == 0,
              "%s: the error does not start with \"%s\": %s", zTitle, zPrefix, o.zError);
    /* "(on_date)", or in a message about two arguments, the name itself: "on_date '...' is before
    ** last_cert" */
    cr_expect(strstr(o.zError, zParam) != 0 || strstr(o.zError, c->azParam[iPos]) != 0,
              "%s: the error does not name the argument %s: %s", zTitle, zParam, o.zError);
    cr_expect(strchr(o.zError, '\'') != 0, "%s: the error does not quote the value: %s", zTitle, o.zError);
  }
done:
  sqlite3_free(zSql);
  sqlite3_free(zTitle);
}

Test(matrix, every_argument_of_every_call_with_every_bad_value, .timeout = 120) {
  sqlite3 *db = open_shebao();
  int i, k, j, nCase = 0;
  for (i = 0; i < list.nCall; i++) {
    const Call *c = &list.aCall[i];
    check_case(db, c, -1, 0);
    for (k = 0; k < c->nPos; k++) {
      for (j = 0; j < list.nBad; j++) {
        check_case(db, c, k, &list.aBad[j]);
        nCase++;
      }
    }
  }
  cr_assert(nCase > 100, "only %d cases: is tests/calls.sql complete?", nCase);
  sqlite3_close(db);
}

/* A NULL argument gives NULL even when another argument is bad: the answer does not depend on the order in
** which a function reads its arguments. */
Test(matrix, a_null_argument_wins_over_a_bad_one) {
  sqlite3 *db = open_shebao();
  int i, k, j;
  for (i = 0; i < list.nCall; i++) {
    const Call *c = &list.aCall[i];
    if (c->kind == KIND_VIEW || c->kind == KIND_INTERNAL || c->kind == KIND_REPORT || c->nPos < 2) continue;
    for (k = 0; k < 2 * c->nPos; k++) {
      /* NULL at k, and everywhere else '火星' (no relation, region, date or rule), or a blob */
      Call bad = *c;
      char *zSql;
      Outcome o;
      if (c->aNullValue[k % c->nPos]) continue; /* NULL is a value there: the others are read */
      for (j = 0; j < c->nPos; j++)
        bad.azGood[j] = j == k % c->nPos ? "NULL" : k < c->nPos ? "'火星'" : "x'00'";
      zSql = call_sql(&bad, -1, 0);
      run(db, zSql, &o);
      cr_expect(o.rc == SQLITE_OK, "%s: NULL with bad arguments gives an error: %s", zSql, o.zError);
      if (c->kind == KIND_TABLE)
        cr_expect(o.nRow == 0, "%s: %d rows", zSql, o.nRow);
      else
        cr_expect(o.firstType == SQLITE_NULL, "%s: not NULL", zSql);
      sqlite3_free(zSql);
    }
  }
  sqlite3_close(db);
}

/* A function of any number of arguments (registered with -1) called with fewer than its good call has: an
** error, never a read past its arguments (the ASan run of this test sees one). */
Test(matrix, a_function_of_any_number_of_arguments_with_too_few) {
  sqlite3 *db = open_shebao();
  int i, k, nVariadic = 0;
  for (i = 0; i < list.nCall; i++) {
    const Call *c = &list.aCall[i];
    if (c->nArg >= 0 || c->kind == KIND_VIEW || c->kind == KIND_TABLE) continue;
    nVariadic++;
    for (k = 0; k < c->nPos; k++) {
      Call fewer = *c;
      char *zSql;
      Outcome o;
      fewer.nPos = k;
      zSql = call_sql(&fewer, -1, 0);
      run(db, zSql, &o);
      cr_expect(o.rc == SQLITE_ERROR, "%s: %s", zSql, o.rc ? o.zError : "no error");
      sqlite3_free(zSql);
    }
  }
  cr_expect(nVariadic > 0, "no function of any number of arguments in tests/calls.sql");
  sqlite3_close(db);
}

/* The list itself has what the issue asks for. */
Test(matrix, the_bad_values_cover_the_issue) {
  static const char *const azWant[] = {"NULL",
                                       "integer",
                                       "real",
                                       "blob",
                                       "empty string",
                                       "spaces",
                                       "1 MB string",
                                       "invalid UTF-8",
                                       "full-width digits",
                                       "impossible date",
                                       "date far after any policy"};
  size_t w;
  int j;
  for (w = 0; w < sizeof(azWant) / sizeof(azWant[0]); w++) {
    int found = 0;
    for (j = 0; j < list.nBad; j++)
      found |= strcmp(list.aBad[j].zLabel, azWant[w]) == 0;
    cr_expect(found, "no bad value '%s' in tests/calls.sql", azWant[w]);
  }
}
