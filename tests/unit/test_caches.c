/*
** What the functions keep between calls for speed must never answer from a policy that is no
** longer in effect: resolutions cached in the policy index (certification), auxiliary data of constant
** arguments, results returned without a copy (the embedded default's strings), and the lookups that skip
** normalising.
*/
#include "harness.h"
#include <string.h>

#define ADD_SOURCE "INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('mine', 'a notice')"
#define NANJING_ANNIVERSARY                                                                                  \
  "INSERT INTO main.shebao_policy_cert_assignments VALUES ('320100', 'any', NULL, 'anniversary', NULL, "     \
  "'mine', NULL, NULL, NULL)"

static const char *step_text(sqlite3_stmt *stmt, char *buf, size_t n) {
  const unsigned char *z;
  cr_assert_eq(sqlite3_step(stmt), SQLITE_ROW);
  z = sqlite3_column_text(stmt, 0);
  strncpy(buf, z ? (const char *)z : "NULL", n - 1);
  buf[n - 1] = 0;
  return buf;
}

/* A prepared statement with a constant rule_or_region (auxiliary data) and one whose region varies per row
** (the resolution cache), run again after the policy changes, then after the change is rolled back. */
Test(caches, certification_resolutions_follow_the_policy) {
  sqlite3 *db = open_shebao();
  sqlite3_stmt *constant, *column;
  char buf[64];
  int i;
  exec_ok(
      db,
      "CREATE TABLE people(region); INSERT INTO people VALUES ('南京市'), ('南京'), ('320100'), ('苏州市');");
  cr_assert_eq(sqlite3_prepare_v2(db, "SELECT next_cert_deadline('2024-03-15', '南京市')", -1, &constant, 0),
               SQLITE_OK);
  cr_assert_eq(
      sqlite3_prepare_v2(db, "SELECT group_concat(next_cert_deadline('2024-03-15', region), ' ') FROM people",
                         -1, &column, 0),
      SQLITE_OK);
  for (i = 0; i < 3; i++) { /* enough runs for the constant to be given as auxiliary data */
    cr_assert_str_eq(step_text(constant, buf, sizeof(buf)), "2025-03-31");
    sqlite3_reset(constant);
    cr_assert_str_eq(step_text(column, buf, sizeof(buf)), "2025-03-31 2025-03-31 2025-03-31 2025-03-31");
    sqlite3_reset(column);
  }
  exec_ok(db, "SELECT shebao_create_layer('main'); BEGIN;" ADD_SOURCE ";" NANJING_ANNIVERSARY);
  cr_assert_str_eq(step_text(constant, buf, sizeof(buf)), "2025-03-15");
  sqlite3_reset(constant);
  cr_assert_str_eq(step_text(column, buf, sizeof(buf)), "2025-03-15 2025-03-15 2025-03-15 2025-03-31");
  sqlite3_reset(column);
  exec_ok(db, "ROLLBACK");
  cr_assert_str_eq(step_text(constant, buf, sizeof(buf)), "2025-03-31");
  sqlite3_reset(constant);
  cr_assert_str_eq(step_text(column, buf, sizeof(buf)), "2025-03-31 2025-03-31 2025-03-31 2025-03-31");
  sqlite3_finalize(constant);
  sqlite3_finalize(column);
  sqlite3_close(db);
}

/* Results from a layer's rows are copies: the statement that returned one keeps a valid value while the
** policy changes under it; its next row answers from the policy it started with, the next statement from the
** new one (and the old index is freed). */
Test(caches, results_survive_a_policy_change_mid_statement) {
  sqlite3 *db = open_shebao();
  sqlite3_stmt *stmt;
  char first[64];
  exec_ok(db,
          "SELECT shebao_create_layer('main');" ADD_SOURCE ";"
          "INSERT INTO main.shebao_policy_relations SELECT code, '爸', kin_path, valid_from, valid_to, 'mine'"
          " FROM shebao_relations WHERE code = '51';"
          "CREATE TABLE t(v); INSERT INTO t VALUES ('51'), ('51');");
  cr_assert_eq(sqlite3_prepare_v2(db, "SELECT relation_name(v), region_name('苏州') FROM t", -1, &stmt, 0),
               SQLITE_OK);
  cr_assert_eq(sqlite3_step(stmt), SQLITE_ROW);
  strcpy(first, (const char *)sqlite3_column_text(stmt, 0));
  cr_assert_str_eq(first, "爸");
  exec_ok(db, "UPDATE main.shebao_policy_relations SET name = '老爸' WHERE code = '51'");
  cr_assert_str_eq((const char *)sqlite3_column_text(stmt, 0), "爸");
  cr_assert_str_eq((const char *)sqlite3_column_text(stmt, 1), "苏州市");
  /* The statement keeps the policy it started with to its last row; the next statement sees the change. */
  cr_assert_eq(sqlite3_step(stmt), SQLITE_ROW);
  cr_assert_str_eq((const char *)sqlite3_column_text(stmt, 0), "爸");
  cr_assert_eq(sqlite3_step(stmt), SQLITE_DONE);
  sqlite3_finalize(stmt);
  /* The embedded default's strings are returned without a copy; they are the same for every connection. */
  ASSERT_Q(db, "SELECT max(relation_name(v)) || region_province('潜江') FROM t", "老爸湖北省");
  sqlite3_close(db);
}

/* Lookups try the text as it stands before normalising it: both ways must give the same answer. */
Test(caches, the_shortcut_and_normalising_agree) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db,
           "SELECT count(*) FROM shebao_relation_terms WHERE relation_code(term) IS NOT relation_code("
           "' ' || upper(replace(term, '-', '_')) || char(12288))",
           "0");
  ASSERT_Q(
      db,
      "SELECT count(*) FROM shebao_regions WHERE region_code(name) IS NOT region_code(' ' || name || ' ')",
      "0");
  ASSERT_Q(db, "SELECT region_code('江苏省苏州市') || region_code('吉林省吉林市') || region_code('湖北潜江')",
           "320500220200429005");
  ASSERT_Q(db, "SELECT region_code('１３９００２') || region_code(' 襄樊市 ')", "130181420600");
  ASSERT_Q(db,
           "SELECT count(region_code(column1)) FROM (VALUES ('火星省火星市'), ('吉林'), ('江苏省火星市'), "
           "('999999'))",
           "0");
  ASSERT_Q(db, "SELECT relation_code('５１') || relation_code('姥姥') || relation_code('FATHER')", "516451");
  ASSERT_Q(db, "SELECT relation_code('Father-In-Law') IS NULL AND relation_code('火星人') IS NULL", "1");
  sqlite3_close(db);
}
