/* Database files made to hurt shebao: keys chosen to collide in its hash maps. (A table named like shebao's
** journal: tests/sql/layers_guards.sql; a library that exports shebao's internal names: tests/check-symbols.sh.) */
#include "harness.h"
#include "../common/crafted.h"
#include "policy/policy.h"
#include "policy/validate.h"
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define N_CRAFTED 120000

/* The crafted ids all have one slot under the old hash; under the maps' random keys each insert still finds a
** free slot within a few steps. The bound is far above what a random hash gives (tens of steps at most for
** these sizes) and far below what colliding keys give (up to N_CRAFTED). */
#define MAX_PROBE 200

Test(hostile, colliding_source_ids_do_not_degrade_the_maps, .timeout = 120) {
  char zPath[128], zErr0[1] = "", *zErr = 0;
  sqlite3 *plain = 0, *db;
  PolicyIndex *p = 0;
  sqlite3_stmt *stmt = 0;
  const char *zSome = 0;
  snprintf(zPath, sizeof(zPath), "/tmp/shebao-test-crafted-%d.db", (int)getpid());
  unlink(zPath);
  cr_assert_eq(sqlite3_open(zPath, &plain), SQLITE_OK);
  cr_assert_eq(crafted_sources(plain, N_CRAFTED, 1), SQLITE_OK, "%s", sqlite3_errmsg(plain));
  /* They do collide under the old hash: every one in one slot of a map of 2^18. */
  cr_assert_eq(sqlite3_prepare_v2(plain, "SELECT source_id FROM shebao_policy_sources LIMIT 2", -1, &stmt, 0),
               SQLITE_OK);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    const char *z = (const char *)sqlite3_column_text(stmt, 0);
    cr_assert_eq(crafted_old_slot(z, (int)strlen(z), (1u << 18) - 1), 0x2A5A5u);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(plain);

  cr_assert_eq(sqlite3_open(zPath, &db), SQLITE_OK);
  cr_assert_eq(sqlite3_shebao_init(db, &zErr, 0), SQLITE_OK, "%s", zErr ? zErr : zErr0);
  cr_assert_eq(policy_index_build(db, &p, &zErr), SQLITE_OK, "%s", zErr ? zErr : zErr0);
  cr_assert_eq(p->aTable[PT_SOURCES].nRow > N_CRAFTED, 1);
  cr_expect(p->sourceById.nMaxProbe < MAX_PROBE, "sources by id: %d steps", p->sourceById.nMaxProbe);
  cr_expect(p->pKeys->sources.nMaxProbe < MAX_PROBE, "source keys: %d steps", p->pKeys->sources.nMaxProbe);
  zSome = POLICY_CELL(&p->aTable[PT_SOURCES].aRow[p->aTable[PT_SOURCES].nRow / 2], SRC_ID);
  cr_assert(policy_source(p, zSome) != 0);
  policy_index_unref(p);
  /* ... and through SQL: every one of them found, the policy clean. */
  ASSERT_Q(db, "SELECT count(*) FROM main.shebao_policy_sources s JOIN shebao_sources v USING (source_id)",
           "120000");
  ASSERT_Q(db, "SELECT count(*) FROM shebao_check", "0");
  sqlite3_close(db);
  unlink(zPath);
}
