/* Binding a relative in C (ext/binding/): what each relation implies, read from the policy data of the default
** index, and the decision's edges through binding_ok() (the golden file tests/sql/binding.sql has the rest). */
#include "harness.h"
#include "binding/binding.h"
#include "util/date.h"
#include <string.h>

static PolicyIndex *p;

static void build(void) {
  char *zErr = 0;
  cr_assert_eq(policy_index_build(0, &p, &zErr), SQLITE_OK, "%s", zErr);
}

static void release(void) {
  policy_index_unref(p);
}

TestSuite(binding_traits, .init = build, .fini = release);

static BindingTraits traits_of(const char *zRelation) {
  BindingTraits tr;
  char *zErr = 0;
  const RelationTerm *t = relation_resolve(p->pRelations, zRelation, (int)strlen(zRelation));
  cr_assert(t, "%s is a relation", zRelation);
  cr_assert_eq(binding_traits(p, "t", t, date_from_ymd(2025, 3, 1), &tr, &zErr), SQLITE_OK, "%s", zErr);
  return tr;
}

Test(binding_traits, the_sex_from_the_code_or_the_term) {
  static const struct {
    const char *zRelation;
    char sex;
  } aCase[] = {{"母亲", 'F'}, {"妈妈", 'F'},      {"52", 'F'},          {"mother", 'F'}, {"外婆", 'F'},
               {"儿媳", 'F'}, {"婆婆", 'F'},      {"岳母", 'F'},        {"姐", 'F'},     {"妹妹", 'F'},
               {"孙女", 'F'}, {"外孙女", 'F'},    {"grandmother", 'F'}, {"姐妹", 'F'},   {"aunt", 'F'},
               {"父亲", 'M'}, {"丈夫", 'M'},      {"儿子", 'M'},        {"哥哥", 'M'},   {"祖父", 'M'},
               {"女婿", 'M'}, {"grandson", 'M'},  {"兄弟", 'M'},        {"配偶", 0},     {"兄弟姐妹", 0},
               {"子女", 0},   {"grandparent", 0}, {"cousin", 0},        {"本人", 0}};
  size_t i;
  for (i = 0; i < sizeof(aCase) / sizeof(aCase[0]); i++) {
    BindingTraits tr = traits_of(aCase[i].zRelation);
    cr_expect_eq(tr.sex, aCase[i].sex, "%s: sex %c, not %c", aCase[i].zRelation, tr.sex ? tr.sex : '-',
                 aCase[i].sex ? aCase[i].sex : '-');
  }
  /* The kin path says it (母亲 'm', 嫂 'pb+w'), else a list: the step reading of 58 'm|P', a term of code 60. */
  cr_assert(traits_of("母亲").pSexRow == 0);
  cr_assert_eq(traits_of("嫂").sex, 'F');
  cr_assert(traits_of("嫂").pSexRow == 0);
  cr_assert_eq(traits_of("继母").sex, 'F');
  cr_assert(traits_of("继母").pSexRow != 0, "继母 is 'P': the list of code 58");
  cr_assert_eq(traits_of("58").sex, 'F');
  cr_assert(traits_of("grandmother").pSexRow != 0);
}

Test(binding_traits, the_order_of_birth_per_reading) {
  BindingTraits tr = traits_of("父亲");
  cr_assert_eq(tr.nReading, 1);
  cr_assert_eq(tr.aOrder[0], ORDER_BEFORE);
  tr = traits_of("外祖母");
  cr_assert_eq(tr.aOrder[0], ORDER_BEFORE, "mm");
  tr = traits_of("孙子");
  cr_assert_eq(tr.aOrder[0], ORDER_AFTER, "bb");
  tr = traits_of("哥哥");
  cr_assert_eq(tr.aOrder[0], ORDER_NOT_AFTER, "pb+");
  tr = traits_of("younger sister");
  cr_assert_eq(tr.aOrder[0], ORDER_NOT_BEFORE, "pg-");
  tr = traits_of("兄弟姐妹");
  cr_assert_eq(tr.aOrder[0], ORDER_NONE, "a sibling of no stated seniority");
  tr = traits_of("27");
  cr_assert_eq(tr.nReading, 2, "养子或继子 'b|C': an adopted son, or a step-son");
  cr_assert_eq(tr.aOrder[0], ORDER_AFTER);
  cr_assert_eq(tr.aOrder[1], ORDER_NONE, "a step-son may be older");
  tr = traits_of("岳父");
  cr_assert_eq(tr.aOrder[0], ORDER_NONE, "an in-law implies no order");
}

Test(binding_traits, spouse_and_self) {
  BindingTraits tr = traits_of("老婆");
  cr_assert(tr.isSpouse);
  cr_assert_eq(tr.sex, 'F');
  tr = traits_of("配偶");
  cr_assert(tr.isSpouse);
  cr_assert(!tr.isSelf);
  tr = traits_of("本人");
  cr_assert(tr.isSelf);
  tr = traits_of("brother-in-law");
  cr_assert(!tr.isSpouse, "pcs|spc");
  tr = traits_of("丈夫");
  cr_assert(tr.isSpouse, "h");
  cr_assert_eq(tr.sex, 'M');
}

