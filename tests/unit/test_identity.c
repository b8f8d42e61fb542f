/*
** Resident identity numbers (GB 11643-1999): the pure C parts against independent computations (the generic
** recursive ISO 7064 MOD 11-2, a naive calendar, ages by counting anniversaries), then the SQL functions
** in-process (known prefixes, lookups, the age line of needs_face_photo).
*/
#include "harness.h"
#include "util/date.h"
#include "identity/idcard.h"
#include "identity/identity.h"
#include "policy/parameters.h"
#include <stdio.h>
#include <string.h>

/* ---- independent computations ------------------------------------------------------------------------- */

/* ISO 7064 MOD 11-2, the generic recursive method (pure system, radix 2): no weight table. */
static char iso7064_check(const char *zBody) {
  int i, p = 0;
  for (i = 0; i < 17; i++)
    p = ((p + (zBody[i] - '0')) * 2) % 11;
  p = (12 - p) % 11;
  return p == 10 ? 'X' : (char)('0' + p);
}

/* ISO 7064 verification of a whole number: sum of a_i * 2^(18-i) mod 11, check character included, is 1. */
static int iso7064_verifies(const char *zNumber) {
  int i, sum = 0, power = 1; /* 2^0 for the check character, doubling leftwards */
  for (i = 17; i >= 0; i--) {
    int v = zNumber[i] == 'X' ? 10 : zNumber[i] - '0';
    sum = (sum + v * power) % 11;
    power = power * 2 % 11;
  }
  return sum == 1;
}

static int naive_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
static int naive_days_in_month(int y, int m) {
  return m == 2 ? 28 + naive_leap(y) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
}

/* A small deterministic generator (xorshift32), so failures reproduce. */
static unsigned rng_state = 2463534242u;
static unsigned rng(unsigned n) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 17;
  rng_state ^= rng_state << 5;
  return rng_state % n;
}

/* Writes prefix (2 digits) + 4 digits + YYYYMMDD + sequence into zBody (17 digits and a NUL). */
static void make_body(char *zBody, int prefix, int rest, int y, int m, int d, int seq) {
  char buf[64];
  snprintf(buf, sizeof(buf), "%02d%04d%04d%02d%02d%03d", prefix % 100, rest % 10000, y % 10000, m % 100,
           d % 100, seq % 1000);
  memcpy(zBody, buf, 18);
}

static void make_number(char *zNumber, int prefix, int rest, int y, int m, int d, int seq) {
  make_body(zNumber, prefix, rest, y, m, d, seq);
  zNumber[17] = iso7064_check(zNumber);
  zNumber[18] = 0;
}

static IdStatus parse(const char *z, IdCard *c) {
  return idcard_parse(z, (int)strlen(z), c);
}

/* ---- the check character ------------------------------------------------------------------------------ */

Test(idcard, standard_examples) {
  IdCard c;
  cr_assert_eq(parse("11010519491231002X", &c), ID_OK);
  cr_assert_str_eq(c.zNumber, "11010519491231002X");
  cr_assert_eq(c.birthDay, date_from_ymd(1949, 12, 31));
  cr_assert_eq(c.sex, 'F');
  cr_assert_eq(c.prefix, 11);
  cr_assert_eq(c.legacy, 0);
  cr_assert_eq(parse("11010519491231002x", &c), ID_OK);
  cr_assert_str_eq(c.zNumber, "11010519491231002X", "x is read as X");
  cr_assert_eq(parse("440524188001010014", &c), ID_OK);
  cr_assert_eq(c.birthDay, date_from_ymd(1880, 1, 1));
  cr_assert_eq(c.sex, 'M');
  cr_assert_eq(c.prefix, 44);
  cr_assert_eq(idcard_check_char("11010519491231002"), 'X');
  cr_assert_eq(idcard_check_char("44052418800101001"), '4');
}

