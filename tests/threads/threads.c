/*
** Threads: 8 threads, each with its own connection, load shebao at the same moment and call every function
** and table of tests/calls.sql at once, good and bad (each argument with each bad value of the list), for
** several rounds in a different order per thread. SQLite runs in multi-thread mode
** (SQLITE_CONFIG_MULTITHREAD: no mutex on a connection, which is used by one thread only). Every answer must
** equal the one a single thread got before; built with -fsanitize=thread (build/tsan/tests/threads),
** ThreadSanitizer must report nothing.
**
** Policy layers: each thread answers from its own policy. aLayer lists the set-up of each variant (SQL run on
** the thread's connection before the calls; NULL: the embedded default); thread t uses variant t % nLayer,
** and its answers are compared with a single thread's answers under the same variant.
**
**   build/tests/threads              exit status 0 when every answer matched
**   SHEBAO_THREAD_ROUNDS=1 ...       fewer rounds (valgrind)
*/
#define _POSIX_C_SOURCE 200809L /* pthread barriers under -std=c11 */
#include "../common/calls.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sqlite3_shebao_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

#define N_THREAD 8

/* The policy of each variant: the embedded default, a TEMP layer that enables 南京 early and assigns it another
 ** certification rule, and a main layer (each thread's own :memory: database) that retracts 苏州's first-batch
 ** enablement and sets the family-service age line to 18. The answers of the calls differ between them. */
static const char *const aLayer[] = {
    NULL,
    "SELECT shebao_create_layer('temp');"
    "INSERT INTO temp.shebao_policy_sources(source_id, title) VALUES ('t-notice', 'a test notice');"
    "INSERT INTO temp.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2024-12-02', NULL,"
    " 'exact', 't-notice', NULL);"
    "INSERT INTO temp.shebao_policy_cert_assignments VALUES ('320100', 'any', '2020-01-01', 'days_365', NULL,"
    " 't-notice', NULL, NULL, NULL);",
    "SELECT shebao_create_layer('main');"
    "INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('t-notice', 'a test notice');"
    "INSERT INTO main.shebao_policy_retractions VALUES ('shebao_policy_region_enablement',"
    " '320500|cross_province|2024-12-02', 't-notice', NULL);"
    "INSERT INTO main.shebao_policy_retractions VALUES ('shebao_policy_parameters', "
    "'face_photo_age_line|000000|',"
    " 't-notice', NULL);"
    "INSERT INTO main.shebao_policy_parameters VALUES ('face_photo_age_line', '000000', '2000-01-01', '18', "
    "'years',"
    " NULL, 't-notice', NULL);",
};
#define N_LAYER ((int)(sizeof(aLayer) / sizeof(aLayer[0])))

typedef struct Case {
  char *zSql;
  char *azWant[N_LAYER]; /* the single-threaded answer under each variant (malloc'd) */
} Case;

static int nCase;
static Case *aCase;
static int nRound = 3;

static pthread_barrier_t start;

typedef struct Worker {
  pthread_t id;
  int iThread;
  int nMismatch;
  int nRun;
  char zFirst[1024]; /* the first mismatch */
} Worker;

static sqlite3 *open_connection(int iLayer, char *zErr, size_t nErr) {
  sqlite3 *db = 0;
  char *zMsg = 0;
  if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, 0) !=
      SQLITE_OK) {
    snprintf(zErr, nErr, "open: %s", db ? sqlite3_errmsg(db) : "no memory");
    sqlite3_close(db);
    return 0;
  }
  if (sqlite3_shebao_init(db, &zMsg, 0) != SQLITE_OK ||
      (aLayer[iLayer] && sqlite3_exec(db, aLayer[iLayer], 0, 0, &zMsg) != SQLITE_OK)) {
    snprintf(zErr, nErr, "load: %s", zMsg ? zMsg : "");
    sqlite3_free(zMsg);
    sqlite3_close(db);
    return 0;
  }
  return db;
}

static void *worker_main(void *p) {
  Worker *w = (Worker *)p;
  int iLayer = w->iThread % N_LAYER, r, i;
  sqlite3 *db;
  char zErr[512];
  /* Everyone loads at the same moment: the policy indexes are built concurrently too. */
  pthread_barrier_wait(&start);
  db = open_connection(iLayer, zErr, sizeof(zErr));
  if (db == 0) {
    w->nMismatch++;
    snprintf(w->zFirst, sizeof(w->zFirst), "thread %d: %s", w->iThread, zErr);
    return 0;
  }
  for (r = 0; r < nRound; r++) {
    for (i = 0; i < nCase; i++) {
      /* Each thread walks the cases from a different place, so that different calls overlap. */
      const Case *c = &aCase[(i + w->iThread * nCase / N_THREAD + r * 7) % nCase];
      char *zGot = 0;
      call_run(db, c->zSql, &zGot);
      w->nRun++;
      if (zGot == 0 || strcmp(zGot, c->azWant[iLayer]) != 0) {
        if (w->nMismatch++ == 0) {
          snprintf(w->zFirst, sizeof(w->zFirst), "thread %d, %s:\n  got  %.300s\n  want %.300s", w->iThread,
                   c->zSql, zGot ? zGot : "(out of memory)", c->azWant[iLayer]);
        }
      }
      free(zGot);
    }
  }
  sqlite3_close(db);
  return 0;
}

