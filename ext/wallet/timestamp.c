/*
** Timestamps of the wallet: ISO 8601 text, China time unless it carries an offset, read by util/date.c like every
** date of shebao.
**
**   '2025-03-01 22:00:00'        -> 22:00:00 China time (night)
**   '2025-03-01T14:00:00Z'       -> 22:00:00 China time
**   '2025-03-01 23:30:00-01:00'  -> 2025-03-02 08:30:00 China time
*/
#include "wallet/wallet.h"
#include "util/date.h"

#define CHINA_OFFSET_MINUTES (8 * 60)

TimeStatus wallet_time_parse(const char *z, int n, WalletTime *pt) {
  DateTime t;
  DateStatus st = date_time_parse(z, n, &t);
  if (st == DATE_MALFORMED || !t.hasTime) return TIME_MALFORMED; /* the rules need the time of day */
  if (st == DATE_IMPOSSIBLE) return TIME_IMPOSSIBLE;
  if (!t.hasOffset) t.offsetMinutes = CHINA_OFFSET_MINUTES;
  *pt = t.day * WALLET_MS_PER_DAY + t.ms + (CHINA_OFFSET_MINUTES - t.offsetMinutes) * 60000LL;
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
