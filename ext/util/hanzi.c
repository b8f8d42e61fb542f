/*
** Traditional -> simplified Chinese (see hanzi.h): binary searches over two sorted tables generated at build
** time from the committed output of tools/hanzi (build/gen/hanzi_tables.h, tools/embed-hanzi.sh).
*/
#include "util/hanzi.h"
#include <string.h>

typedef struct HanziPair {
  const char *zTraditional;
  const char *zSimplified;
  unsigned char nTraditional, nSimplified; /* bytes */
} HanziPair;

#include "hanzi_tables.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Byte order of z[0..n) against an entry's traditional form. */
static int compare(const char *z, int n, const HanziPair *e) {
  int ne = e->nTraditional, c = memcmp(z, e->zTraditional, (size_t)(n < ne ? n : ne));
  return c ? c : n - ne;
}

/* The entry of a sorted table whose traditional form is exactly z[0..n), or NULL. */
static const HanziPair *find(const HanziPair *a, int nEntry, const char *z, int n) {
  int lo = 0, hi = nEntry - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2, c = compare(z, n, &a[mid]);
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

/* The longest phrase that starts at z (its first character nFirst bytes long), or NULL; its length in *pLen.
** The phrases that start with one character are neighbours in byte order: one binary search finds the first,
** and the few after it are compared. */
static const HanziPair *longest_phrase(const char *z, int n, int nFirst, int *pLen) {
  const HanziPair *best = 0;
  int lo = 0, hi = COUNT(hanzi_phrases), nBest = 0;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (compare(z, nFirst, &hanzi_phrases[mid]) > 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (; lo < COUNT(hanzi_phrases) && strncmp(hanzi_phrases[lo].zTraditional, z, (size_t)nFirst) == 0; lo++) {
    const char *e = hanzi_phrases[lo].zTraditional;
    int ne = hanzi_phrases[lo].nTraditional;
    if (ne <= n && ne > nBest && memcmp(e, z, (size_t)ne) == 0) {
      best = &hanzi_phrases[lo];
      nBest = ne;
    }
  }
  *pLen = nBest;
  return best;
}

int hanzi_to_simplified(const char *z, int n, char *out, int nOut) {
  int i = 0, len = 0;
  while (i < n) {
    const HanziPair *e = 0;
    int nIn = char_length((const unsigned char *)z + i, n - i);
    const char *zPut = z + i;
    int nPut = nIn;
    if (nIn > 1) {
      int nPhrase;
      e = longest_phrase(z + i, n - i, nIn, &nPhrase);
      if (e)
        nIn = nPhrase;
      else
        e = find(hanzi_characters, COUNT(hanzi_characters), z + i, nIn);
      if (e) {
        zPut = e->zSimplified;
        nPut = e->nSimplified;
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
