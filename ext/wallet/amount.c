/*
** Amounts of the wallet: yuan with fen precision, held as whole fen so that 2000.00 and 2000.01 compare
** exactly with the limit.
**
**   '2000.00' -> 200000    2000.01 (REAL) -> 200001    '2000.001' -> AMOUNT_SUB_FEN
**   '2,000', '¥2000', '2e3', 'NaN' -> AMOUNT_MALFORMED
*/
#include "wallet/wallet.h"

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Adds a digit to a magnitude in fen, saturating at WALLET_AMOUNT_HUGE. */
static long long push_digit(long long v, int d) {
  return v >= WALLET_AMOUNT_HUGE / 10 ? WALLET_AMOUNT_HUGE : v * 10 + d;
}

AmountStatus wallet_amount_text(const char *z, int n, long long *pFen) {
  int i = 0, sign = 1, nInt = 0, nFrac = 0;
  long long v = 0;
  while (i < n && is_space(z[i]))
    i++;
  while (n > i && is_space(z[n - 1]))
    n--;
  if (i < n && (z[i] == '+' || z[i] == '-')) sign = z[i++] == '-' ? -1 : 1;
  for (; i < n && z[i] >= '0' && z[i] <= '9'; i++, nInt++)
    v = push_digit(v, z[i] - '0');
  if (nInt == 0) return AMOUNT_MALFORMED;
  if (i < n && z[i] == '.') {
    for (i++; i < n && z[i] >= '0' && z[i] <= '9'; i++, nFrac++) {
      if (nFrac >= 2 && z[i] != '0') return AMOUNT_SUB_FEN;
      if (nFrac < 2) v = push_digit(v, z[i] - '0');
    }
  }
  if (i != n) return AMOUNT_MALFORMED;
  for (; nFrac < 2; nFrac++)
    v = push_digit(v, 0);
  *pFen = sign * v;
  return AMOUNT_OK;
}

static double magnitude(double x) {
  return x < 0 ? -x : x;
}

/* No libm: the loadable links against nothing but what SQLite needs. */
AmountStatus wallet_amount_real(double x, long long *pFen) {
  double fen = x * 100.0;
  long long whole;
  if (x != x || x - x != 0) return AMOUNT_NOT_FINITE; /* NaN, or an infinity */
  if (magnitude(fen) >= (double)WALLET_AMOUNT_HUGE) {
    *pFen = x < 0 ? -WALLET_AMOUNT_HUGE : WALLET_AMOUNT_HUGE;
    return AMOUNT_OK;
  }
  /* 2000.01 is 200000.99999999997 fen as a double: a whole fen, give or take the rounding of the REAL. */
  whole = (long long)(fen < 0 ? fen - 0.5 : fen + 0.5);
  if (magnitude(fen - (double)whole) > 1e-6 + 1e-9 * magnitude(fen)) return AMOUNT_SUB_FEN;
  *pFen = whole;
  return AMOUNT_OK;
}

long long wallet_amount_integer(long long yuan) {
  if (yuan >= WALLET_AMOUNT_HUGE / 100) return WALLET_AMOUNT_HUGE;
  if (yuan <= -WALLET_AMOUNT_HUGE / 100) return -WALLET_AMOUNT_HUGE;
  return yuan * 100;
}
