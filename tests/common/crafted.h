/*
** A database file that a stranger could hand over: a main layer of source ids made to collide in the hash that
** shebao's maps used before each map had a random key of its own (an unkeyed multiply-xorshift: whoever knows
** the function can choose keys that all land in one slot, and then every insert probes past all the others).
** For the regression test of the maps (tests/unit/test_hostile.c) and the benchmark's crafted-file row.
**
**   crafted_sources(db, 120000, 1)   main.shebao_policy_sources with 120,000 colliding ids
**   crafted_sources(db, 120000, 0)   the same number of ordinary ids, for comparison
*/
#ifndef SHEBAO_TEST_CRAFTED_H
#define SHEBAO_TEST_CRAFTED_H
#include <sqlite3.h>

/* Fills main.shebao_policy_sources (made if missing, as in sql/schema.sql) of db with n rows. Returns
** SQLITE_OK or an SQLite error. */
int crafted_sources(sqlite3 *db, int n, int colliding);

/* The slot the old, unkeyed hash gave a key in a map of mask + 1 slots. */
unsigned crafted_old_slot(const char *z, int n, unsigned mask);

#endif
