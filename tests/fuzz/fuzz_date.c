/*
** Fuzz target: the date parser (ext/util/date.c), directly and as a function argument. The input is the text of a
** date. Besides the sanitizers, it checks:
**   - date_parse says DATE_OK only for text whose ten characters after leading spaces are the date it
** returns,
**     formatted back ('2024-03-15', '2024-03-15T08:30:00+08:00'); that date has a real month and day;
**   - date_to_ymd and date_from_ymd are inverse, and date_format / date_parse too, for a day taken from the
**     input's first four bytes, anywhere in the years 0000-9999;
**   - region_enabled('苏州市', <input>) answers 0, 1 or NULL (the sources leave a few weeks of 2024 open)
**     exactly when date_parse says DATE_OK; otherwise it raises
**     "region_enabled(): impossible date ... (on_date)" for DATE_IMPOSSIBLE, "... malformed date ..." else;
**   - next_cert_deadline(<input>, rule) for the three rules equals a computation made here independently
**     (month_end_12: the last day of the same month a year later; anniversary: the same day a year later,
**     02-29 -> 02-28; days_365: SQLite's own date(<date>, '+364 days')), or, past 9999-12-31, is the error
**     "deadline after 9999-12-31".
** Seeds: fixtures/fuzz/date.
*/
#include "fuzz.h"
#include "util/date.h"
#include "util/text.h"

static int is_space(uint8_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void check_day_roundtrip(int day) {
  char buf[DATE_TEXT_LEN + 1];
  int y, m, d, again = 0;
  date_to_ymd(day, &y, &m, &d);
  FUZZ_CHECK(m >= 1 && m <= 12 && d >= 1 && d <= date_days_in_month(y, m), "day %d is %d-%d-%d", day, y, m,
             d);
  FUZZ_CHECK(date_from_ymd(y, m, d) == day, "day %d -> %d-%d-%d -> %d", day, y, m, d, date_from_ymd(y, m, d));
  date_format(day, buf);
  FUZZ_CHECK(date_parse(buf, DATE_TEXT_LEN, &again) == DATE_OK && again == day, "day %d formats as %s", day,
             buf);
}

/* The deadline of each rule, computed here without ext/cert/rules.c. */
static void check_deadlines(const uint8_t *data, size_t size, int day) {
  static const char *const azRule[] = {"month_end_12", "anniversary", "days_365"};
  int y, m, d, k;
  date_to_ymd(day, &y, &m, &d);
  for (k = 0; k < 3; k++) {
    sqlite3_stmt *stmt = fuzz_stmt("SELECT next_cert_deadline(?1, ?2)");
    char zWant[DATE_TEXT_LEN + 1];
    FuzzResult r;
    sqlite3_bind_text(stmt, 1, (const char *)data, (int)size, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 2, azRule[k], -1, SQLITE_STATIC);
    fuzz_step(stmt, "next_cert_deadline(): ", &r);
    if (k == 2) {
      FuzzResult want;
      char zDay[DATE_TEXT_LEN + 1];
      date_format(day, zDay);
      fuzz_text1("SELECT date(?1, '+364 days')", 0, (const uint8_t *)zDay, DATE_TEXT_LEN, &want);
      snprintf(zWant, sizeof(zWant), "%s", want.zText);
      if (day + 364 > date_from_ymd(9999, 12, 31)) zWant[0] = 0;
    } else if (y + 1 > 9999) {
      zWant[0] = 0;
    } else {
      int dd = k == 0 ? date_days_in_month(y + 1, m)
                      : (d <= date_days_in_month(y + 1, m) ? d : date_days_in_month(y + 1, m));
      date_format(date_from_ymd(y + 1, m, dd), zWant);
    }
    if (zWant[0] == 0) {
      FUZZ_CHECK(r.rc == SQLITE_ERROR && strstr(r.zText, "deadline after 9999-12-31"), "%s: %s", azRule[k],
                 r.zText);
    } else {
      FUZZ_CHECK(r.rc == SQLITE_OK && strcmp(r.zText, zWant) == 0, "%s of %04d-%02d-%02d: %s, want %s",
                 azRule[k], y, m, d, r.zText, zWant);
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  int day = 0;
  size_t i = 0;
  DateStatus st;
  FuzzResult r;
  if (size > 100000) return 0;
  st = date_parse((const char *)data, (int)size, &day);
  if (st == DATE_OK) {
    char buf[DATE_TEXT_LEN + 1];
    while (i < size && is_space(data[i]))
      i++;
    date_format(day, buf);
    FUZZ_CHECK(size - i >= DATE_TEXT_LEN && memcmp(buf, data + i, DATE_TEXT_LEN) == 0, "parsed as %s: '%.*s'",
               buf, (int)size, (const char *)data);
    check_day_roundtrip(day);
  }
  if (size >= 4) {
    static int lo = 0, hi = 0;
    uint32_t v;
    if (hi == 0) {
      lo = date_from_ymd(0, 1, 1);
      hi = date_from_ymd(9999, 12, 31);
    }
    memcpy(&v, data, 4);
    check_day_roundtrip(lo + (int)(v % (uint32_t)(hi - lo + 1)));
  }
  {
    sqlite3_stmt *stmt = fuzz_stmt("SELECT region_enabled('苏州市', ?1)");
    sqlite3_bind_text(stmt, 1, (const char *)data, (int)size, SQLITE_TRANSIENT);
    fuzz_step(stmt, "region_enabled(): ", &r);
  }
  if (text_is_blank((const char *)data, (int)size)) { /* blank text is NULL */
    FUZZ_CHECK(r.rc == SQLITE_OK && r.isNull, "blank date, region_enabled answers %s", r.zText);
  } else if (st == DATE_OK) {
    FUZZ_CHECK(r.rc == SQLITE_OK && (r.isNull || strcmp(r.zText, "0") == 0 || strcmp(r.zText, "1") == 0),
               "got %s", r.zText);
    check_deadlines(data, size, day);
  } else {
    FUZZ_CHECK(r.rc == SQLITE_ERROR, "date_parse says %d, region_enabled answers %s", st, r.zText);
    FUZZ_CHECK(strstr(r.zText, st == DATE_IMPOSSIBLE ? "impossible date" : "malformed date") != 0, "%s",
               r.zText);
    FUZZ_CHECK(strstr(r.zText, "(on_date)") != 0, "%s", r.zText);
  }
  return 0;
}
