/* Regions: resolution of codes and names, and cross-province enablement by date, against the policy facts
** (docs/policy-data.md). */
#include "harness.h"
#include <stdio.h>

/* The 31 pooling regions of the first batch (2024-12-02), written out independently of sql/. */
static const struct {
  const char *name, *shortName, *code, *province;
} firstBatch[] = {
    {"四川省本级", "四川本级", "519900", "四川省"},   {"成都市", "成都", "510100", "四川省"},
    {"广安市", "广安", "511600", "四川省"},           {"郑州市", "郑州", "410100", "河南省"},
    {"信阳市", "信阳", "411500", "河南省"},           {"襄阳市", "襄阳", "420600", "湖北省"},
    {"黄冈市", "黄冈", "421100", "湖北省"},           {"咸宁市", "咸宁", "421200", "湖北省"},
    {"随州市", "随州", "421300", "湖北省"},           {"恩施土家族苗族自治州", "恩施州", "422800", "湖北省"},
    {"潜江市", "潜江", "429005", "湖北省"},           {"石家庄市", "石家庄", "130100", "河北省"},
    {"唐山市", "唐山", "130200", "河北省"},           {"秦皇岛市", "秦皇岛", "130300", "河北省"},
    {"邯郸市", "邯郸", "130400", "河北省"},           {"邢台市", "邢台", "130500", "河北省"},
    {"保定市", "保定", "130600", "河北省"},           {"张家口市", "张家口", "130700", "河北省"},
    {"承德市", "承德", "130800", "河北省"},           {"沧州市", "沧州", "130900", "河北省"},
    {"廊坊市", "廊坊", "131000", "河北省"},           {"衡水市", "衡水", "131100", "河北省"},
    {"辛集市", "辛集", "130181", "河北省"},           {"定州市", "定州", "130682", "河北省"},
    {"雄安新区", "雄安", "133100", "河北省"},         {"河北省本级", "河北本级", "139900", "河北省"},
    {"苏州市", "苏州", "320500", "江苏省"},           {"云阳县", "云阳", "500235", "重庆市"},
    {"临夏回族自治州", "临夏州", "622900", "甘肃省"}, {"德州市", "德州", "371400", "山东省"},
    {"淮南市", "淮南", "340400", "安徽省"},
};

Test(regions, first_batch_by_name_short_name_and_code_across_2024_12_02) {
  sqlite3 *db = open_shebao();
  size_t i;
  char sql[512];
  cr_assert_eq(sizeof(firstBatch) / sizeof(firstBatch[0]), 31);
  for (i = 0; i < sizeof(firstBatch) / sizeof(firstBatch[0]); i++) {
    const char *forms[3] = {firstBatch[i].name, firstBatch[i].shortName, firstBatch[i].code};
    int f;
    for (f = 0; f < 3; f++) {
      snprintf(sql, sizeof(sql), "SELECT region_code('%s')", forms[f]);
      ASSERT_Q(db, sql, firstBatch[i].code);
      snprintf(sql, sizeof(sql), "SELECT region_name('%s')", forms[f]);
      ASSERT_Q(db, sql, firstBatch[i].name);
      snprintf(sql, sizeof(sql), "SELECT region_province('%s')", forms[f]);
      ASSERT_Q(db, sql, firstBatch[i].province);
      /* on by the launch: before it, unknown back to the wallet's start in November 2024 */
      snprintf(sql, sizeof(sql), "SELECT region_enabled('%s', '2024-10-31')", forms[f]);
      ASSERT_Q(db, sql, "0");
      snprintf(sql, sizeof(sql), "SELECT region_enabled('%s', '2024-12-01')", forms[f]);
      ASSERT_Q(db, sql, "NULL");
      snprintf(sql, sizeof(sql), "SELECT region_enabled('%s', '2024-12-02')", forms[f]);
      ASSERT_Q(db, sql, "1");
    }
  }
  ASSERT_Q(db,
           "SELECT count(*) FROM shebao_region_enablement WHERE scope = 'cross_province' AND valid_from = "
           "'2024-12-02' AND precision = 'by'",
           "31");
  sqlite3_close(db);
}

