/*
** The certification deadline rules: date arithmetic only. Which rule applies where is data (cert/index.c).
**
**   month_end_12   2024-03-15 -> 2025-03-31   2024-02-29 -> 2025-02-28   (the end of the 12th natural month
**                                                                         after the certification month)
**   anniversary    2024-03-15 -> 2025-03-15   2024-02-29 -> 2025-02-28   (the same day next year)
**   days_365       2024-03-15 -> 2025-03-14   2024-02-29 -> 2025-02-27   (day 365 of a cycle whose day 1 is
**                                                                         the certification day)
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

const char *const cert_algorithm_names[CERT_ALGORITHM_COUNT] = {"month_end_12", "anniversary", "days_365"};

#define CERT_YEAR_MAX 9999
#define CERT_CYCLE_DAYS 365

int cert_algorithm_find(const char *z, int n) {
  char key[TEXT_KEY_MAX], name[TEXT_KEY_MAX];
  int len, a, i;
  for (a = 0; a < CERT_ALGORITHM_COUNT; a++) {
    if ((int)strlen(cert_algorithm_names[a]) == n && memcmp(cert_algorithm_names[a], z, (size_t)n) == 0)
      return a;
  }
  /* A rule's normal form is ASCII: text with another character than full-width forms and spaces (a region's
  ** name) is no rule, and need not be normalised. */
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c >= 0xC0 && c != 0xEF && c != 0xE3 && c != 0xC2) return CERT_UNKNOWN_RULE;
  }
  len = text_normalize(z, n, key);
  if (len <= 0) return CERT_UNKNOWN_RULE;
  for (a = 0; a < CERT_ALGORITHM_COUNT; a++) {
    int nName = text_normalize(cert_algorithm_names[a], (int)strlen(cert_algorithm_names[a]), name);
    if (nName == len && memcmp(name, key, (size_t)len) == 0) return a;
  }
  return CERT_UNKNOWN_RULE;
}

int cert_deadline(CertAlgorithm a, int lastCert, int *pDeadline) {
  int y, m, d, deadline;
  date_to_ymd(lastCert, &y, &m, &d);
  switch (a) {
  case CERT_MONTH_END_12:
    /* The 12th natural month after month m of year y is month m of year y + 1. */
    deadline = date_from_ymd(y + 1, m, date_days_in_month(y + 1, m));
    break;
  case CERT_ANNIVERSARY:
    /* The same day next year, or the last day of that month when it has no such day (02-29). */
    if (d > date_days_in_month(y + 1, m)) d = date_days_in_month(y + 1, m);
    deadline = date_from_ymd(y + 1, m, d);
    break;
  default:
    /* days_365: day 1 of the cycle is the certification day, so day 365 is 364 days later. */
    deadline = lastCert + CERT_CYCLE_DAYS - 1;
    break;
  }
  *pDeadline = deadline;
  return deadline > date_from_ymd(CERT_YEAR_MAX, 12, 31) ? -1 : 0;
}

char *cert_describe(CertAlgorithm a, int lastCert, int deadline) {
  char zLast[DATE_TEXT_LEN + 1], zDeadline[DATE_TEXT_LEN + 1];
  int y, m, d, dy, dm, dd;
  date_format(lastCert, zLast);
  date_format(deadline, zDeadline);
  date_to_ymd(lastCert, &y, &m, &d);
  date_to_ymd(deadline, &dy, &dm, &dd);
  switch (a) {
  case CERT_MONTH_END_12:
    return sqlite3_mprintf(
        "%s is in %04d-%02d; the 12th natural month after it is %04d-%02d, which ends on %s", zLast, y, m, dy,
        dm, zDeadline);
  case CERT_ANNIVERSARY:
    if (d != dd) {
      return sqlite3_mprintf("the same day a year after %s would be %04d-%02d-%02d, which does not exist: %s",
                             zLast, dy, dm, d, zDeadline);
    }
    return sqlite3_mprintf("the same day a year after %s: %s", zLast, zDeadline);
  default:
    return sqlite3_mprintf("day 1 of the 365-day cycle is %s, day 365 is %s (%s + 364 days)", zLast,
                           zDeadline, zLast);
  }
}
