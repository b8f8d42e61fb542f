/*
** Resident identity numbers (公民身份号码, GB 11643-1999): the format, the check character, the 15-digit
** legacy form and ages. Pure C, no SQLite and no policy data: which two-digit prefixes are known (the
** provinces) is data, checked by identity.c.
**
**   IdCard c;
**   idcard_parse("11010519491231002x", 18, &c) == ID_OK   c.zNumber "11010519491231002X", c.sex 'F',
**                                                         c.birthDay = 1949-12-31, c.prefix 11
**   idcard_parse("110105491231002", 15, &c)    == ID_OK   c.zNumber "11010519491231002X" (legacy form)
**   idcard_check_char("11010519491231002")     == 'X'
**   idcard_age(date_from_ymd(2000, 2, 29), date_from_ymd(2001, 3, 1)) == 1   (02-28 would still be 0)
**
** The number: 6-digit address code (GB/T 2260), birth date YYYYMMDD, 3-digit sequence (odd male, even
** female), check character ISO 7064 MOD 11-2 over the first 17 digits (weights 7 9 10 5 8 4 2 1 6 3 7 9 10
** 5 8 4 2; remainder 0-10 -> 1 0 X 9 8 7 6 5 4 3 2). The legacy 15-digit number (GB 11643-1989) has YYMMDD
** and no check character: the year is 19YY (the sequence codes 996-999 that secondary sources say marked
** centenarians are read as 19YY too: no primary source confirms the convention).
*/
#ifndef SHEBAO_IDCARD_H
#define SHEBAO_IDCARD_H

#define IDCARD_LEN 18
#define IDCARD_LEGACY_LEN 15
/* Birth years before this are no real birth date: the standard's own oldest example is 1880-01-01. */
#define IDCARD_YEAR_MIN 1800

/* What idcard_parse found, in the order it checks. */
typedef enum IdStatus {
  ID_OK = 0,
  ID_MALFORMED = 1, /* not 18 characters (17 digits and a digit or X) or 15 digits, after trimming */
  ID_BAD_DATE = 2,  /* the birth date is no calendar date, or before IDCARD_YEAR_MIN */
  ID_BAD_CHECK = 3  /* the check character is not the one the first 17 digits give */
} IdStatus;

typedef struct IdCard {
  char zNumber[IDCARD_LEN + 1]; /* the 18-character form, upper-case X, NUL-terminated */
  int birthDay;                 /* days since 1970-01-01 (date.h) */
  int prefix;                   /* the first two digits: the province-level code, 0-99 */
  char sex;                     /* 'M' or 'F' */
  int legacy;                   /* 1 if it was written in the 15-digit form */
} IdCard;

/* Parses z[0..n). Surrounding white space is trimmed (ASCII, U+3000, U+00A0); full-width digits and X
** (U+FF10-U+FF19, U+FF38, U+FF58) read as ASCII; 'x' is accepted for 'X'. Nothing else is: no inner spaces or
** separators. On ID_OK fills *p; otherwise *p is unspecified. The province prefix is not checked here. */
IdStatus idcard_parse(const char *z, int n, IdCard *p);

/* The check character ('0'-'9' or 'X') of the first 17 characters of zBody, which must be digits. */
char idcard_check_char(const char *zBody);

/* Age in whole years on onDay of someone born on birthDay (days since 1970-01-01); -1 if onDay is before
** birthDay. A birthday on 02-29 turns over on 03-01 in common years. */
int idcard_age(int birthDay, int onDay);

#endif
