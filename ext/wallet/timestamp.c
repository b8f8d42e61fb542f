/*
** Timestamps of the wallet: ISO 8601 text, China time unless it carries an offset.
**
**   '2025-03-01 22:00:00'        -> 22:00:00 China time (night)
**   '2025-03-01T14:00:00Z'       -> 22:00:00 China time
**   '2025-03-01 23:30:00-01:00'  -> 2025-03-02 08:30:00 China time
**
** The date part is read by util/date.c, so that a date means the same here as everywhere in shebao.
*/
#include "wallet/wallet.h"
#include "util/date.h"

#define MS_PER_HOUR 3600000LL
#define CHINA_OFFSET_MS (8 * MS_PER_HOUR)

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* nDigit ASCII digits at z[*pi] as a number, or -1. */
static int digits(const char *z, int n, int *pi, int nDigit) {
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

/* HH:MM[:SS[.fff...]] at z[*pi], as milliseconds: -1 malformed, -2 out of range. */
static long long time_of_day(const char *z, int n, int *pi) {
  int h = digits(z, n, pi, 2), m = -1, s = 0, ms = 0, scale = 100;
  if (h < 0 || *pi >= n || z[*pi] != ':') return -1;
  (*pi)++;
  if ((m = digits(z, n, pi, 2)) < 0) return -1;
  if (*pi < n && z[*pi] == ':') {
    (*pi)++;
    if ((s = digits(z, n, pi, 2)) < 0) return -1;
    if (*pi < n && z[*pi] == '.') {
      int start = ++(*pi);
      for (; *pi < n && z[*pi] >= '0' && z[*pi] <= '9'; (*pi)++, scale /= 10)
        ms += scale * (z[*pi] - '0'); /* digits past the millisecond add 0 */
      if (*pi == start) return -1;
    }
  }
  if (h > 23 || m > 59 || s > 59) return -2;
  return ((h * 60LL + m) * 60 + s) * 1000 + ms;
}

/* The offset at z[*pi] ('Z', +HH:MM, -HH:MM, +HHMM, or nothing: China's), in milliseconds: -1 malformed. */
static long long offset(const char *z, int n, int *pi, int *pOk) {
  int sign, h, m;
  *pOk = 1;
  if (*pi == n) return CHINA_OFFSET_MS;
  if (z[*pi] == 'Z' || z[*pi] == 'z') {
    (*pi)++;
    return 0;
  }
  if (z[*pi] != '+' && z[*pi] != '-') return *pOk = 0;
  sign = z[(*pi)++] == '-' ? -1 : 1;
  h = digits(z, n, pi, 2);
  if (*pi < n && z[*pi] == ':') (*pi)++;
  m = digits(z, n, pi, 2);
  if (h < 0 || m < 0 || h > 14 || m > 59) return *pOk = 0;
  return sign * ((h * 60LL + m) * 60000);
}

TimeStatus wallet_time_parse(const char *z, int n, WalletTime *pt) {
  int i = 0, day, ok;
  long long ms, off;
  DateStatus st;
  if (z == 0) return TIME_MALFORMED;
  while (i < n && is_space(z[i]))
    i++;
  while (n > i && is_space(z[n - 1]))
    n--;
  if (n - i < 16 || (z[i + 10] != ' ' && z[i + 10] != 'T')) return TIME_MALFORMED;
  st = date_parse(z + i, 10, &day);
  if (st == DATE_MALFORMED) return TIME_MALFORMED;
  i += 11;
  ms = time_of_day(z, n, &i);
  if (ms == -1) return TIME_MALFORMED;
  off = offset(z, n, &i, &ok);
  if (!ok || i != n) return TIME_MALFORMED;
  if (st == DATE_IMPOSSIBLE || ms < 0) return TIME_IMPOSSIBLE;
  *pt = day * WALLET_MS_PER_DAY + ms - off + CHINA_OFFSET_MS;
  return TIME_OK;
}

int wallet_time_day(WalletTime t) {
  return (int)(t >= 0 ? t / WALLET_MS_PER_DAY : -((-t + WALLET_MS_PER_DAY - 1) / WALLET_MS_PER_DAY));
}

int wallet_time_of_day(WalletTime t) {
  return (int)(t - wallet_time_day(t) * WALLET_MS_PER_DAY);
}

WalletTime wallet_time_at(int day, int ms) {
  return day * WALLET_MS_PER_DAY + ms;
}

void wallet_time_format(WalletTime t, char *buf) {
  int s = wallet_time_of_day(t) / 1000;
  date_format(wallet_time_day(t), buf);
  buf[10] = ' ';
  buf[11] = (char)('0' + s / 36000);
  buf[12] = (char)('0' + s / 3600 % 10);
  buf[13] = ':';
  buf[14] = (char)('0' + s / 600 % 6);
  buf[15] = (char)('0' + s / 60 % 10);
  buf[16] = ':';
  buf[17] = (char)('0' + s % 60 / 10);
  buf[18] = (char)('0' + s % 10);
  buf[19] = 0;
}
