/*
** The TEMP triggers shebao installs on the layer tables of each connection that loads it (TEMP: they exist
** for this connection only, so that other connections and tools can still use the database without shebao):
**
**   BEFORE INSERT / UPDATE  SELECT shebao_check_row(...)   a broken row aborts the statement, with the
**                                                          reason, and the layer stays as it was
**   AFTER INSERT / UPDATE / DELETE                         INSERT INTO shebao_layer_journal: the next call
**                                                          rebuilds, and so does a later rollback of it
**
** shebao_check_row is policy/layer_functions.c, shebao_layer_journal policy/journal.c. Installed when a
** connection's index is rebuilt with layer tables (core/conn.c) and by shebao_create_layer().
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/policy.h"

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

/* The two BEFORE triggers: each row written is checked by shebao_check_row(schema, table,
** NEW.<column>...). */
static void append_check_triggers(sqlite3_str *s, const char *zSchema, const PolicyTableDef *def) {
  static const char *const azWhen[] = {"insert", "update"};
  int c, k;
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
}

/* The three AFTER triggers: every change is noted in the journal. A trigger's statements cannot name a
** schema: the journal is found as the eponymous table it is. */
static void append_journal_triggers(sqlite3_str *s, const char *zSchema, const PolicyTableDef *def) {
  static const char *const azChange[] = {"inserted", "updated", "deleted"};
  static const char *const azChangeOp[] = {"INSERT", "UPDATE", "DELETE"};
  int k;
  for (k = 0; k < 3; k++) {
    sqlite3_str_appendf(s,
                        "CREATE TEMP TRIGGER IF NOT EXISTS \"shebao_%w_%w_%s\" AFTER %s ON \"%w\".\"%w\" "
                        "BEGIN INSERT INTO shebao_layer_journal VALUES (NULL); END;\n",
                        zSchema, def->zName, azChange[k], azChangeOp[k], zSchema, def->zName);
  }
}

/* The triggers of one layer table, if they are missing. */
static int install_table_triggers(sqlite3 *db, int layer, PolicyTableId t) {
  const PolicyTableDef *def = &policy_table_defs[t];
  const char *zSchema = policy_layer_names[layer];
  char *zName = sqlite3_mprintf("shebao_%s_%s_check_insert", zSchema, def->zName), *zSql;
  sqlite3_str *s;
  int rc;
  if (zName == 0) return SQLITE_NOMEM;
  rc = trigger_exists(db, zName);
  sqlite3_free(zName);
  if (rc) return SQLITE_OK;
  s = sqlite3_str_new(db);
  append_check_triggers(s, zSchema, def);
  append_journal_triggers(s, zSchema, def);
  zSql = sqlite3_str_finish(s);
  rc = zSql ? sqlite3_exec(db, zSql, 0, 0, 0) : SQLITE_NOMEM;
  sqlite3_free(zSql);
  return rc == SQLITE_NOMEM ? rc : SQLITE_OK;
}

int policy_install_triggers(sqlite3 *db, const unsigned aTables[3]) {
  int layer, t, rc = SQLITE_OK;
  for (layer = LAYER_MAIN; layer <= LAYER_TEMP; layer++) {
    for (t = 0; t < PT_COUNT; t++) {
      if ((aTables[layer] & (1u << t)) && install_table_triggers(db, layer, (PolicyTableId)t) != SQLITE_OK) {
        rc = SQLITE_NOMEM;
      }
    }
  }
  return rc;
}
