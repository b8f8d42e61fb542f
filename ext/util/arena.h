/*
** A bump allocator for the policy index: everything an index holds is allocated here and freed at once when
** the index is dropped, so building it costs a few large allocations instead of thousands of small ones.
*/
#ifndef SHEBAO_ARENA_H
#define SHEBAO_ARENA_H
#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
  ArenaBlock *pHead;
} Arena;

void *arena_alloc(Arena *p, size_t n);                  /* 8-byte aligned, zeroed; NULL when out of memory */
char *arena_strndup(Arena *p, const char *z, size_t n); /* NUL-terminated copy */
void arena_free(Arena *p);

/* Joins the items of each owner, in item order, with ', ' between (an owner without items gets ''). xItem
** gives item i's text and its owner's number (-1: none). Writes nOwner strings into azOut; -1 when out of
** memory. */
typedef const char *(*ArenaListItem)(const void *pCtx, int i, int *piOwner);
int arena_join_lists(Arena *p, int nOwner, int nItem, ArenaListItem xItem, const void *pCtx,
                     const char **azOut);

/* Items grouped by a key in 0..nGroup-1: group g is aItem[aStart[g]] .. aItem[aStart[g] + aCount[g] - 1], in
** item order (a counting sort: linear, no comparisons). */
typedef struct ArenaGroups {
  int *aStart, *aCount, *aItem;
} ArenaGroups;
typedef int (*ArenaGroupKey)(const void *pCtx, int i);
/* Groups nItem items by xKey(pCtx, i). 0, or -1 when out of memory. */
int arena_group(Arena *p, int nItem, int nGroup, ArenaGroupKey xKey, const void *pCtx, ArenaGroups *g);

#endif
