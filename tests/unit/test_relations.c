/* Relation codes, terms and near-relative verdicts, through SQL in-process, against the policy facts
** (docs/policy-data.md). */
#include "harness.h"
#include <stdio.h>

/* The near-relative verdicts, written out independently of sql/: 1 near, 0 not, 'n' NULL (conditional or undecidable). */
static char expected_near(int code) {
  static const int near[][2] = {{10, 12}, {20, 26}, {29, 29}, {30, 36}, {39, 39}, {40, 44}, {49, 49},
                                {50, 52}, {60, 64}, {70, 71}, {73, 73}, {75, 75}, {77, 77}, {79, 79}};
  static const int conditional[] = {27, 37, 57, 58, 59, 69};
  size_t i;
  for (i = 0; i < sizeof(near) / sizeof(near[0]); i++) {
    if (code >= near[i][0] && code <= near[i][1]) return '1';
  }
  for (i = 0; i < sizeof(conditional) / sizeof(conditional[0]); i++) {
    if (code == conditional[i]) return 'n';
  }
  return '0';
}

static int is_standard_code(int code) {
  return code == 1 || code == 2 || (code >= 10 && code <= 12) || (code >= 20 && code <= 97) || code == 99;
}

Test(relations, all_84_codes_answer_as_facts_say) {
  sqlite3 *db = open_shebao();
  int code, n = 0;
  char sql[128];
  for (code = 0; code <= 100; code++) {
    snprintf(sql, sizeof(sql), "SELECT relation_code('%02d')", code);
    if (!is_standard_code(code)) {
      ASSERT_Q(db, sql, "NULL");
      continue;
    }
    n++;
    {
      char want[16];
      snprintf(want, sizeof(want), "%02d", code);
      ASSERT_Q(db, sql, want);
    }
    snprintf(sql, sizeof(sql), "SELECT coalesce(is_near_relative('%02d'), 'n')", code);
    {
      char want[2] = {expected_near(code), 0};
      ASSERT_Q(db, sql, want);
    }
  }
  cr_assert_eq(n, 84);
  ASSERT_Q(db, "SELECT count(*) FROM shebao_relations", "84");
  sqlite3_close(db);
}

typedef struct TermCase {
  const char *term, *code, *near; /* near: "1", "0" or "NULL" */
} TermCase;

Test(relations, chinese_terms) {
  static const TermCase cases[] = {
      {"爸爸", "51", "1"},    {"妈妈", "52", "1"},    {"爹", "51", "1"},     {"娘", "52", "1"},
      {"老公", "11", "1"},    {"丈夫", "11", "1"},    {"老婆", "12", "1"},   {"妻子", "12", "1"},
      {"儿子", "20", "1"},    {"女儿", "30", "1"},    {"哥哥", "71", "1"},   {"弟弟", "73", "1"},
      {"姐姐", "75", "1"},    {"妹妹", "77", "1"},    {"爷爷", "61", "1"},   {"奶奶", "62", "1"},
      {"外公", "63", "1"},    {"外婆", "64", "1"},    {"姥爷", "63", "1"},   {"姥姥", "64", "1"},
      {"孙子", "41", "1"},    {"孙女", "42", "1"},    {"外孙", "43", "1"},   {"外孙女", "44", "1"},
      {"公公", "53", "0"},    {"婆婆", "54", "0"},    {"岳父", "55", "0"},   {"岳母", "56", "0"},
      {"丈人", "55", "0"},    {"丈母娘", "56", "0"},  {"女婿", "28", "0"},   {"儿媳", "38", "0"},
      {"嫂子", "72", "0"},    {"弟媳", "74", "0"},    {"姐夫", "76", "0"},   {"妹夫", "78", "0"},
      {"伯父", "81", "0"},    {"叔叔", "83", "0"},    {"舅舅", "85", "0"},   {"姨妈", "88", "0"},
      {"姑妈", "90", "0"},    {"堂兄", "91", "0"},    {"表姐", "92", "0"},   {"侄子", "93", "0"},
      {"外甥", "95", "0"},    {"曾祖父", "66", "0"},  {"养子", "27", "1"},   {"养女", "37", "1"},
      {"继子", "27", "NULL"}, {"继女", "37", "NULL"}, {"养父", "57", "1"},   {"养母", "58", "1"},
      {"继父", "57", "NULL"}, {"继母", "58", "NULL"}, {"父亲", "51", "1"},   {"配偶", "10", "1"},
      {"本人", "01", "0"},    {"户主", "02", "0"},    {"子女", "NULL", "1"}, {"非亲属", "99", "0"},
  };
  sqlite3 *db = open_shebao();
  size_t i;
  char sql[256];
  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    snprintf(sql, sizeof(sql), "SELECT relation_code('%s')", cases[i].term);
    ASSERT_Q(db, sql, cases[i].code);
    snprintf(sql, sizeof(sql), "SELECT is_near_relative('%s')", cases[i].term);
    ASSERT_Q(db, sql, cases[i].near);
  }
  sqlite3_close(db);
}

