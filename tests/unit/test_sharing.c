/* Family mutual aid: can_share() over time and place, against the policy facts (docs/policy-data.md); every
** date there is crossed in both directions (the day before and the day of). */
#include "harness.h"
#include <stdio.h>

typedef struct ShareCase {
  const char *relation, *date, *payer, *relative; /* payer NULL: the two-argument form */
  const char *expected;                           /* "1", "0" or "NULL" */
} ShareCase;

static const ShareCase cases[] = {
    /* §1 national timeline: self always; spouse, parents, children from 2021-04-22; others from 2024-08-01 */
    {"本人", "1999-01-01", 0, 0, "1"},
    {"self", "2030-12-31", 0, 0, "1"},
    {"配偶", "2021-04-21", 0, 0, "0"},
    {"配偶", "2021-04-22", 0, 0, "1"},
    {"father", "2021-04-21", 0, 0, "0"},
    {"father", "2021-04-22", 0, 0, "1"},
    {"女儿", "2021-04-21", 0, 0, "0"},
    {"女儿", "2021-04-22", 0, 0, "1"},
    {"养子", "2021-04-22", 0, 0, "1"},
    {"祖父", "2024-07-31", 0, 0, "0"},
    {"祖父", "2024-08-01", 0, 0, "1"},
    {"姐姐", "2024-07-31", 0, 0, "0"},
    {"姐姐", "2024-08-01", 0, 0, "1"},
    {"外孙女", "2024-07-31", 0, 0, "0"},
    {"外孙女", "2024-08-01", 0, 0, "1"},
    /* nobody else, ever */
    {"岳母", "2030-01-01", 0, 0, "0"},
    {"儿媳", "2030-01-01", 0, 0, "0"},
    {"曾祖父", "2030-01-01", 0, 0, "0"},
    {"cousin", "2030-01-01", 0, 0, "0"},
    {"99", "2030-01-01", 0, 0, "0"},
    /* NULL only where the relation cannot decide and the date needs it */
    {"继母", "2021-04-21", 0, 0, "0"},
    {"继母", "2021-04-22", 0, 0, "NULL"},
    {"27", "2021-04-21", 0, 0, "0"},
    {"27", "2021-04-22", 0, 0, "NULL"},
    {"59", "2021-04-21", 0, 0, "0"},
    {"59", "2021-04-22", 0, 0, "NULL"},
    /* §1 the payer's province. 四川 from 2019-03-01, with parents-in-law until an unknown date */
    {"配偶", "2019-02-28", "成都市", "成都市", "0"},
    {"配偶", "2019-03-01", "成都市", "成都市", "1"},
    {"岳母", "2019-03-01", "成都市", "成都市", "1"},
    {"岳母", "2021-04-21", "成都市", "成都市", "1"},
    {"岳母", "2021-04-22", "成都市", "成都市", "NULL"},
    {"岳母", "2025-07-04", "成都市", "成都市", "0"},
    {"岳母", "2026-01-01", "成都市", "成都市", "0"},
    {"岳母", "2020-01-01", 0, 0, "0"}, /* nationally never */
    /* elsewhere the province's start is unknown between the national document and October 2024 */
    {"配偶", "2021-04-21", "苏州市", "苏州市", "0"},
    {"配偶", "2022-12-31", "苏州市", "苏州市", "NULL"},
    {"配偶", "2024-10-31", "苏州市", "苏州市", "1"},
    /* 上海 from 2022-08-01; 北京: a 2021 notice and a "from 2022-12-01" that disagree */
    {"父亲", "2022-07-31", "上海市", "上海市", "0"},
    {"父亲", "2022-08-01", "上海市", "上海市", "1"},
    {"配偶", "2021-08-16", "北京市", "北京市", "1"},
    {"配偶", "2022-06-01", "北京市", "北京市", "NULL"},
    {"配偶", "2022-12-01", "北京市", "北京市", "1"},
    /* near relatives: 河北 by 2024-08-15, 四川 half by 2024-10-20, 广东 off on 2024-11-26, all by 2024-12-09 */
    {"祖父", "2024-07-31", "石家庄市", "石家庄市", "0"},
    {"祖父", "2024-08-10", "石家庄市", "石家庄市", "NULL"},
    {"祖父", "2024-08-15", "石家庄市", "石家庄市", "1"},
    {"祖父", "2024-10-20", "成都市", "成都市", "NULL"},
    {"祖父", "2024-11-26", "成都市", "成都市", "1"},
    {"兄弟", "2024-11-26", "广州市", "广州市", "0"},
    {"兄弟", "2024-11-30", "广州市", "广州市", "NULL"},
    {"兄弟", "2024-12-09", "广州市", "广州市", "1"},
    /* §1 in-province across pooling regions: 29 provinces by 2024-10-20, 广东 off then, on by 2024-10-31 */
    {"配偶", "2024-10-19", "南京市", "苏州市", "NULL"},
    {"配偶", "2024-10-20", "南京市", "苏州市", "1"},
    {"配偶", "2024-10-20", "广州市", "深圳市", "0"},
    {"配偶", "2024-10-25", "广州市", "深圳市", "NULL"},
    {"配偶", "2024-10-31", "广州市", "深圳市", "1"},
    {"配偶", "2024-10-20", "重庆市", "云阳县", "1"},
    {"配偶", "2024-10-20", "河北省本级", "石家庄市", "1"},
    /* §4 cross-province: nothing before the wallet, the first 31 by 2024-12-02, both regions needed */
    {"祖父", "2024-10-31", "苏州市", "成都市", "0"},
    {"祖父", "2024-12-01", "苏州市", "成都市", "NULL"},
    {"祖父", "2024-12-02", "苏州市", "成都市", "1"},
    {"配偶", "2024-12-02", "恩施州", "云阳县", "1"},
    {"配偶", "2024-12-02", "苏州市", "广州市", "0"},
    {"配偶", "2024-12-02", "南京市", "成都市", "0"},
    /* the reports: 河南 安徽 西藏 by 2025-02-04; 福建 青海 (a conflict on 2025-06-30); 西安 by 2025-07-03 */
    {"配偶", "2025-02-03", "开封市", "合肥市", "NULL"},
    {"配偶", "2025-02-04", "开封市", "合肥市", "1"},
    {"配偶", "2025-02-04", "拉萨市", "郑州市", "1"},
    {"配偶", "2025-06-30", "福州市", "西宁市", "NULL"},
    {"配偶", "2025-07-01", "福州市", "西宁市", "1"},
    {"配偶", "2025-07-02", "西安市", "福州市", "NULL"},
    {"配偶", "2025-07-03", "西安市", "福州市", "1"},
    /* 广东 off on 2025-09-22 and unknown since: no for an unknown partner then, unknown after */
    {"配偶", "2025-09-22", "南京市", "广州市", "0"},
    {"配偶", "2026-01-09", "广州市", "苏州市", "NULL"},
    /* pools: two 海南 cities are one pool; the 兵团 is its own province */
    {"配偶", "2025-03-01", "海口市", "三亚市", "1"},
    {"配偶", "2025-03-14", "石河子市", "乌鲁木齐市", "0"},
    {"配偶", "2025-05-08", "石河子市", "乌鲁木齐市", "1"},
    /* relation and place together: the place rule says no, so a step-parent is no too */
    {"继母", "2024-10-31", "苏州市", "成都市", "0"},
    {"继母", "2024-12-02", "苏州市", "成都市", "NULL"},
    {"岳母", "2026-06-01", "苏州市", "成都市", "0"},
    {"本人", "2020-01-01", "苏州市", "苏州市", "1"},
};

