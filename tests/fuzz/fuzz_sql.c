/*
** Fuzz target: every SQL function and every table of shebao with fuzzed arguments. The forms are found at
** start-up, not listed: the functions and modules that appear in pragma_function_list / pragma_module_list
** when shebao is loaded, so a new function is fuzzed without a change here. Each function is called with its
** number of arguments (one of any number of arguments with 0..8), a window function as f(...) OVER (); a
** table-valued function (a module with HIDDEN columns) with 0..all of them; a policy table is searched with
** WHERE <column> = value, for each column.
**
** Input: the form's key, 0x1E, then the arguments separated by 0x1F. The key is 'name/narg' for a function
** ('name/-1:k' for one of any number of arguments called with k),
** 'name(k)' for a table-valued function with k arguments, 'name.column' for a table (any other key picks a
** form by its hash). An argument's first byte says its type: 'n' NULL, 'i' integer, 'r' real, 'b' blob, 't'
** text; with any other first byte the whole argument is text. Example: "can_share/2\x1et配偶\x1ft2025-01-01".
**
** The oracle, besides the sanitizers: an error is SQLITE_ERROR with a message that starts with "name(): ",
** is valid UTF-8 and short; a policy table never raises one; a NULL argument makes a function return NULL (but
** where NULL is a value: wallet_check's received_at, not received).
** A function of any number of arguments is shebao_check_row, which refuses rows for shebao's triggers: its
** messages may start with "shebao: " and NULL is a value like any other for it.
** Seeds: fixtures/fuzz/sql.
*/
#include "fuzz.h"

#define MAX_FORM 512
#define MAX_ARG 8

typedef struct Form {
  char zKey[128];   /* can_share/2, explain_can_share(2), shebao_regions.code */
  char zPrefix[96]; /* "can_share(): ", or "" for a table (no error allowed) */
  char zSql[512];
  int nArg;
  int isFunction;
  int variadic;  /* registered with -1 arguments */
  int nullValue; /* the argument (1-based) whose NULL is a value, or 0 */
} Form;

/* Arguments whose NULL is a value, not unknown (tests/calls.sql marks them '!'). */
static int null_value_arg(const char *zName, int nArg) {
  return strcmp(zName, "wallet_check") == 0 && nArg == 3 ? 3 : 0;
}

static Form aForm[MAX_FORM];
static int nForm;

static Form *add_form(const char *zKey, const char *zPrefix, const char *zSql, int nArg, int isFunction) {
  Form *f;
  if (nForm == MAX_FORM) abort();
  f = &aForm[nForm++];
  memset(f, 0, sizeof(*f));
  snprintf(f->zKey, sizeof(f->zKey), "%s", zKey);
  snprintf(f->zPrefix, sizeof(f->zPrefix), "%s", zPrefix);
  snprintf(f->zSql, sizeof(f->zSql), "%s", zSql);
  f->nArg = nArg;
  f->isFunction = isFunction;
  return f;
}

