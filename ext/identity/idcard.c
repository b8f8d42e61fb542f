/*
** Resident identity numbers (see idcard.h): parsing, the MOD 11-2 check character, the legacy form, ages.
**
** How it works: one pass over the bytes collects at most 18 characters (ASCII or full-width digits and X,
** inside optional white space) into a buffer; the birth date is checked with date.h; the check character is
** the weighted sum of GB 11643-1999. Nothing is allocated: analysts run this over millions of rows.
*/
#include "identity/idcard.h"
#include "util/date.h"
#include <string.h>

/* GB 11643-1999: the weights Wi = 2^(i-1) mod 11 of positions 1-17 (i counted from the right, the check
** character being i = 1), and the check character for each remainder of the weighted sum mod 11. */
static const unsigned char aWeight[IDCARD_LEN - 1] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
static const char aCheckChar[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

char idcard_check_char(const char *zBody) {
  int i, sum = 0;
  for (i = 0; i < IDCARD_LEN - 1; i++)
    sum += (zBody[i] - '0') * aWeight[i];
  return aCheckChar[sum % 11];
}

static int is_ascii_blank(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The length of a blank at u[i..n) (ASCII, U+00A0 C2 A0, U+3000 E3 80 80), or 0. */
static int blank_at(const unsigned char *u, int i, int n) {
  if (is_ascii_blank(u[i])) return 1;
  if (u[i] == 0xC2 && i + 1 < n && u[i + 1] == 0xA0) return 2;
  if (u[i] == 0xE3 && i + 2 < n && u[i + 1] == 0x80 && u[i + 2] == 0x80) return 3;
  return 0;
}

/* The same at the end of u[0..n): the length of a blank that ends at n, or 0. */
static int blank_before(const unsigned char *u, int n) {
  if (is_ascii_blank(u[n - 1])) return 1;
  if (n >= 2 && u[n - 2] == 0xC2 && u[n - 1] == 0xA0) return 2;
  if (n >= 3 && u[n - 3] == 0xE3 && u[n - 2] == 0x80 && u[n - 1] == 0x80) return 3;
  return 0;
}

/* Reads the characters of a number into buf (digits and 'X'); returns how many, or -1 if there is anything
** else or more than 18. Full-width forms: U+FF10-FF19 = EF BC 90-99, U+FF38 'Ｘ' = EF BC B8, U+FF58 'ｘ' = EF
** BD 98. */
static int read_chars(const unsigned char *u, int i, int n, char *buf) {
  int len = 0;
  while (i < n) {
    unsigned char c = u[i];
    char ch;
    if (c >= '0' && c <= '9') {
      ch = (char)c;
      i++;
    } else if (c == 'X' || c == 'x') {
      ch = 'X';
      i++;
    } else if (c == 0xEF && i + 2 < n && u[i + 1] == 0xBC && u[i + 2] >= 0x90 && u[i + 2] <= 0x99) {
      ch = (char)('0' + (u[i + 2] - 0x90));
      i += 3;
    } else if (c == 0xEF && i + 2 < n &&
               ((u[i + 1] == 0xBC && u[i + 2] == 0xB8) || (u[i + 1] == 0xBD && u[i + 2] == 0x98))) {
      ch = 'X';
      i += 3;
    } else {
      return -1;
    }
    if (len == IDCARD_LEN) return -1;
    buf[len++] = ch;
  }
  return len;
}

static int all_digits(const char *z, int n) {
  int i;
  for (i = 0; i < n; i++) {
    if (z[i] < '0' || z[i] > '9') return 0;
  }
  return 1;
}

static int digits_value(const char *z, int n) {
  int i, v = 0;
  for (i = 0; i < n; i++)
    v = v * 10 + (z[i] - '0');
  return v;
}

/* Checks the birth date YYYYMMDD at z and sets *pDay. */
static int birth_date(const char *z, int *pDay) {
  int year = digits_value(z, 4), month = digits_value(z + 4, 2), dom = digits_value(z + 6, 2);
  if (year < IDCARD_YEAR_MIN || month < 1 || month > 12 || dom < 1 || dom > date_days_in_month(year, month)) {
    return 0;
  }
  *pDay = date_from_ymd(year, month, dom);
  return 1;
}

/* The form nearly every cell has, 17 ASCII digits and a digit or X, copied at once into buf (x as X); 0 for
** anything else, which read_chars reads. */
static int read_plain(const unsigned char *u, int n, char *buf) {
  int i;
  if (n != IDCARD_LEN) return 0;
  for (i = 0; i < IDCARD_LEN - 1; i++) {
    if ((unsigned)(u[i] - '0') > 9) return 0;
  }
  if ((unsigned)(u[i] - '0') > 9 && u[i] != 'X' && u[i] != 'x') return 0;
  memcpy(buf, u, IDCARD_LEN);
  if (buf[i] == 'x') buf[i] = 'X';
  return 1;
}

IdStatus idcard_parse(const char *z, int n, IdCard *p) {
  const unsigned char *u = (const unsigned char *)z;
  char buf[IDCARD_LEN];
  int i = 0, len, k, plain;
  if (z == 0) return ID_MALFORMED;
  if ((plain = read_plain(u, n, buf)) != 0) {
    len = IDCARD_LEN;
  } else {
    while (i < n && (k = blank_at(u, i, n)) > 0)
      i += k;
    while (n > i && (k = blank_before(u, n)) > 0)
      n -= k;
    len = read_chars(u, i, n, buf);
  }
  if (len == IDCARD_LEN) {
    if (!plain && !all_digits(buf, IDCARD_LEN - 1)) return ID_MALFORMED;
    memcpy(p->zNumber, buf, IDCARD_LEN);
    p->legacy = 0;
  } else if (len == IDCARD_LEGACY_LEN) {
    if (!all_digits(buf, IDCARD_LEGACY_LEN)) return ID_MALFORMED;
    /* YYMMDD is 19YY. GB 11643-1989 is said to have reserved sequence codes 996-999 for people aged
    ** 100 or more (18YY); no primary source confirms it, so shebao reads every legacy number as 19YY. */
    memcpy(p->zNumber, buf, 6);
    memcpy(p->zNumber + 6, "19", 2);
    memcpy(p->zNumber + 8, buf + 6, 9);
    p->zNumber[IDCARD_LEN - 1] = idcard_check_char(p->zNumber);
    p->legacy = 1;
  } else {
    return ID_MALFORMED;
  }
  p->zNumber[IDCARD_LEN] = 0;
  if (!birth_date(p->zNumber + 6, &p->birthDay)) return ID_BAD_DATE;
  if (!p->legacy && p->zNumber[IDCARD_LEN - 1] != idcard_check_char(p->zNumber)) return ID_BAD_CHECK;
  p->prefix = digits_value(p->zNumber, 2);
  p->sex = (p->zNumber[16] - '0') % 2 ? 'M' : 'F';
  return ID_OK;
}

int idcard_age(int birthDay, int onDay) {
  int by, bm, bd, y, m, d, age;
  if (onDay < birthDay) return -1;
  date_to_ymd(birthDay, &by, &bm, &bd);
  date_to_ymd(onDay, &y, &m, &d);
  age = y - by;
  /* Not yet this year's birthday; for 02-29 in a common year, 02-28 is before it and 03-01 after it. */
  if (m < bm || (m == bm && d < bd)) age--;
  return age;
}
