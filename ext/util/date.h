/*
** Calendar dates for shebao: one parser and one formatter for ISO 8601 dates, used by every function that
** takes or returns a date, and the proleptic Gregorian arithmetic the rules need.
**
** A date is an int: days since 1970-01-01 (negative before). Years 0000-9999 are representable.
*/
#ifndef SHEBAO_DATE_H
#define SHEBAO_DATE_H

#define DATE_TEXT_LEN 10 /* "YYYY-MM-DD" */

/* What date_parse found. */
typedef enum { DATE_OK = 1, DATE_MALFORMED = 0, DATE_IMPOSSIBLE = -1 } DateStatus;

/* Parses 'YYYY-MM-DD', optionally followed by a time ('T' or ' ', HH:MM[:SS[.fff]], an optional 'Z' or
** +HH:MM / -HH:MM) of which only the date is used. Leading and trailing spaces are allowed. Sets *pDay and
** returns DATE_OK for a real calendar date; DATE_IMPOSSIBLE for a well-formed date that does not exist
** (2021-02-31, 2023-02-29, 2024-13-01); DATE_MALFORMED for anything else ('2024-1-5', '', '2024-01-01 25:00':
** the time part is checked too). */
DateStatus date_parse(const char *z, int n, int *pDay);

/* A date with its time, as date_parse reads it: the day; the time of day in milliseconds (digits past the
** millisecond dropped) and whether there was one; the offset in minutes and whether there was one ('Z': 0). */
typedef struct DateTime {
  int day;
  int hasTime, ms;
  int hasOffset, offsetMinutes;
} DateTime;
DateStatus date_time_parse(const char *z, int n, DateTime *t);

/* A date cell of policy data: exactly 'YYYY-MM-DD', or NULL meaning dflt. Returns 1 and sets *pDay, or 0. */
int date_parse_or(const char *z, int *pDay, int dflt);

/* Writes 'YYYY-MM-DD' and a terminating NUL into buf (at least DATE_TEXT_LEN+1 bytes). */
void date_format(int day, char *buf);

int date_is_leap(int year);
int date_days_in_month(int year, int month); /* month 1-12 */
int date_from_ymd(int year, int month, int dayOfMonth);
void date_to_ymd(int day, int *pYear, int *pMonth, int *pDayOfMonth);

#endif
