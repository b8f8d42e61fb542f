/* Policy layers: precedence, consistency across statements, transactions, savepoints and connections. */
#include "harness.h"
#include <stdio.h>
#include <unistd.h>

static sqlite3 *open_file(const char *zPath) {
  sqlite3 *db = 0;
  char *zErr = 0;
  cr_assert_eq(sqlite3_open(zPath, &db), SQLITE_OK);
  cr_assert_eq(sqlite3_shebao_init(db, &zErr, 0), SQLITE_OK, "%s", zErr ? zErr : "");
  sqlite3_busy_timeout(db, 2000);
  return db;
}

static void temp_path(char *buf, size_t n) {
  snprintf(buf, n, "/tmp/shebao-test-layers-%d.db", (int)getpid());
  unlink(buf);
}

#define NANJING "SELECT region_enabled('南京市', '2025-03-01')" /* unknown in the default data: 江苏 only partly on */
#define ADD_SOURCE "INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('batch', 'a batch')"
#define ADD_NANJING                                                                                          \
  "INSERT INTO main.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', "      \
  "NULL, "                                                                                                   \
  "'exact', 'batch', NULL)"

Test(layers, a_change_is_seen_by_the_next_statement_and_undone_by_rollback) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT shebao_create_layer('main')", "17");
  exec_ok(db, ADD_SOURCE);
  ASSERT_Q(db, NANJING, "NULL");
  exec_ok(db, ADD_NANJING);
  ASSERT_Q(db, NANJING, "1");
  exec_ok(db, "BEGIN; DELETE FROM main.shebao_policy_region_enablement;");
  ASSERT_Q(db, NANJING, "NULL");
  exec_ok(db, "ROLLBACK");
  ASSERT_Q(db, NANJING, "1");
  sqlite3_close(db);
}

Test(layers, savepoints_nest_and_roll_back) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT shebao_create_layer('temp')", "17");
  exec_ok(db, "BEGIN; INSERT INTO temp.shebao_policy_sources(source_id, title) VALUES ('batch', 'a batch');");
  exec_ok(db,
          "SAVEPOINT a; INSERT INTO temp.shebao_policy_region_enablement VALUES ('320100', 'cross_province', "
          "'2025-03-01', NULL, 'exact', 'batch', NULL);");
  ASSERT_Q(db, NANJING, "1");
  exec_ok(db, "SAVEPOINT b; DELETE FROM temp.shebao_policy_region_enablement;");
  ASSERT_Q(db, NANJING, "NULL");
  exec_ok(db, "ROLLBACK TO b");
  ASSERT_Q(db, NANJING, "1");
  exec_ok(db, "RELEASE b; ROLLBACK TO a");
  ASSERT_Q(db, NANJING, "NULL");
  exec_ok(db, "COMMIT");
  ASSERT_Q(db, NANJING, "NULL");
  sqlite3_close(db);
}

Test(layers, a_failed_statement_changes_nothing) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT shebao_create_layer('main')", "17");
  exec_ok(db, ADD_SOURCE);
  exec_ok(
      db,
      "CREATE TEMP TABLE staging(code, scope, valid_from, valid_to, precision, source_id, note);"
      "INSERT INTO staging VALUES ('320100', 'cross_province', '2025-03-01', NULL, 'exact', 'batch', NULL),"
      "('320200', 'cross_province', '2025-02-30', NULL, 'exact', 'batch', NULL);");
  exec_ok(db, "BEGIN");
  ASSERT_Q(
      db, "INSERT INTO main.shebao_policy_region_enablement SELECT * FROM staging",
      "error: shebao: main.shebao_policy_region_enablement: valid_from is an impossible date '2025-02-30': "
      "the row is refused");
  ASSERT_Q(db, NANJING, "NULL");
  ASSERT_Q(db, "SELECT count(*) FROM main.shebao_policy_region_enablement", "0");
  exec_ok(db, "COMMIT");
  ASSERT_Q(db, NANJING, "NULL");
  sqlite3_close(db);
}

