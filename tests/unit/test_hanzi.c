/* Traditional -> simplified characters (ext/util/hanzi.c) with the tables the build makes of tools/hanzi/out:
** every stored name in its traditional form converts back, phrases before characters, the edges of a buffer. */
#include "harness.h"
#include "util/hanzi.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *simplified(const char *z) {
  static char out[512];
  int n = hanzi_to_simplified(z, (int)strlen(z), out, (int)sizeof(out));
  return n < 0 ? "(does not fit)" : out;
}

Test(hanzi, relation_terms_and_names) {
  cr_assert_str_eq(simplified("父親"), "父亲");
  cr_assert_str_eq(simplified("外孫女"), "外孙女");
  cr_assert_str_eq(simplified("爺爺"), "爷爷");
  cr_assert_str_eq(simplified("江蘇省蘇州市姑蘇區"), "江苏省苏州市姑苏区");
}

Test(hanzi, simplified_and_other_text_come_back_unchanged) {
  cr_assert_str_eq(simplified("外婆"), "外婆");
  cr_assert_str_eq(simplified("father-in-law 51"), "father-in-law 51");
  cr_assert_str_eq(simplified(""), "");
  cr_assert_str_eq(simplified("\xff\xe5\xa4"), "\xff\xe5\xa4", "bytes that are not UTF-8 are copied");
}

Test(hanzi, the_longest_phrase_first) {
  cr_assert_str_eq(simplified("乾縣"), "乾县", "a phrase keeps 乾");
  cr_assert_str_eq(simplified("新乾縣"), "新干县", "the longer phrase wins");
  cr_assert_str_eq(simplified("乾"), "干", "the character alone");
  cr_assert_str_eq(simplified("濬縣"), "浚县");
}

Test(hanzi, a_buffer_too_small_is_refused) {
  char out[8];
  cr_assert_eq(hanzi_to_simplified("父親", 6, out, 7), 6);
  cr_assert_eq(hanzi_to_simplified("父親", 6, out, 6), -1, "no room for the NUL");
  cr_assert_eq(hanzi_to_simplified("父親父親", 12, out, 8), -1);
}

Test(hanzi, the_tables_are_sorted_for_binary_search) {
  int i, n = hanzi_character_count(), m = hanzi_phrase_count(), longest = 0;
  const char *zPrev = "", *zSimp;
  cr_assert_gt(n, 3000);
  cr_assert_gt(m, 400);
  for (i = 0; i < n; i++) {
    const char *z = hanzi_character(i, &zSimp);
    cr_assert_lt(strcmp(zPrev, z), 0, "characters out of order at %d: %s", i, z);
    cr_assert_leq(3 * strlen(zSimp), 4 * strlen(z), "4 * n / 3 + 1 bytes always fit: %s", z);
    zPrev = z;
  }
  for (zPrev = "", i = 0; i < m; i++) {
    const char *z = hanzi_phrase(i, &zSimp);
    int chars = 0;
    const unsigned char *u;
    cr_assert_lt(strcmp(zPrev, z), 0, "phrases out of order at %d: %s", i, z);
    for (u = (const unsigned char *)z; *u; u++)
      chars += (*u & 0xC0) != 0x80;
    if (chars > longest) longest = chars;
    zPrev = z;
  }
  cr_assert_leq(longest, 12, "hanzi.c looks for phrases of up to 12 characters");
}

/* tools/hanzi/out/names-traditional.tsv, next to tests/calls.sql's directory. */
static FILE *open_golden(void) {
  char path[1024];
  const char *zCalls = SHEBAO_TEST_CALLS;
  int nDir = (int)(strrchr(zCalls, '/') - zCalls);
  snprintf(path, sizeof(path), "%.*s/../tools/hanzi/out/names-traditional.tsv", nDir, zCalls);
  return fopen(path, "r");
}

Test(hanzi, every_stored_name_in_traditional_characters_converts_back) {
  FILE *f = open_golden();
  char line[1024];
  int nRow = 0, nBad = 0;
  cr_assert(f != 0, "cannot open tools/hanzi/out/names-traditional.tsv");
  while (fgets(line, sizeof(line), f)) {
    char *zTab = strchr(line, '\t'), *zSimp, *zEnd;
    if (line[0] == '#' || zTab == 0 || strncmp(line, "traditional\t", 12) == 0) continue;
    *zTab = 0;
    zSimp = zTab + 1;
    zEnd = strchr(zSimp, '\t');
    if (zEnd) *zEnd = 0;
    nRow++;
    if (strcmp(simplified(line), zSimp) != 0) {
      if (nBad++ < 5) cr_log_error("%s -> %s, expected %s", line, simplified(line), zSimp);
    }
  }
  fclose(f);
  cr_assert_gt(nRow, 3000);
  cr_assert_eq(nBad, 0, "%d of %d names convert wrongly", nBad, nRow);
}