Test(sharing, every_date_of_the_facts_in_both_directions) {
  sqlite3 *db = open_shebao();
  size_t i;
  char sql[512];
  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    const ShareCase *c = &cases[i];
    if (c->payer) {
      snprintf(sql, sizeof(sql), "SELECT can_share('%s', '%s', '%s', '%s')", c->relation, c->date, c->payer,
               c->relative);
    } else {
      snprintf(sql, sizeof(sql), "SELECT can_share('%s', '%s')", c->relation, c->date);
    }
    ASSERT_Q(db, sql, c->expected);
  }
  sqlite3_close(db);
}

Test(sharing, explanation_agrees_with_the_answer_for_every_case) {
  sqlite3 *db = open_shebao();
  size_t i;
  char sql[640];
  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    const ShareCase *c = &cases[i];
    const char *want = c->expected[0] == '1' ? "yes" : c->expected[0] == '0' ? "no" : "undecided";
    if (c->payer) {
      snprintf(sql, sizeof(sql),
               "SELECT outcome FROM explain_can_share('%s', '%s', '%s', '%s') WHERE rule = 'outcome'",
               c->relation, c->date, c->payer, c->relative);
    } else {
      snprintf(sql, sizeof(sql), "SELECT outcome FROM explain_can_share('%s', '%s') WHERE rule = 'outcome'",
               c->relation, c->date);
    }
    ASSERT_Q(db, sql, want);
  }
  sqlite3_close(db);
}