Test(idcard, check_character_agrees_with_recursive_iso7064_over_250000_numbers) {
  int i, nX = 0;
  for (i = 0; i < 250000; i++) {
    char zNumber[19];
    IdCard c;
    int y = 1800 + (int)rng(300), m = 1 + (int)rng(12), d = 1 + (int)rng((unsigned)naive_days_in_month(y, m));
    int k, seq = (int)rng(1000);
    const char *zChars = "0123456789X";
    make_number(zNumber, (int)rng(100), (int)rng(10000), y, m, d, seq);
    cr_assert_eq(idcard_check_char(zNumber), zNumber[17], "%s", zNumber);
    cr_assert(iso7064_verifies(zNumber), "%s", zNumber);
    cr_assert_eq(parse(zNumber, &c), ID_OK, "%s", zNumber);
    cr_assert_str_eq(c.zNumber, zNumber);
    cr_assert_eq(c.birthDay, date_from_ymd(y, m, d), "%s", zNumber);
    cr_assert_eq(c.sex, seq % 2 ? 'M' : 'F', "%s", zNumber);
    /* Every other check character is rejected, and fails the ISO 7064 verification too. */
    for (k = 0; k < 11; k++) {
      char zWrong[19];
      if (zChars[k] == zNumber[17]) continue;
      memcpy(zWrong, zNumber, sizeof(zWrong));
      zWrong[17] = zChars[k];
      cr_assert(!iso7064_verifies(zWrong), "%s", zWrong);
      cr_assert_eq(parse(zWrong, &c), ID_BAD_CHECK, "%s", zWrong);
    }
    if (zNumber[17] == 'X') {
      nX++;
      zNumber[17] = 'x';
      cr_assert_eq(parse(zNumber, &c), ID_OK, "%s", zNumber);
      cr_assert_eq(c.zNumber[17], 'X');
    }
  }
  cr_assert(nX > 250000 / 11 / 2, "X is a check character about 1 time in 11: %d", nX);
}

Test(idcard, a_changed_digit_or_swapped_neighbours_is_caught) {
  /* What MOD 11-2 promises: every single-digit error and every transposition of adjacent characters. */
  int i;
  for (i = 0; i < 20000; i++) {
    char zNumber[19], zBad[19];
    int pos, v, y = 1900 + (int)rng(120), m = 1 + (int)rng(12), d = 1 + (int)rng(28);
    IdCard c;
    make_number(zNumber, 11 + (int)rng(50), (int)rng(10000), y, m, d, (int)rng(1000));
    for (pos = 0; pos < 17; pos++) {
      for (v = 0; v < 10; v++) {
        memcpy(zBad, zNumber, sizeof(zBad));
        if (zBad[pos] == '0' + v) continue;
        zBad[pos] = (char)('0' + v);
        cr_assert_neq(parse(zBad, &c), ID_OK, "%s from %s", zBad, zNumber);
      }
      if (pos < 17 && zNumber[pos] != zNumber[pos + 1]) {
        memcpy(zBad, zNumber, sizeof(zBad));
        zBad[pos] = zNumber[pos + 1];
        zBad[pos + 1] = zNumber[pos];
        cr_assert_neq(parse(zBad, &c), ID_OK, "%s from %s", zBad, zNumber);
      }
    }
  }
}

/* ---- birth dates -------------------------------------------------------------------------------------- */

Test(idcard, every_day_from_1800_to_2100_is_a_birth_date) {
  int y = 1800, m = 1, d = 1, n = 0;
  IdCard c;
  while (y <= 2100) {
    char zNumber[19];
    int yy, mm, dd;
    make_number(zNumber, 44, 524, y, m, d, n % 1000);
    cr_assert_eq(parse(zNumber, &c), ID_OK, "%s", zNumber);
    date_to_ymd(c.birthDay, &yy, &mm, &dd);
    cr_assert(yy == y && mm == m && dd == d, "%s -> %04d-%02d-%02d", zNumber, yy, mm, dd);
    n++;
    if (++d > naive_days_in_month(y, m)) {
      d = 1;
      if (++m > 12) {
        m = 1;
        y++;
      }
    }
  }
  cr_assert_eq(n, 109938, "301 years of days");
}

