/*
** The call list of the reliability tests (see calls.h). The list is loaded into a scratch connection with
** plain SQLite (no shebao), and the SQL of each call is built the way tests/sql/bad_input.sql builds it.
**
** Output and bookkeeping use malloc, not SQLite's allocator: the allocation-failure test counts and fails
** SQLite's allocations, and this file must not disturb that count.
*/
#include "calls.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SHEBAO_TEST_CALLS
#error "SHEBAO_TEST_CALLS must name tests/calls.sql (the Makefile defines it)"
#endif

/* ---- a growing malloc'd string ------------------------------------------------------------------------ */

typedef struct Buf {
  char *z;
  size_t n, cap;
  int oom;
} Buf;

static void buf_append(Buf *b, const char *z, size_t n) {
  if (b->oom) return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = (b->n + n + 1) * 2;
    char *zNew = realloc(b->z, cap);
    if (zNew == 0) {
      b->oom = 1;
      return;
    }
    b->z = zNew;
    b->cap = cap;
  }
  memcpy(b->z + b->n, z, n);
  b->n += n;
  b->z[b->n] = 0;
}

static void buf_printf(Buf *b, const char *zFormat, ...) {
  char small[512];
  va_list ap;
  int n;
  va_start(ap, zFormat);
  n = vsnprintf(small, sizeof(small), zFormat, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof(small)) {
    buf_append(b, small, (size_t)n);
  } else {
    char *z = malloc((size_t)n + 1);
    if (z == 0) {
      b->oom = 1;
      return;
    }
    va_start(ap, zFormat);
    vsnprintf(z, (size_t)n + 1, zFormat, ap);
    va_end(ap);
    buf_append(b, z, (size_t)n);
    free(z);
  }
}

/* The buffer's string as sqlite3_malloc'd memory for callers that free with sqlite3_free (built only outside
** the armed regions of the allocation test: the SQL of a call is made before the fault is armed). */
static char *buf_finish_sqlite(Buf *b) {
  char *z = b->oom ? 0 : sqlite3_mprintf("%s", b->z ? b->z : "");
  free(b->z);
  return z;
}

static char *xstrdup(const char *z) {
  size_t n = strlen(z ? z : "");
  char *p = malloc(n + 1);
  if (p) memcpy(p, z ? z : "", n + 1);
  return p;
}

/* ---- loading ------------------------------------------------------------------------------------------ */

static char *read_file(const char *zPath) {
  FILE *f = fopen(zPath, "rb");
  Buf b = {0, 0, 0, 0};
  char chunk[4096];
  size_t n;
  if (f == 0) return 0;
  while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
    buf_append(&b, chunk, n);
  fclose(f);
  if (b.oom) {
    free(b.z);
    return 0;
  }
  return b.z ? b.z : xstrdup("");
}

static CallKind kind_from_text(const char *z) {
  if (strcmp(z, "lookup") == 0) return KIND_LOOKUP;
  if (strcmp(z, "decision") == 0) return KIND_DECISION;
  if (strcmp(z, "table") == 0) return KIND_TABLE;
  if (strcmp(z, "view") == 0) return KIND_VIEW;
  if (strcmp(z, "internal") == 0) return KIND_INTERNAL;
  if (strcmp(z, "window") == 0) return KIND_WINDOW;
  if (strcmp(z, "report") == 0) return KIND_REPORT;
  return KIND_OTHER;
}

