/*
** Open addressing with linear probing and a word-at-a-time hash (see strmap.h). The table is kept at most
** half full, so a lookup touches one or two slots.
*/
#include "util/strmap.h"
#include <string.h>

struct StrMapSlot {
  const char *zKey; /* NULL: empty */
  int nKey;
  unsigned hash;
  int value;
};

/* Eight bytes at a time with a multiply-xorshift mix: keys are short (terms, names, codes), and this runs on
** every call of a lookup function. */
static unsigned strmap_hash(const char *z, int n) {
  unsigned long long h = 0x9E3779B97F4A7C15ULL ^ (unsigned long long)n, w;
  int i;
  while (n >= 8) {
    memcpy(&w, z, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 29;
    z += 8;
    n -= 8;
  }
  for (w = 0, i = 0; i < n; i++)
    w |= (unsigned long long)(unsigned char)z[i] << (8 * i);
  h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
  h ^= h >> 32;
  return (unsigned)h;
}

int strmap_init(StrMap *m, Arena *arena, int nKey) {
  unsigned cap = 16;
  while (cap < (unsigned)nKey * 2 + 2)
    cap <<= 1;
  m->aSlot = arena_alloc(arena, sizeof(StrMapSlot) * cap);
  if (m->aSlot == 0) return -1;
  m->mask = cap - 1;
  m->nUsed = 0;
  return 0;
}

int *strmap_slot(StrMap *m, const char *z, int n, int *pIsNew) {
  unsigned h = strmap_hash(z, n), i;
  for (i = h & m->mask;; i = (i + 1) & m->mask) {
    StrMapSlot *s = &m->aSlot[i];
    if (s->zKey == 0) {
      if ((unsigned)(m->nUsed + 1) * 2 > m->mask + 1) return 0;
      s->zKey = z;
      s->nKey = n;
      s->hash = h;
      s->value = -1;
      m->nUsed++;
      *pIsNew = 1;
      return &s->value;
    }
    if (s->hash == h && s->nKey == n && memcmp(s->zKey, z, (size_t)n) == 0) {
      *pIsNew = 0;
      return &s->value;
    }
  }
}

int strmap_get(const StrMap *m, const char *z, int n) {
  unsigned h = strmap_hash(z, n), i;
  if (m->aSlot == 0) return -1;
  for (i = h & m->mask;; i = (i + 1) & m->mask) {
    const StrMapSlot *s = &m->aSlot[i];
    if (s->zKey == 0) return -1;
    if (s->hash == h && s->nKey == n && memcmp(s->zKey, z, (size_t)n) == 0) return s->value;
  }
}
