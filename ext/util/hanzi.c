/*
** Traditional -> simplified Chinese (see hanzi.h): binary searches over two sorted tables generated at build
** time from the committed output of tools/hanzi (build/gen/hanzi_tables.h, tools/embed-hanzi.sh).
*/
#include "util/hanzi.h"
#include <string.h>

typedef struct HanziPair {
  const char *zTraditional;
  const char *zSimplified;
} HanziPair;

#include "hanzi_tables.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))
#define PHRASE_MAX_CHARS 12 /* longer than any phrase of the tables (tests/unit/test_hanzi.c checks) */

/* Byte order of z[0..n) against the NUL-terminated e. */
static int compare(const char *z, int n, const char *e) {
  int ne = (int)strlen(e), c = memcmp(z, e, (size_t)(n < ne ? n : ne));
  return c ? c : n - ne;
}

/* The entry of a sorted table whose traditional form is exactly z[0..n), or NULL. */
static const HanziPair *find(const HanziPair *a, int nEntry, const char *z, int n) {
  int lo = 0, hi = nEntry - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2, c = compare(z, n, a[mid].zTraditional);
    if (c == 0) return &a[mid];
    if (c < 0)
      hi = mid - 1;
    else
      lo = mid + 1;
  }
  return 0;
}

/* The length of the UTF-8 character at z (at most n bytes); 1 for a byte that starts none. */
static int char_length(const unsigned char *z, int n) {
  int len = z[0] < 0x80 ? 1 : z[0] >= 0xF0 ? 4 : z[0] >= 0xE0 ? 3 : z[0] >= 0xC0 ? 2 : 1;
  int i;
  if (len > n) return 1;
  for (i = 1; i < len; i++) {
    if ((z[i] & 0xC0) != 0x80) return 1;
  }
  return len;
}

/* The longest phrase that starts at z (two characters or more), or NULL; its length in *pLen. */
static const HanziPair *longest_phrase(const char *z, int n, int *pLen) {
  int ends[PHRASE_MAX_CHARS + 1], nChar = 0, len = 0;
  while (len < n && nChar < PHRASE_MAX_CHARS) {
    len += char_length((const unsigned char *)z + len, n - len);
    ends[++nChar] = len;
  }
  for (; nChar >= 2; nChar--) {
    const HanziPair *e = find(hanzi_phrases, COUNT(hanzi_phrases), z, ends[nChar]);
    if (e) {
      *pLen = ends[nChar];
      return e;
    }
  }
  return 0;
}

int hanzi_to_simplified(const char *z, int n, char *out, int nOut) {
  int i = 0, len = 0;
  while (i < n) {
    const HanziPair *e = 0;
    int nIn = char_length((const unsigned char *)z + i, n - i);
    const char *zPut = z + i;
    int nPut = nIn;
    if (nIn > 1) {
      e = longest_phrase(z + i, n - i, &nIn);
      if (e == 0) e = find(hanzi_characters, COUNT(hanzi_characters), z + i, nIn);
      if (e) {
        zPut = e->zSimplified;
        nPut = (int)strlen(zPut);
      }
    }
    if (len + nPut >= nOut) return -1;
    memcpy(out + len, zPut, (size_t)nPut);
    len += nPut;
    i += nIn;
  }
  if (len >= nOut) return -1;
  out[len] = 0;
  return len;
}

int hanzi_character_count(void) {
  return COUNT(hanzi_characters);
}

int hanzi_phrase_count(void) {
  return COUNT(hanzi_phrases);
}

const char *hanzi_character(int i, const char **pzSimplified) {
  *pzSimplified = hanzi_characters[i].zSimplified;
  return hanzi_characters[i].zTraditional;
}

const char *hanzi_phrase(int i, const char **pzSimplified) {
  *pzSimplified = hanzi_phrases[i].zSimplified;
  return hanzi_phrases[i].zTraditional;
}
