/*
** Bump allocation in blocks obtained from sqlite3_malloc64 (see arena.h).
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "util/arena.h"
#include <string.h>

#define ARENA_BLOCK_SIZE (32 * 1024)

struct ArenaBlock {
  ArenaBlock *pNext;
  size_t nUsed, nSize;
  /* data follows, 8-byte aligned by the struct's own size */
};

void *arena_alloc(Arena *p, size_t n) {
  ArenaBlock *b = p->pHead;
  size_t need = (n + 7) & ~(size_t)7;
  char *pData;
  if (b == 0 || b->nSize - b->nUsed < need) {
    size_t nSize = need > ARENA_BLOCK_SIZE ? need : ARENA_BLOCK_SIZE;
    b = sqlite3_malloc64(sizeof(ArenaBlock) + nSize);
    if (b == 0) return 0;
    b->nUsed = 0;
    b->nSize = nSize;
    b->pNext = p->pHead;
    p->pHead = b;
  }
  pData = (char *)(b + 1) + b->nUsed;
  b->nUsed += need;
  memset(pData, 0, need);
  return pData;
}

char *arena_strndup(Arena *p, const char *z, size_t n) {
  char *s = arena_alloc(p, n + 1);
  if (s) {
    memcpy(s, z, n);
    s[n] = 0;
  }
  return s;
}

void arena_free(Arena *p) {
  ArenaBlock *b = p->pHead;
  while (b) {
    ArenaBlock *pNext = b->pNext;
    sqlite3_free(b);
    b = pNext;
  }
  p->pHead = 0;
}
