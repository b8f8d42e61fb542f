/* Kin-path derivation, with the Civil Code's classes given by a stub instead of the policy data: the generic
** paths, then what sex, line and order of birth decide, the readings and what they assume, the grammar. */
#include "harness.h"
#include "relations/kinship.h"
#include <string.h>

static int stub_classes(const void *pCtx, const char *z, int n) {
  static const char *near[] = {"s", "p", "c", "pc", "pp", "cc"};
  size_t i;
  (void)pCtx;
  for (i = 0; i < sizeof(near) / sizeof(near[0]); i++) {
    if ((int)strlen(near[i]) == n && memcmp(near[i], z, (size_t)n) == 0) return KIN_NEAR;
  }
  if (n == 1 && (z[0] == 'P' || z[0] == 'C')) return KIN_CONDITIONAL;
  if (n == 1 && z[0] == '?') return KIN_UNDECIDABLE;
  if (n == 1 && z[0] == 'x') return KIN_NOT_NEAR;
  return -1;
}

static KinVerdict derive(const char *a, const char *b) {
  return kinship_derive(a, b, stub_classes, 0);
}

Test(kinship, verdict_of_a_relation_to_the_householder) {
  cr_assert_eq(kinship_verdict("c", stub_classes, 0), KIN_NEAR);
  cr_assert_eq(kinship_verdict("sp", stub_classes, 0), KIN_NOT_NEAR);
  cr_assert_eq(kinship_verdict("c|C", stub_classes, 0), KIN_UNDECIDABLE,
               "adopted (near) or step (conditional)");
  cr_assert_eq(kinship_verdict("C", stub_classes, 0), KIN_CONDITIONAL);
  cr_assert_eq(kinship_verdict("Cc", stub_classes, 0), KIN_CONDITIONAL,
               "a step-child's child: blood form cc");
  cr_assert_eq(kinship_verdict("Ppc", stub_classes, 0), KIN_NOT_NEAR, "blood form ppc is an uncle");
  cr_assert_eq(kinship_verdict("?", stub_classes, 0), KIN_UNDECIDABLE);
  cr_assert_eq(kinship_verdict("", stub_classes, 0), KIN_NOT_NEAR, "oneself");
}

Test(kinship, grandchild_and_grandparent_through_the_householder) {
  cr_assert_eq(derive("c", "p"), KIN_NEAR);      /* son and father of the householder */
  cr_assert_eq(derive("p", "c"), KIN_NEAR);      /* symmetric */
  cr_assert_eq(derive("c", "pp"), KIN_NOT_NEAR); /* son and grandfather: great-grandfather */
}

Test(kinship, children_of_the_householder_are_siblings) {
  cr_assert_eq(derive("c", "c"), KIN_NEAR);
}

Test(kinship, son_and_daughter_in_law_cannot_be_decided) {
  cr_assert_eq(derive("c", "cs"), KIN_UNDECIDABLE); /* her husband, or his brother */
}

Test(kinship, spouse_and_child_may_be_step_relations) {
  cr_assert_eq(derive("s", "c"), KIN_UNDECIDABLE);
  cr_assert_eq(derive("c", "s"), KIN_UNDECIDABLE);
}

Test(kinship, parents_of_the_householder_may_not_be_married) {
  cr_assert_eq(derive("p", "p"), KIN_UNDECIDABLE);
}

Test(kinship, spouse_and_in_laws) {
  cr_assert_eq(derive("s", "p"), KIN_NOT_NEAR);  /* the householder's wife and father */
  cr_assert_eq(derive("s", "pc"), KIN_NOT_NEAR); /* the householder's wife and brother */
  cr_assert_eq(derive("sp", "c"),
               KIN_UNDECIDABLE); /* father-in-law and the householder's child: grandchild or step */
}

Test(kinship, grandchildren_may_be_siblings_or_cousins) {
  cr_assert_eq(derive("cc", "cc"), KIN_UNDECIDABLE);
  cr_assert_eq(derive("cc", "c"), KIN_UNDECIDABLE); /* father and son, or nephew and uncle */
}

Test(kinship, the_householder_and_a_member) {
  cr_assert_eq(derive("", "pp"), KIN_NEAR);
  cr_assert_eq(derive("pc", ""), KIN_NEAR);
  cr_assert_eq(derive("", "x"), KIN_NOT_NEAR);
  cr_assert_eq(derive("", ""), KIN_UNDECIDABLE, "two householders: the codes contradict each other");
}

Test(kinship, unspecified_or_non_relatives_decide_nothing_between_members) {
  cr_assert_eq(derive("?", "c"), KIN_UNDECIDABLE);
  cr_assert_eq(derive("x", "c"), KIN_UNDECIDABLE);
  cr_assert_eq(derive("o", "p"), KIN_UNDECIDABLE);
}

