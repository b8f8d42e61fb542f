/*
** Shared helpers of the libFuzzer targets (tests/fuzz/fuzz_*.c). Each target is built with clang,
** -fsanitize=fuzzer,address,undefined and the extension compiled in (-DSQLITE_CORE): see the Makefile and
** docs/reliability.md.
**
** A target answers every input through one connection with shebao, opened on the first input, and checks
** the error policy as an oracle besides the sanitizers: an error is SQLITE_ERROR (never SQLITE_MISUSE,
** SQLITE_INTERNAL, ...), its message starts with the function's name, is valid UTF-8 and is short.
*/
#ifndef SHEBAO_FUZZ_H
#define SHEBAO_FUZZ_H
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../common/utf8.h"

int sqlite3_shebao_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

/* Stops the run with a message: libFuzzer saves the input that got here as a crash. */
#define FUZZ_CHECK(cond, ...)                                                                                \
  do {                                                                                                       \
    if (!(cond)) {                                                                                           \
      fprintf(stderr, "fuzz check failed: %s\n  ", #cond);                                                   \
      fprintf(stderr, __VA_ARGS__);                                                                          \
      fprintf(stderr, "\n");                                                                                 \
      abort();                                                                                               \
    }                                                                                                        \
  } while (0)

/* The connection every input uses. */
static inline sqlite3 *fuzz_db(void) {
  static sqlite3 *db;
  if (db == 0) {
    char *zErr = 0;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK || sqlite3_shebao_init(db, &zErr, 0) != SQLITE_OK) {
      fprintf(stderr, "cannot open a connection with shebao: %s\n", zErr ? zErr : sqlite3_errmsg(db));
      abort();
    }
  }
  return db;
}

/* A prepared statement, kept for the whole run (at most 512 different texts). */
static inline sqlite3_stmt *fuzz_stmt(const char *zSql) {
  static struct {
    const char *zSql;
    sqlite3_stmt *stmt;
  } aCache[512];
  static int nCache;
  int i;
  for (i = 0; i < nCache; i++) {
    if (aCache[i].zSql == zSql || strcmp(aCache[i].zSql, zSql) == 0) {
      sqlite3_reset(aCache[i].stmt);
      sqlite3_clear_bindings(aCache[i].stmt);
      return aCache[i].stmt;
    }
  }
  if (nCache == 512) abort();
  {
    size_t n = strlen(zSql) + 1;
    char *zCopy = malloc(n);
    if (zCopy == 0) abort();
    memcpy(zCopy, zSql, n);
    aCache[nCache].zSql = zCopy;
  }
  if (sqlite3_prepare_v2(fuzz_db(), zSql, -1, &aCache[nCache].stmt, 0) != SQLITE_OK) {
    fprintf(stderr, "cannot prepare %s: %s\n", zSql, sqlite3_errmsg(fuzz_db()));
    abort();
  }
  return aCache[nCache++].stmt;
}

/* The outcome of a one-row statement: its first column as text (NULL for SQL NULL), or an error. */
typedef struct FuzzResult {
  int rc; /* SQLITE_OK or the error */
  int isNull;
  char zText[512]; /* the value, or the error message (whole: messages are under 400 bytes) */
} FuzzResult;

/* Steps stmt once and checks the error policy: an error is SQLITE_ERROR, with a message that starts with
** zPrefix (NULL: any), is valid UTF-8 and shorter than 400 bytes. */
static inline void fuzz_step(sqlite3_stmt *stmt, const char *zPrefix, FuzzResult *r) {
  int rc = sqlite3_step(stmt);
  memset(r, 0, sizeof(*r));
  if (rc == SQLITE_ROW) {
    const unsigned char *z = sqlite3_column_text(stmt, 0);
    r->isNull = sqlite3_column_type(stmt, 0) == SQLITE_NULL;
    if (z) snprintf(r->zText, sizeof(r->zText), "%s", (const char *)z);
    r->rc = SQLITE_OK;
  } else if (rc == SQLITE_DONE) {
    r->isNull = 1;
    r->rc = SQLITE_OK;
  } else {
    const char *zMsg = sqlite3_errmsg(sqlite3_db_handle(stmt));
    int n = (int)strlen(zMsg);
    r->rc = rc;
    snprintf(r->zText, sizeof(r->zText), "%s", zMsg);
    FUZZ_CHECK(rc == SQLITE_ERROR, "result code %d: %s", rc, zMsg);
    FUZZ_CHECK(test_valid_utf8((const unsigned char *)zMsg, n), "message not UTF-8: %s", zMsg);
    FUZZ_CHECK(n < 400, "message of %d bytes: %.200s", n, zMsg);
    FUZZ_CHECK(zPrefix == 0 || strncmp(zMsg, zPrefix, strlen(zPrefix)) == 0,
               "message does not start with %s: %s", zPrefix, zMsg);
  }
  sqlite3_reset(stmt);
}

/* Runs a one-argument statement with z[0..n) bound as text. */
static inline void fuzz_text1(const char *zSql, const char *zPrefix, const uint8_t *z, size_t n,
                              FuzzResult *r) {
  sqlite3_stmt *stmt = fuzz_stmt(zSql);
  sqlite3_bind_text(stmt, 1, (const char *)z, (int)n, SQLITE_TRANSIENT);
  fuzz_step(stmt, zPrefix, r);
}

#endif
