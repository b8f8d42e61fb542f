/*
** Fuzz target: region names and codes (ext/util/text.c normalisation, ext/regions/ resolution, including names
** written after a province's name). The input is a region as a user writes it. Besides the sanitizers, it
** checks that the functions agree with each other:
**   - region_code(x) = c (not NULL; the pool that covers x) => region_code(c) = c, region_code(region_name(x))
**     = c or NULL (a region's name that a county elsewhere carries: 江北区), region_province(x) is not NULL,
**     and shebao_regions WHERE code = c has that one row;
**   - region_enabled(x, date) answers (0, 1 or NULL) exactly when region_code(x) is not NULL; else it is NULL
**     for blank text, and otherwise raises "region_enabled(): unknown region ... (region): <hint>" or
**     "... ambiguous region ... (region): <candidates>" with at least one candidate;
**   - can_share('配偶', date, x, '苏州市') and explain_can_share(...) agree: the same error, or the outcome
**     yes/no/undecided for 1/0/NULL (blank x: NULL and no rows);
**   - shebao_regions WHERE province = x answers (rows or none), never an error.
** Seeds: fixtures/fuzz/region.
*/
#include "fuzz.h"
#include "util/text.h"

/* Blank text (what .import makes of an empty cell) is NULL, as NULL is. */
static int is_blank(const uint8_t *z, size_t n) {
  char key[TEXT_KEY_MAX];
  return n < 100000 && text_normalize((const char *)z, (int)n, key) == 0;
}

static void check_share(const uint8_t *z, size_t n, const char *zDate) {
  sqlite3_stmt *share = fuzz_stmt("SELECT can_share('配偶', ?2, ?1, '苏州市')");
  sqlite3_stmt *explain =
      fuzz_stmt("SELECT outcome FROM explain_can_share('配偶', ?2, ?1, '苏州市') WHERE rule = 'outcome'");
  FuzzResult a, b;
  sqlite3_bind_text(share, 1, (const char *)z, (int)n, SQLITE_TRANSIENT);
  sqlite3_bind_text(share, 2, zDate, -1, SQLITE_STATIC);
  fuzz_step(share, "can_share(): ", &a);
  sqlite3_bind_text(explain, 1, (const char *)z, (int)n, SQLITE_TRANSIENT);
  sqlite3_bind_text(explain, 2, zDate, -1, SQLITE_STATIC);
  fuzz_step(explain, "explain_can_share(): ", &b);
  FUZZ_CHECK((a.rc == SQLITE_OK) == (b.rc == SQLITE_OK), "can_share: %s; explain_can_share: %s", a.zText,
             b.zText);
  if (a.rc == SQLITE_OK && is_blank(z, n)) {
    FUZZ_CHECK(a.isNull && b.isNull && b.zText[0] == 0, "blank: can_share %s, explain_can_share %s", a.zText,
               b.zText); /* NULL, and no rows */
  } else if (a.rc == SQLITE_OK) {
    const char *zWant = a.isNull ? "undecided" : strcmp(a.zText, "1") == 0 ? "yes" : "no";
    FUZZ_CHECK(strcmp(b.zText, zWant) == 0, "can_share %s, explain_can_share outcome %s", a.zText, b.zText);
  } else {
    FUZZ_CHECK(strstr(a.zText, "(payer_region)") != 0, "%s", a.zText);
    FUZZ_CHECK(strcmp(a.zText + strlen("can_share"), b.zText + strlen("explain_can_share")) == 0,
               "different errors: %s / %s", a.zText, b.zText);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FuzzResult code, name, province, enabled, rows;
  if (size > 100000) return 0;
  fuzz_text1("SELECT region_code(?1)", "region_code(): ", data, size, &code);
  fuzz_text1("SELECT region_name(?1)", "region_name(): ", data, size, &name);
  fuzz_text1("SELECT region_province(?1)", "region_province(): ", data, size, &province);
  FUZZ_CHECK(code.rc == SQLITE_OK && name.rc == SQLITE_OK && province.rc == SQLITE_OK, "lookups: %s %s %s",
             code.zText, name.zText, province.zText);
  FUZZ_CHECK(code.isNull == name.isNull && code.isNull == province.isNull, "code %s, name %s, province %s",
             code.zText, name.zText, province.zText);
  fuzz_text1("SELECT region_enabled(?1, '2025-03-01')", "region_enabled(): ", data, size, &enabled);
  if (code.isNull && is_blank(data, size)) {
    FUZZ_CHECK(enabled.rc == SQLITE_OK && enabled.isNull, "blank: region_enabled %s", enabled.zText);
  } else if (code.isNull) {
    FUZZ_CHECK(enabled.rc == SQLITE_ERROR, "region_code NULL, region_enabled %s", enabled.zText);
    FUZZ_CHECK((strncmp(enabled.zText, "region_enabled(): unknown region '", 34) == 0 &&
                strstr(enabled.zText, "' (region): ") != 0) ||
                   (strncmp(enabled.zText, "region_enabled(): ambiguous region '", 36) == 0 &&
                    strstr(enabled.zText, "' (region): ") != 0 &&
                    enabled.zText[strlen(enabled.zText) - 1] != ' '),
               "%s", enabled.zText);
  } else {
    FuzzResult again, name2;
    FUZZ_CHECK(enabled.rc == SQLITE_OK, "region_code %s, region_enabled %s", code.zText, enabled.zText);
    fuzz_text1("SELECT region_code(?1)", 0, (const uint8_t *)code.zText, strlen(code.zText), &again);
    FUZZ_CHECK(strcmp(again.zText, code.zText) == 0, "region_code(%s) = %s", code.zText, again.zText);
    /* region_code answers the pool (海口市 -> 460000 海南省): the region's name leads to the same pool */
    fuzz_text1("SELECT region_code(?1)", 0, (const uint8_t *)name.zText, strlen(name.zText), &name2);
    FUZZ_CHECK(name2.isNull || strcmp(name2.zText, code.zText) == 0, "region_code(region_name) %s / %s",
               name2.zText, code.zText);
    fuzz_text1("SELECT count(*) FROM shebao_regions WHERE code = ?1", 0, (const uint8_t *)code.zText,
               strlen(code.zText), &rows);
    FUZZ_CHECK(strcmp(rows.zText, "1") == 0, "shebao_regions has %s rows for %s", rows.zText, code.zText);
  }
  fuzz_text1("SELECT count(*) FROM shebao_regions WHERE province = ?1", 0, data, size, &rows);
  FUZZ_CHECK(rows.rc == SQLITE_OK, "%s", rows.zText);
  fuzz_text1("SELECT count(*) FROM shebao_regions WHERE code = ?1", 0, data, size, &rows);
  FUZZ_CHECK(rows.rc == SQLITE_OK && atoi(rows.zText) <= 1, "%s", rows.zText);
  check_share(data, size, "2025-03-01");
  return 0;
}