Test(idcard, impossible_dates_are_rejected_even_with_the_right_check_character) {
  static const int aYear[] = {1800, 1899, 1900, 1999, 2000, 2023, 2024, 2100, 9999};
  size_t iy;
  int m, d, nBad = 0;
  IdCard c;
  for (iy = 0; iy < sizeof(aYear) / sizeof(aYear[0]); iy++) {
    for (m = 0; m <= 99; m++) {
      for (d = 0; d <= 99; d++) {
        char zNumber[19];
        int real = m >= 1 && m <= 12 && d >= 1 && d <= naive_days_in_month(aYear[iy], m);
        make_number(zNumber, 11, 105, aYear[iy], m, d, 2);
        cr_assert_eq(parse(zNumber, &c), real ? ID_OK : ID_BAD_DATE, "%s", zNumber);
        nBad += !real;
      }
    }
  }
  cr_assert(nBad > 9 * 9000);
  {
    char zNumber[19];
    make_number(zNumber, 11, 105, 1799, 12, 31, 2);
    cr_assert_eq(parse(zNumber, &c), ID_BAD_DATE, "before 1800: %s", zNumber);
    make_number(zNumber, 11, 105, 0, 1, 1, 2);
    cr_assert_eq(parse(zNumber, &c), ID_BAD_DATE, "year 0000: %s", zNumber);
  }
  cr_assert_eq(parse("110105202302290021", &c), ID_BAD_DATE); /* 2023-02-29, check character right or not */
}

/* ---- the legacy 15-digit form ------------------------------------------------------------------------- */

Test(idcard, fifteen_digit_numbers_are_19yy_and_converted) {
  IdCard c;
  cr_assert_eq(parse("110105491231002", &c), ID_OK);
  cr_assert_str_eq(c.zNumber, "11010519491231002X");
  cr_assert_eq(c.legacy, 1);
  cr_assert_eq(c.sex, 'F');
  cr_assert_eq(c.birthDay, date_from_ymd(1949, 12, 31));
  cr_assert_eq(parse("440524800101001", &c), ID_OK);
  cr_assert_str_eq(c.zNumber, "440524198001010013");
  cr_assert_eq(c.sex, 'M');
  cr_assert_eq(parse("110105960229003", &c), ID_OK, "1996-02-29");
  cr_assert_eq(parse("110105970229003", &c), ID_BAD_DATE, "1997-02-29");
  cr_assert_eq(parse("110105000229003", &c), ID_BAD_DATE, "1900-02-29: 1900 is no leap year");
  cr_assert_eq(parse("110105491301002", &c), ID_BAD_DATE);
  cr_assert_eq(parse("110105491200002", &c), ID_BAD_DATE);
  cr_assert_eq(parse("11010549123100X", &c), ID_MALFORMED, "no check character in 15 digits");
  cr_assert_eq(parse("１１０１０５４９１２３１００２", &c), ID_OK, "full-width");
}

Test(idcard, fifteen_digit_numbers_are_always_19yy) {
  IdCard c;
  cr_assert_eq(parse("110105850315996", &c), ID_OK);
  cr_assert_eq(c.birthDay, date_from_ymd(1985, 3, 15), "sequence 996-999 is not read as 18YY");
  cr_assert_eq(parse("110105850315995", &c), ID_OK);
  cr_assert_eq(c.birthDay, date_from_ymd(1985, 3, 15));
  cr_assert_eq(parse("110105000229999", &c), ID_BAD_DATE, "1900-02-29 does not exist");
  cr_assert_eq(parse("110105960229999", &c), ID_OK, "1996-02-29");
}

Test(idcard, every_fifteen_digit_number_converts_to_a_valid_eighteen) {
  int i;
  for (i = 0; i < 50000; i++) {
    char z15[80], zBody[18];
    int yy = (int)rng(100), m = 1 + (int)rng(12), d = 1 + (int)rng(28), seq = (int)rng(1000);
    IdCard c, c18;
    snprintf(z15, sizeof(z15), "%02d%04d%02d%02d%02d%03d", 11 + (int)rng(55), (int)rng(10000), yy, m, d, seq);
    cr_assert_eq(parse(z15, &c), ID_OK, "%s", z15);
    make_body(zBody, 0, 0, 1900 + yy, m, d, seq);
    cr_assert(memcmp(c.zNumber, z15, 6) == 0 && memcmp(c.zNumber + 6, zBody + 6, 11) == 0, "%s -> %s", z15,
              c.zNumber);
    cr_assert_eq(c.zNumber[17], iso7064_check(c.zNumber), "%s", c.zNumber);
    cr_assert_eq(parse(c.zNumber, &c18), ID_OK, "%s", c.zNumber);
    cr_assert(c18.birthDay == c.birthDay && c18.sex == c.sex && c18.legacy == 0);
  }
}