char *calls_load(CallList *p) {
  sqlite3 *db = 0;
  sqlite3_stmt *stmt = 0;
  char *zSql = read_file(SHEBAO_TEST_CALLS), *zErr = 0;
  int rc, i;
  memset(p, 0, sizeof(*p));
  if (zSql == 0) return sqlite3_mprintf("cannot read %s", SHEBAO_TEST_CALLS);
  rc = sqlite3_open(":memory:", &db);
  if (rc == SQLITE_OK) rc = sqlite3_exec(db, zSql, 0, 0, &zErr);
  free(zSql);
  if (rc != SQLITE_OK) goto load_error;
  rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM shebao_calls", -1, &stmt, 0);
  if (rc != SQLITE_OK || sqlite3_step(stmt) != SQLITE_ROW) goto load_error;
  p->aCall = calloc((size_t)sqlite3_column_int(stmt, 0) + 1, sizeof(Call));
  sqlite3_finalize(stmt);
  rc = sqlite3_prepare_v2(
      db,
      "SELECT name, narg, kind, params, quote(a1), quote(a2), quote(a3), quote(a4), quote(a5),"
      " quote(a6) FROM shebao_calls ORDER BY rowid",
      -1, &stmt, 0);
  if (rc != SQLITE_OK || p->aCall == 0) goto load_error;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    Call *c = &p->aCall[p->nCall++];
    const char *zParams = (const char *)sqlite3_column_text(stmt, 3);
    c->zName = xstrdup((const char *)sqlite3_column_text(stmt, 0));
    c->nArg = sqlite3_column_int(stmt, 1);
    c->kind = kind_from_text((const char *)sqlite3_column_text(stmt, 2));
    for (i = 0; i < CALL_MAX_ARG; i++)
      c->azGood[i] = xstrdup((const char *)sqlite3_column_text(stmt, 4 + i));
    /* params: comma-separated names; a trailing '?' marks a position read as a lookup reads it, a trailing
    ** '!' one whose NULL is a value */
    while (zParams && *zParams && c->nPos < CALL_MAX_ARG) {
      const char *e = strchr(zParams, ',');
      size_t n = e ? (size_t)(e - zParams) : strlen(zParams);
      c->aLookup[c->nPos] = c->kind == KIND_LOOKUP || (n > 0 && zParams[n - 1] == '?');
      c->aNullValue[c->nPos] = n > 0 && zParams[n - 1] == '!';
      if (n > 0 && (zParams[n - 1] == '?' || zParams[n - 1] == '!')) n--;
      c->azParam[c->nPos] = malloc(n + 1);
      if (c->azParam[c->nPos]) {
        memcpy(c->azParam[c->nPos], zParams, n);
        c->azParam[c->nPos][n] = 0;
      }
      c->nPos++;
      zParams = e ? e + 1 : 0;
    }
    if (c->kind != KIND_VIEW && c->kind != KIND_TABLE && c->nArg >= 0 && c->nPos != c->nArg) {
      zErr = sqlite3_mprintf("%s/%d has %d params", c->zName, c->nArg, c->nPos);
      rc = SQLITE_ERROR;
      goto load_error;
    }
  }
  sqlite3_finalize(stmt);
  rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM shebao_bad_values", -1, &stmt, 0);
  if (rc != SQLITE_OK || sqlite3_step(stmt) != SQLITE_ROW) goto load_error;
  p->aBad = calloc((size_t)sqlite3_column_int(stmt, 0) + 1, sizeof(BadValue));
  sqlite3_finalize(stmt);
  stmt = 0;
  if (p->aBad == 0) goto load_error;
  rc = sqlite3_prepare_v2(db, "SELECT label, expr FROM shebao_bad_values ORDER BY rowid", -1, &stmt, 0);
  if (rc != SQLITE_OK) goto load_error;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    BadValue *v = &p->aBad[p->nBad++];
    sqlite3_stmt *typeStmt = 0;
    char *zTypeSql;
    v->zLabel = xstrdup((const char *)sqlite3_column_text(stmt, 0));
    v->zExpr = xstrdup((const char *)sqlite3_column_text(stmt, 1));
    zTypeSql = sqlite3_mprintf("SELECT %s", v->zExpr);
    if (sqlite3_prepare_v2(db, zTypeSql, -1, &typeStmt, 0) == SQLITE_OK &&
        sqlite3_step(typeStmt) == SQLITE_ROW) {
      v->eType = sqlite3_column_type(typeStmt, 0);
    }
    sqlite3_finalize(typeStmt);
    sqlite3_free(zTypeSql);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return 0;