Test(sharing, every_explanation_row_cites_a_known_source_but_the_outcome_of_an_unsourced_rule) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db,
           "SELECT count(*) FROM explain_can_share('祖父', '2025-03-01', '苏州市', '成都市') e "
           "JOIN shebao_sources s USING (source_id)",
           "9");
  ASSERT_Q(db,
           "SELECT group_concat(rule, ',') FROM explain_can_share('祖父', '2025-03-01', '苏州市', '成都市')",
           "relation,near_relative,scope,place,payer_region,relative_region,recipient,uses,outcome");
  ASSERT_Q(db, "SELECT source_doc FROM explain_can_share('配偶', '2021-04-22') WHERE rule = 'scope'",
           "国办发〔2021〕14号");
  ASSERT_Q(db, "SELECT source_doc FROM explain_can_share('祖父', '2024-08-01') WHERE rule = 'scope'",
           "国办发〔2024〕38号");
  ASSERT_Q(db,
           "SELECT source_id FROM explain_can_share('配偶', '2023-01-01', '成都市', '成都市') WHERE rule = "
           "'scope'",
           "xinhua-2019-02-26-sichuan");
  /* an unknown window: both bounds, each a row with its source */
  ASSERT_Q(db,
           "SELECT group_concat(outcome || ' ' || source_id || ' ' || source_firmness, '; ') FROM "
           "explain_can_share('配偶', '2024-11-15', '苏州市', '成都市') WHERE rule = 'payer_region'",
           "unknown cqrb-2025-01-19-nhsa secondary; unknown article-shebao-2025-08-11 secondary");
  ASSERT_Q(db,
           "SELECT detail FROM explain_can_share('配偶', '2024-11-15', '苏州市', '成都市') WHERE rule = "
           "'payer_region' LIMIT 1",
           "苏州市 320500 (江苏省): cross-province mutual aid on 2024-11-15: off on 2024-10-31 (全国 000000; "
           "cqrb-2025-01-19-nhsa, secondary); later on by 2024-12-02 (苏州市 320500; article-shebao-2025-08-11, "
           "secondary): between the two nobody can say");
  sqlite3_close(db);
}

