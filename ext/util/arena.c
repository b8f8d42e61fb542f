/*
** Bump allocation in blocks obtained from sqlite3_malloc64 (see arena.h).
*/
#include "sqlite3ext.h" /* the one SQLite call of util/: the allocator */
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

/* Pass 1 (azOut NULL) adds up each owner's length in aLen; pass 2 appends into azOut, aLen then counting what
** is written so far, so that appending stays linear however many items an owner has. */
static void join_pass(int nItem, ArenaListItem xItem, const void *pCtx, size_t *aLen, char **azOut) {
  int i, iOwner;
  for (i = 0; i < nItem; i++) {
    const char *z = xItem(pCtx, i, &iOwner);
    size_t len = z ? strlen(z) : 0;
    if (z == 0 || iOwner < 0) continue;
    if (azOut == 0) {
      aLen[iOwner] += len + 2;
      continue;
    }
    if (aLen[iOwner]) {
      memcpy(azOut[iOwner] + aLen[iOwner], ", ", 2);
      aLen[iOwner] += 2;
    }
    memcpy(azOut[iOwner] + aLen[iOwner], z, len + 1);
    aLen[iOwner] += len;
  }
}

int arena_join_lists(Arena *p, int nOwner, int nItem, ArenaListItem xItem, const void *pCtx,
                     const char **azOut) {
  size_t *aLen = arena_alloc(p, sizeof(size_t) * (size_t)(nOwner + 1));
  char **azList = arena_alloc(p, sizeof(char *) * (size_t)(nOwner + 1));
  int i;
  if (aLen == 0 || azList == 0) return -1;
  join_pass(nItem, xItem, pCtx, aLen, 0);
  for (i = 0; i < nOwner; i++) {
    azList[i] = arena_alloc(p, aLen[i] + 1);
    if (azList[i] == 0) return -1;
    azOut[i] = azList[i];
  }
  memset(aLen, 0, sizeof(size_t) * (size_t)nOwner);
  join_pass(nItem, xItem, pCtx, aLen, azList);
  return 0;
}

int arena_group(Arena *p, int nItem, int nGroup, ArenaGroupKey xKey, const void *pCtx, ArenaGroups *g) {
  int i, *aFill = arena_alloc(p, sizeof(int) * (size_t)(nGroup + 1));
  g->aStart = arena_alloc(p, sizeof(int) * (size_t)(nGroup + 1));
  g->aCount = arena_alloc(p, sizeof(int) * (size_t)(nGroup + 1));
  g->aItem = arena_alloc(p, sizeof(int) * (size_t)(nItem + 1));
  if (!aFill || !g->aStart || !g->aCount || !g->aItem) return -1;
  for (i = 0; i < nItem; i++)
    g->aCount[xKey(pCtx, i)]++;
  for (i = 1; i < nGroup; i++)
    g->aStart[i] = g->aStart[i - 1] + g->aCount[i - 1];
  for (i = 0; i < nItem; i++) {
    int k = xKey(pCtx, i);
    g->aItem[g->aStart[k] + aFill[k]++] = i;
  }
  return 0;
}