load_error : {
  char *zMsg = sqlite3_mprintf("%s: %s", SHEBAO_TEST_CALLS, zErr ? zErr : sqlite3_errmsg(db));
  sqlite3_free(zErr);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return zMsg;
}
}

void calls_free(CallList *p) {
  int i, k;
  for (i = 0; i < p->nCall; i++) {
    free(p->aCall[i].zName);
    for (k = 0; k < CALL_MAX_ARG; k++) {
      free(p->aCall[i].azParam[k]);
      free(p->aCall[i].azGood[k]);
    }
  }
  for (i = 0; i < p->nBad; i++) {
    free(p->aBad[i].zLabel);
    free(p->aBad[i].zExpr);
  }
  free(p->aCall);
  free(p->aBad);
  memset(p, 0, sizeof(*p));
}

/* ---- SQL of a call ------------------------------------------------------------------------------------ */

char *call_sql(const Call *c, int iPos, const char *zExpr) {
  Buf b = {0, 0, 0, 0};
  int k;
  if (c->kind == KIND_VIEW) {
    if (iPos < 0) {
      buf_printf(&b, "SELECT * FROM %s WHERE %s = %s", c->zName, c->azParam[0], c->azGood[0]);
    } else {
      buf_printf(&b, "SELECT * FROM %s WHERE %s = %s", c->zName, c->azParam[iPos], zExpr);
    }
    return buf_finish_sqlite(&b);
  }
  buf_printf(&b, c->kind == KIND_TABLE ? "SELECT * FROM %s(" : "SELECT %s(", c->zName);
  for (k = 0; k < c->nPos; k++)
    buf_printf(&b, "%s%s", k ? ", " : "", k == iPos ? zExpr : c->azGood[k]);
  buf_append(&b, ")", 1);
  if (c->kind == KIND_WINDOW) buf_append(&b, " OVER ()", 8);
  return buf_finish_sqlite(&b);
}

char *call_title(const Call *c, int iPos, const BadValue *v) {
  if (iPos < 0) return sqlite3_mprintf("%s/%d good", c->zName, c->nArg);
  return sqlite3_mprintf("%s/%d %s = %s", c->zName, c->nArg, c->azParam[iPos], v ? v->zLabel : "?");
}

/* ---- coverage ----------------------------------------------------------------------------------------- */

