/*
** Building the policy index: the rows in effect per table (the embedded default merged with the user's
** layers), validated, then each capability's own lookup structures. Runs when a connection loads shebao and
** when its policy changes; never per call.
**
**   default rows  --+
**   main layer    --+-- merge by key, retractions --> validate (broken rows out, problems in) --> builders
**   temp layer    --+      (policy/layers.c)              (policy/validate.c)           (aBuilder below)
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/policy.h"
#include "policy/validate.h"
#include <pthread.h>
#include <string.h>

static const PolicyDefaultTable *find_default_table(const char *zName) {
  int i;
  for (i = 0; i < policy_default_table_count; i++) {
    if (strcmp(policy_default_tables[i].zName, zName) == 0) return &policy_default_tables[i];
  }
  return 0;
}

/* The embedded default rows of every table, after checking that the generated data has the columns the C
** code expects: a mismatch means sql/schema.sql and policy/tables.c disagree, a build error. */
static int load_default_rows(PolicyIndex *p, char **pzErr) {
  int t, i, c;
  for (t = 0; t < PT_COUNT; t++) {
    const PolicyTableDef *def = &policy_table_defs[t];
    const PolicyDefaultTable *data = find_default_table(def->zName);
    PolicyRows *rows = &p->aTable[t];
    if (data == 0 || data->nCol != def->nCol) {
      return shebao_errorf(pzErr, "shebao: the embedded policy has no table %s with %d columns", def->zName,
                           def->nCol);
    }
    for (c = 0; c < def->nCol; c++) {
      if (strcmp(data->azCol[c], def->azCol[c]) != 0) {
        return shebao_errorf(pzErr, "shebao: column %d of %s is %s in sql/schema.sql but %s in the C code", c,
                             def->zName, data->azCol[c], def->azCol[c]);
      }
    }
    rows->nRow = data->nRow;
    rows->aRow = arena_alloc(&p->arena, sizeof(PolicyRow) * (size_t)(data->nRow ? data->nRow : 1));
    if (rows->aRow == 0) return SQLITE_NOMEM;
    for (i = 0; i < data->nRow; i++) {
      rows->aRow[i].azCell = &data->azCell[(size_t)i * (size_t)data->nCol];
      rows->aRow[i].layer = LAYER_DEFAULT;
      rows->aRow[i].rowid = i + 1;
    }
  }
  return SQLITE_OK;
}

/* ---- index ------------------------------------------------------------------------------------------- */

static int build_source_map(PolicyIndex *p) {
  const PolicyRows *rows = &p->aTable[PT_SOURCES];
  int i;
  if (strmap_init(&p->sourceById, &p->arena, rows->nRow)) return SQLITE_NOMEM;
  for (i = 0; i < rows->nRow; i++) {
    const char *zId = POLICY_CELL(&rows->aRow[i], SRC_ID);
    int isNew, *pSlot = strmap_slot(&p->sourceById, zId, (int)strlen(zId), &isNew);
    if (pSlot == 0) return SQLITE_NOMEM;
    if (isNew) *pSlot = i;
  }
  return SQLITE_OK;
}

const PolicyRow *policy_source(const PolicyIndex *p, const char *zSourceId) {
  int i;
  if (zSourceId == 0) return 0;
  i = strmap_get(&p->sourceById, zSourceId, (int)strlen(zSourceId));
  return i < 0 ? 0 : &p->aTable[PT_SOURCES].aRow[i];
}

/* Each capability's index, in an order where every builder comes after those whose index it reads (sharing
** reads relations and regions). A new capability with an index adds its builder here. */
typedef int (*IndexBuilder)(PolicyIndex *, char **);
static const IndexBuilder aBuilder[] = {
    relations_index_build, parameters_index_build, regions_index_build, sharing_index_build,
    identity_index_build,  cert_index_build,       binding_index_build,
};

static int build_capability_indexes(PolicyIndex *p, char **pzErr) {
  int i, rc = build_source_map(p);
  for (i = 0; rc == SQLITE_OK && i < SHEBAO_COUNT(aBuilder); i++) {
    rc = aBuilder[i](p, pzErr);
  }
  return rc;
}

