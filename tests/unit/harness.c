#include "harness.h"
#include <stdio.h>
#include <string.h>

sqlite3 *open_shebao(void) {
  sqlite3 *db = 0;
  char *zErr = 0;
  cr_assert_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
  cr_assert_eq(sqlite3_shebao_init(db, &zErr, 0), SQLITE_OK, "init: %s", zErr ? zErr : "");
  return db;
}

const char *q(sqlite3 *db, const char *zSql) {
  static char buf[4096];
  sqlite3_stmt *stmt = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &stmt, 0);
  if (rc != SQLITE_OK) {
    snprintf(buf, sizeof(buf), "error: %s", sqlite3_errmsg(db));
    return buf;
  }
  rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) {
    const unsigned char *z = sqlite3_column_text(stmt, 0);
    snprintf(buf, sizeof(buf), "%s", z ? (const char *)z : "NULL");
  } else if (rc == SQLITE_DONE) {
    snprintf(buf, sizeof(buf), "(no row)");
  } else {
    snprintf(buf, sizeof(buf), "error: %s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(stmt);
  return buf;
}

void exec_ok(sqlite3 *db, const char *zSql) {
  char *zErr = 0;
  int rc = sqlite3_exec(db, zSql, 0, 0, &zErr);
  cr_assert_eq(rc, SQLITE_OK, "%s: %s", zSql, zErr ? zErr : "");
}