Test(relations, english_terms_any_case_and_spacing) {
  static const TermCase cases[] = {
      {"self", "01", "0"},
      {"spouse", "10", "1"},
      {"husband", "11", "1"},
      {"Wife", "12", "1"},
      {"SON", "20", "1"},
      {"daughter", "30", "1"},
      {" father ", "51", "1"},
      {"mother", "52", "1"},
      {"brother", "70", "1"},
      {"sister", "70", "1"},
      {"grandfather", "60", "1"},
      {"grandmother", "60", "1"},
      {"grandson", "40", "1"},
      {"granddaughter", "40", "1"},
      {"father-in-law", "NULL", "0"},
      {"Mother In Law", "NULL", "0"},
      {"son-in-law", "28", "0"},
      {"daughter_in_law", "38", "0"},
      {"stepmother", "58", "NULL"},
      {"adoptive father", "57", "1"},
      {"cousin", "NULL", "0"},
      {"uncle", "NULL", "0"},
      {"great-grandfather", "66", "0"},
      {"ＦＡＴＨＥＲ", "51", "1"},
  };
  sqlite3 *db = open_shebao();
  size_t i;
  char sql[256];
  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    snprintf(sql, sizeof(sql), "SELECT relation_code('%s')", cases[i].term);
    ASSERT_Q(db, sql, cases[i].code);
    snprintf(sql, sizeof(sql), "SELECT is_near_relative('%s')", cases[i].term);
    ASSERT_Q(db, sql, cases[i].near);
  }
  sqlite3_close(db);
}

Test(relations, codes_as_integers_reals_and_short_text) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT relation_code(1)", "01");
  ASSERT_Q(db, "SELECT relation_code('1')", "01");
  ASSERT_Q(db, "SELECT relation_code(51)", "51");
  ASSERT_Q(db, "SELECT relation_code(51.0)", "51");
  ASSERT_Q(db, "SELECT relation_code(51.5)", "NULL");
  ASSERT_Q(db, "SELECT relation_code('５１')", "51");
  ASSERT_Q(db, "SELECT relation_code(98)", "NULL");
  ASSERT_Q(db, "SELECT relation_code(-1)", "NULL");
  ASSERT_Q(db, "SELECT relation_code('051')", "NULL");
  ASSERT_Q(db, "SELECT relation_name(64)", "外祖母");
  ASSERT_Q(db, "SELECT relation_name('外婆')", "外祖母");
  ASSERT_Q(db, "SELECT relation_name('father-in-law')", "NULL");
  sqlite3_close(db);
}

Test(relations, two_household_members) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT is_near_relative('20', '51')", "1");
  ASSERT_Q(db, "SELECT is_near_relative('51', '20')", "1");
  ASSERT_Q(db, "SELECT is_near_relative('20', '38')", "NULL");
  ASSERT_Q(db, "SELECT is_near_relative('22', '23')", "1");
  ASSERT_Q(db, "SELECT is_near_relative('20', '30')", "1");
  ASSERT_Q(db, "SELECT is_near_relative('12', '51')", "0");
  ASSERT_Q(db, "SELECT is_near_relative('20', '61')", "0");
  ASSERT_Q(db, "SELECT is_near_relative('10', '20')", "NULL");
  ASSERT_Q(db, "SELECT is_near_relative('51', '52')", "NULL");
  ASSERT_Q(db, "SELECT is_near_relative('02', '64')", "1");
  ASSERT_Q(db, "SELECT is_near_relative('01', '99')", "0");
  ASSERT_Q(db, "SELECT is_near_relative('41', '42')", "NULL");
  ASSERT_Q(db, "SELECT is_near_relative('儿子', '爸爸')", "1");
  ASSERT_Q(db, "SELECT is_near_relative('27', '20')", "NULL");
  ASSERT_Q(db, "SELECT is_near_relative('20', NULL)", "NULL");
  sqlite3_close(db);
}

Test(relations, errors_and_nulls) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT relation_code(NULL)", "NULL");
  ASSERT_Q(db, "SELECT relation_code('火星人')", "NULL");
  ASSERT_Q(db, "SELECT relation_code('')", "NULL");
  ASSERT_Q(db, "SELECT is_near_relative(NULL)", "NULL");
  ASSERT_Q(db, "SELECT is_near_relative('火星人')",
           "error: is_near_relative(): unknown relation '火星人' (relation): no code, name or term of "
           "shebao_relations or shebao_relation_terms");
  ASSERT_Q(db, "SELECT is_near_relative('20', 'x y')",
           "error: is_near_relative(): unknown relation 'x y' (b_to_head): no code, name or term of "
           "shebao_relations or shebao_relation_terms");
  ASSERT_Q(
      db, "SELECT is_near_relative('外祖')",
      "error: is_near_relative(): unknown relation '外祖' (relation): did you mean 外祖父 63, 外祖母 64, "
      "外祖父母 60?");
  ASSERT_Q(db, "SELECT is_near_relative('')", "NULL");
  ASSERT_Q(db, "SELECT is_near_relative('20', ' ')", "NULL");
  ASSERT_Q(db, "SELECT relation_code(x'3531')", "error: relation_code(): term must be text, not a blob");
  ASSERT_Q(db, "SELECT is_near_relative(x'3531')",
           "error: is_near_relative(): relation must be text, not a blob");
  sqlite3_close(db);
}
