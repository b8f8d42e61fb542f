/*
** Normalisation of user-typed terms and names (see text.h).
*/
#include "util/text.h"
#include <string.h>

/* Decodes one UTF-8 character at z[*pi]; returns the code point or -1 if malformed. */
static int utf8_next(const unsigned char *z, int n, int *pi) {
  int i = *pi, c = z[i], need, cp, k;
  if (c < 0x80) {
    *pi = i + 1;
    return c;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    cp = c & 0x07;
  } else {
    return -1;
  }
  for (k = 1; k <= need; k++) {
    if (i + k >= n || (z[i + k] & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (z[i + k] & 0x3F);
  }
  if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return -1;
  }
  *pi = i + need + 1;
  return cp;
}

int text_is_utf8(const char *z, int n) {
  int i = 0;
  while (i < n) {
    if (utf8_next((const unsigned char *)z, n, &i) < 0) return 0;
  }
  return 1;
}

static int is_blank(int cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0x3000 ||
         cp == 0xA0;
}

int text_is_blank(const char *z, int n) {
  const unsigned char *u = (const unsigned char *)z;
  int i = 0;
  while (i < n) {
    int cp = utf8_next(u, n, &i);
    if (cp < 0 || !is_blank(cp)) return 0;
  }
  return 1;
}

int text_normalize(const char *z, int n, char *out) {
  const unsigned char *u = (const unsigned char *)z;
  int i = 0, len = 0, pendingSpace = 0;
  while (i < n) {
    int start = i;
    int cp = utf8_next(u, n, &i);
    if (cp < 0) return -1;
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0; /* full-width ASCII form */
    if (is_blank(cp) || cp == '-' || cp == '_') {
      pendingSpace = len > 0;
      continue;
    }
    if (pendingSpace) {
      if (len + 1 >= TEXT_KEY_MAX) return -1;
      out[len++] = ' ';
      pendingSpace = 0;
    }
    if (cp < 0x80) {
      if (len + 1 >= TEXT_KEY_MAX) return -1;
      out[len++] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    } else {
      int k, nByte = i - start;
      if (len + nByte >= TEXT_KEY_MAX) return -1;
      for (k = 0; k < nByte; k++)
        out[len++] = (char)u[start + k];
    }
  }
  out[len] = 0;
  return len;
}

int text_all_digits(const char *z, int n, int nDigitMax, int *pValue) {
  int i, v = 0;
  if (n < 1 || n > nDigitMax) return 0;
  for (i = 0; i < n; i++) {
    if (z[i] < '0' || z[i] > '9') return 0;
    v = v * 10 + (z[i] - '0');
  }
  *pValue = v;
  return 1;
}

void text_quote(char *buf, int nBuf, const char *z, int n) {
  static const char hex[] = "0123456789abcdef";
  const unsigned char *u = (const unsigned char *)z;
  int i = 0, o = 0, nChar = 0;
  if (nBuf < 16) {
    if (nBuf > 0) buf[0] = 0;
    return;
  }
  buf[o++] = '\'';
  while (i < n && o < nBuf - 12) {
    int len = 1;
    unsigned char c = u[i];
    if (nChar == TEXT_QUOTE_CHARS) {
      memcpy(buf + o, "\xE2\x80\xA6", 3); /* ... */
      o += 3;
      break;
    }
    if (c >= 0x80) {
      len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (i + len > n || !text_is_utf8(z + i, len) || o + len >= nBuf - 12) len = 0;
    }
    if (len == 0 || c < 0x20 || c == 0x7F) {
      buf[o++] = '\\';
      buf[o++] = 'x';
      buf[o++] = hex[c >> 4];
      buf[o++] = hex[c & 15];
      i++;
    } else {
      if (c == '\'') buf[o++] = '\'';
      memcpy(buf + o, z + i, (size_t)len);
      o += len;
      i += len;
    }
    nChar++;
  }
  buf[o++] = '\'';
  buf[o] = 0;
}
