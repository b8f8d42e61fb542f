/*
** Pinyin keys (see pinyin.h).
*/
#include "util/pinyin.h"

/* The vowels with tone marks (and ü), lower and upper case, by code point: the letter of the key. */
static const struct {
  unsigned cp;
  char letter;
} aToneVowel[] = {
    {0x00C0, 'a'}, {0x00C1, 'a'}, {0x00C8, 'e'}, {0x00C9, 'e'}, {0x00CC, 'i'}, {0x00CD, 'i'}, {0x00D2, 'o'},
    {0x00D3, 'o'}, {0x00D9, 'u'}, {0x00DA, 'u'}, {0x00DC, 'v'}, {0x00E0, 'a'}, {0x00E1, 'a'}, {0x00E8, 'e'},
    {0x00E9, 'e'}, {0x00EC, 'i'}, {0x00ED, 'i'}, {0x00F2, 'o'}, {0x00F3, 'o'}, {0x00F9, 'u'}, {0x00FA, 'u'},
    {0x00FC, 'v'}, {0x0100, 'a'}, {0x0101, 'a'}, {0x0112, 'e'}, {0x0113, 'e'}, {0x011A, 'e'}, {0x011B, 'e'},
    {0x012A, 'i'}, {0x012B, 'i'}, {0x014C, 'o'}, {0x014D, 'o'}, {0x016A, 'u'}, {0x016B, 'u'}, {0x01CD, 'a'},
    {0x01CE, 'a'}, {0x01CF, 'i'}, {0x01D0, 'i'}, {0x01D1, 'o'}, {0x01D2, 'o'}, {0x01D3, 'u'}, {0x01D4, 'u'},
    {0x01D5, 'v'}, {0x01D6, 'v'}, {0x01D7, 'v'}, {0x01D8, 'v'}, {0x01D9, 'v'}, {0x01DA, 'v'}, {0x01DB, 'v'},
    {0x01DC, 'v'},
};

/* The code point of the two-byte UTF-8 character at z (n bytes left), or 0. Tone vowels all take two. */
static unsigned two_byte_char(const unsigned char *z, int n) {
  if (n < 2 || (z[0] & 0xE0) != 0xC0 || (z[1] & 0xC0) != 0x80) return 0;
  return ((unsigned)(z[0] & 0x1F) << 6) | (z[1] & 0x3F);
}

static char tone_vowel(unsigned cp) {
  int lo = 0, hi = (int)(sizeof(aToneVowel) / sizeof(aToneVowel[0])) - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (aToneVowel[mid].cp == cp) return aToneVowel[mid].letter;
    if (aToneVowel[mid].cp < cp)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return 0;
}

/* The right single quotation mark U+2019, which phones type for an apostrophe (xi’an). */
static int is_curly_apostrophe(const unsigned char *z, int n) {
  return n >= 3 && z[0] == 0xE2 && z[1] == 0x80 && z[2] == 0x99;
}

int pinyin_key(const char *zIn, int n, char *out, int nOut) {
  const unsigned char *z = (const unsigned char *)zIn;
  int i = 0, len = 0;
  while (i < n) {
    char letter = 0;
    unsigned char c = z[i];
    if (c >= 'A' && c <= 'Z') {
      letter = (char)(c - 'A' + 'a');
    } else if (c >= 'a' && c <= 'z') {
      letter = (char)c;
    } else if (c == ' ' || c == '\'' || c == '-' || (c >= '1' && c <= '5' && len > 0)) {
      i++;
      continue;
    } else if (is_curly_apostrophe(z + i, n - i)) {
      i += 3;
      continue;
    } else if ((letter = tone_vowel(two_byte_char(z + i, n - i))) != 0) {
      i++; /* the second byte below */
    } else {
      return 0;
    }
    if (len + 1 >= nOut) return 0;
    out[len++] = letter;
    i++;
  }
  if (len == 0) return 0;
  out[len] = 0;
  return len;
}
