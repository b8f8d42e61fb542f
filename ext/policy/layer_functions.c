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

/* Which tables the layers have now; then their triggers. Without its triggers a layer table would take broken
** rows unchecked: out of memory is an error, and calling again (harmless) installs what is missing. */
static int install_layer_triggers(sqlite3 *db, int layer, int *pCount, char **pzErr) {
  unsigned aMask[2], aTables[3] = {0, 0, 0};
  int rc = policy_layer_tables(db, aMask), t;
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM) {
    return shebao_errorf(pzErr, "shebao_create_layer(): cannot read the %s schema",
                         policy_layer_names[layer]);
  }
  if (rc != SQLITE_OK) return rc;
  aTables[LAYER_MAIN] = aMask[0];
  aTables[LAYER_TEMP] = aMask[1];
  rc = policy_install_triggers(db, aTables);
  for (*pCount = 0, t = 0; t < PT_COUNT; t++)
    *pCount += (aTables[layer] >> t) & 1;
  return rc;
}

/* shebao_create_layer('main' | 'temp') -> the number of policy tables the layer has: creates those that are
** missing, with the schema of sql/schema.sql, and their triggers. */
static void create_layer_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  ShebaoConn *conn = shebao_conn(ctx);
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  char *zErr = 0;
  int layer = LAYER_MAIN, count = 0, rc;
  (void)argc;
  rc = layer_arg("shebao_create_layer", argv[0], &layer, &zErr);
  if (rc == SQLITE_OK) rc = create_tables(db, layer, &zErr);
  if (rc == SQLITE_OK) {
    shebao_layer_touched(conn); /* the next call reads the new layer (also if the rest fails) */
    rc = install_layer_triggers(db, layer, &count, &zErr);
  }
  if (rc == SQLITE_OK) sqlite3_result_int(ctx, count);
  shebao_result_error(ctx, rc, zErr);
}

/* ---- shebao_check_row(schema, table, cells...) -------------------------------------------------------- */

/* At write time a reference may point into the policy in effect or into the user's layer tables, where a row
** written earlier in the same import (a new source, a new region) already is. */
typedef struct WriteRefs {
  sqlite3 *db;
  const PolicyKeys *pKeys;
  int rc; /* out of memory while looking (the row is then neither refused nor accepted: the call fails) */
} WriteRefs;

/* Where each kind of reference is found in a layer: the table, the column, and a further condition. */
static const struct {
  PolicyTableId t;
  const char *zColumn, *zAnd;
} aRefWhere[REF_COUNT] = {
    [REF_SOURCE] = {PT_SOURCES, "source_id", 0},
    [REF_REGION] = {PT_REGIONS, "code", 0},
    [REF_PROVINCE] = {PT_REGIONS, "code", "AND level IN ('province', 'municipality')"},
    [REF_RELATION] = {PT_RELATIONS, "code", 0},
    [REF_CLASS] = {PT_KINSHIP_CLASSES, "class", 0},
    [REF_CERT_RULE] = {PT_CERT_RULES, "rule", 0},
};