/* ---- the text around a number ------------------------------------------------------------------------- */

Test(idcard, malformed_text_is_rejected) {
  static const char *bad[] = {"",
                              "   ",
                              "1101051949123100",    /* 16 */
                              "11010519491231002",   /* 17 */
                              "11010519491231002X1", /* 19 */
                              "1101051949123100",
                              "11010549123100", /* 14 */
                              "1101051949123100XX",
                              "X10105194912310021",
                              "1101051949123100X2",
                              "110105 19491231002X", /* inner space */
                              "110105-19491231-002X",
                              "+11010519491231002X",
                              "-11010519491231002X",
                              "11010519491231002Y",
                              "110105194912310O2X", /* letter O */
                              "11010519491231002X.",
                              "1.10105194912310e+17",
                              "１１０１０５１９４９１２３１００２Ｙ",
                              "11010519491231002\xC3\x97", /* × */
                              "\xE3\x80\x80"
                              "11010519491231002X\xE3\x80", /* a broken U+3000 */
                              "\xEF\xBC"
                              "11010519491231002X"};
  size_t i;
  IdCard c;
  for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
    cr_assert_eq(parse(bad[i], &c), ID_MALFORMED, "'%s'", bad[i]);
  }
  cr_assert_eq(idcard_parse("11010519491231002X", 17, &c), ID_MALFORMED, "only n bytes count");
  cr_assert_eq(idcard_parse("110105\0"
                            "19491231002X",
                            18, &c),
               ID_MALFORMED, "a NUL inside");
  cr_assert_eq(idcard_parse(0, 0, &c), ID_MALFORMED);
}

Test(idcard, white_space_is_trimmed_and_full_width_forms_read_as_ascii) {
  static const char *ok[] = {" 11010519491231002X ",
                             "\t11010519491231002x\r\n",
                             "\xE3\x80\x80"
                             "11010519491231002X"
                             "\xE3\x80\x80", /* U+3000 */
                             "\xC2\xA0"
                             "11010519491231002X"
                             "\xC2\xA0", /* U+00A0 */
                             "１１０１０５１９４９１２３１００２Ｘ",
                             "１１０１０５１９４９１２３１００２ｘ",
                             "　110105１９４９1231002Ｘ　"};
  size_t i;
  IdCard c;
  for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
    cr_assert_eq(parse(ok[i], &c), ID_OK, "'%s'", ok[i]);
    cr_assert_str_eq(c.zNumber, "11010519491231002X", "'%s'", ok[i]);
  }
}

Test(idcard, sex_is_the_parity_of_the_sequence) {
  int seq;
  for (seq = 0; seq < 1000; seq++) {
    char zNumber[19], z15[32];
    IdCard c;
    make_number(zNumber, 11, 105, 1990, 6, 1, seq);
    cr_assert_eq(parse(zNumber, &c), ID_OK);
    cr_assert_eq(c.sex, seq % 2 ? 'M' : 'F', "%s", zNumber);
    snprintf(z15, sizeof(z15), "110105900601%03d", seq);
    cr_assert_eq(parse(z15, &c), ID_OK);
    cr_assert_eq(c.sex, seq % 2 ? 'M' : 'F', "%s", z15);
  }
}

/* ---- ages --------------------------------------------------------------------------------------------- */

/* The k-th birthday of someone born on y-m-d: 02-29 falls on 03-01 in common years. */
static int anniversary(int y, int m, int d, int k) {
  if (m == 2 && d == 29 && !naive_leap(y + k)) return date_from_ymd(y + k, 3, 1);
  return date_from_ymd(y + k, m, d);
}

/* Age by counting the birthdays that have come. */
static int age_by_counting(int y, int m, int d, int on) {
  int k = 0;
  if (on < date_from_ymd(y, m, d)) return -1;
  while (anniversary(y, m, d, k + 1) <= on)
    k++;
  return k;
}

