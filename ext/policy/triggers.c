/*
** The guards of the layer tables (see policy/guards.h): TEMP triggers, this connection's only, so that other
** connections and tools can still use the database without shebao.
**
**   BEFORE INSERT / UPDATE  SELECT shebao_check_row(...)   a broken row aborts the statement, with the
**                                                          reason, and the layer stays as it was
**   AFTER INSERT / UPDATE / DELETE                         INSERT INTO shebao_layer_journal: the next
**                                                          statement rebuilds, and so does a rollback
**
** shebao_check_row is policy/layer_functions.c, shebao_layer_journal policy/journal.c: a virtual table in
** TEMP, which a trigger's unqualified name finds before any table of main (a database file that has a table
** of that name cannot take its place). A table that lacks a column of sql/schema.sql gets a check that
** refuses every row, saying which column: the index refuses such a table too.
**
** They are made when shebao is loaded (core/entry.c), if no statement runs then, and by shebao_create_layer:
** never by a call in the middle of a statement, since a trigger made then changes the schema under it.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/guards.h"
#include <string.h>

static const char *const azGuardSuffix[GUARD_COUNT] = {"check_insert", "check_update", "inserted", "updated",
                                                       "deleted"};
static const char *const azGuardWhen[GUARD_COUNT] = {"BEFORE INSERT", "BEFORE UPDATE", "AFTER INSERT",
                                                     "AFTER UPDATE", "AFTER DELETE"};

/* The check's body: shebao_check_row(schema, table, replaced rowid, NEW.<column>...); or, for a table that
** lacks a column, a refusal that names it. */
static void append_check(sqlite3_str *s, int layer, PolicyTableId t, unsigned colMask, int kind) {
  const PolicyTableDef *def = &policy_table_defs[t];
  const char *zSchema = policy_layer_names[layer];
  int c;
  for (c = 0; c < def->nCol && (colMask & (1u << c)); c++) {
  }
  if (c < def->nCol) {
    sqlite3_str_appendf(s,
                        "SELECT RAISE(ABORT, 'shebao: %s.%s: column %s is missing from the layer table "
                        "(sql/schema.sql has its columns): the row is refused');",
                        zSchema, def->zName, def->azCol[c]);
    return;
  }
  sqlite3_str_appendf(s, "SELECT shebao_check_row(%Q, %Q, %s", zSchema, def->zName,
                      kind == GUARD_CHECK_UPDATE ? "OLD.rowid" : "NULL");
  for (c = 0; c < def->nCol; c++)
    sqlite3_str_appendf(s, ", NEW.\"%w\"", def->azCol[c]);
  sqlite3_str_appendall(s, ");");
}

char *policy_guard_sql(int layer, PolicyTableId t, unsigned colMask, int kind) {
  const char *zSchema = policy_layer_names[layer], *zTable = policy_table_defs[t].zName;
  sqlite3_str *s = sqlite3_str_new(0);
  sqlite3_str_appendf(s, "\"shebao_%w_%w_%s\" %s ON \"%w\".\"%w\" BEGIN ", zSchema, zTable,
                      azGuardSuffix[kind], azGuardWhen[kind], zSchema, zTable);
  if (kind <= GUARD_CHECK_UPDATE) {
    append_check(s, layer, t, colMask, kind);
  } else {
    /* A trigger's statements cannot name a schema: TEMP comes first for an unqualified name. What the change
    ** may do to what rows refer to tells the write check whether its cache holds (policy/write_check.c). */
    sqlite3_str_appendf(s, "INSERT INTO shebao_layer_journal VALUES ('%s');",
                        kind == GUARD_INSERTED && !policy_table_referenced(t) ? "added" : "changed");
  }
  sqlite3_str_appendall(s, " END");
  return sqlite3_str_finish(s);
}

int policy_guard_name(const char *zName) {
  size_t n = strlen(zName);
  int kind;
  if (strncmp(zName, "shebao_main_", 12) != 0 && strncmp(zName, "shebao_temp_", 12) != 0) return 0;
  for (kind = 0; kind < GUARD_COUNT; kind++) {
    size_t m = strlen(azGuardSuffix[kind]);
    if (n > m + 13 && zName[n - m - 1] == '_' && strcmp(zName + n - m, azGuardSuffix[kind]) == 0) return 1;
  }
  return 0;
}

int policy_statement_running(sqlite3 *db) {
  sqlite3_stmt *stmt = 0;
  while ((stmt = sqlite3_next_stmt(db, stmt)) != 0) {
    if (sqlite3_stmt_busy(stmt)) return 1;
  }
  return 0;
}

/* Runs one statement of DDL; SQLITE_NOMEM, or SQLITE_OK/another error. */
static int run(sqlite3 *db, const char *zSql) {
  return zSql ? sqlite3_exec(db, zSql, 0, 0, 0) : SQLITE_NOMEM;
}