Test(sharing, errors_name_the_function_the_argument_and_the_value) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT can_share('火星人', '2025-01-01')",
           "error: can_share(): unknown relation '火星人' (relation): no code, name or term of "
           "shebao_relations or shebao_relation_terms");
  /* A one-digit code is refused by a decision (a lookup pads it): a bare 1 is rather a member's number. */
  ASSERT_Q(db, "SELECT can_share(1, '2025-01-01')",
           "error: can_share(): '1' is not a relation code (relation): codes have two digits ('01' is 本人), "
           "and a number column drops the leading zero: keep codes as text, or write printf('%02d', x)");
  ASSERT_Q(db, "SELECT can_share('2', '2025-01-01')",
           "error: can_share(): '2' is not a relation code (relation): codes have two digits ('02' is 户主), "
           "and a number column drops the leading zero: keep codes as text, or write printf('%02d', x)");
  ASSERT_Q(
      db,
      "SELECT can_share('01', '2025-01-01') || can_share(51, '2025-01-01') || can_share(51.0, '2025-01-01')",
      "111");
  ASSERT_Q(db, "SELECT relation_code(1) || relation_code('1') || relation_name(2.0)", "0101户主");
  ASSERT_Q(db, "SELECT region_enabled(12, '2025-01-01')",
           "error: region_enabled(): unknown region '12' (region): a region code has six digits "
           "(shebao_regions, shebao_counties)");
  ASSERT_Q(db, "SELECT can_share('配偶', '2025-02-30')",
           "error: can_share(): impossible date '2025-02-30' (on_date)");
  ASSERT_Q(db, "SELECT can_share('配偶', '2025-01-01', '火星市', '苏州市')",
           "error: can_share(): unknown region '火星市' (payer_region): no code or name of shebao_regions or shebao_counties");
  ASSERT_Q(db, "SELECT can_share('配偶', '2025-01-01', '苏州市', '吉林')",
           "error: can_share(): ambiguous region '吉林' (relative_region): 吉林省 220000, 吉林市 220200");
  ASSERT_Q(
      db, "SELECT can_share('配偶', '2025-01-01', '江苏省', '苏州市')",
      "error: can_share(): '江苏省' is a province, not a pooling region (payer_region): name the city, or "
      "'江苏省本级'");
  ASSERT_Q(db, "SELECT * FROM explain_can_share('火星人', '2025-01-01')",
           "error: explain_can_share(): unknown relation '火星人' (relation): no code, name or term of "
           "shebao_relations or shebao_relation_terms");
  ASSERT_Q(db, "SELECT * FROM explain_can_share('配偶')",
           "error: explain_can_share(): takes relation and on_date, and optionally payer_region and "
           "relative_region together");
  ASSERT_Q(db, "SELECT * FROM explain_can_share('配偶', '2025-01-01', '苏州市')",
           "error: explain_can_share(): takes relation and on_date, and optionally payer_region and "
           "relative_region together");
  ASSERT_Q(db, "SELECT can_share(NULL, '2025-01-01')", "NULL");
  ASSERT_Q(db, "SELECT can_share('配偶', NULL, '苏州市', '苏州市')", "NULL");
  ASSERT_Q(db, "SELECT can_share('配偶', '2025-01-01', NULL, '苏州市')", "NULL");
  ASSERT_Q(db, "SELECT count(*) FROM explain_can_share('配偶', NULL)", "0");
  sqlite3_close(db);
}

Test(sharing, explain_works_in_joins_in_either_order_and_with_where_on_its_columns) {
  sqlite3 *db = open_shebao();
  exec_ok(
      db,
      "CREATE TABLE members(name TEXT, relation TEXT, d TEXT, r1 TEXT, r2 TEXT);"
      "INSERT INTO members VALUES ('甲', '祖父', '2025-03-01', '苏州市', '成都市'),"
      "('乙', '岳母', '2025-03-01', '苏州市', '苏州市'), ('丙', '继母', '2025-03-01', '苏州市', '苏州市');");
  ASSERT_Q(db,
           "SELECT group_concat(m.name || ':' || e.outcome, ' ') FROM members m, "
           "explain_can_share(m.relation, m.d, m.r1, m.r2) e WHERE e.rule = 'outcome'",
           "甲:yes 乙:no 丙:undecided");
  ASSERT_Q(db,
           "SELECT group_concat(m.name || ':' || e.outcome, ' ') FROM explain_can_share(m.relation, m.d, "
           "m.r1, m.r2) e, "
           "members m WHERE e.rule = 'outcome'",
           "甲:yes 乙:no 丙:undecided");
  /* the national form, as a join on the hidden columns: 4 rules each (a parent-in-law has a scope row too), and
  ** the 2 facts of family mutual aid from 2024-08-01 */
  ASSERT_Q(db,
           "SELECT group_concat(name || '=' || n, ' ') FROM (SELECT m.name, count(*) AS n FROM members m "
           "JOIN explain_can_share e ON e.relation = m.relation AND e.on_date = m.d GROUP BY m.name ORDER BY "
           "m.name)",
           "丙=6 乙=6 甲=6");
  ASSERT_Q(db, "SELECT step FROM explain_can_share('配偶', '2021-04-22') WHERE rowid = 3", "3");
  ASSERT_Q(db, "SELECT relation || ' ' || on_date FROM explain_can_share('配偶', '2021-04-22') LIMIT 1",
           "配偶 2021-04-22");
  ASSERT_Q(
      db,
      "SELECT group_concat(m.name || '=' || coalesce(can_share(m.relation, m.d, m.r1, m.r2), 'NULL'), ' ') "
      "FROM members m",
      "甲=1 乙=0 丙=NULL");
  sqlite3_close(db);
}
