/*
** shebao linked statically into a C program: dist/libshebao.a, registered with sqlite3_auto_extension().
**
**   cc -Iext tests/clients/static_client.c dist/libshebao.a -lsqlite3          (Debian's SQLite 3.40)
**   cc -I<amalgamation> -Iext tests/clients/static_client.c dist/libshebao.a sqlite3.o -lm   (a current one)
**   build/tests/static_client CASES_DIR/NNN.sql ...
**
** Runs every documented example block given (the .sql files written by tests/readme-examples.sh; each one's
** expected output is the .expected file beside it), each in a fresh connection that has shebao only because
** of the auto-extension; then what only a C program does: binding each type, several connections, registering
** one connection by hand, cancelling the auto-extension. Prints one line per failure and "N passed, M
** failed"; exits 1 on a failure.
*/
#include <sqlite3.h>
#include "shebao_public.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int nPassed = 0, nFailed = 0;

/* A growable string. */
typedef struct Buf {
  char *z;
  size_t n, cap;
} Buf;

static void buf_append(Buf *b, const char *z, size_t n) {
  if (b->n + n + 1 > b->cap) {
    b->cap = (b->n + n + 1) * 2;
    b->z = realloc(b->z, b->cap);
    if (b->z == 0) abort();
  }
  memcpy(b->z + b->n, z, n);
  b->n += n;
  b->z[b->n] = 0;
}
static void buf_puts(Buf *b, const char *z) {
  buf_append(b, z, strlen(z));
}

static void check(const char *zName, const char *zGot, const char *zExpected) {
  if (strcmp(zGot, zExpected) == 0) {
    nPassed++;
  } else {
    nFailed++;
    printf("FAIL %s:\n  expected: %s\n  got:      %s\n", zName, zExpected, zGot);
  }
}

static char *read_file(const char *zPath) {
  Buf b = {0, 0, 0};
  char chunk[4096];
  size_t n;
  FILE *f = fopen(zPath, "rb");
  if (f == 0) return 0;
  buf_puts(&b, "");
  while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
    buf_append(&b, chunk, n);
  fclose(f);
  return b.z;
}