Test(idcard, ages_agree_with_counting_birthdays) {
  int birth, from = date_from_ymd(1995, 1, 1), to = date_from_ymd(2004, 12, 31), n = 0;
  for (birth = from; birth <= to; birth++) {
    int y, m, d, k, delta;
    date_to_ymd(birth, &y, &m, &d);
    cr_assert_eq(idcard_age(birth, birth - 1), -1);
    for (k = 0; k <= 20; k++) {
      int a = anniversary(y, m, d, k);
      for (delta = -1; delta <= 1; delta++) {
        int on = a + delta, want = age_by_counting(y, m, d, on);
        cr_assert_eq(idcard_age(birth, on), want, "born %04d-%02d-%02d, day %d", y, m, d, on);
        n++;
      }
    }
    for (k = 0; k < 20; k++) {
      int on = birth + (int)rng(40000);
      cr_assert_eq(idcard_age(birth, on), age_by_counting(y, m, d, on));
    }
  }
  cr_assert(n > 3650 * 60);
}

Test(idcard, ages_across_02_29_and_birthdays) {
  int leapling = date_from_ymd(2000, 2, 29), b = date_from_ymd(2008, 6, 1);
  cr_assert_eq(idcard_age(leapling, date_from_ymd(2000, 2, 29)), 0);
  cr_assert_eq(idcard_age(leapling, date_from_ymd(2001, 2, 28)), 0, "02-28 of a common year: not yet");
  cr_assert_eq(idcard_age(leapling, date_from_ymd(2001, 3, 1)), 1, "03-01 of a common year: turned");
  cr_assert_eq(idcard_age(leapling, date_from_ymd(2004, 2, 28)), 3);
  cr_assert_eq(idcard_age(leapling, date_from_ymd(2004, 2, 29)), 4, "a leap year: on 02-29");
  cr_assert_eq(idcard_age(leapling, date_from_ymd(2016, 2, 29)), 16);
  cr_assert_eq(idcard_age(leapling, date_from_ymd(2017, 2, 28)), 16);
  cr_assert_eq(idcard_age(leapling, date_from_ymd(2018, 2, 28)), 17);
  cr_assert_eq(idcard_age(leapling, date_from_ymd(2018, 3, 1)), 18);
  cr_assert_eq(idcard_age(leapling, date_from_ymd(2100, 2, 28)), 99, "2100 is a common year");
  cr_assert_eq(idcard_age(leapling, date_from_ymd(2100, 3, 1)), 100);
  cr_assert_eq(idcard_age(b, date_from_ymd(2024, 5, 31)), 15);
  cr_assert_eq(idcard_age(b, date_from_ymd(2024, 6, 1)), 16);
  cr_assert_eq(idcard_age(b, date_from_ymd(2008, 5, 31)), -1, "before birth");
  cr_assert_eq(idcard_age(date_from_ymd(2023, 12, 31), date_from_ymd(2024, 1, 1)), 0);
}

/* ---- SQL functions, in-process ------------------------------------------------------------------------ */

/* GB/T 2260 province-level codes of the mainland, and the HK/Macau/Taiwan residence permits, written out. */
static int expected_prefix(int p) {
  static const int ranges[][2] = {{11, 15}, {21, 23}, {31, 37}, {41, 46}, {50, 54}, {61, 65}, {81, 83}};
  size_t i;
  for (i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++) {
    if (p >= ranges[i][0] && p <= ranges[i][1]) return 1;
  }
  return 0;
}

Test(identity, exactly_the_known_prefixes_are_valid) {
  sqlite3 *db = open_shebao();
  int p, n = 0;
  for (p = 0; p < 100; p++) {
    char zNumber[19], sql[160], z15[32];
    make_number(zNumber, p, 105, 1990, 6, 1, 123);
    snprintf(sql, sizeof(sql), "SELECT id_valid('%s')", zNumber);
    ASSERT_Q(db, sql, expected_prefix(p) ? "1" : "0");
    snprintf(z15, sizeof(z15), "%02d0105900601123", p);
    snprintf(sql, sizeof(sql), "SELECT id_valid('%s')", z15);
    ASSERT_Q(db, sql, expected_prefix(p) ? "1" : "0");
    n += expected_prefix(p);
  }
  cr_assert_eq(n, 34); /* 31 province-level regions and 3 residence permits */
  ASSERT_Q(db, "SELECT count(*) FROM shebao_id_prefixes", "34");
  ASSERT_Q(db, "SELECT group_concat(prefix, ' ') FROM shebao_id_prefixes WHERE prefix > '65'", "81 82 83");
  sqlite3_close(db);
}

