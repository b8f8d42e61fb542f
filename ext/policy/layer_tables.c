/*
** Which layer tables a connection has (see policy/guards.h): the tables of main and temp named like those of
** sql/schema.sql, whatever their case, their columns, and whether this connection's guards are on them.
**
**   main.shebao_policy_sources     columns: all 8        guarded: the 5 triggers, as made for 8 columns
**   temp.shebao_policy_regions     columns: 6 of 7       guarded: ... (its check refuses every row)
**
** A table is guarded when each of its five triggers is in temp.sqlite_schema with the text policy_guard_sql
** makes for the table's columns today: a trigger that followed its table through ALTER TABLE ... RENAME, or
** was made before a column changed, does not count.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/guards.h"
#include <string.h>

/* The policy table a name names, whatever its case (SQLite's names are case-insensitive), or -1. */
static int table_by_name_nocase(const char *zName) {
  int t;
  for (t = 0; zName && t < PT_COUNT; t++) {
    if (sqlite3_stricmp(policy_table_defs[t].zName, zName) == 0) return t;
  }
  return -1;
}

static int column_by_name_nocase(PolicyTableId t, const char *zName) {
  int c;
  for (c = 0; zName && c < policy_table_defs[t].nCol; c++) {
    if (sqlite3_stricmp(policy_table_defs[t].azCol[c], zName) == 0) return c;
  }
  return -1;
}

/* The schema's columns a table has. A table whose columns cannot be listed is not readable. */
static int read_columns(sqlite3 *db, int layer, PolicyTableId t, LayerTable *lt) {
  sqlite3_stmt *stmt = 0;
  char *zSql = sqlite3_mprintf("PRAGMA \"%w\".table_xinfo(\"%w\")", policy_layer_names[layer],
                               policy_table_defs[t].zName);
  int rc = zSql ? sqlite3_prepare_v2(db, zSql, -1, &stmt, 0) : SQLITE_NOMEM;
  sqlite3_free(zSql);
  while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    int c = column_by_name_nocase(t, (const char *)sqlite3_column_text(stmt, 1)); /* cid, name, ... */
    if (c >= 0) lt->colMask |= 1u << c;
    rc = SQLITE_OK;
  }
  sqlite3_finalize(stmt);
  lt->readable = rc == SQLITE_DONE && lt->colMask != 0;
  return rc == SQLITE_NOMEM ? rc : SQLITE_OK;
}

/* The layer tables of one schema (bit t of ls->aMask[layer] for table t). */
static int read_tables(sqlite3 *db, int layer, LayerSchema *ls) {
  sqlite3_stmt *stmt = 0;
  char *zSql = sqlite3_mprintf("SELECT name FROM \"%w\".sqlite_schema WHERE type = 'table' AND name LIKE "
                               "'shebao\\_policy\\_%%' ESCAPE '\\'",
                               policy_layer_names[layer]);
  int rc = zSql ? sqlite3_prepare_v2(db, zSql, -1, &stmt, 0) : SQLITE_NOMEM;
  sqlite3_free(zSql);
  while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    int t = table_by_name_nocase((const char *)sqlite3_column_text(stmt, 0));
    rc = SQLITE_OK;
    if (t >= 0) ls->aMask[layer] |= 1u << t;
  }
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  sqlite3_finalize(stmt);
  return rc;
}

int policy_layer_tables(sqlite3 *db, unsigned aMask[2]) {
  LayerSchema ls;
  int rc;
  memset(&ls, 0, sizeof(ls));
  rc = read_tables(db, LAYER_MAIN, &ls);
  if (rc == SQLITE_OK) rc = read_tables(db, LAYER_TEMP, &ls);
  aMask[0] = ls.aMask[LAYER_MAIN];
  aMask[1] = ls.aMask[LAYER_TEMP];
  return rc;
}