/* The calls: every good call, and every argument with every bad value but the 1 MB ones (they test input
** handling, which the matrix does; here they would only make the run longer). */
static int build_cases(const CallList *list) {
  int i, k, v, n = 0;
  for (i = 0; i < list->nCall; i++)
    n += 1 + list->aCall[i].nPos * list->nBad;
  aCase = calloc((size_t)n, sizeof(Case));
  if (aCase == 0) return 0;
  for (i = 0; i < list->nCall; i++) {
    const Call *c = &list->aCall[i];
    for (k = -1; k < c->nPos; k++) {
      for (v = 0; v < (k < 0 ? 1 : list->nBad); v++) {
        if (k >= 0 && strncmp(list->aBad[v].zLabel, "1 MB", 4) == 0) continue;
        aCase[nCase++].zSql = call_sql(c, k, k < 0 ? 0 : list->aBad[v].zExpr);
      }
    }
  }
  return nCase;
}

int main(void) {
  CallList list;
  Worker aWorker[N_THREAD];
  char *zErr, zOpenErr[512];
  const char *zRounds = getenv("SHEBAO_THREAD_ROUNDS");
  int i, l, nMismatch = 0, nRun = 0;
  if (zRounds && atoi(zRounds) > 0) nRound = atoi(zRounds);
  /* Without memory statistics SQLite's allocator takes no global mutex: a mutex taken by every thread at
   ** every allocation orders their accesses and would hide a race from ThreadSanitizer. */
  if (sqlite3_config(SQLITE_CONFIG_MULTITHREAD) != SQLITE_OK ||
      sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK || sqlite3_initialize() != SQLITE_OK ||
      !sqlite3_threadsafe()) {
    fprintf(stderr, "threads: SQLite cannot run in multi-thread mode (threadsafe=%d)\n",
            sqlite3_threadsafe());
    return 1;
  }
  zErr = calls_load(&list);
  if (zErr) {
    fprintf(stderr, "threads: %s\n", zErr);
    return 1;
  }
  if (build_cases(&list) == 0) {
    fprintf(stderr, "threads: no cases\n");
    return 1;
  }
  /* The answers of a single thread, under each variant. */
  for (l = 0; l < N_LAYER; l++) {
    sqlite3 *db = open_connection(l, zOpenErr, sizeof(zOpenErr));
    if (db == 0) {
      fprintf(stderr, "threads: %s\n", zOpenErr);
      return 1;
    }
    for (i = 0; i < nCase; i++) {
      call_run(db, aCase[i].zSql, &aCase[i].azWant[l]);
      if (aCase[i].azWant[l] == 0) return 1;
    }
    sqlite3_close(db);
  }
  /* Each variant must change some answers, or the threads would not show that their policies stay apart. */
  for (l = 1; l < N_LAYER; l++) {
    int nDiffer = 0;
    for (i = 0; i < nCase; i++)
      nDiffer += strcmp(aCase[i].azWant[0], aCase[i].azWant[l]) != 0;
    if (nDiffer == 0) {
      fprintf(stderr, "threads: policy variant %d answers every call as the default does\n", l);
      return 1;
    }
  }
  pthread_barrier_init(&start, 0, N_THREAD);
  for (i = 0; i < N_THREAD; i++) {
    memset(&aWorker[i], 0, sizeof(aWorker[i]));
    aWorker[i].iThread = i;
    if (pthread_create(&aWorker[i].id, 0, worker_main, &aWorker[i]) != 0) {
      fprintf(stderr, "threads: cannot start thread %d\n", i);
      return 1;
    }
  }
  for (i = 0; i < N_THREAD; i++) {
    pthread_join(aWorker[i].id, 0);
    nMismatch += aWorker[i].nMismatch;
    nRun += aWorker[i].nRun;
    if (aWorker[i].nMismatch) fprintf(stderr, "%s\n", aWorker[i].zFirst);
  }
  pthread_barrier_destroy(&start);
  for (i = 0; i < nCase; i++) {
    sqlite3_free(aCase[i].zSql);
    for (l = 0; l < N_LAYER; l++)
      free(aCase[i].azWant[l]);
  }
  free(aCase);
  calls_free(&list);
  printf("threads: %d threads, %d policy variant(s), %d calls, %d answers differ\n", N_THREAD, N_LAYER, nRun,
         nMismatch);
  return nMismatch ? 1 : 0;
}
