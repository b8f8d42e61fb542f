/*
** User layers, the SQL side: creating the layer tables, and the TEMP triggers that keep this connection's
** index current and refuse broken rows.
**
**   SELECT shebao_create_layer('temp');   -- what-if layer: gone with the connection (or DROP TABLE)
**   SELECT shebao_create_layer('main');   -- persistent layer in the database file
**
** For every layer table, shebao installs on each connection that loads it five TEMP triggers (TEMP: they
** exist for this connection only, so other connections and tools can still use the database without shebao):
**   BEFORE INSERT / UPDATE  SELECT shebao_check_row(...)   a broken row aborts the statement, with the
**                                                          reason, and the layer stays as it was
**   AFTER INSERT / UPDATE / DELETE                         INSERT INTO shebao_layer_journal: the next call
**                                                          rebuilds, and so does a later rollback of it
** shebao_check_row is for these triggers (it is SQLITE_DIRECTONLY: it cannot be used from views or from
** triggers in the database schema).
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/policy.h"
#include "policy/validate.h"
#include "regions/regions.h"
#include "relations/relations.h"
#include <string.h>

static const char *const azLayerSchema[] = {[LAYER_MAIN] = "main", [LAYER_TEMP] = "temp"};

/* ---- triggers ----------------------------------------------------------------------------------------- */

static int trigger_exists(sqlite3 *db, const char *zName) {
  sqlite3_stmt *stmt = 0;
  int found = 0;
  if (sqlite3_prepare_v2(db, "SELECT 1 FROM temp.sqlite_schema WHERE type = 'trigger' AND name = ?1", -1,
                         &stmt, 0) == SQLITE_OK) {
    sqlite3_bind_text(stmt, 1, zName, -1, SQLITE_STATIC);
    found = sqlite3_step(stmt) == SQLITE_ROW;
  }
  sqlite3_finalize(stmt);
  return found;
}

/* The triggers of one layer table, if they are missing. Errors are ignored: a read-only connection
** (PRAGMA query_only) cannot write the layers either. Returns SQLITE_NOMEM when memory ran out (the triggers
** may then be missing: shebao_create_layer says so, and a later call installs them). */
static int install_table_triggers(sqlite3 *db, int layer, PolicyTableId t) {
  const PolicyTableDef *def = &policy_table_defs[t];
  const char *zSchema = azLayerSchema[layer];
  sqlite3_str *s;
  char *zName = sqlite3_mprintf("shebao_%s_%s_check_insert", zSchema, def->zName), *zSql;
  int c, k, rc;
  static const char *const azWhen[] = {"insert", "update"};
  static const char *const azChange[] = {"inserted", "updated", "deleted"};
  static const char *const azChangeOp[] = {"INSERT", "UPDATE", "DELETE"};
  if (zName == 0) return SQLITE_NOMEM;
  if (trigger_exists(db, zName)) {
    sqlite3_free(zName);
    return SQLITE_OK;
  }
  sqlite3_free(zName);
  s = sqlite3_str_new(db);
  for (k = 0; k < 2; k++) {
    sqlite3_str_appendf(
        s,
        "CREATE TEMP TRIGGER IF NOT EXISTS \"shebao_%w_%w_check_%s\" BEFORE %s ON \"%w\".\"%w\" "
        "BEGIN SELECT shebao_check_row(%Q, %Q",
        zSchema, def->zName, azWhen[k], k ? "UPDATE" : "INSERT", zSchema, def->zName, zSchema, def->zName);
    for (c = 0; c < def->nCol; c++)
      sqlite3_str_appendf(s, ", NEW.\"%w\"", def->azCol[c]);
    sqlite3_str_appendall(s, "); END;\n");
  }
  for (k = 0; k < 3; k++) {
    /* A trigger's statements cannot name a schema: the journal is found as the eponymous table it is. */
    sqlite3_str_appendf(s,
                        "CREATE TEMP TRIGGER IF NOT EXISTS \"shebao_%w_%w_%s\" AFTER %s ON \"%w\".\"%w\" "
                        "BEGIN INSERT INTO shebao_layer_journal VALUES (NULL); END;\n",
                        zSchema, def->zName, azChange[k], azChangeOp[k], zSchema, def->zName);
  }
  zSql = sqlite3_str_finish(s);
  rc = zSql ? sqlite3_exec(db, zSql, 0, 0, 0) : SQLITE_NOMEM;
  sqlite3_free(zSql);
  return rc == SQLITE_NOMEM ? rc : SQLITE_OK;
}

static int install_triggers(ShebaoConn *conn, const unsigned aTables[3]) {
  int layer, t, rc = SQLITE_OK;
  for (layer = LAYER_MAIN; layer <= LAYER_TEMP; layer++) {
    for (t = 0; t < PT_COUNT; t++) {
      if ((aTables[layer] & (1u << t)) &&
          install_table_triggers(conn->db, layer, (PolicyTableId)t) != SQLITE_OK) {
        rc = SQLITE_NOMEM;
      }
    }
  }
  return rc;
}