typedef struct BindingCase {
  const char *payer, *relative, *relation, *date, *expected;
} BindingCase;

/* A man born 1980-01-01, his mother (1955), a man born 1955, his twin brother, a leap-day husband. */
#define PAYER "110105198001010016"
#define MOTHER "110105195503020026"
#define OLD_MAN "110105195503020018"
#define TWIN "110105198001010032"

static const BindingCase cases[] = {
    {PAYER, MOTHER, "母亲", "2025-03-01", "1"},
    {PAYER, OLD_MAN, "母亲", "2025-03-01", "0"},
    {PAYER, TWIN, "父亲", "2025-03-01", "0"},
    {PAYER, TWIN, "哥哥", "2025-03-01", "1"},
    {PAYER, TWIN, "弟弟", "2025-03-01", "1"},
    {PAYER, OLD_MAN, "弟弟", "2025-03-01", "0"},
    {PAYER, "110105800101001", "父亲", "2025-03-01", "0"},
    {"110105800101001", MOTHER, "母亲", "2025-03-01", "1"},
    {PAYER, "110105198001010017", "儿子", "2025-03-01", "0"},
    {PAYER, MOTHER, "继母", "2025-03-01", "NULL"},
    {PAYER, OLD_MAN, "27", "2025-03-01", "NULL"},
    {PAYER, OLD_MAN, "养子", "2025-03-01", "0"},
    {"11010520000229011X", "110105200006010103", "妻子", "2022-02-28", "0"},
    {"11010520000229011X", "110105200006010103", "妻子", "2022-03-01", "1"},
    {PAYER, "110105198206150020", "配偶", "1979-01-01", "0"},
    {PAYER, MOTHER, "", "2025-03-01", "NULL"},
};

Test(binding, the_decision_at_its_edges) {
  sqlite3 *db = open_shebao();
  size_t i;
  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    char *zSql = sqlite3_mprintf("SELECT binding_ok(%Q, %Q, %Q, %Q)", cases[i].payer, cases[i].relative,
                                 cases[i].relation, cases[i].date);
    cr_expect_str_eq(q(db, zSql), cases[i].expected, "%s", zSql);
    sqlite3_free(zSql);
  }
  sqlite3_close(db);
}

Test(binding, the_explanation_agrees_and_has_every_check) {
  sqlite3 *db = open_shebao();
  size_t i;
  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    char *zSql;
    if (cases[i].relation[0] == 0) continue;
    zSql = sqlite3_mprintf(
        "SELECT group_concat(rule, ',') || '|' || (SELECT outcome FROM explain_binding(%Q, %Q, %Q, %Q)"
        " WHERE rule = 'outcome') FROM explain_binding(%Q, %Q, %Q, %Q)",
        cases[i].payer, cases[i].relative, cases[i].relation, cases[i].date, cases[i].payer,
        cases[i].relative, cases[i].relation, cases[i].date);
    cr_expect_str_eq(q(db, zSql),
                     strcmp(cases[i].expected, "1") == 0 ? "payer_id,relative_id,same_person,relation,sex,"
                                                           "birth_order,marriage_age,mutual_aid,outcome|yes"
                     : strcmp(cases[i].expected, "0") == 0
                         ? "payer_id,relative_id,same_person,relation,sex,"
                           "birth_order,marriage_age,mutual_aid,outcome|no"
                         : "payer_id,relative_id,same_person,relation,sex,"
                           "birth_order,marriage_age,mutual_aid,outcome|undecided",
                     "%s", zSql);
    sqlite3_free(zSql);
  }
  sqlite3_close(db);
}

/* What a relation implies is read once per relation (binding/index.c) for the days on which the same list rows
** are in force: rows of a layer that change on a date give each day its own answer, in one statement. */
Test(binding, the_memo_follows_dated_lists) {
  sqlite3 *db = open_shebao();
  exec_ok(db, "SELECT shebao_create_layer('temp');"
              "INSERT INTO temp.shebao_policy_sources(source_id, title) VALUES ('t', 'a dated list');"
              "INSERT INTO temp.shebao_policy_parameters VALUES"
              " ('relation_female', '000000', NULL, 'grandmother', 'relations', '2024-12-31', 't', NULL),"
              " ('relation_female', '000000', '2025-01-01', '37', 'relations', NULL, 't', NULL)");
  /* A man as 'grandmother' (code 60, no sex in its kin path): impossible while the list names the term. */
  ASSERT_Q(
      db,
      "SELECT group_concat(binding_ok('" PAYER "', '" OLD_MAN "', 'grandmother', d), ',') FROM"
      " (SELECT column1 AS d FROM (VALUES ('2024-12-30'), ('2025-01-01'), ('2024-12-31'), ('2025-06-01')))",
      "0,1,0,1");
  sqlite3_close(db);
}
