/* Pinyin keys (ext/util/pinyin.c): what users type, folded as tools/pinyin stores the keys. */
#include "harness.h"
#include "util/pinyin.h"
#include <string.h>

static const char *key(const char *z) {
  static char out[64];
  int n = pinyin_key(z, (int)strlen(z), out, (int)sizeof(out));
  return n == 0 ? "(not pinyin)" : out;
}

Test(pinyin, letters_spaces_and_case) {
  cr_assert_str_eq(key("baba"), "baba");
  cr_assert_str_eq(key("Lao Gong"), "laogong");
  cr_assert_str_eq(key("lao-gong"), "laogong");
  cr_assert_str_eq(key("Xi'an"), "xian");
  cr_assert_str_eq(key("xi\xE2\x80\x99"
                       "an"),
                   "xian", "a curly apostrophe");
}

Test(pinyin, tone_marks_tone_numbers_and_u_umlaut) {
  cr_assert_str_eq(key("wài pó"), "waipo");
  cr_assert_str_eq(key("WÀI PÓ"), "waipo");
  cr_assert_str_eq(key("xiōng dì jiě mèi"), "xiongdijiemei");
  cr_assert_str_eq(key("wai4po2"), "waipo");
  cr_assert_str_eq(key("nü'er"), "nver");
  cr_assert_str_eq(key("NǙ"), "nv");
  cr_assert_str_eq(key("lǘ"), "lv");
}

Test(pinyin, what_is_not_pinyin) {
  cr_assert_str_eq(key("父亲"), "(not pinyin)");
  cr_assert_str_eq(key("51"), "(not pinyin)", "digits alone");
  cr_assert_str_eq(key("  "), "(not pinyin)");
  cr_assert_str_eq(key(""), "(not pinyin)");
  cr_assert_str_eq(key("ba_ba"), "(not pinyin)");
  cr_assert_str_eq(key("ba\xff"), "(not pinyin)");
  cr_assert_str_eq(key("ba\xc3"), "(not pinyin)", "a truncated character");
}

Test(pinyin, a_key_that_does_not_fit) {
  char out[4];
  cr_assert_eq(pinyin_key("baba", 4, out, 5 - 1), 0);
  cr_assert_eq(pinyin_key("bab", 3, out, 4), 3);
  cr_assert_str_eq(out, "bab");
}
