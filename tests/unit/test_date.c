/* The shared date parser and formatter, and calendar arithmetic, against a naive day-by-day calendar. */
#include "harness.h"
#include "util/date.h"
#include <stdio.h>
#include <string.h>

static int parse(const char *z, int *pDay) {
  return date_parse(z, (int)strlen(z), pDay);
}

Test(date, every_day_of_years_1_to_9999_round_trips) {
  /* Step a naive calendar one day at a time and check the formulas agree with it. */
  int y = 1, m = 1, d = 1, expected = date_from_ymd(1, 1, 1);
  while (y <= 9999) {
    int yy, mm, dd, back;
    char buf[32], naive[32];
    cr_assert_eq(date_from_ymd(y, m, d), expected, "%04d-%02d-%02d", y, m, d);
    date_to_ymd(expected, &yy, &mm, &dd);
    cr_assert(yy == y && mm == m && dd == d, "day %d -> %04d-%02d-%02d, want %04d-%02d-%02d", expected, yy,
              mm, dd, y, m, d);
    date_format(expected, buf);
    snprintf(naive, sizeof(naive), "%04d-%02d-%02d", y, m, d);
    cr_assert_str_eq(buf, naive);
    cr_assert_eq(parse(naive, &back), DATE_OK);
    cr_assert_eq(back, expected);
    {
      int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
      int len = m == 2 ? 28 + leap : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
      if (++d > len) {
        d = 1;
        if (++m > 12) {
          m = 1;
          y++;
        }
      }
    }
    expected++;
  }
}

Test(date, epoch_and_known_days) {
  cr_assert_eq(date_from_ymd(1970, 1, 1), 0);
  cr_assert_eq(date_from_ymd(2000, 3, 1), 11017);
  cr_assert_eq(date_from_ymd(2024, 2, 29) + 1, date_from_ymd(2024, 3, 1));
  cr_assert_eq(date_from_ymd(2023, 3, 1) - date_from_ymd(2023, 2, 28), 1);
}

Test(date, impossible_dates_are_rejected_not_rolled_over) {
  int day = 12345;
  cr_assert_eq(parse("2021-02-31", &day), DATE_IMPOSSIBLE);
  cr_assert_eq(parse("2023-02-29", &day), DATE_IMPOSSIBLE);
  cr_assert_eq(parse("1900-02-29", &day), DATE_IMPOSSIBLE);
  cr_assert_eq(parse("2024-13-01", &day), DATE_IMPOSSIBLE);
  cr_assert_eq(parse("2024-00-10", &day), DATE_IMPOSSIBLE);
  cr_assert_eq(parse("2024-04-31", &day), DATE_IMPOSSIBLE);
  cr_assert_eq(parse("2024-01-00", &day), DATE_IMPOSSIBLE);
  cr_assert_eq(day, 12345, "a rejected date leaves the output alone");
  cr_assert_eq(parse("2000-02-29", &day), DATE_OK);
  cr_assert_eq(parse("2024-02-29", &day), DATE_OK);
}

Test(date, malformed_text_is_rejected) {
  static const char *bad[] = {"",
                              "2024",
                              "2024-1-05",
                              "2024-01-5",
                              "24-01-05",
                              "2024/01/05",
                              "2024-01-05x",
                              "2024-01-05T",
                              "20240105",
                              " - - ",
                              "2024-01-05 25:00",
                              "2024-01-05T12",
                              "2024-01-05 12:60",
                              "2024-01-05 12:00:61",
                              "2024-01-05T12:00+8",
                              "２０２４-01-05",
                              "2024-01-05 12:00:00."};
  size_t i;
  int day;
  for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
    cr_assert_eq(parse(bad[i], &day), DATE_MALFORMED, "'%s'", bad[i]);
  }
}

Test(date, datetime_text_uses_its_date_part) {
  int want = date_from_ymd(2024, 3, 15), day;
  static const char *ok[] = {"2024-03-15",
                             " 2024-03-15 ",
                             "2024-03-15 08:30",
                             "2024-03-15T08:30:59",
                             "2024-03-15 23:59:59.999",
                             "2024-03-15T00:00:00Z",
                             "2024-03-15T08:00:00+08:00",
                             "2024-03-15 08:00-05:30"};
  size_t i;
  for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
    day = -1;
    cr_assert_eq(parse(ok[i], &day), DATE_OK, "'%s'", ok[i]);
    cr_assert_eq(day, want, "'%s'", ok[i]);
  }
}

Test(date, text_length_is_respected) {
  int day;
  /* Only the first n bytes count: no reading past the value. */
  cr_assert_eq(date_parse("2024-03-15garbage", 10, &day), DATE_OK);
  cr_assert_eq(date_parse("2024-03-15", 9, &day), DATE_MALFORMED);
}