Test(layers, another_connection_sees_committed_changes_only) {
  char zPath[128];
  sqlite3 *a, *b;
  temp_path(zPath, sizeof(zPath));
  a = open_file(zPath);
  b = open_file(zPath);
  ASSERT_Q(b, NANJING, "NULL");
  ASSERT_Q(a, "SELECT shebao_create_layer('main')", "17");
  exec_ok(a, ADD_SOURCE);
  exec_ok(a, ADD_NANJING);
  ASSERT_Q(b, NANJING, "1");
  exec_ok(a, "BEGIN; DELETE FROM main.shebao_policy_region_enablement;");
  ASSERT_Q(a, NANJING, "NULL");
  ASSERT_Q(b, NANJING, "1");
  exec_ok(a, "COMMIT");
  ASSERT_Q(b, NANJING, "NULL");
  /* b's TEMP layer is its own */
  ASSERT_Q(b, "SELECT shebao_create_layer('temp')", "17");
  exec_ok(
      b, "INSERT INTO temp.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', "
         "NULL, 'exact', 'batch', NULL)");
  ASSERT_Q(b, NANJING, "1");
  ASSERT_Q(a, NANJING, "NULL");
  sqlite3_close(a);
  sqlite3_close(b);
  unlink(zPath);
}

Test(layers, rows_written_without_shebao_are_checked_when_read) {
  char zPath[128];
  sqlite3 *plain, *db;
  temp_path(zPath, sizeof(zPath));
  cr_assert_eq(sqlite3_open(zPath, &plain), SQLITE_OK);
  db = open_file(zPath);
  ASSERT_Q(db, "SELECT shebao_create_layer('main')", "17");
  exec_ok(plain,
          "INSERT INTO shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', "
          "NULL, 'exact', 'no-such-source', NULL)");
  ASSERT_Q(db, "SELECT problem FROM shebao_check", "source_id names no source in shebao_policy_sources");
  ASSERT_Q(
      db, NANJING,
      "error: region_enabled(): the policy data has a problem: shebao_policy_region_enablement row 1 (main "
      "layer): source_id names no source in shebao_policy_sources 'no-such-source' (SELECT * FROM "
      "shebao_check lists every problem)");
  ASSERT_Q(db, "SELECT is_near_relative('外婆')", "1");
  exec_ok(plain,
          "INSERT INTO shebao_policy_sources(source_id, title) VALUES ('no-such-source', 'now there is')");
  ASSERT_Q(db, NANJING, "1");
  sqlite3_close(plain);
  sqlite3_close(db);
  unlink(zPath);
}

Test(layers, precedence_temp_over_main_over_default_and_retraction) {
  sqlite3 *db = open_shebao();
  exec_ok(db, "SELECT shebao_create_layer('main'), shebao_create_layer('temp')");
  exec_ok(db, "INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('s', 't')");
  /* the default: 'wife' is 12 */
  ASSERT_Q(db, "SELECT relation_code('wife')", "12");
  exec_ok(db, "INSERT INTO main.shebao_policy_relation_terms VALUES ('wife', '10', NULL, 'en', 's')");
  ASSERT_Q(db, "SELECT relation_code('wife')", "10");
  exec_ok(db, "INSERT INTO temp.shebao_policy_relation_terms VALUES ('wife', '11', NULL, 'en', 's')");
  ASSERT_Q(db, "SELECT relation_code('wife')", "11");
  ASSERT_Q(db, "SELECT layer FROM shebao_relation_terms WHERE term = 'wife'", "temp");
  exec_ok(db, "INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_relation_terms', 'wife', "
              "'s', NULL)");
  /* a temp retraction removes the lower layers' rows, not the temp row itself */
  ASSERT_Q(db, "SELECT relation_code('wife')", "11");
  exec_ok(db, "DELETE FROM temp.shebao_policy_relation_terms");
  ASSERT_Q(db, "SELECT relation_code('wife')", "NULL");
  exec_ok(db, "DELETE FROM temp.shebao_policy_retractions");
  ASSERT_Q(db, "SELECT relation_code('wife')", "10");
  sqlite3_close(db);
}

Test(layers, a_scan_keeps_the_index_it_started_with) {
  sqlite3 *db = open_shebao();
  sqlite3_stmt *stmt;
  int n = 0;
  exec_ok(db, "SELECT shebao_create_layer('temp')");
  exec_ok(db, "INSERT INTO temp.shebao_policy_sources(source_id, title) VALUES ('s', 't')");
  cr_assert_eq(sqlite3_prepare_v2(db, "SELECT code FROM shebao_relations", -1, &stmt, 0), SQLITE_OK);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    if (n++ == 10)
      exec_ok(db, "INSERT INTO temp.shebao_policy_relations VALUES ('98', '测试', 'o', NULL, NULL, 's')");
  }
  sqlite3_finalize(stmt);
  cr_assert_eq(n, 84, "the running scan saw the index it started with");
  ASSERT_Q(db, "SELECT count(*) FROM shebao_relations", "85");
  sqlite3_close(db);
}