/* Runs one statement, appending its rows to out as the shell prints them in list mode (columns joined by
** '|', NULL empty, one line per row), or "error: <message>". */
static void run_statement(sqlite3 *db, const char *zSql, Buf *out) {
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  if (rc == SQLITE_OK && pStmt != 0) {
    while ((rc = sqlite3_step(pStmt)) == SQLITE_ROW) {
      int i;
      for (i = 0; i < sqlite3_column_count(pStmt); i++) {
        const unsigned char *z = sqlite3_column_text(pStmt, i);
        if (i > 0) buf_puts(out, "|");
        if (z) buf_puts(out, (const char *)z);
      }
      buf_puts(out, "\n");
    }
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  if (rc != SQLITE_OK) {
    buf_puts(out, "error: ");
    buf_puts(out, sqlite3_errmsg(db));
    buf_puts(out, "\n");
  }
  sqlite3_finalize(pStmt);
}

/* One documented example block: the statements of zPath in a fresh
** connection, compared with the .expected file beside it. */
static void run_case(const char *zPath) {
  char *zSql = read_file(zPath), *zExpected, *zEnd, *zStart;
  char zExpectedPath[4096];
  Buf out = {0, 0, 0};
  sqlite3 *db = 0;
  size_t n = strlen(zPath);
  if (zSql == 0 || n < 4 || n >= sizeof(zExpectedPath) - 16) {
    check(zPath, "(cannot read the file)", "(a documented example)");
    free(zSql);
    return;
  }
  snprintf(zExpectedPath, sizeof(zExpectedPath), "%.*s.expected", (int)(n - 4), zPath);
  zExpected = read_file(zExpectedPath);
  buf_puts(&out, "");
  sqlite3_open(":memory:", &db);
  for (zStart = zEnd = zSql; *zEnd; zEnd++) {
    /* Split as the shell does: at a ';' that completes a statement (not one in a string, a comment or a
    ** trigger's body). */
    char c;
    if (*zEnd != ';') continue;
    c = zEnd[1];
    zEnd[1] = 0;
    if (sqlite3_complete(zStart)) {
      run_statement(db, zStart, &out);
      zStart = zEnd + 1;
    }
    zEnd[1] = c;
  }
  if (strspn(zStart, " \t\r\n") < strlen(zStart)) run_statement(db, zStart, &out);
  sqlite3_close(db);
  check(zPath, out.z, zExpected ? zExpected : "(no .expected file)");
  free(out.z);
  free(zSql);
  free(zExpected);
}

/* The first column of the first row of zSql as text ("NULL" for NULL), or "error: <message>". */
static const char *q(sqlite3 *db, const char *zSql) {
  static char buf[512];
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  if (rc == SQLITE_OK) rc = sqlite3_step(pStmt);
  if (rc == SQLITE_ROW) {
    const unsigned char *z = sqlite3_column_text(pStmt, 0);
    snprintf(buf, sizeof(buf), "%s", z ? (const char *)z : "NULL");
  } else {
    snprintf(buf, sizeof(buf), "error: %s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(pStmt);
  return buf;
}

static void check_bindings(sqlite3 *db) {
  sqlite3_stmt *pStmt = 0;
  char got[512];
  int rc;
  static const unsigned char aBlob[] = {0xe5, 0xa4, 0x96};
  sqlite3_prepare_v2(db, "SELECT relation_code(?1), is_near_relative(?2), can_share(?3, ?4, ?5, ?6)", -1,
                     &pStmt, 0);
  sqlite3_bind_int(pStmt, 1, 1);
  sqlite3_bind_null(pStmt, 2);
  sqlite3_bind_text(pStmt, 3, "祖父", -1, SQLITE_STATIC);
  sqlite3_bind_text(pStmt, 4, "2024-12-02", -1, SQLITE_STATIC);
  sqlite3_bind_text(pStmt, 5, "苏州市", -1, SQLITE_STATIC);
  sqlite3_bind_text(pStmt, 6, "成都市", -1, SQLITE_STATIC);
  if (sqlite3_step(pStmt) == SQLITE_ROW) {
    snprintf(got, sizeof(got), "%s|%d|%d", (const char *)sqlite3_column_text(pStmt, 0),
             sqlite3_column_type(pStmt, 1), sqlite3_column_int(pStmt, 2));
  } else {
    snprintf(got, sizeof(got), "error: %s", sqlite3_errmsg(db));
  }
  check("bound int, NULL and text", got, "01|5|1"); /* 5 = SQLITE_NULL */
  sqlite3_finalize(pStmt);

  /* An 18-digit identity number bound as a 64-bit integer. */
  sqlite3_prepare_v2(db, "SELECT id_valid(?1), id_sex(?1), next_cert_deadline('2024-03-15')", -1, &pStmt, 0);
  sqlite3_bind_int64(pStmt, 1, 440524188001010014LL);
  if (sqlite3_step(pStmt) == SQLITE_ROW) {
    snprintf(got, sizeof(got), "%d|%s|%s", sqlite3_column_int(pStmt, 0),
             (const char *)sqlite3_column_text(pStmt, 1), (const char *)sqlite3_column_text(pStmt, 2));
  } else {
    snprintf(got, sizeof(got), "error: %s", sqlite3_errmsg(db));
  }
  check("bound int64", got, "1|M|2025-03-31");
  sqlite3_finalize(pStmt);

  sqlite3_prepare_v2(db, "SELECT relation_code(?)", -1, &pStmt, 0);
  sqlite3_bind_blob(pStmt, 1, aBlob, sizeof(aBlob), SQLITE_STATIC);
  rc = sqlite3_step(pStmt);
  snprintf(got, sizeof(got), "%d %s", rc, sqlite3_errmsg(db));
  check("bound blob", got, "1 relation_code(): term must be text, not a blob");
  sqlite3_finalize(pStmt);
}

int main(int argc, char **argv) {
  sqlite3 *db1 = 0, *db2 = 0, *db3 = 0;
  char *zErr = 0;
  int i, rc;

  rc = sqlite3_auto_extension((void (*)(void))sqlite3_shebao_init);
  check("sqlite3_auto_extension()", rc == SQLITE_OK ? "ok" : sqlite3_errstr(rc), "ok");

  /* ---- the documented examples ---- */
  for (i = 1; i < argc; i++)
    run_case(argv[i]);
  if (argc < 2) check("documented examples", "none given", "the .sql files of tests/readme-examples.sh");

  /* ---- what a C program does ---- */
  /* Every connection opened after the registration has shebao, each with its own state. */
  sqlite3_open(":memory:", &db1);
  sqlite3_open(":memory:", &db2);
  check("first connection", q(db1, "SELECT is_near_relative('外婆')"), "1");
  check("second connection", q(db2, "SELECT region_code('恩施州')"), "422800");
  check_bindings(db1);
  check("explain_can_share",
        q(db2,
          "SELECT group_concat(rule, ',') FROM explain_can_share('配偶', '2025-01-01', '苏州市', '苏州市')"),
        "relation,near_relative,scope,place,recipient,uses,outcome");
  check("error", q(db1, "SELECT can_share('火星人', '2025-01-01')"),
        "error: can_share(): unknown relation '火星人' (relation): no code, name or term of shebao_relations "
        "or "
        "shebao_relation_terms");
  check("shebao_version()", q(db1, "SELECT shebao_version() IS NOT NULL"), "1");
  check("explain_cert_deadline", q(db2, "SELECT count(*) FROM explain_cert_deadline('2024-03-15')"), "9");
  /* A TEMP layer belongs to its connection: the other one does not see it. */
  check("a TEMP layer", q(db1, "SELECT shebao_create_layer('temp')"), "17");
  check(
      "a what-if row",
      q(db1,
        "INSERT INTO temp.shebao_policy_region_enablement VALUES ('440000', 'cross_province', '2025-10-01', "
        "NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', 'what if') RETURNING code"),
      "440000");
  check("seen in its connection", q(db1, "SELECT region_enabled('广州市', '2025-10-15')"), "1");
  check("not in the other", q(db2, "SELECT quote(region_enabled('广州市', '2025-10-15'))"), "NULL");

  /* Cancelled: a new connection has no shebao, until it is registered by hand on that connection. */
  sqlite3_cancel_auto_extension((void (*)(void))sqlite3_shebao_init);
  sqlite3_open(":memory:", &db3);
  check("after sqlite3_cancel_auto_extension()", q(db3, "SELECT relation_code('外婆')"),
        "error: no such function: relation_code");
  rc = sqlite3_shebao_init(db3, &zErr, 0);
  check("sqlite3_shebao_init() by hand", rc == SQLITE_OK ? "ok" : (zErr ? zErr : sqlite3_errstr(rc)), "ok");
  sqlite3_free(zErr);
  check("registered by hand", q(db3, "SELECT relation_code('外婆')"), "64");
  check("the others still have it", q(db1, "SELECT relation_name('64')"), "外祖母");

  sqlite3_close(db1);
  sqlite3_close(db2);
  sqlite3_close(db3);
  printf("C, sqlite %s: %d documented examples\n", sqlite3_libversion(), argc - 1);
  printf("%d passed, %d failed\n", nPassed, nFailed);
  return nFailed ? 1 : 0;
}