Test(kinship, two_spouses_of_one_householder_contradict) {
  cr_assert_eq(derive("s", "s"), KIN_UNDECIDABLE);
}

Test(kinship, path_syntax) {
  cr_assert(kinship_path_valid("c|C"));
  cr_assert(kinship_path_valid(""));
  cr_assert(kinship_path_valid("?"));
  cr_assert(kinship_path_valid("ppcs"));
  cr_assert(!kinship_path_valid("cq"));
  cr_assert(!kinship_path_valid("pppppppppppppppp")); /* 16 steps */
  cr_assert(!kinship_path_valid(0));
}

/* ---- sex, line, order of birth --------------------------------------------------------------------------- */

/* The readings of B's relation to A, '|'-separated in the order found, for the messages. */
static const char *readings(const char *a, const char *b) {
  static char buf[KIN_MAX_READINGS * KIN_READING_MAX];
  KinReadings r;
  int i;
  kinship_readings(a, b, &r);
  buf[0] = 0;
  for (i = 0; i < r.n; i++) {
    if (i) strcat(buf, "|");
    strcat(buf, r.a[i].zPath);
  }
  return buf;
}

Test(kinship, one_father_one_mother) {
  cr_assert_eq(derive("f", "ff"), KIN_NEAR, "父亲 and 祖父: his father");
  cr_assert_str_eq(readings("f", "ff"), "p");
  cr_assert_eq(derive("m", "mf"), KIN_NEAR, "母亲 and 外祖父: her father");
  cr_assert_eq(derive("m", "ff"), KIN_NOT_NEAR, "母亲 and 祖父: father-in-law, or no kin");
  cr_assert_str_eq(readings("m", "ff"), "sp|x");
  cr_assert_eq(derive("f", "mm"), KIN_NOT_NEAR);
  cr_assert_eq(derive("ff", "mf"), KIN_NOT_NEAR, "祖父 and 外祖父");
  cr_assert_eq(derive("p", "ff"), KIN_UNDECIDABLE, "父母: the father, or the mother");
  cr_assert_eq(derive("f", "m"), KIN_UNDECIDABLE, "the parents may not be married");
  cr_assert_str_eq(readings("f", "m"), "s|x");
  cr_assert_eq(derive("ff", "fm"), KIN_UNDECIDABLE, "the grandparents may be divorced");
  cr_assert_eq(derive("f", "f"), KIN_UNDECIDABLE, "two fathers of one householder: no reading");
  cr_assert_str_eq(readings("f", "f"), "");
}

Test(kinship, a_son_is_not_a_daughter) {
  cr_assert_eq(derive("b", "g"), KIN_NEAR);
  cr_assert_eq(derive("bw", "g"), KIN_NOT_NEAR, "儿媳 and 女: sisters-in-law");
  cr_assert_str_eq(readings("bw", "g"), "spc");
  cr_assert_eq(derive("bw", "b"), KIN_UNDECIDABLE, "儿媳 and 子: spouses, or in-laws");
  cr_assert_eq(derive("g", "bb"), KIN_NOT_NEAR, "女 and 孙子: her nephew");
  cr_assert_eq(derive("g", "gb"), KIN_UNDECIDABLE, "女 and 外孙子: her son, or her nephew");
  cr_assert_eq(derive("b", "gh"), KIN_NOT_NEAR, "子 and 女婿");
}

Test(kinship, an_elder_brother_is_not_a_younger_one) {
  cr_assert_eq(derive("pb+w", "pb-"), KIN_NOT_NEAR, "嫂 is not the wife of 弟");
  cr_assert_eq(derive("pb-w", "pb+"), KIN_NOT_NEAR, "弟媳 is not the wife of 兄");
  cr_assert_eq(derive("pb+w", "pb+"), KIN_UNDECIDABLE, "嫂 and 兄: his wife, or another elder brother's");
  cr_assert_eq(derive("pb+", "pb-"), KIN_UNDECIDABLE, "兄 and 弟: maybe half-brothers through two parents");
  cr_assert_eq(derive("fpb+w", "fpb-"), KIN_NOT_NEAR, "伯母 is not the wife of 叔父");
  cr_assert_eq(derive("fpb+", "f"), KIN_NEAR, "伯父 is the father's brother");
  cr_assert_eq(derive("fpb+", "m"), KIN_NOT_NEAR);
  cr_assert_eq(derive("pg+h", "pg-"), KIN_NOT_NEAR, "姐夫 is not 妹妹's husband");
  cr_assert_eq(derive("pg+h", "pb-"), KIN_NOT_NEAR, "姐夫 and 弟: two men");
}