void shebao_layer_install_triggers(ShebaoConn *conn, const PolicyIndex *p) {
  install_triggers(conn, p->aLayerTables); /* what is missing is installed by a later rebuild */
}

/* ---- shebao_create_layer(schema) ---------------------------------------------------------------------- */

/* shebao_create_layer('main' | 'temp') -> the number of policy tables the layer has: creates those that are
** missing, with the schema of sql/schema.sql, and the triggers. */
static void create_layer_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  ShebaoConn *conn = (ShebaoConn *)sqlite3_user_data(ctx);
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  const char *zSchema;
  int n, layer, rc;
  char *zSql, *zErr = 0;
  unsigned aMask[2], aTables[3] = {0, 0, 0};
  sqlite3_str *s;
  const char *z, *zMark = "CREATE TABLE IF NOT EXISTS ";
  (void)argc;
  if (shebao_arg_text(ctx, "shebao_create_layer", "schema", argv[0], &zSchema, &n) != ARG_OK) return;
  if (sqlite3_stricmp(zSchema, "main") == 0)
    layer = LAYER_MAIN;
  else if (sqlite3_stricmp(zSchema, "temp") == 0)
    layer = LAYER_TEMP;
  else {
    shebao_error_value(ctx, "shebao_create_layer", "a layer is 'main' or 'temp', not", "schema", zSchema, n);
    return;
  }
  /* The embedded schema, each table created in the layer's schema. */
  s = sqlite3_str_new(db);
  for (z = policy_schema_sql;;) {
    const char *e = strstr(z, zMark);
    if (e == 0) {
      sqlite3_str_appendall(s, z);
      break;
    }
    sqlite3_str_append(s, z, (int)(e - z) + (int)strlen(zMark));
    sqlite3_str_appendf(s, "\"%w\".", azLayerSchema[layer]);
    z = e + strlen(zMark);
  }
  zSql = sqlite3_str_finish(s);
  if (zSql == 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  rc = sqlite3_exec(db, zSql, 0, 0, &zErr);
  sqlite3_free(zSql);
  if (rc == SQLITE_NOMEM) {
    sqlite3_free(zErr);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (rc != SQLITE_OK) {
    shebao_error(ctx, "shebao_create_layer(): cannot create the %s layer: %s", azLayerSchema[layer],
                 zErr ? zErr : sqlite3_errstr(rc));
    sqlite3_free(zErr);
    return;
  }
  shebao_layer_touched(conn); /* the next call reads the new layer (also if the rest fails) */
  rc = policy_layer_tables(db, aMask);
  if (rc == SQLITE_NOMEM) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (rc != SQLITE_OK) {
    shebao_error(ctx, "shebao_create_layer(): cannot read the %s schema", azLayerSchema[layer]);
    return;
  }
  aTables[LAYER_MAIN] = aMask[0];
  aTables[LAYER_TEMP] = aMask[1];
  /* Without its triggers a layer table would take broken rows unchecked: out of memory is an error, and
  ** calling again (harmless) installs what is missing. */
  if (install_triggers(conn, aTables) != SQLITE_OK) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  {
    int t, count = 0;
    for (t = 0; t < PT_COUNT; t++)
      count += (aTables[layer] >> t) & 1;
    sqlite3_result_int(ctx, count);
  }
}

/* ---- shebao_check_row(schema, table, cells...) -------------------------------------------------------- */

/* At write time a reference may point into the policy in effect or into the user's layer tables, where a row
** written earlier in the same import (a new source, a new region) already is. */
typedef struct WriteRefs {
  sqlite3 *db;
  const PolicyIndex *p;
  int rc; /* out of memory while looking (the row is then neither refused nor accepted: the call fails) */
} WriteRefs;

/* Does a layer table (main or temp) have a row with column = value [and the extra condition]? A table that is
** not there has none; running out of memory is recorded in w->rc (and answers "found", refusing nothing). */
static int in_layers(WriteRefs *w, const char *zTable, const char *zColumn, const char *zValue,
                     const char *zAnd) {
  int layer, found = 0;
  for (layer = LAYER_MAIN; !found && layer <= LAYER_TEMP; layer++) {
    sqlite3_stmt *stmt = 0;
    char *zSql = sqlite3_mprintf("SELECT 1 FROM \"%w\".\"%w\" WHERE \"%w\" = ?1 %s", azLayerSchema[layer],
                                 zTable, zColumn, zAnd ? zAnd : "");
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

static int w_source(void *a, const char *z) {
  WriteRefs *w = (WriteRefs *)a;
  return policy_source(w->p, z) != 0 || in_layers(w, "shebao_policy_sources", "source_id", z, 0);
}
static int w_region(void *a, const char *z) {
  WriteRefs *w = (WriteRefs *)a;
  return region_by_code(w->p->pRegions, z) != 0 || in_layers(w, "shebao_policy_regions", "code", z, 0);
}
static int w_province(void *a, const char *z) {
  WriteRefs *w = (WriteRefs *)a;
  const Region *r = region_by_code(w->p->pRegions, z);
  if (r && (r->level == LEVEL_PROVINCE || r->level == LEVEL_MUNICIPALITY)) return 1;
  return in_layers(w, "shebao_policy_regions", "code", z, "AND level IN ('province', 'municipality')");
}
static int w_relation(void *a, const char *z) {
  WriteRefs *w = (WriteRefs *)a;
  const RelationTerm *t = relation_resolve(w->p->pRelations, z, (int)strlen(z));
  return (strlen(z) == 2 && t && t->iCode >= 0) || in_layers(w, "shebao_policy_relations", "code", z, 0);
}
static int rows_have(const PolicyRows *rows, int iCol, const char *z) {
  int i;
  for (i = 0; i < rows->nRow; i++) {
    const char *c = POLICY_CELL(&rows->aRow[i], iCol);
    if (c && strcmp(c, z) == 0) return 1;
  }
  return 0;
}
static int w_class(void *a, const char *z) {
  WriteRefs *w = (WriteRefs *)a;
  return rows_have(&w->p->aTable[PT_KINSHIP_CLASSES], KC_CLASS, z) ||
         in_layers(w, "shebao_policy_kinship_classes", "class", z, 0);
}
static int w_rule(void *a, const char *z) {
  WriteRefs *w = (WriteRefs *)a;
  return rows_have(&w->p->aTable[PT_CERT_RULES], CRULE_RULE, z) ||
         in_layers(w, "shebao_policy_cert_rules", "rule", z, 0);
}

/* The text of an argument for a message: quoted, shortened, printable; NULL as NULL. */
static void quote_arg(char *buf, int nBuf, sqlite3_value *v) {
  const char *z = (const char *)sqlite3_value_text(v);
  if (z)
    shebao_quote(buf, nBuf, z, sqlite3_value_bytes(v));
  else
    sqlite3_snprintf(nBuf, buf, "NULL");
}

static void check_row_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  ShebaoConn *conn = (ShebaoConn *)sqlite3_user_data(ctx);
  const char *zSchema, *zTable;
  const char *azCell[16];
  int t, c, iCol, broken;
  WriteRefs w;
  CheckRefs refs;
  char zProblem[200], zArg[256];
  /* Called with any number of arguments: the schema and the table must be there before they are read. */
  if (argc < 2) {
    shebao_error(ctx, "shebao_check_row(): takes a schema, a table and the row's values");
    return;
  }
  zSchema = (const char *)sqlite3_value_text(argv[0]);
  zTable = (const char *)sqlite3_value_text(argv[1]);
  if (zSchema == 0 || (sqlite3_stricmp(zSchema, "main") != 0 && sqlite3_stricmp(zSchema, "temp") != 0)) {
    quote_arg(zArg, sizeof(zArg), argv[0]);
    shebao_error(ctx, "shebao_check_row(): a layer is 'main' or 'temp', not %s (schema)", zArg);
    return;
  }
  t = policy_table_by_name(zTable);
  if (t < 0 || argc - 2 != policy_table_defs[t].nCol || policy_table_defs[t].nCol > 16) {
    quote_arg(zArg, sizeof(zArg), argv[1]);
    shebao_error(ctx, "shebao_check_row(): not a policy table or not its columns: %s", zArg);
    return;
  }
  for (c = 0; c < policy_table_defs[t].nCol; c++) {
    int type = sqlite3_value_type(argv[c + 2]);
    const char *raw = (const char *)sqlite3_value_text(argv[c + 2]);
    azCell[c] = policy_layer_cell((PolicyTableId)t, c, raw);
    if (raw == 0 && type != SQLITE_NULL) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
  }
  w.db = sqlite3_context_db_handle(ctx);
  w.p = shebao_policy_current(conn);
  w.rc = SQLITE_OK;
  refs.xSource = w_source;
  refs.xRegion = w_region;
  refs.xProvince = w_province;
  refs.xRelation = w_relation;
  refs.xClass = w_class;
  refs.xCertRule = w_rule;
  refs.pArg = &w;
  broken = policy_check_row((PolicyTableId)t, azCell, &refs, &iCol, zProblem, sizeof(zProblem));
  if (w.rc != SQLITE_OK) {
    sqlite3_result_error_nomem(ctx); /* a reference could not be looked up: neither refused nor accepted */
    return;
  }
  if (broken) {
    char zQuoted[256] = "";
    if (iCol >= 0 && azCell[iCol])
      shebao_quote(zQuoted, sizeof(zQuoted), azCell[iCol], (int)strlen(azCell[iCol]));
    shebao_error(ctx, "shebao: %s.%s: %s%s%s: the row is refused", zSchema, zTable, zProblem,
                 zQuoted[0] ? " " : "", zQuoted);
  }
}

static const ShebaoFunction aLayerFunction[] = {
    {"shebao_create_layer", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, create_layer_func},
    {"shebao_check_row", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, check_row_func},
};

int shebao_register_layers(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return shebao_register_functions(db, conn, aLayerFunction,
                                   (int)(sizeof(aLayerFunction) / sizeof(aLayerFunction[0])), pzErrMsg);
}