Test(identity, blank_text_is_null_not_an_invalid_number) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT id_valid('')", "NULL");
  ASSERT_Q(db, "SELECT id_valid('   ')", "NULL");
  ASSERT_Q(db, "SELECT id_normalize('')", "NULL");
  ASSERT_Q(db, "SELECT id_age('', '2024-01-01')", "NULL");
  ASSERT_Q(db, "SELECT needs_face_photo(' ', '2024-01-01')", "NULL");
  sqlite3_close(db);
}

Test(identity, lookups_give_null_for_what_is_not_a_valid_number) {
  static const char *bad[] = {"'110105194912310021'",
                              "'71010519491231002X'",
                              "'110105202302290021'",
                              "'11010549123100X'",
                              "'hello'",
                              "1.10105194912310021e17",
                              "110105194912310021",
                              "-110105194912310021"};
  static const char *fn[] = {"id_normalize(%s)", "id_birth_date(%s)", "id_sex(%s)", "id_region(%s)",
                             "id_age(%s, '2024-01-01')"};
  sqlite3 *db = open_shebao();
  size_t i, f;
  for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
    char sql[200], call[120];
    snprintf(sql, sizeof(sql), "SELECT id_valid(%s)", bad[i]);
    ASSERT_Q(db, sql, "0");
    for (f = 0; f < sizeof(fn) / sizeof(fn[0]); f++) {
      snprintf(call, sizeof(call), fn[f], bad[i]);
      snprintf(sql, sizeof(sql), "SELECT %s", call);
      ASSERT_Q(db, sql, "NULL");
    }
  }
  ASSERT_Q(
      db,
      "SELECT id_valid(NULL) IS NULL AND id_normalize(NULL) IS NULL AND id_age(NULL, '2024-01-01') IS NULL"
      " AND id_age('11010519491231002X', NULL) IS NULL",
      "1");
  sqlite3_close(db);
}

Test(identity, integers_are_read_as_their_digits) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT id_normalize(440524188001010014)", "440524188001010014");
  ASSERT_Q(db, "SELECT id_normalize(110105491231002)", "11010519491231002X");
  ASSERT_Q(db, "SELECT id_birth_date(CAST('440524188001010014' AS INTEGER))", "1880-01-01");
  ASSERT_Q(db, "SELECT id_valid(440524188001010014.0)", "0"); /* a REAL cannot hold 18 digits exactly */
  sqlite3_close(db);
}

Test(identity, needs_face_photo_at_the_age_line) {
  sqlite3 *db = open_shebao();
  /* Born 2008-06-01: 15 until 2024-05-31, 16 from 2024-06-01 (the default line is 16). */
  ASSERT_Q(db, "SELECT needs_face_photo('440524200806010037', '2024-05-31')", "1");
  ASSERT_Q(db, "SELECT needs_face_photo('440524200806010037', '2024-06-01')", "0");
  ASSERT_Q(db, "SELECT needs_face_photo('2008-06-01', '2024-05-31 23:59:59')", "1");
  ASSERT_Q(db, "SELECT needs_face_photo('2008-06-01', '2024-06-01')", "0");
  ASSERT_Q(db, "SELECT needs_face_photo('2024-06-01', '2024-06-01')", "1"); /* born that day: age 0 */
  /* A 02-29 birthday: 16 only from 03-01 in a common year. */
  ASSERT_Q(db, "SELECT needs_face_photo('110105200002290021', '2016-02-28')", "1");
  ASSERT_Q(db, "SELECT needs_face_photo('110105200002290021', '2016-02-29')", "0");
  ASSERT_Q(db, "SELECT needs_face_photo('2001-02-28', '2017-02-27')", "1");
  ASSERT_Q(db, "SELECT needs_face_photo('2001-02-28', '2017-02-28')", "0");
  ASSERT_Q(db, "SELECT needs_face_photo('11010519491231002X', '2024-01-01')", "0");
  ASSERT_Q(
      db,
      "SELECT needs_face_photo(NULL, '2024-01-01') IS NULL AND needs_face_photo('2010-01-01', NULL) IS NULL",
      "1");
  ASSERT_Q(db, "SELECT needs_face_photo('2010-01-01', '2009-12-31')",
           "error: needs_face_photo(): born after on_date 2009-12-31: '2010-01-01' (id_or_birth_date)");
  sqlite3_close(db);
}