Test(kinship, one_spouse) {
  cr_assert_eq(derive("hf", "h"), KIN_NEAR, "公公 is the husband's father");
  cr_assert_eq(derive("hf", "hm"), KIN_UNDECIDABLE, "the husband's parents may be divorced");
  cr_assert_eq(derive("h", "w"), KIN_UNDECIDABLE, "a husband and a wife of one householder contradict");
  cr_assert_eq(derive("hf", "wf"), KIN_UNDECIDABLE);
  cr_assert_eq(derive("s", "spp"), KIN_NEAR);
}

Test(kinship, a_spouse_child_and_a_parent_spouse) {
  cr_assert_str_eq(readings("w", "b"), "c|C");
  cr_assert_str_eq(readings("b", "w"), "p|P");
  cr_assert_eq(derive("hf", "b"), KIN_UNDECIDABLE, "公公 and 子: a grandson, or a step-grandson");
  cr_assert_eq(derive("hf", "bb"), KIN_NOT_NEAR, "公公 and 孙子: a great-grandson either way");
}

Test(kinship, step_and_adoptive) {
  cr_assert_eq(derive("b", "g"), KIN_NEAR, "an adopted son and a daughter");
  cr_assert_eq(derive("C", "g"), KIN_CONDITIONAL, "a step-child and a daughter: only with support");
  cr_assert_eq(derive("b|C", "g"), KIN_UNDECIDABLE);
  cr_assert_eq(derive("f|P", "m"), KIN_UNDECIDABLE);
}

Test(kinship, what_each_reading_assumes) {
  KinReadings r;
  kinship_readings("f", "m", &r);
  cr_assert_eq(r.n, 2);
  cr_assert_str_eq(r.a[0].zPath, "s");
  cr_assert_eq(r.a[0].assume, KIN_OTHER_PARENT | KIN_MARRIED);
  cr_assert_str_eq(r.a[1].zPath, "x");
  cr_assert_eq(r.a[1].assume, KIN_OTHER_PARENT | KIN_NOT_MARRIED);
  kinship_readings("w", "b", &r);
  cr_assert_eq(r.a[0].assume, KIN_OWN_CHILD);
  cr_assert_eq(r.a[1].assume, KIN_STEP_CHILD);
  kinship_readings("bw", "b", &r);
  cr_assert_eq(r.a[0].assume, KIN_SAME_PERSON);
  cr_assert_eq(r.a[1].assume, KIN_SIBLINGS);
  kinship_readings("x", "b", &r);
  cr_assert_eq(r.n, 1);
  cr_assert_str_eq(r.a[0].zPath, "?");
  cr_assert_eq(r.a[0].assume, KIN_UNSPECIFIED);
  cr_assert_str_eq(kinship_assumption_text[3], "not married to each other");
}

Test(kinship, the_householder_reverses_a_path) {
  cr_assert_str_eq(readings("ff", ""), "cc");
  cr_assert_str_eq(readings("pb+w", ""), "spc");
  cr_assert_str_eq(readings("", "fpb+"), "ppc");
  cr_assert_str_eq(readings("x", ""), "x");
}

Test(kinship, generic_forms_and_words) {
  char out[64];
  cr_assert_eq(kinship_generic("fpb+w", 5, out), 4);
  cr_assert_str_eq(out, "ppcs");
  kinship_generic("b|C", 3, out);
  cr_assert_str_eq(out, "c|C");
  cr_assert_str_eq(kinship_describe("fpb+", 4, out, sizeof(out)), "father's elder brother");
  cr_assert_str_eq(kinship_describe("pg-h", 4, out, sizeof(out)), "younger sister's husband");
  cr_assert_str_eq(kinship_describe("Cc", 2, out, sizeof(out)), "step-child's child");
  cr_assert_str_eq(kinship_describe("", 0, out, sizeof(out)), "themself");
  cr_assert_str_eq(kinship_describe("ffffffff", 8, out, 20), "father's father's f", "cut short, terminated");
}

Test(kinship, the_grammar_of_sex_and_order) {
  cr_assert(kinship_path_valid("pb+w"));
  cr_assert(kinship_path_valid("fpb-|mpc"));
  cr_assert(kinship_path_valid("b|C"));
  cr_assert(!kinship_path_valid("b+"), "an order only after a parent step");
  cr_assert(!kinship_path_valid("pb++"), "one order a sibling");
  cr_assert(!kinship_path_valid("Pc+"), "not after a step relation");
  cr_assert(!kinship_path_valid("pbw+"));
  cr_assert(!kinship_path_valid("fq"));
  cr_assert(kinship_path_generic("ppcs"));
  cr_assert(kinship_path_generic("x"));
  cr_assert(kinship_path_generic(""));
  cr_assert(!kinship_path_generic("ff"), "a class is keyed by a generic path");
  cr_assert(!kinship_path_generic("p|c"));
}