Test(regions, regions_outside_the_first_batch_follow_the_reports) {
  /* The dates of the record (docs/policy-data.md), written out independently of sql/. */
  static const struct {
    const char *region, *day, *want;
  } cases[] = {
      /* nothing anywhere before the wallet (November 2024); only the 31 at the launch */
      {"南京市", "2024-10-31", "0"},   {"南京市", "2024-12-02", "0"},   {"郑州市", "2024-12-02", "1"},
      {"开封市", "2024-12-02", "0"},
      /* 江苏 only partly on in every report: 南京 unknown from the first report on */
      {"南京市", "2025-01-01", "NULL"}, {"南京市", "2025-09-22", "NULL"},
      /* 安徽, 河南, 西藏 province-wide by 2025-02-04, unknown between the launch and then */
      {"合肥市", "2025-02-03", "NULL"}, {"合肥市", "2025-02-04", "1"},  {"开封市", "2025-02-04", "1"},
      {"拉萨市", "2025-02-04", "1"},
      /* 福建: off on 2025-05-08, on by 2025-06-30 (NHSA) and from 2025-07-01 (the province): a conflict */
      {"福州市", "2025-05-08", "0"},   {"福州市", "2025-06-29", "NULL"}, {"福州市", "2025-06-30", "NULL"},
      {"福州市", "2025-07-01", "1"},   {"西宁市", "2025-07-01", "1"},
      /* 陕西: 西安 by 2025-07-03, every city by 2025-10-30 */
      {"西安市", "2025-07-02", "NULL"}, {"西安市", "2025-07-03", "1"},  {"宝鸡市", "2025-10-29", "NULL"},
      {"宝鸡市", "2025-10-30", "1"},
      /* 北京: on by 2025-06-30, "still being debugged" on 2025-09-22 */
      {"北京市", "2025-06-30", "1"},   {"北京市", "2025-09-21", "1"},   {"北京市", "2025-09-22", "NULL"},
      /* 广东: off on 2025-09-22, no later source (the 2026-01-09 notice dates no region) */
      {"广州市", "2025-09-22", "0"},   {"广州市", "2026-01-09", "NULL"},
      /* 海南 is one pool; the 兵团 its own, province-wide by 2025-05-08 */
      {"海口市", "2025-05-08", "0"},   {"三亚市", "2025-06-29", "NULL"}, {"儋州市", "2025-06-30", "1"},
      {"石河子市", "2025-03-14", "0"}, {"石河子市", "2025-05-08", "1"},
  };
  sqlite3 *db = open_shebao();
  char sql[256];
  size_t i;
  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    snprintf(sql, sizeof(sql), "SELECT region_enabled('%s', '%s')", cases[i].region, cases[i].day);
    ASSERT_Q(db, sql, cases[i].want);
  }
  /* the in-province scope is a different row set */
  ASSERT_Q(db, "SELECT in_province_from || ' ' || in_province_precision FROM shebao_regions WHERE code = '440100'",
           "2024-10-31 by");
  ASSERT_Q(db, "SELECT quote(cross_province_from) FROM shebao_regions WHERE code = '440100'", "NULL");
  sqlite3_close(db);
}

Test(regions, aliases_former_names_and_legacy_codes) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT region_code('139001')", "130682");
  ASSERT_Q(db, "SELECT region_code('139002')", "130181");
  ASSERT_Q(db, "SELECT region_name('139002')", "辛集市");
  ASSERT_Q(db, "SELECT region_code('襄樊市')", "420600");
  ASSERT_Q(db, "SELECT region_code('襄樊')", "420600");
  ASSERT_Q(db, "SELECT region_name('莱芜市')", "济南市");
  ASSERT_Q(db, "SELECT region_code('恩施州')", "422800");
  ASSERT_Q(db, "SELECT region_code('恩施')", "422800");
  ASSERT_Q(db, "SELECT region_code('临夏州')", "622900");
  ASSERT_Q(db, "SELECT region_code('苏州')", "320500");
  ASSERT_Q(db, "SELECT region_code('河北省本级')", "139900");
  ASSERT_Q(db, "SELECT region_code('河北省省本级')", "139900");
  ASSERT_Q(db, "SELECT region_code(320500)", "320500");
  ASSERT_Q(db, "SELECT region_code('  苏州市　')", "320500");
  ASSERT_Q(db, "SELECT region_code('３２０５００')", "320500");
  ASSERT_Q(db, "SELECT region_code('江苏省苏州市')", "320500");
  ASSERT_Q(db, "SELECT region_code('江苏苏州')", "320500");
  ASSERT_Q(db, "SELECT region_code('湖北省潜江市')", "429005");
  ASSERT_Q(db, "SELECT region_code('吉林省吉林市')", "220200");
  ASSERT_Q(db, "SELECT region_province('北京市')", "北京市");
  ASSERT_Q(db, "SELECT region_province('河北省')", "河北省");
  sqlite3_close(db);
}

Test(regions, ambiguity_and_unknowns) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT region_code('吉林')", "NULL");
  ASSERT_Q(db, "SELECT region_code('海南')", "NULL");
  ASSERT_Q(db, "SELECT region_code('巢湖市')", "NULL");
  ASSERT_Q(db, "SELECT region_code('火星市')", "NULL");
  ASSERT_Q(db, "SELECT region_code('')", "NULL");
  ASSERT_Q(db, "SELECT region_code('999999')", "NULL");
  ASSERT_Q(db, "SELECT region_code(NULL)", "NULL");
  ASSERT_Q(db, "SELECT region_enabled('吉林', '2025-01-01')",
           "error: region_enabled(): ambiguous region '吉林' (region): 吉林省 220000, 吉林市 220200");
  ASSERT_Q(db, "SELECT region_enabled('火星市', '2025-01-01')",
           "error: region_enabled(): unknown region '火星市' (region): no code or name of shebao_regions or shebao_counties");
  ASSERT_Q(db, "SELECT region_enabled('苏州市', '2025-02-29')",
           "error: region_enabled(): impossible date '2025-02-29' (on_date)");
  ASSERT_Q(db, "SELECT region_enabled('苏州市', '2025/03/01')",
           "error: region_enabled(): malformed date '2025/03/01' (on_date): expected YYYY-MM-DD");
  ASSERT_Q(db, "SELECT region_enabled('苏州市', NULL)", "NULL");
  ASSERT_Q(db, "SELECT region_enabled(NULL, '2025-01-01')", "NULL");
  ASSERT_Q(db, "SELECT region_code(x'00')", "error: region_code(): code_or_name must be text, not a blob");
  sqlite3_close(db);
}

Test(regions, today_form_reads_the_clock_in_china_time) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT region_enabled('苏州市') IS region_enabled('苏州市', date('now', '+8 hours'))", "1");
  ASSERT_Q(db, "SELECT region_enabled('广州市') IS region_enabled('广州市', date('now', '+8 hours'))", "1");
  sqlite3_close(db);
}
