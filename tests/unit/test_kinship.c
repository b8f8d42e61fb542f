/* Kin-path derivation, with the Civil Code's classes given by a stub instead of the policy data. */
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
