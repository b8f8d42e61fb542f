/*
** User layers, the SQL side: creating the layer tables, and checking each row written to them.
**
**   SELECT shebao_create_layer('temp');   -- what-if layer: gone with the connection (or DROP TABLE)
**   SELECT shebao_create_layer('main');   -- persistent layer in the database file
**
** shebao_check_row is what the BEFORE triggers of policy/triggers.c call for every row written to a layer
** table. Both functions are SQLITE_DIRECTONLY: they cannot be used from views or from triggers in the
** database schema (the TEMP triggers are the connection's own).
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/policy.h"
#include "policy/effective.h"
#include "policy/guards.h"
#include "policy/validate.h"
#include "policy/view.h"
#include "util/text.h"
#include <string.h>

/* ---- shebao_create_layer(schema) ---------------------------------------------------------------------- */

/* The layer a schema argument names: LAYER_MAIN or LAYER_TEMP (any case). */
static int layer_arg(const char *zFunc, sqlite3_value *v, int *pLayer, char **pzErr) {
  const char *z;
  int n, rc = shebao_arg_text(zFunc, "schema", v, &z, &n, pzErr);
  if (rc != SQLITE_OK) return rc;
  if (sqlite3_stricmp(z, "main") == 0) {
    *pLayer = LAYER_MAIN;
  } else if (sqlite3_stricmp(z, "temp") == 0) {
    *pLayer = LAYER_TEMP;
  } else {
    return shebao_error_value(pzErr, zFunc, "a layer is 'main' or 'temp', not", "schema", z, n);
  }
  return SQLITE_OK;
}

/* Runs the embedded sql/schema.sql with each table created in the layer's schema. */
static int create_tables(sqlite3 *db, int layer, char **pzErr) {
  static const char zMark[] = "CREATE TABLE IF NOT EXISTS ";
  sqlite3_str *s = sqlite3_str_new(db);
  const char *z = policy_schema_sql, *e;
  char *zSql, *zExecErr = 0;
  int rc;
  while ((e = strstr(z, zMark)) != 0) {
    sqlite3_str_append(s, z, (int)(e - z) + (int)strlen(zMark));
    sqlite3_str_appendf(s, "\"%w\".", policy_layer_names[layer]);
    z = e + strlen(zMark);
  }
  sqlite3_str_appendall(s, z);
  zSql = sqlite3_str_finish(s);
  if (zSql == 0) return SQLITE_NOMEM;
  rc = sqlite3_exec(db, zSql, 0, 0, &zExecErr);
  sqlite3_free(zSql);
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM) {
    rc = shebao_errorf(pzErr, "shebao_create_layer(): cannot create the %s layer: %s",
                       policy_layer_names[layer], zExecErr ? zExecErr : sqlite3_errstr(rc));
  }
  sqlite3_free(zExecErr);
  return rc;
}

/* The number of tables the layer has, after its guards went on (policy/triggers.c). Without them a layer
** table would take broken rows unchecked: any error is the call's. */
static int guard_layer(sqlite3 *db, int layer, int *pCount, char **pzErr) {
  unsigned aMask[2];
  int rc = policy_install_guards(db), t;
  if (rc == SQLITE_OK) rc = policy_layer_tables(db, aMask);
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM) {
    return shebao_errorf(pzErr, "shebao_create_layer(): cannot put shebao's checks on the %s layer: %s",
                         policy_layer_names[layer], sqlite3_errmsg(db));
  }
  for (*pCount = 0, t = 0; rc == SQLITE_OK && t < PT_COUNT; t++)
    *pCount += (aMask[layer - 1] >> t) & 1;
  return rc;
}

/* shebao_create_layer('main' | 'temp') -> the number of policy tables the layer has: creates those that are
** missing, with the schema of sql/schema.sql, and puts shebao's guards on every layer table that lacks them
** (also one made by hand, by sql/schema.sql, or renamed). */
static void create_layer_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  ShebaoConn *conn = shebao_conn(ctx);
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  char *zErr = 0;
  int layer = LAYER_MAIN, count = 0, rc;
  (void)argc;
  rc = layer_arg("shebao_create_layer", argv[0], &layer, &zErr);
  if (rc == SQLITE_OK) rc = create_tables(db, layer, &zErr);
  if (rc == SQLITE_OK) {
    shebao_layer_touched(conn, 1); /* the next statement reads the new layer (also if the rest fails) */
    rc = guard_layer(db, layer, &count, &zErr);
  }
  if (rc == SQLITE_OK) sqlite3_result_int(ctx, count);
  shebao_result_error(ctx, rc, zErr);
}

/* ---- shebao_check_row(schema, table, replaced_rowid, cells...) --------------------------------------- */

/* The text of an argument for a message: quoted, shortened, printable; NULL as NULL. */
static void quote_arg(char *buf, int nBuf, sqlite3_value *v) {
  const char *z = (const char *)sqlite3_value_text(v);
  if (z)
    text_quote(buf, nBuf, z, sqlite3_value_bytes(v));
  else
    sqlite3_snprintf(nBuf, buf, "NULL");
}