int policy_index_build(sqlite3 *db, PolicyIndex **pp, char **pzErr) {
  PolicyIndex *p = sqlite3_malloc64(sizeof(*p));
  int rc;
  *pp = 0;
  if (p == 0) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->nRef = 1;
  rc = load_default_rows(p, pzErr);
  if (rc == SQLITE_OK && db) rc = policy_merge_layers(p, db, pzErr);
  if (rc == SQLITE_OK) rc = policy_validate(p);
  if (rc == SQLITE_OK) rc = build_capability_indexes(p, pzErr);
  if (rc != SQLITE_OK) {
    if (rc == SQLITE_NOMEM) {
      sqlite3_free(*pzErr); /* a message made before memory ran out belongs to no error */
      *pzErr = 0;
    }
    policy_index_unref(p);
    return rc;
  }
  *pp = p;
  return SQLITE_OK;
}

void policy_index_ref(PolicyIndex *p) {
  p->nRef++;
}

static void shared_users_add(int n);

void policy_index_unref(PolicyIndex *p) {
  if (p && --p->nRef == 0) {
    if (p->pShared) shared_users_add(-1);
    arena_free(&p->arena);
    sqlite3_free(p);
  }
}

/* ---- the embedded default, shared ---------------------------------------------------------------------- */

/* The index of the embedded default, built once per process (by the first connection that loads shebao) and
** never changed: connections read it from any thread at once, each through a fork that holds its own caches.
** nSharedUsers counts the forks: only the forks' opening and closing touch it (atomically), never a call. */
static PolicyIndex *pSharedDefault;
static int nSharedUsers;

static void shared_users_add(int n) {
  __atomic_add_fetch(&nSharedUsers, n, __ATOMIC_ACQ_REL);
}

/* Capabilities whose index keeps caches that calls write; the others are shared as they are. */
typedef int (*IndexForker)(PolicyIndex *);
static const IndexForker aForker[] = {
    relations_index_fork,
    sharing_index_fork,
    cert_index_fork,
    binding_index_fork,
};

static int fork_index(PolicyIndex *pShared, PolicyIndex **pp) {
  PolicyIndex *p = sqlite3_malloc64(sizeof(*p));
  int i, rc = SQLITE_OK;
  if (p == 0) return SQLITE_NOMEM;
  *p = *pShared;
  memset(&p->arena, 0, sizeof(p->arena));
  p->nRef = 1;
  p->pShared = pShared;
  shared_users_add(1);
  for (i = 0; rc == SQLITE_OK && i < SHEBAO_COUNT(aForker); i++) {
    rc = aForker[i](p);
  }
  if (rc != SQLITE_OK) {
    policy_index_unref(p);
    return rc;
  }
  *pp = p;
  return SQLITE_OK;
}

/* A mutex of our own, not one of SQLite's static ones: the build takes SQLite's (the allocator's, the PRNG's),
** and SQLite takes those in its own order. A build that fails (out of memory) is tried again next time. */
static pthread_mutex_t sharedMutex = PTHREAD_MUTEX_INITIALIZER;

int policy_default_index(PolicyIndex **pp, char **pzErr) {
  int rc = SQLITE_OK;
  *pp = 0;
  pthread_mutex_lock(&sharedMutex);
  if (pSharedDefault == 0) rc = policy_index_build(0, &pSharedDefault, pzErr);
  if (rc == SQLITE_OK) rc = fork_index(pSharedDefault, pp);
  pthread_mutex_unlock(&sharedMutex);
  return rc;
}

#if defined(__GNUC__)
/* When the process ends (or the library is unloaded: the loadable is linked not to be, so a process that
** loads it again and again builds one index): the shared index goes too, unless a fork of it is still open. */
__attribute__((destructor)) static void free_shared_default(void) {
  if (pSharedDefault && __atomic_load_n(&nSharedUsers, __ATOMIC_ACQUIRE) == 0) {
    policy_index_unref(pSharedDefault);
    pSharedDefault = 0;
  }
}
#endif