/* Does temp.sqlite_schema hold trigger zName with exactly the text expected ("CREATE TRIGGER " zBody)? */
static int guard_present(sqlite3_stmt *pFind, const char *zName, const char *zBody, int *pFound) {
  int rc = sqlite3_bind_text(pFind, 1, zName, -1, SQLITE_STATIC);
  *pFound = 0;
  if (rc == SQLITE_OK && (rc = sqlite3_step(pFind)) == SQLITE_ROW) {
    const char *zSql = (const char *)sqlite3_column_text(pFind, 0);
    *pFound = zSql && strncmp(zSql, "CREATE TRIGGER ", 15) == 0 && strcmp(zSql + 15, zBody) == 0;
    rc = SQLITE_OK;
  }
  sqlite3_reset(pFind);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Is every guard of the table there, as policy_guard_sql makes it for the table's columns? */
static int check_guarded(sqlite3_stmt *pFind, int layer, PolicyTableId t, LayerTable *lt) {
  int kind, rc = SQLITE_OK, found = 1;
  for (kind = 0; rc == SQLITE_OK && found && kind < GUARD_COUNT; kind++) {
    char *zBody = policy_guard_sql(layer, t, lt->colMask, kind), *zName;
    const char *zEnd = zBody ? strchr(zBody + 1, '"') : 0;
    if (zEnd == 0) {
      sqlite3_free(zBody);
      return SQLITE_NOMEM;
    }
    zName = sqlite3_mprintf("%.*s", (int)(zEnd - zBody - 1), zBody + 1);
    rc = zName ? guard_present(pFind, zName, zBody, &found) : SQLITE_NOMEM;
    sqlite3_free(zName);
    sqlite3_free(zBody);
  }
  lt->guarded = rc == SQLITE_OK && found;
  return rc;
}

/* Is temp.shebao_layer_journal there, and shebao's? */
static int read_journal(sqlite3 *db, LayerSchema *ls) {
  sqlite3_stmt *stmt = 0;
  int rc = sqlite3_prepare_v2(db,
                              "SELECT 1 FROM temp.sqlite_schema WHERE type = 'table' AND name = "
                              "'shebao_layer_journal' AND sql = 'CREATE VIRTUAL TABLE shebao_layer_journal "
                              "USING shebao_layer_journal'",
                              -1, &stmt, 0);
  if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
  ls->hasJournal = rc == SQLITE_ROW;
  sqlite3_finalize(stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int policy_layer_schema(sqlite3 *db, LayerSchema *ls) {
  sqlite3_stmt *pFind = 0;
  int layer, t, rc;
  memset(ls, 0, sizeof(*ls));
  rc = read_tables(db, LAYER_MAIN, ls);
  if (rc == SQLITE_OK) rc = read_tables(db, LAYER_TEMP, ls);
  for (layer = LAYER_MAIN; rc == SQLITE_OK && layer <= LAYER_TEMP; layer++) {
    for (t = 0; rc == SQLITE_OK && t < PT_COUNT; t++) {
      if (ls->aMask[layer] & (1u << t)) rc = read_columns(db, layer, (PolicyTableId)t, &ls->aTable[layer][t]);
    }
  }
  if (rc == SQLITE_OK) rc = read_journal(db, ls);
  if (rc != SQLITE_OK || !ls->hasJournal) return rc; /* without the journal, nothing is guarded */
  rc = sqlite3_prepare_v2(db, "SELECT sql FROM temp.sqlite_schema WHERE type = 'trigger' AND name = ?1", -1,
                          &pFind, 0);
  for (layer = LAYER_MAIN; rc == SQLITE_OK && layer <= LAYER_TEMP; layer++) {
    for (t = 0; rc == SQLITE_OK && t < PT_COUNT; t++) {
      if (ls->aMask[layer] & (1u << t))
        rc = check_guarded(pFind, layer, (PolicyTableId)t, &ls->aTable[layer][t]);
    }
  }
  sqlite3_finalize(pFind);
  return rc;
}
