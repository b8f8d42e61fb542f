/*
** The certification deadline rules: date arithmetic over a kind and its parameters (a row of
** shebao_policy_cert_rules). Which rule applies where is data (cert/index.c).
**
**   month_end 12            2024-03-15 -> 2025-03-31   2024-02-29 -> 2025-02-28   (12个自然月)
**   month_end_counting 12   2024-03-15 -> 2025-02-28   2020-05-10 -> 2021-04-30   (the certification month is
**                                                                                  the first of the 12)
**   same_day 12             2024-03-15 -> 2025-03-15   2024-02-29 -> 2025-02-28   (the same day next year)
**   days 365                2024-03-15 -> 2025-03-14   2024-02-29 -> 2025-02-27   (day 365 of a cycle whose day
**                                                                                  1 is the certification day)
**   natural_year            2024-03-15 -> 2025-12-31                              (once each calendar year)
**   yearly_window 04-01..06-20   2024-03-15 -> 2024-06-20   2024-05-01 -> 2025-06-20
**
** Month arithmetic is done here on (year, month, day), never with SQLite's date(d, '+12 months'), which rolls
** 2024-02-29 over to 2025-03-01.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "cert/cert.h"
#include "util/date.h"
#include "util/text.h"
#include <string.h>

const char *const cert_kind_names[CERT_KIND_COUNT] = {
    "month_end", "month_end_counting", "same_day", "days", "natural_year", "yearly_window"};

#define CERT_YEAR_MAX 9999
#define CERT_LENGTH_MAX 100000

/* 'MM-DD' as month * 100 + day, or -1. */
static int month_day(const char *z) {
  int m, d;
  if (z == 0 || strlen(z) != 5 || z[2] != '-') return -1;
  if (!text_all_digits(z, 2, 2, &m) || !text_all_digits(z + 3, 2, 2, &d)) return -1;
  if (m < 1 || m > 12 || d < 1 || d > date_days_in_month(2000, m)) return -1;
  return m * 100 + d;
}

int cert_rule_read(const PolicyRow *row, CertRule *r) {
  const char *zKind = POLICY_CELL(row, CRULE_KIND), *zLength = POLICY_CELL(row, CRULE_LENGTH);
  int k;
  memset(r, 0, sizeof(*r));
  r->pRow = row;
  r->zName = POLICY_CELL(row, CRULE_RULE);
  for (k = 0; zKind && k < CERT_KIND_COUNT && strcmp(zKind, cert_kind_names[k]) != 0; k++) {
  }
  if (zKind == 0 || k == CERT_KIND_COUNT) return -1;
  r->kind = (CertRuleKind)k;
  if (k == CERT_NATURAL_YEAR) return 0;
  if (k == CERT_YEARLY_WINDOW) {
    r->windowFrom = month_day(POLICY_CELL(row, CRULE_WINDOW_FROM));
    r->windowTo = month_day(POLICY_CELL(row, CRULE_WINDOW_TO));
    return r->windowFrom > 0 && r->windowTo >= r->windowFrom ? 0 : -1;
  }
  if (zLength == 0 || !text_all_digits(zLength, (int)strlen(zLength), 6, &r->length)) return -1;
  return r->length >= 1 && r->length <= CERT_LENGTH_MAX ? 0 : -1;
}

/* The last day of the month `months` months after month m of year y; or that month's day d, if it has one. */
static int months_after(int y, int m, int months, int d) {
  int total = y * 12 + (m - 1) + months, ny = total / 12, nm = total % 12 + 1, last;
  last = date_days_in_month(ny, nm);
  return date_from_ymd(ny, nm, d > 0 && d < last ? d : last);
}

/* A day of a year given as month * 100 + day; 02-29 is 02-28 in a common year. */
static int day_of_year(int y, int md) {
  int m = md / 100, d = md % 100;
  return date_from_ymd(y, m, d > date_days_in_month(y, m) ? date_days_in_month(y, m) : d);
}