/* Every function and module that shebao registers. */
static void find_forms(void) {
  sqlite3 *plain = 0, *db = fuzz_db();
  sqlite3_stmt *stmt = 0;
  char zKey[256], zPrefix[96], zSql[512];
  Form *f;
  sqlite3_open(":memory:", &plain);
  sqlite3_exec(db, "ATTACH ':memory:' AS fuzz_plain", 0, 0, 0);
  /* What a connection without shebao has, to leave out. */
  sqlite3_exec(db, "CREATE TABLE fuzz_plain.functions(name, narg); CREATE TABLE fuzz_plain.modules(name)", 0,
               0, 0);
  sqlite3_prepare_v2(plain, "SELECT DISTINCT name, narg FROM pragma_function_list", -1, &stmt, 0);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    char *z = sqlite3_mprintf("INSERT INTO fuzz_plain.functions VALUES (%Q, %d)",
                              sqlite3_column_text(stmt, 0), sqlite3_column_int(stmt, 1));
    sqlite3_exec(db, z, 0, 0, 0);
    sqlite3_free(z);
  }
  sqlite3_finalize(stmt);
  sqlite3_prepare_v2(plain, "SELECT name FROM pragma_module_list", -1, &stmt, 0);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    char *z = sqlite3_mprintf("INSERT INTO fuzz_plain.modules VALUES (%Q)", sqlite3_column_text(stmt, 0));
    sqlite3_exec(db, z, 0, 0, 0);
    sqlite3_free(z);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(plain);

  sqlite3_prepare_v2(
      db,
      "SELECT DISTINCT name, narg, type = 'w' FROM pragma_function_list f WHERE NOT EXISTS (SELECT 1"
      " FROM fuzz_plain.functions p WHERE p.name = f.name AND p.narg = f.narg) ORDER BY 1, 2",
      -1, &stmt, 0);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    const char *zName = (const char *)sqlite3_column_text(stmt, 0);
    int nReg = sqlite3_column_int(stmt, 1), isWindow = sqlite3_column_int(stmt, 2), nArg, k, n;
    if (nReg > MAX_ARG) continue;
    for (nArg = nReg < 0 ? 0 : nReg; nArg <= (nReg < 0 ? MAX_ARG : nReg); nArg++) {
      if (nReg < 0)
        snprintf(zKey, sizeof(zKey), "%s/-1:%d", zName, nArg);
      else
        snprintf(zKey, sizeof(zKey), "%s/%d", zName, nArg);
      snprintf(zPrefix, sizeof(zPrefix), "%s(): ", zName);
      n = snprintf(zSql, sizeof(zSql), "SELECT %s(", zName);
      for (k = 1; k <= nArg; k++)
        n += snprintf(zSql + n, sizeof(zSql) - (size_t)n, "%s?%d", k > 1 ? ", " : "", k);
      snprintf(zSql + n, sizeof(zSql) - (size_t)n, isWindow ? ") OVER ()" : ")");
      f = add_form(zKey, zPrefix, zSql, nArg, 1);
      f->variadic = nReg < 0;
      f->nullValue = null_value_arg(zName, nArg);
    }
  }
  sqlite3_finalize(stmt);

  /* Modules: a table-valued function has HIDDEN columns, its arguments; a policy table has none. */
  sqlite3_prepare_v2(
      db,
      "SELECT m.name, c.name, c.hidden, c.cid FROM pragma_module_list m, pragma_table_xinfo(m.name) c"
      " WHERE m.name NOT IN (SELECT name FROM fuzz_plain.modules)"
      "   AND m.name NOT LIKE 'pragma\\_%' ESCAPE '\\'" /* SQLite's, registered when first used */
      " ORDER BY m.name, c.cid",
      -1, &stmt, 0);
  {
    char zModule[128] = "", azColumn[32][64];
    int nHidden = 0, nColumn = 0;
    for (;;) {
      int more = sqlite3_step(stmt) == SQLITE_ROW;
      const char *zName = more ? (const char *)sqlite3_column_text(stmt, 0) : "";
      if (strcmp(zName, zModule) != 0) {
        int k;
        /* A table-valued function: called with 0..all arguments, and with WHERE on an output column without
        ** them (errors allowed: its arguments are required). A policy table: no error allowed. */
        if (nHidden)
          snprintf(zPrefix, sizeof(zPrefix), "%s(): ", zModule);
        else
          zPrefix[0] = 0;
        for (k = 0; k <= nHidden && nHidden > 0; k++) {
          int j, n;
          snprintf(zKey, sizeof(zKey), "%s(%d)", zModule, k);
          n = snprintf(zSql, sizeof(zSql), "SELECT * FROM %s(", zModule);
          for (j = 1; j <= k; j++)
            n += snprintf(zSql + n, sizeof(zSql) - (size_t)n, "%s?%d", j > 1 ? ", " : "", j);
          snprintf(zSql + n, sizeof(zSql) - (size_t)n, ")");
          add_form(zKey, zPrefix, zSql, k, 0);
        }
        for (k = 0; k < nColumn; k++) {
          snprintf(zKey, sizeof(zKey), "%s.%s", zModule, azColumn[k]);
          snprintf(zSql, sizeof(zSql), "SELECT * FROM %s WHERE \"%s\" = ?1", zModule, azColumn[k]);
          add_form(zKey, zPrefix, zSql, 1, 0);
        }
        snprintf(zModule, sizeof(zModule), "%s", zName);
        nHidden = nColumn = 0;
      }
      if (!more) break;
      if (sqlite3_column_int(stmt, 2)) {
        nHidden++;
      } else if (nColumn < 32) {
        snprintf(azColumn[nColumn++], sizeof(azColumn[0]), "%s", (const char *)sqlite3_column_text(stmt, 1));
      }
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_exec(db, "DETACH fuzz_plain", 0, 0, 0);
  if (nForm == 0) {
    fprintf(stderr, "no shebao functions found\n");
    abort();
  }
  fprintf(stderr, "fuzz_sql: %d forms (functions, table-valued functions, table columns)\n", nForm);
}

/* Binds argument iArg from z[0..n) by its type byte; returns 1 if it is NULL. */
static int bind_arg(sqlite3_stmt *stmt, int iArg, const uint8_t *z, size_t n) {
  char buf[64];
  uint8_t type = n ? z[0] : 't';
  const uint8_t *p = n ? z + 1 : z;
  size_t np = n ? n - 1 : 0;
  snprintf(buf, sizeof(buf), "%.*s", (int)(np < 63 ? np : 63), (const char *)p);
  switch (type) {
  case 'n':
    sqlite3_bind_null(stmt, iArg);
    return 1;
  case 'i':
    sqlite3_bind_int64(stmt, iArg, strtoll(buf, 0, 10));
    return 0;
  case 'r':
    sqlite3_bind_double(stmt, iArg, strtod(buf, 0));
    return 0;
  case 'b':
    sqlite3_bind_blob(stmt, iArg, p, (int)np, SQLITE_TRANSIENT);
    return 0;
  case 't':
    sqlite3_bind_text(stmt, iArg, (const char *)p, (int)np, SQLITE_TRANSIENT);
    return 0;
  default:
    sqlite3_bind_text(stmt, iArg, (const char *)z, (int)n, SQLITE_TRANSIENT);
    return 0;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const uint8_t *sep = memchr(data, 0x1e, size), *p, *end = data + size;
  size_t nKey = sep ? (size_t)(sep - data) : size;
  const Form *f = 0;
  sqlite3_stmt *stmt;
  int i, anyNull = 0, rc, nRow = 0;
  if (size > 100000) return 0;
  if (nForm == 0) find_forms();
  for (i = 0; i < nForm && !f; i++) {
    if (strlen(aForm[i].zKey) == nKey && memcmp(aForm[i].zKey, data, nKey) == 0) f = &aForm[i];
  }
  if (f == 0) {
    uint32_t h = 2166136261u;
    size_t k;
    for (k = 0; k < nKey; k++)
      h = (h ^ data[k]) * 16777619u;
    f = &aForm[h % (uint32_t)nForm];
  }
  stmt = fuzz_stmt(f->zSql);
  p = sep ? sep + 1 : end;
  for (i = 1; i <= f->nArg; i++) {
    const uint8_t *e = p < end ? memchr(p, 0x1f, (size_t)(end - p)) : 0;
    size_t n = p < end ? (e ? (size_t)(e - p) : (size_t)(end - p)) : 0;
    anyNull |= bind_arg(stmt, i, p, n) && i != f->nullValue;
    p = e ? e + 1 : end;
  }
  /* Every row; an error only from a function or a table-valued function, as the policy says. */
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    int c, nCol = sqlite3_column_count(stmt);
    for (c = 0; c < nCol; c++) {
      const unsigned char *z = sqlite3_column_text(stmt, c);
      if (z)
        FUZZ_CHECK(test_valid_utf8(z, sqlite3_column_bytes(stmt, c)) ||
                       sqlite3_column_type(stmt, c) == SQLITE_BLOB || strchr(f->zKey, '.') != 0 ||
                       strchr(f->zKey, '(') != 0,
                   "%s: column %d is not UTF-8", f->zKey, c);
    }
    if (f->isFunction && !f->variadic && anyNull) {
      FUZZ_CHECK(sqlite3_column_type(stmt, 0) == SQLITE_NULL, "%s: NULL in, not NULL out", f->zKey);
    }
    nRow++;
  }
  if (rc != SQLITE_DONE) {
    const char *zMsg = sqlite3_errmsg(fuzz_db());
    int n = (int)strlen(zMsg);
    FUZZ_CHECK(f->zPrefix[0] != 0, "%s: a policy table raises an error: %s", f->zKey, zMsg);
    FUZZ_CHECK(rc == SQLITE_ERROR, "%s: result code %d: %s", f->zKey, rc, zMsg);
    FUZZ_CHECK(!(f->isFunction && !f->variadic && anyNull), "%s: NULL in, but an error: %s", f->zKey, zMsg);
    FUZZ_CHECK(strncmp(zMsg, f->zPrefix, strlen(f->zPrefix)) == 0 ||
                   (f->variadic && strncmp(zMsg, "shebao: ", 8) == 0),
               "%s: %s", f->zKey, zMsg);
    FUZZ_CHECK(test_valid_utf8((const unsigned char *)zMsg, n) && n < 400, "%s: message %.200s", f->zKey,
               zMsg);
  }
  if (f->isFunction) FUZZ_CHECK(rc != SQLITE_DONE || nRow == 1, "%s: %d rows", f->zKey, nRow);
  sqlite3_reset(stmt);
  return 0;
}