/* Drops the guards of one table, those that are there (best effort: what cannot be dropped now, for want of
** memory, a later install checks and replaces). */
static void drop_table_guards(sqlite3 *db, int layer, PolicyTableId t) {
  int kind;
  for (kind = 0; kind < GUARD_COUNT; kind++) {
    char *zSql = sqlite3_mprintf("DROP TRIGGER IF EXISTS temp.\"shebao_%w_%w_%s\"", policy_layer_names[layer],
                                 policy_table_defs[t].zName, azGuardSuffix[kind]);
    run(db, zSql);
    sqlite3_free(zSql);
  }
}

/* Is zName one of the guards of a table that has them all, as they should be? Those stay. */
static int guard_kept(const LayerSchema *ls, const char *zName) {
  int layer, t, kind;
  for (layer = LAYER_MAIN; layer <= LAYER_TEMP; layer++) {
    for (t = 0; t < PT_COUNT; t++) {
      if (!(ls->aMask[layer] & (1u << t)) || !ls->aTable[layer][t].guarded) continue;
      for (kind = 0; kind < GUARD_COUNT; kind++) {
        char zWant[200];
        sqlite3_snprintf(sizeof(zWant), zWant, "shebao_%s_%s_%s", policy_layer_names[layer],
                         policy_table_defs[t].zName, azGuardSuffix[kind]);
        if (strcmp(zWant, zName) == 0) return 1;
      }
    }
  }
  return 0;
}

/* Drops every trigger named as a guard that does not guard its table as it should: one of a table since
** renamed or dropped (it followed the table), or made for other columns. */
static int drop_stale_guards(sqlite3 *db, const LayerSchema *ls) {
  sqlite3_stmt *stmt = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT name FROM temp.sqlite_schema WHERE type = 'trigger'", -1, &stmt, 0);
  sqlite3_str *drops = sqlite3_str_new(db);
  char *zDrops;
  while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    const char *zName = (const char *)sqlite3_column_text(stmt, 0);
    rc = SQLITE_OK;
    if (zName && policy_guard_name(zName) && !guard_kept(ls, zName)) {
      sqlite3_str_appendf(drops, "DROP TRIGGER temp.\"%w\";", zName);
    }
  }
  sqlite3_finalize(stmt);
  if (rc == SQLITE_DONE) rc = sqlite3_str_errcode(drops);
  zDrops = sqlite3_str_finish(drops); /* NULL when there is nothing to drop */
  if (rc == SQLITE_OK && zDrops) rc = sqlite3_exec(db, zDrops, 0, 0, 0);
  sqlite3_free(zDrops);
  return rc;
}

/* The five guards of one table: all of them, or (a table that cannot have triggers, a virtual table; memory
** that ran out) none. Each is its own statement: the guards are TEMP objects of this connection, and no
** transaction is left open if memory runs out half-way. */
static int guard_table(sqlite3 *db, int layer, PolicyTableId t, unsigned colMask) {
  int kind, rc = SQLITE_OK;
  for (kind = 0; rc == SQLITE_OK && kind < GUARD_COUNT; kind++) {
    char *zBody = policy_guard_sql(layer, t, colMask, kind);
    char *zSql = zBody ? sqlite3_mprintf("CREATE TEMP TRIGGER %s", zBody) : 0;
    rc = run(db, zSql);
    sqlite3_free(zSql);
    sqlite3_free(zBody);
  }
  if (rc != SQLITE_OK) drop_table_guards(db, layer, t);
  return rc == SQLITE_NOMEM ? rc : SQLITE_OK;
}

int policy_install_guards(sqlite3 *db) {
  LayerSchema ls;
  int layer, t,
      rc = run(db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.shebao_layer_journal USING "
                   "shebao_layer_journal");
  if (rc == SQLITE_OK) rc = policy_layer_schema(db, &ls);
  if (rc != SQLITE_OK || !ls.hasJournal) return rc; /* a TEMP table of the user's has the journal's name */
  rc = drop_stale_guards(db, &ls);
  for (layer = LAYER_MAIN; rc == SQLITE_OK && layer <= LAYER_TEMP; layer++) {
    for (t = 0; rc == SQLITE_OK && t < PT_COUNT; t++) {
      const LayerTable *lt = &ls.aTable[layer][t];
      if ((ls.aMask[layer] & (1u << t)) && lt->readable && !lt->guarded) {
        rc = guard_table(db, layer, (PolicyTableId)t, lt->colMask);
      }
    }
  }
  return rc;
}

void policy_remove_guards(sqlite3 *db) {
  int layer, t;
  for (layer = LAYER_MAIN; layer <= LAYER_TEMP; layer++) {
    for (t = 0; t < PT_COUNT; t++)
      drop_table_guards(db, layer, (PolicyTableId)t);
  }
  run(db, "DROP TABLE IF EXISTS temp.shebao_layer_journal");
}
