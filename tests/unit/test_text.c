/* Normalisation of user-typed terms and names. */
#include "harness.h"
#include "util/text.h"
#include <string.h>

static const char *norm(const char *z) {
  static char out[TEXT_KEY_MAX];
  int n = text_normalize(z, (int)strlen(z), out);
  return n < 0 ? "(invalid)" : out;
}

Test(text, trims_ascii_and_ideographic_spaces) {
  cr_assert_str_eq(norm("  外婆\t"), "外婆");
  cr_assert_str_eq(norm("\xE3\x80\x80外婆\xE3\x80\x80"), "外婆"); /* U+3000 */
  cr_assert_str_eq(norm("\xC2\xA0wife\xC2\xA0"), "wife");         /* U+00A0 */
  cr_assert_str_eq(norm("   "), "");
}

Test(text, folds_case_and_full_width_forms) {
  cr_assert_str_eq(norm("Father"), "father");
  cr_assert_str_eq(norm("ＷＩＦＥ"), "wife");
  cr_assert_str_eq(norm("５１"), "51");
  cr_assert_str_eq(norm("外Ｂ"), "外b");
}

Test(text, joins_words_with_one_space) {
  cr_assert_str_eq(norm("Father-In-Law"), "father in law");
  cr_assert_str_eq(norm("father  in_law"), "father in law");
  cr_assert_str_eq(norm("head of   household "), "head of household");
}

Test(text, rejects_invalid_utf8_and_overlong_input) {
  char big[TEXT_KEY_MAX + 10];
  memset(big, 'a', sizeof(big) - 1);
  big[sizeof(big) - 1] = 0;
  cr_assert_str_eq(norm("\xff\xfe"), "(invalid)");
  cr_assert_str_eq(norm("\xC0\xAF"), "(invalid)");     /* overlong '/' */
  cr_assert_str_eq(norm("\xED\xA0\x80"), "(invalid)"); /* a surrogate */
  cr_assert_str_eq(norm("\xE5\xA4"), "(invalid)");     /* truncated */
  cr_assert_str_eq(norm(big), "(invalid)");
  cr_assert(text_is_utf8("外婆", 6));
  cr_assert(!text_is_utf8("外婆", 5));
}

Test(text, digits) {
  int v = -1;
  cr_assert(text_all_digits("51", 2, 2, &v) && v == 51);
  cr_assert(text_all_digits("1", 1, 2, &v) && v == 1);
  cr_assert(!text_all_digits("051", 3, 2, &v));
  cr_assert(!text_all_digits("5a", 2, 2, &v));
  cr_assert(!text_all_digits("", 0, 2, &v));
}
