/*
** The layer tables of a connection as the schema shows them, and the guards shebao puts on them.
**
** A layer table is a table of main or temp named like a table of sql/schema.sql, however it was made
** (shebao_create_layer, sql/schema.sql, by hand, ALTER TABLE ... RENAME). It is guarded in a connection when
** that connection has shebao's TEMP triggers on it, exactly as they are made for its columns today
** (policy/triggers.c): then every row written to it is checked (shebao_check_row) and every change noted in
** the journal (policy/journal.c), whose rollback is heard. The guards are put on every layer table when
** shebao is loaded and by shebao_create_layer; a table made afterwards by other means has none, and its rows
** are refused until it has (the index reports it: policy/layers.c).
*/
#ifndef SHEBAO_POLICY_GUARDS_H
#define SHEBAO_POLICY_GUARDS_H
#include "policy/policy.h"

/* One layer table as found. */
typedef struct LayerTable {
  unsigned colMask; /* bit c: the table has column c of sql/schema.sql (case does not matter) */
  int readable;     /* its columns could be listed (a virtual table of a module not loaded cannot) */
  int guarded;      /* this connection's guards are on it, as its columns want them */
} LayerTable;

typedef struct LayerSchema {
  unsigned aMask[LAYER_TEMP + 1]; /* per layer (LAYER_MAIN, LAYER_TEMP): bit t when it has table t */
  LayerTable aTable[LAYER_TEMP + 1][PT_COUNT];
  int hasJournal; /* temp.shebao_layer_journal is shebao's journal */
} LayerSchema;

/* Reads the layer tables of main and temp, their columns and whether they are guarded. An error (but
** SQLITE_NOMEM) means the schema itself could not be read (a locked database). */
int policy_layer_schema(sqlite3 *db, LayerSchema *ls);

/* All of a table's columns of sql/schema.sql. */
#define LAYER_ALL_COLUMNS(t) ((1u << policy_table_defs[t].nCol) - 1)

/* The kinds of guard on each layer table, in the order they are made. */
enum { GUARD_CHECK_INSERT, GUARD_CHECK_UPDATE, GUARD_INSERTED, GUARD_UPDATED, GUARD_DELETED, GUARD_COUNT };

/* The text of a guard from its name on, as SQLite keeps it after "CREATE TRIGGER " (sqlite_temp_schema.sql):
** "\"shebao_main_shebao_policy_sources_check_insert\" BEFORE INSERT ON \"main\".\"shebao_policy_sources\"
** BEGIN ... END". sqlite3_malloc'd, or NULL when out of memory. */
char *policy_guard_sql(int layer, PolicyTableId t, unsigned colMask, int kind);

/* Is the name one of shebao's guards ("shebao_main_..._check_insert")? */
int policy_guard_name(const char *zName);

/* Makes the journal (temp.shebao_layer_journal) if it is missing, and puts on every layer table of main and
** temp the guards it lacks, replacing those that no longer fit (a table renamed, a column changed); a table
** that cannot have them (a virtual table) is left without. Each table gets all five or none. SQLITE_OK;
** SQLITE_NOMEM; or the error of a schema that cannot be read or written. Runs DDL: never while a statement
** of the connection runs, but for shebao_create_layer, which is its own statement. */
int policy_install_guards(sqlite3 *db);

/* Drops every guard and the journal (a load that failed takes them back; best effort). */
void policy_remove_guards(sqlite3 *db);

/* Is a statement of db running (stepped, not yet done or reset)? Then the schema must not change. */
int policy_statement_running(sqlite3 *db);

/* Makes the journal join the open transaction, without bumping the generation (core/conn.c). */
int policy_journal_enlist(sqlite3 *db);

/* Do rows of other tables refer to rows of table t (sources, regions, relations, classes, rules; and the
** retractions, which remove rows)? A row added to another table takes nothing away from what rows refer to. */
int policy_table_referenced(PolicyTableId t);

#endif
