/*
** A fixed-capacity open-addressing hash map from byte strings to ints, for the policy index's lookups
** (terms, names, codes, source ids). Keys are not copied: they must outlive the map (the index's arena or
** the embedded default data). The capacity is set once, from the number of keys the builder will add.
**
** The keys come from database files, which a stranger may have written: each map hashes with its own random
** key (SipHash-1-3), so that no file can be made of keys that collide and turn every build quadratic.
*/
#ifndef SHEBAO_STRMAP_H
#define SHEBAO_STRMAP_H
#include "util/arena.h"

typedef struct StrMapSlot StrMapSlot;
typedef struct StrMap {
  StrMapSlot *aSlot;
  unsigned mask;
  int nUsed;
  int nMaxProbe;             /* the longest probe an insert made: how far the map is from one slot each */
  unsigned long long k0, k1; /* the map's hash key, random */
} StrMap;

/* Room for nKey keys, and a new random hash key. Returns 0, or -1 when out of memory. */
int strmap_init(StrMap *m, Arena *arena, int nKey);
/* The value slot for the key, created (holding -1) if absent; *pIsNew says which. NULL when full. */
int *strmap_slot(StrMap *m, const char *z, int n, int *pIsNew);
/* The value for the key, or -1 when absent. */
int strmap_get(const StrMap *m, const char *z, int n);

#endif