/* A policy index with just these parameter rows (name, region_code, valid_from, value, unit, valid_to,
** source_id, note), to reach the errors of data the default never has. */
typedef struct ParamFixture {
  PolicyIndex index;
  PolicyRow aRow[4];
} ParamFixture;

static void fixture_init(ParamFixture *f, const char *const *azCell, int nRow) {
  char *zErr = 0;
  int i;
  memset(f, 0, sizeof(*f));
  for (i = 0; i < nRow; i++) {
    f->aRow[i].azCell = azCell + i * 8;
    f->aRow[i].rowid = i + 1;
  }
  f->index.aTable[PT_PARAMETERS].nRow = nRow;
  f->index.aTable[PT_PARAMETERS].aRow = f->aRow;
  cr_assert_eq(parameters_index_build(&f->index, &zErr), SQLITE_OK, "%s", zErr ? zErr : "");
  /* The identity index finds the age line's rows when it is built. */
  cr_assert_eq(identity_index_build(&f->index, &zErr), SQLITE_OK, "%s", zErr ? zErr : "");
}

static const char *age_line(ParamFixture *f, int day, int *pLine) {
  static char buf[512];
  char *zErr = 0;
  int rc = identity_age_line(&f->index, day, pLine, &zErr);
  snprintf(buf, sizeof(buf), "%s", rc == SQLITE_OK ? "ok" : zErr ? zErr : "nomem");
  sqlite3_free(zErr);
  return buf;
}

Test(identity, the_age_line_is_read_strictly_from_the_data) {
  static const char *const azCell[] = {
      "face_photo_age_line", "000000", NULL,         "16",  "years", "2019-12-31", "s", NULL,
      "face_photo_age_line", "000000", "2020-01-01", "18",  "years", "2021-12-31", "s", NULL,
      "face_photo_age_line", "000000", "2022-01-01", "16a", "years", "2022-12-31", "s", NULL,
      "face_photo_age_line", "000000", "2023-01-01", "14",  "days",  "2023-12-31", "s", NULL,
  };
  ParamFixture f;
  int line = -1;
  fixture_init(&f, azCell, 4);
  cr_assert_str_eq(age_line(&f, date_from_ymd(2019, 6, 1), &line), "ok");
  cr_assert_eq(line, 16);
  cr_assert_str_eq(age_line(&f, date_from_ymd(2021, 6, 1), &line), "ok");
  cr_assert_eq(line, 18, "a dated row in effect on its day");
  cr_assert_str_eq(
      age_line(&f, date_from_ymd(2022, 6, 1), &line),
      "policy parameter 'face_photo_age_line' (default layer row 3) is not a whole number of years: "
      "'16a'");
  cr_assert_str_eq(
      age_line(&f, date_from_ymd(2023, 6, 1), &line),
      "policy parameter 'face_photo_age_line' (default layer row 4) has unit 'days', not 'years'");
  cr_assert_str_eq(age_line(&f, date_from_ymd(2024, 6, 1), &line),
                   "no policy parameter 'face_photo_age_line' for region '000000' in effect on 2024-06-01");
  arena_free(&f.index.arena);
}

Test(identity, the_default_age_line_is_16_and_cited) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db,
           "SELECT value || ' ' || unit || ' ' || source_id FROM shebao_parameters"
           " WHERE name = 'face_photo_age_line' AND region_code = '000000'",
           "16 years article-shebao-2025-08-11");
  ASSERT_Q(db,
           "SELECT count(*) FROM shebao_parameters p JOIN shebao_sources s USING (source_id)"
           " WHERE p.name = 'face_photo_age_line' AND s.note LIKE '%小于16岁需同时上传人脸正面照%'",
           "1");
  sqlite3_close(db);
}
