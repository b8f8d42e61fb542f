/*
** Open addressing with linear probing and FNV-1a hashes (see strmap.h). The table is kept at most half full,
** so a lookup touches one or two slots.
*/
#include "strmap.h"
#include <string.h>

struct StrMapSlot {
  const char *zKey; /* NULL: empty */
  int nKey;
  unsigned hash;
  int value;
};

static unsigned strmap_hash(const char *z, int n) {
  unsigned h = 2166136261u;
  int i;
  for (i = 0; i < n; i++) {
    h ^= (unsigned char)z[i];
    h *= 16777619u;
  }
  return h;
}

int strmap_init(StrMap *m, Arena *arena, int nKey) {
  unsigned cap = 16;
  while (cap < (unsigned)nKey * 2 + 2) cap <<= 1;
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
