/*
** A UTF-8 check for the tests, written independently of ext/util/text.c: an error message must never carry the
** raw bytes of bad input.
*/
#ifndef SHEBAO_TEST_UTF8_H
#define SHEBAO_TEST_UTF8_H

/* 1 if z[0..n) is valid UTF-8. */
static inline int test_valid_utf8(const unsigned char *z, int n) {
  int i = 0;
  while (i < n) {
    int len = z[i] < 0x80             ? 1
              : (z[i] & 0xE0) == 0xC0 ? 2
              : (z[i] & 0xF0) == 0xE0 ? 3
              : (z[i] & 0xF8) == 0xF0 ? 4
                                      : 0;
    int k;
    if (len == 0 || i + len > n || (len == 2 && z[i] < 0xC2)) return 0;
    for (k = 1; k < len; k++) {
      if ((z[i + k] & 0xC0) != 0x80) return 0;
    }
    i += len;
  }
  return 1;
}

#endif
