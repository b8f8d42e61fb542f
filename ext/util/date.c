/*
** ISO 8601 dates: parsing, formatting and civil-calendar conversion.
**
** Conversions use the days-from-civil algorithm on the proleptic Gregorian calendar with March as the first
** month of a computational year, so leap days fall at the end of the year and need no special case.
** Nothing here rolls an impossible date over: 2021-02-31 is rejected, never read as 2021-03-03.
*/
#include "util/date.h"
#include <string.h>

int date_is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int date_days_in_month(int year, int month) {
  static const unsigned char aDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && date_is_leap(year) ? 29 : aDays[month - 1];
}

int date_from_ymd(int year, int month, int dayOfMonth) {
  int y = month <= 2 ? year - 1 : year;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;                                                   /* [0, 399] */
  int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + dayOfMonth - 1; /* [0, 365] */
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                           /* [0, 146096] */
  return era * 146097 + doe - 719468;
}

void date_to_ymd(int day, int *pYear, int *pMonth, int *pDayOfMonth) {
  int z = day + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  int d = doy - (153 * mp + 2) / 5 + 1;
  int m = mp < 10 ? mp + 3 : mp - 9;
  *pYear = yoe + era * 400 + (m <= 2);
  *pMonth = m;
  *pDayOfMonth = d;
}

/* Reads exactly nDigit ASCII digits at z[*pi]; returns -1 if they are not there. */
static int read_digits(const char *z, int n, int *pi, int nDigit) {
  int v = 0, k;
  if (*pi + nDigit > n) return -1;
  for (k = 0; k < nDigit; k++) {
    char c = z[*pi + k];
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  *pi += nDigit;
  return v;
}

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Reads the time part of a datetime at z[*pi]: HH:MM[:SS[.fff...]][Z|(+|-)HH:MM], into t (milliseconds after
** midnight, digits past the millisecond dropped; the offset in minutes). Returns 0 if it is not one. */
static int parse_time(const char *z, int n, int *pi, DateTime *t) {
  int h, m, s = 0, ms = 0, scale = 100, sign;
  h = read_digits(z, n, pi, 2);
  if (h < 0 || h > 23 || *pi >= n || z[*pi] != ':') return 0;
  (*pi)++;
  m = read_digits(z, n, pi, 2);
  if (m < 0 || m > 59) return 0;
  if (*pi < n && z[*pi] == ':') {
    (*pi)++;
    s = read_digits(z, n, pi, 2);
    if (s < 0 || s > 59) return 0;
    if (*pi < n && z[*pi] == '.') {
      int start = ++(*pi);
      for (; *pi < n && z[*pi] >= '0' && z[*pi] <= '9'; (*pi)++, scale /= 10)
        ms += scale * (z[*pi] - '0');
      if (*pi == start) return 0;
    }
  }
  t->hasTime = 1;
  t->ms = ((h * 60 + m) * 60 + s) * 1000 + ms;
  if (*pi < n && (z[*pi] == 'Z' || z[*pi] == 'z')) {
    (*pi)++;
    t->hasOffset = 1;
  } else if (*pi < n && (z[*pi] == '+' || z[*pi] == '-')) {
    sign = z[(*pi)++] == '-' ? -1 : 1;
    h = read_digits(z, n, pi, 2);
    if (h < 0 || h > 14 || *pi >= n || z[*pi] != ':') return 0;
    (*pi)++;
    m = read_digits(z, n, pi, 2);
    if (m < 0 || m > 59) return 0;
    t->hasOffset = 1;
    t->offsetMinutes = sign * (h * 60 + m);
  }
  return 1;
}

DateStatus date_time_parse(const char *z, int n, DateTime *t) {
  int i = 0, year, month, dom, possible;
  memset(t, 0, sizeof(*t));
  if (z == 0) return DATE_MALFORMED;
  while (i < n && is_space(z[i]))
    i++;
  while (n > i && is_space(z[n - 1]))
    n--;
  year = read_digits(z, n, &i, 4);
  if (year < 0 || i >= n || z[i] != '-') return DATE_MALFORMED;
  i++;
  month = read_digits(z, n, &i, 2);
  if (month < 0 || i >= n || z[i] != '-') return DATE_MALFORMED;
  i++;
  dom = read_digits(z, n, &i, 2);
  if (dom < 0) return DATE_MALFORMED;
  if (i < n) {
    if (z[i] != 'T' && z[i] != ' ') return DATE_MALFORMED;
    i++;
    if (!parse_time(z, n, &i, t) || i != n) return DATE_MALFORMED;
  }
  possible = month >= 1 && month <= 12 && dom >= 1 && dom <= date_days_in_month(year, month);
  if (!possible) return DATE_IMPOSSIBLE;
  t->day = date_from_ymd(year, month, dom);
  return DATE_OK;
}

/* The digit at z[i] as a number, or a value that makes any sum of them negative. */
#define DIGIT(z, i) ((unsigned)((z)[i] - '0') <= 9 ? (z)[i] - '0' : -100000)

/* Exactly 'YYYY-MM-DD', the form nearly every cell has: read without the general parser (a scan calls this
** once per row). 0 when it is not that form, so that date_time_parse decides. */
static int parse_plain_date(const char *z, int n, int *pYear, int *pMonth, int *pDom) {
  if (n != DATE_TEXT_LEN || z[4] != '-' || z[7] != '-') return 0;
  *pYear = DIGIT(z, 0) * 1000 + DIGIT(z, 1) * 100 + DIGIT(z, 2) * 10 + DIGIT(z, 3);
  *pMonth = DIGIT(z, 5) * 10 + DIGIT(z, 6);
  *pDom = DIGIT(z, 8) * 10 + DIGIT(z, 9);
  return *pYear >= 0 && *pMonth >= 0 && *pDom >= 0;
}

DateStatus date_parse(const char *z, int n, int *pDay) {
  DateTime t;
  DateStatus st;
  int year, month, dom;
  if (z && parse_plain_date(z, n, &year, &month, &dom)) {
    if (month < 1 || month > 12 || dom < 1 || dom > date_days_in_month(year, month)) return DATE_IMPOSSIBLE;
    *pDay = date_from_ymd(year, month, dom);
    return DATE_OK;
  }
  st = date_time_parse(z, n, &t);
  if (st == DATE_OK) *pDay = t.day;
  return st;
}

int date_parse_or(const char *z, int *pDay, int dflt) {
  int n;
  if (z == 0) {
    *pDay = dflt;
    return 1;
  }
  for (n = 0; z[n] && n <= DATE_TEXT_LEN; n++) {
  }
  return n == DATE_TEXT_LEN && date_parse(z, n, pDay) == DATE_OK;
}

/* "00" to "99": a date is written two digits at a time (a scan formats one per row). */
static const char azTwoDigits[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                  "4041424344454647484950515253545556575859606162636465666768697071727374757677787980"
                                  "81828384858687888990919293949596979899";

void date_format(int day, char *buf) {
  int y, m, d;
  date_to_ymd(day, &y, &m, &d);
  y = (unsigned)y % 10000u;
  memcpy(buf, &azTwoDigits[2 * (y / 100)], 2);
  memcpy(buf + 2, &azTwoDigits[2 * (y % 100)], 2);
  buf[4] = '-';
  memcpy(buf + 5, &azTwoDigits[2 * m], 2);
  buf[7] = '-';
  memcpy(buf + 8, &azTwoDigits[2 * d], 2);
  buf[10] = 0;
}