int cert_deadline(const CertRule *r, int lastCert, int *pDeadline) {
  int y, m, d, deadline;
  date_to_ymd(lastCert, &y, &m, &d);
  switch (r->kind) {
  case CERT_MONTH_END:
    deadline = months_after(y, m, r->length, 0);
    break;
  case CERT_MONTH_END_COUNTING:
    deadline = months_after(y, m, r->length - 1, 0);
    break;
  case CERT_SAME_DAY:
    deadline = months_after(y, m, r->length, d);
    break;
  case CERT_DAYS:
    deadline = lastCert + r->length - 1; /* day 1 of the cycle is the certification day */
    break;
  case CERT_NATURAL_YEAR:
    deadline = date_from_ymd(y + 1, 12, 31);
    break;
  default: /* CERT_YEARLY_WINDOW: a certification before its year's window does not count for that year */
    deadline = day_of_year(m * 100 + d < r->windowFrom ? y : y + 1, r->windowTo);
    break;
  }
  *pDeadline = deadline;
  return deadline > date_from_ymd(CERT_YEAR_MAX, 12, 31) ? -1 : 0;
}

static const char *ordinal_suffix(int n) {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
}

/* The same-day rule in words: "the same day a year after 2024-02-29 would be 2025-02-29, which does not exist:
** 2025-02-28". */
static char *describe_same_day(const CertRule *r, const char *zLast, int d, int deadline, const char *zDeadline) {
  int dy, dm, dd;
  char zAfter[40];
  date_to_ymd(deadline, &dy, &dm, &dd);
  if (r->length == 12)
    sqlite3_snprintf(sizeof(zAfter), zAfter, "a year");
  else
    sqlite3_snprintf(sizeof(zAfter), zAfter, "%d months", r->length);
  if (d != dd) {
    return sqlite3_mprintf("the same day %s after %s would be %04d-%02d-%02d, which does not exist: %s", zAfter,
                           zLast, dy, dm, d, zDeadline);
  }
  return sqlite3_mprintf("the same day %s after %s: %s", zAfter, zLast, zDeadline);
}

char *cert_describe(const CertRule *r, int lastCert, int deadline) {
  char zLast[DATE_TEXT_LEN + 1], zDeadline[DATE_TEXT_LEN + 1];
  int y, m, d, dy, dm, dd, n = r->length;
  date_format(lastCert, zLast);
  date_format(deadline, zDeadline);
  date_to_ymd(lastCert, &y, &m, &d);
  date_to_ymd(deadline, &dy, &dm, &dd);
  switch (r->kind) {
  case CERT_MONTH_END:
    return sqlite3_mprintf("%s is in %04d-%02d; the %d%s natural month after it is %04d-%02d, which ends on %s",
                           zLast, y, m, n, ordinal_suffix(n), dy, dm, zDeadline);
  case CERT_MONTH_END_COUNTING:
    return sqlite3_mprintf("%s is in %04d-%02d, the first of %d months; the %d%s is %04d-%02d, which ends on %s",
                           zLast, y, m, n, n, ordinal_suffix(n), dy, dm, zDeadline);
  case CERT_SAME_DAY:
    return describe_same_day(r, zLast, d, deadline, zDeadline);
  case CERT_DAYS:
    return sqlite3_mprintf("day 1 of the %d-day cycle is %s, day %d is %s (%s + %d days)", n, zLast, n,
                           zDeadline, zLast, n - 1);
  case CERT_NATURAL_YEAR:
    return sqlite3_mprintf("%s counts for %d; the next certification is due in %d, by %s", zLast, y, y + 1,
                           zDeadline);
  default:
    return sqlite3_mprintf("the window is %02d-%02d to %02d-%02d each year; %s %s, so the next window to "
                           "certify in ends on %s",
                           r->windowFrom / 100, r->windowFrom % 100, r->windowTo / 100, r->windowTo % 100, zLast,
                           dy == y ? "is before that year's window, which it does not count for"
                                   : "counts for its year",
                           zDeadline);
  }
}