/* name '/' narg of every function, and name of every module, one a line (malloc'd). */
static char *registered(sqlite3 *db, const char *zSql) {
  sqlite3_stmt *stmt = 0;
  Buf b = {0, 0, 0, 0};
  buf_append(&b, "\n", 1);
  if (sqlite3_prepare_v2(db, zSql, -1, &stmt, 0) == SQLITE_OK) {
    while (sqlite3_step(stmt) == SQLITE_ROW)
      buf_printf(&b, "%s\n", (const char *)sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  return b.z;
}

static int listed(const char *zList, const char *zItem) {
  char key[300];
  snprintf(key, sizeof(key), "\n%.256s\n", zItem);
  return zList && strstr(zList, key) != 0;
}

char *calls_coverage(const CallList *p, int (*xInit)(sqlite3 *, char **, const sqlite3_api_routines *)) {
  static const char zFunctions[] = "SELECT DISTINCT name || '/' || narg FROM pragma_function_list";
  static const char zModules[] = "SELECT name FROM pragma_module_list";
  sqlite3 *db = 0;
  char *azBefore[2], *azAfter[2], *zErr = 0;
  Buf problems = {0, 0, 0, 0};
  int i, k;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return sqlite3_mprintf("cannot open a database");
  azBefore[0] = registered(db, zFunctions);
  azBefore[1] = registered(db, zModules);
  if (xInit(db, &zErr, 0) != SQLITE_OK) buf_printf(&problems, "shebao does not load: %s\n", zErr ? zErr : "");
  sqlite3_free(zErr);
  azAfter[0] = registered(db, zFunctions);
  azAfter[1] = registered(db, zModules);
  sqlite3_close(db);
  /* Everything registered has a row ... */
  for (k = 0; k < 2; k++) {
    const char *z = azAfter[k] ? azAfter[k] + 1 : "";
    while (*z) {
      const char *e = strchr(z, '\n');
      char item[256];
      int found = 0;
      snprintf(item, sizeof(item), "%.*s", (int)(e - z), z);
      if (!listed(azBefore[k], item)) {
        for (i = 0; i < p->nCall && !found; i++) {
          const Call *c = &p->aCall[i];
          char mine[256];
          int isModule = c->kind == KIND_TABLE || c->kind == KIND_VIEW;
          if (isModule != (k == 1)) continue;
          if (isModule)
            snprintf(mine, sizeof(mine), "%s", c->zName);
          else
            snprintf(mine, sizeof(mine), "%s/%d", c->zName, c->nArg);
          found = strcmp(mine, item) == 0;
        }
        if (!found)
          buf_printf(&problems, "%s %s has no row in tests/calls.sql\n", k ? "module" : "function", item);
      }
      z = e + 1;
    }
  }
  /* ... and every row is registered. */
  for (i = 0; i < p->nCall; i++) {
    const Call *c = &p->aCall[i];
    int isModule = c->kind == KIND_TABLE || c->kind == KIND_VIEW;
    char mine[256];
    if (isModule)
      snprintf(mine, sizeof(mine), "%s", c->zName);
    else
      snprintf(mine, sizeof(mine), "%s/%d", c->zName, c->nArg);
    if (!listed(azAfter[isModule], mine) || listed(azBefore[isModule], mine)) {
      buf_printf(&problems, "tests/calls.sql has %s, which shebao does not register\n", mine);
    }
  }
  for (k = 0; k < 2; k++) {
    free(azBefore[k]);
    free(azAfter[k]);
  }
  if (problems.n == 0) {
    free(problems.z);
    return 0;
  }
  return buf_finish_sqlite(&problems);
}

/* ---- running ------------------------------------------------------------------------------------------ */

static void append_value(Buf *b, sqlite3_stmt *stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
  case SQLITE_NULL:
    buf_append(b, "NULL", 4);
    break;
  case SQLITE_INTEGER:
    buf_printf(b, "%lld", (long long)sqlite3_column_int64(stmt, i));
    break;
  case SQLITE_FLOAT:
    buf_printf(b, "%.17g", sqlite3_column_double(stmt, i));
    break;
  case SQLITE_BLOB: {
    const unsigned char *p = sqlite3_column_blob(stmt, i);
    int n = sqlite3_column_bytes(stmt, i), k;
    buf_append(b, "x'", 2);
    for (k = 0; k < n && p; k++)
      buf_printf(b, "%02x", p[k]);
    buf_append(b, "'", 1);
    break;
  }
  default: {
    const char *z = (const char *)sqlite3_column_text(stmt, i);
    if (z == 0) {
      buf_append(b, "(out of memory)", 15);
    } else {
      buf_append(b, "'", 1);
      buf_append(b, z, (size_t)sqlite3_column_bytes(stmt, i));
      buf_append(b, "'", 1);
    }
  }
  }
}

int call_run(sqlite3 *db, const char *zSql, char **pzOut) {
  Buf b = {0, 0, 0, 0};
  const char *zTail = zSql;
  int rc = SQLITE_OK;
  buf_append(&b, "", 0);
  while (rc == SQLITE_OK && zTail && *zTail) {
    sqlite3_stmt *stmt = 0;
    rc = sqlite3_prepare_v2(db, zTail, -1, &stmt, &zTail);
    if (rc != SQLITE_OK || stmt == 0) break;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      int i, n = sqlite3_column_count(stmt);
      for (i = 0; i < n; i++) {
        if (i) buf_append(&b, "|", 1);
        append_value(&b, stmt, i);
      }
      buf_append(&b, "\n", 1);
    }
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
    sqlite3_finalize(stmt);
  }
  if (rc != SQLITE_OK) buf_printf(&b, "error %d: %s", rc, sqlite3_errmsg(db));
  *pzOut = b.oom ? 0 : b.z;
  if (b.oom) free(b.z);
  return rc;
}