/* Does a layer table (main or temp) have the row a reference names? A table that is not there has none;
** running out of memory is recorded in w->rc (and answers "found", refusing nothing). */
static int in_layers(WriteRefs *w, PolicyRef what, const char *zValue) {
  int layer, found = 0;
  for (layer = LAYER_MAIN; !found && layer <= LAYER_TEMP; layer++) {
    sqlite3_stmt *stmt = 0;
    char *zSql = sqlite3_mprintf("SELECT 1 FROM \"%w\".\"%w\" WHERE \"%w\" = ?1 %s",
                                 policy_layer_names[layer], policy_table_defs[aRefWhere[what].t].zName,
                                 aRefWhere[what].zColumn, aRefWhere[what].zAnd ? aRefWhere[what].zAnd : "");
    int rc = zSql ? sqlite3_prepare_v2(w->db, zSql, -1, &stmt, 0) : SQLITE_NOMEM;
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(stmt, 1, zValue, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK) {
      rc = sqlite3_step(stmt);
      found = rc == SQLITE_ROW;
      if (rc == SQLITE_ROW || rc == SQLITE_DONE) rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    sqlite3_free(zSql);
    if (rc == SQLITE_NOMEM) {
      w->rc = SQLITE_NOMEM;
      return 1;
    }
  }
  return found;
}

static int write_refs_have(void *pArg, PolicyRef what, const char *z) {
  WriteRefs *w = (WriteRefs *)pArg;
  return policy_keys_have(w->pKeys, what, z) || in_layers(w, what, z);
}

/* The text of an argument for a message: quoted, shortened, printable; NULL as NULL. */
static void quote_arg(char *buf, int nBuf, sqlite3_value *v) {
  const char *z = (const char *)sqlite3_value_text(v);
  if (z)
    text_quote(buf, nBuf, z, sqlite3_value_bytes(v));
  else
    sqlite3_snprintf(nBuf, buf, "NULL");
}

/* The policy table of the schema and table arguments, with the right number of values after them. Called with
** any number of arguments: the schema and the table must be there before they are read. */
static int check_row_table(int argc, sqlite3_value **argv, PolicyTableId *pt, char **pzErr) {
  const char *zSchema, *zTable;
  char zArg[TEXT_QUOTE_SIZE];
  int t;
  if (argc < 2)
    return shebao_errorf(pzErr, "shebao_check_row(): takes a schema, a table and the row's values");
  zSchema = (const char *)sqlite3_value_text(argv[0]);
  zTable = (const char *)sqlite3_value_text(argv[1]);
  if (zSchema == 0 || (sqlite3_stricmp(zSchema, "main") != 0 && sqlite3_stricmp(zSchema, "temp") != 0)) {
    quote_arg(zArg, sizeof(zArg), argv[0]);
    return shebao_errorf(pzErr, "shebao_check_row(): a layer is 'main' or 'temp', not %s (schema)", zArg);
  }
  t = policy_table_by_name(zTable);
  if (t < 0 || argc - 2 != policy_table_defs[t].nCol || policy_table_defs[t].nCol > 16) {
    quote_arg(zArg, sizeof(zArg), argv[1]);
    return shebao_errorf(pzErr, "shebao_check_row(): not a policy table or not its columns: %s", zArg);
  }
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

/* Checks the row against the rules of its table: a broken row is an error that refuses it. */
static int check_row(sqlite3 *db, const PolicyIndex *p, PolicyTableId t, const char *const *azCell,
                     sqlite3_value **argv, char **pzErr) {
  WriteRefs w;
  CheckRefs refs;
  char zProblem[200], zQuoted[TEXT_QUOTE_SIZE] = "";
  int iCol;
  w.db = db;
  w.pKeys = p->pKeys;
  w.rc = SQLITE_OK;
  refs.xHave = write_refs_have;
  refs.pArg = &w;
  if (!policy_check_row(t, azCell, &refs, &iCol, zProblem, sizeof(zProblem))) return w.rc;
  if (w.rc != SQLITE_OK) return w.rc; /* a reference could not be looked up: neither refused nor accepted */
  if (iCol >= 0 && azCell[iCol])
    text_quote(zQuoted, sizeof(zQuoted), azCell[iCol], (int)strlen(azCell[iCol]));
  return shebao_errorf(pzErr, "shebao: %s.%s: %s%s%s: the row is refused", sqlite3_value_text(argv[0]),
                       sqlite3_value_text(argv[1]), zProblem, zQuoted[0] ? " " : "", zQuoted);
}

static void check_row_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const char *azCell[16];
  PolicyIndex *p = 0;
  PolicyTableId t = PT_SOURCES;
  char *zErr = 0;
  int rc = check_row_table(argc, argv, &t, &zErr);
  if (rc == SQLITE_OK) rc = check_row_cells(t, argv + 2, azCell);
  /* Mid-statement: the index as last built; the layer tables are read for what it does not have yet. */
  if (rc == SQLITE_OK) rc = shebao_policy(shebao_conn(ctx), POLICY_AS_BUILT, &p, &zErr);
  if (rc == SQLITE_OK) rc = check_row(sqlite3_context_db_handle(ctx), p, t, azCell, argv, &zErr);
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
