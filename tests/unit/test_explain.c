/* The generic explain table (ext/policy/explain.c): an explanation grows as long as it needs to, fails whole
** when a row cannot be made, and every explain table has the columns defined once, with the optional ones
** only where its descriptor asks for them. */
#include "harness.h"
#include "policy/explain.h"
#include <string.h>

static void free_rows(Explanation *e) {
  int i;
  for (i = 0; i < e->nRow; i++) {
    sqlite3_free(e->aRow[i].zOutcome);
    sqlite3_free(e->aRow[i].zDetail);
    sqlite3_free(e->aRow[i].zDetailZh);
  }
  sqlite3_free(e->aRow);
}

Test(explain, an_explanation_keeps_every_row) {
  Explanation e;
  int i;
  memset(&e, 0, sizeof(e));
  for (i = 0; i < 40; i++)
    explain_add(&e, 0, "rule", sqlite3_mprintf("outcome %d", i), 0, sqlite3_mprintf("detail %d", i));
  cr_assert_eq(e.rc, SQLITE_OK);
  cr_assert_eq(e.nRow, 40, "no row is dropped past a fixed size");
  cr_assert_str_eq(e.aRow[39].zOutcome, "outcome 39");
  free_rows(&e);
}

Test(explain, a_row_that_cannot_be_made_fails_the_explanation) {
  Explanation e;
  memset(&e, 0, sizeof(e));
  explain_add(&e, 0, "rule", sqlite3_mprintf("yes"), 0, sqlite3_mprintf("why"));
  explain_add(&e, 0, "rule", sqlite3_mprintf("yes"), 0, 0); /* out of memory for the detail */
  explain_add(&e, 0, "rule", sqlite3_mprintf("yes"), 0, sqlite3_mprintf("after"));
  cr_assert_eq(e.rc, SQLITE_NOMEM);
  cr_assert_eq(e.nRow, 1, "nothing is added after a failure");
  free_rows(&e);
}

Test(explain, the_columns_are_defined_once) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT group_concat(name, ',') FROM pragma_table_xinfo('explain_can_share')",
           "step,rule,outcome,detail,detail_zh,source_id,source_doc,source_title,source_firmness,relation,"
           "on_date,payer_region,relative_region");
  ASSERT_Q(
      db, "SELECT group_concat(name, ',') FROM pragma_table_xinfo('explain_cert_deadline')",
      "step,scheme,rule,outcome,detail,detail_zh,source_id,source_doc,source_title,source_firmness,last_cert,"
      "rule_or_region");
  ASSERT_Q(db, "SELECT group_concat(name, ',') FROM pragma_table_xinfo('explain_binding') WHERE hidden",
           "payer_id,relative_id,relation,on_date,payer_region,relative_region");
  /* Every row of an explanation that cites a source shows how firm it is. */
  ASSERT_Q(db,
           "SELECT count(*) || '|' || count(source_firmness) FROM explain_can_share('配偶', '2024-11-15', "
           "'苏州市', '成都市')"
           " WHERE source_id IS NOT NULL",
           "9|9");
  ASSERT_Q(db, "SELECT group_concat(name, ',') FROM pragma_table_xinfo('explain_can_share') WHERE hidden",
           "relation,on_date,payer_region,relative_region");
  sqlite3_close(db);
}

Test(explain, a_row_gets_its_chinese_detail_and_a_failed_one_fails_the_explanation) {
  Explanation e;
  memset(&e, 0, sizeof(e));
  explain_add(&e, 0, "rule", sqlite3_mprintf("yes"), 0, sqlite3_mprintf("why"));
  cr_assert(e.aRow[0].zDetailZh == 0, "detail_zh is NULL until given");
  explain_add_zh(&e, sqlite3_mprintf("原因"));
  cr_assert_str_eq(e.aRow[0].zDetailZh, "原因");
  explain_add_zh(&e, 0); /* out of memory for the Chinese */
  cr_assert_eq(e.rc, SQLITE_NOMEM);
  free_rows(&e);
}

Test(explain, every_explain_table_fills_detail_zh) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db,
           "SELECT count(*) > 0 AND count(detail_zh) = count(*) FROM explain_can_share('祖父', '2025-03-01')",
           "1");
  ASSERT_Q(db,
           "SELECT count(*) > 0 AND count(detail_zh) = count(*) FROM explain_can_share_between('12', '20', "
           "'2025-03-01', '苏州市', '成都市')",
           "1");
  ASSERT_Q(db,
           "SELECT count(*) > 0 AND count(detail_zh) = count(*) FROM explain_cert_deadline('2024-03-15', "
           "'西安市')",
           "1");
  /* the title of the source the row cites, read out */
  ASSERT_Q(db, "SELECT detail_zh FROM explain_can_share('祖父', '2025-03-01') WHERE rule = 'near_relative'",
           "祖父母、外祖父母属于近亲属（民法典第一千零四十五条）（依据：《中华人民共和国民法典》）。");
  ASSERT_Q(
      db,
      "SELECT count(*) FROM explain_binding('110105198001010016', '110105195503020026', '母亲', '2025-03-01')"
      " WHERE detail_zh IS NULL OR detail_zh = ''",
      "0");
  sqlite3_close(db);
}
