/*
** Open addressing with linear probing (see strmap.h). The table is kept at most half full, so a lookup
** touches one or two slots, as long as the hash spreads the keys: SipHash-1-3 with a key drawn for each map
** from SQLite's random source. Keys are short (terms, names, codes), and the hash runs on every call of a
** lookup function, so the hash is the fast variant with one compression round.
*/
#include "sqlite3ext.h" /* sqlite3_randomness: the maps' keys */
SQLITE_EXTENSION_INIT3
#include "util/strmap.h"
#include <string.h>

struct StrMapSlot {
  const char *zKey; /* NULL: empty */
  int nKey;
  unsigned hash;
  int value;
};

#define ROTL(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND(v0, v1, v2, v3)                                                                             \
  do {                                                                                                       \
    v0 += v1;                                                                                                \
    v1 = ROTL(v1, 13);                                                                                       \
    v1 ^= v0;                                                                                                \
    v0 = ROTL(v0, 32);                                                                                       \
    v2 += v3;                                                                                                \
    v3 = ROTL(v3, 16);                                                                                       \
    v3 ^= v2;                                                                                                \
    v0 += v3;                                                                                                \
    v3 = ROTL(v3, 21);                                                                                       \
    v3 ^= v0;                                                                                                \
    v2 += v1;                                                                                                \
    v1 = ROTL(v1, 17);                                                                                       \
    v1 ^= v2;                                                                                                \
    v2 = ROTL(v2, 32);                                                                                       \
  } while (0)

/* SipHash-1-3 of z[0..n) under the map's key, folded to 32 bits. */
static unsigned strmap_hash(const StrMap *m, const char *z, int n) {
  unsigned long long v0 = m->k0 ^ 0x736f6d6570736575ULL, v1 = m->k1 ^ 0x646f72616e646f6dULL;
  unsigned long long v2 = m->k0 ^ 0x6c7967656e657261ULL, v3 = m->k1 ^ 0x7465646279746573ULL;
  unsigned long long w, last = (unsigned long long)(unsigned)n << 56;
  int i, left = n;
  for (; left >= 8; z += 8, left -= 8) {
    memcpy(&w, z, 8); /* little-endian order is not needed: the hash only has to spread */
    v3 ^= w;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= w;
  }
  for (i = 0; i < left; i++)
    last |= (unsigned long long)(unsigned char)z[i] << (8 * i);
  v3 ^= last;
  SIPROUND(v0, v1, v2, v3);
  v0 ^= last;
  v2 ^= 0xff;
  SIPROUND(v0, v1, v2, v3);
  SIPROUND(v0, v1, v2, v3);
  SIPROUND(v0, v1, v2, v3);
  w = v0 ^ v1 ^ v2 ^ v3;
  return (unsigned)(w ^ (w >> 32));
}

int strmap_init(StrMap *m, Arena *arena, int nKey) {
  unsigned cap = 16;
  unsigned long long aKey[2];
  while (cap < (unsigned)nKey * 2 + 2)
    cap <<= 1;
  m->aSlot = arena_alloc(arena, sizeof(StrMapSlot) * cap);
  if (m->aSlot == 0) return -1;
  m->mask = cap - 1;
  m->nUsed = 0;
  m->nMaxProbe = 0;
  sqlite3_randomness((int)sizeof(aKey), aKey);
  m->k0 = aKey[0];
  m->k1 = aKey[1];
  return 0;
}

int *strmap_slot(StrMap *m, const char *z, int n, int *pIsNew) {
  unsigned h = strmap_hash(m, z, n), i;
  int nProbe = 0;
  for (i = h & m->mask;; i = (i + 1) & m->mask, nProbe++) {
    StrMapSlot *s = &m->aSlot[i];
    if (s->zKey == 0) {
      if ((unsigned)(m->nUsed + 1) * 2 > m->mask + 1) return 0;
      s->zKey = z;
      s->nKey = n;
      s->hash = h;
      s->value = -1;
      m->nUsed++;
      if (nProbe > m->nMaxProbe) m->nMaxProbe = nProbe;
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
  unsigned h, i;
  if (m->aSlot == 0) return -1;
  h = strmap_hash(m, z, n);
  for (i = h & m->mask;; i = (i + 1) & m->mask) {
    const StrMapSlot *s = &m->aSlot[i];
    if (s->zKey == 0) return -1;
    if (s->hash == h && s->nKey == n && memcmp(s->zKey, z, (size_t)n) == 0) return s->value;
  }
}