/* The layer and policy table of the schema and table arguments, with the right number of values after them.
** Called with any number of arguments: the schema and the table must be there before they are read. */
static int check_row_table(int argc, sqlite3_value **argv, int *pLayer, PolicyTableId *pt, char **pzErr) {
  const char *zSchema, *zTable;
  char zArg[TEXT_QUOTE_SIZE];
  int t;
  if (argc < 3) {
    return shebao_errorf(pzErr, "shebao_check_row(): takes a schema, a table, the rowid the row replaces and "
                                "the row's values");
  }
  zSchema = (const char *)sqlite3_value_text(argv[0]);
  zTable = (const char *)sqlite3_value_text(argv[1]);
  if (zSchema == 0 || (sqlite3_stricmp(zSchema, "main") != 0 && sqlite3_stricmp(zSchema, "temp") != 0)) {
    quote_arg(zArg, sizeof(zArg), argv[0]);
    return shebao_errorf(pzErr, "shebao_check_row(): a layer is 'main' or 'temp', not %s (schema)", zArg);
  }
  t = policy_table_by_name(zTable);
  if (t < 0 || argc - 3 != policy_table_defs[t].nCol || policy_table_defs[t].nCol > EFFECTIVE_MAX_COLUMNS) {
    quote_arg(zArg, sizeof(zArg), argv[1]);
    return shebao_errorf(pzErr, "shebao_check_row(): not a policy table or not its columns: %s", zArg);
  }
  *pLayer = sqlite3_stricmp(zSchema, "main") == 0 ? LAYER_MAIN : LAYER_TEMP;
  *pt = (PolicyTableId)t;
  return SQLITE_OK;
}

/* The row's cells as the index would read them. */
static int check_row_cells(PolicyTableId t, sqlite3_value **argv, const char **azCell) {
  int c;
  for (c = 0; c < policy_table_defs[t].nCol; c++) {
    const char *raw = (const char *)sqlite3_value_text(argv[c]);
    if (raw == 0 && sqlite3_value_type(argv[c]) != SQLITE_NULL) return SQLITE_NOMEM;
    azCell[c] = policy_layer_cell(t, c, raw);
  }
  return SQLITE_OK;
}

/* Checks the row as the index build would (policy/write_check.c): a broken row is an error that refuses it. */
static int check_row(ShebaoConn *conn, int layer, PolicyTableId t, sqlite3_value *pReplaced,
                     const char *const *azCell, char **pzErr) {
  sqlite3_int64 iReplaced =
      sqlite3_value_type(pReplaced) == SQLITE_INTEGER ? sqlite3_value_int64(pReplaced) : -1;
  char zProblem[400], zQuoted[TEXT_QUOTE_SIZE] = ""; /* room for the retraction hint of an overlap */
  int iCol = -1, problem = 0, rc = SQLITE_OK;
  if (conn->pWriteCache == 0) rc = policy_write_cache_new(&conn->pWriteCache);
  if (rc == SQLITE_OK) {
    rc = policy_check_write(conn->db, conn->pWriteCache, conn->genRemoval, layer, t, iReplaced, azCell, &iCol,
                            zProblem, sizeof(zProblem), &problem);
  }
  if (rc != SQLITE_OK || !problem) return rc;
  if (iCol >= 0 && azCell[iCol])
    text_quote(zQuoted, sizeof(zQuoted), azCell[iCol], (int)strlen(azCell[iCol]));
  return shebao_errorf(pzErr, "shebao: %s.%s: %s%s%s: the row is refused", policy_layer_names[layer],
                       policy_table_defs[t].zName, zProblem, zQuoted[0] ? " " : "", zQuoted);
}

static void check_row_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const char *azCell[EFFECTIVE_MAX_COLUMNS];
  PolicyTableId t = PT_SOURCES;
  char *zErr = 0;
  int layer = LAYER_MAIN, rc = check_row_table(argc, argv, &layer, &t, &zErr);
  if (rc == SQLITE_OK) rc = check_row_cells(t, argv + 3, azCell);
  if (rc == SQLITE_OK) rc = check_row(shebao_conn(ctx), layer, t, argv[2], azCell, &zErr);
  shebao_result_error(ctx, rc, zErr);
}

static const ShebaoFunction aLayerFunction[] = {
    {"shebao_create_layer", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, create_layer_func, 0},
    {"shebao_check_row", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, check_row_func, 0},
};

/* The policy's own SQL surface: the layer functions, the journal the triggers write, the policy tables. */
int shebao_register_policy(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = shebao_register_functions(db, conn, aLayerFunction, SHEBAO_COUNT(aLayerFunction), pzErrMsg);
  if (rc == SQLITE_OK) rc = policy_register_journal(db, conn, pzErrMsg);
  if (rc == SQLITE_OK) rc = policy_register_views(db, conn, pzErrMsg);
  return rc;
}
