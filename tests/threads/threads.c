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
** Then one database file shared by every thread (WAL): a writer thread turns a main-layer row on and off,
** committing each time, while the others load shebao at once (each putting its guards on the shared layer
** tables) and run statements that ask the same question for many rows: every statement must see one policy
** (one distinct answer), and after the writer's last commit every thread must see it.
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
#include <time.h>
#include <unistd.h>

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

/* ---- one shared file -------------------------------------------------------------------------------- */

#define N_TOGGLE 40
static char zSharedPath[128];
static int nSharedProblem, writerDone;
static pthread_mutex_t sharedMutex = PTHREAD_MUTEX_INITIALIZER;

static void shared_problem(const char *zWhat, const char *zDetail) {
  pthread_mutex_lock(&sharedMutex);
  if (nSharedProblem++ == 0) fprintf(stderr, "threads, shared file: %s: %s\n", zWhat, zDetail);
  pthread_mutex_unlock(&sharedMutex);
}

static sqlite3 *open_shared(void) {
  sqlite3 *db = 0;
  char *zMsg = 0;
  if (sqlite3_open_v2(zSharedPath, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, 0) != SQLITE_OK ||
      sqlite3_shebao_init(db, &zMsg, 0) != SQLITE_OK) {
    shared_problem("open", zMsg ? zMsg : (db ? sqlite3_errmsg(db) : "no memory"));
    sqlite3_free(zMsg);
    sqlite3_close(db);
    return 0;
  }
  sqlite3_busy_timeout(db, 10000);
  return db;
}

/* The writer: 南京's enablement row in, then out, each a commit. */
static void *writer_main(void *p) {
  const struct timespec pause = {0, 1000000};
  sqlite3 *db;
  int k;
  (void)p;
  pthread_barrier_wait(&start);
  if ((db = open_shared()) == 0) return 0;
  for (k = 0; k < N_TOGGLE; k++) {
    const char *zSql = k % 2 == 0 ? "INSERT INTO main.shebao_policy_region_enablement VALUES ('320100', "
                                    "'cross_province', '2024-11-01', NULL, 'exact', 't-notice', NULL)"
                                  : "DELETE FROM main.shebao_policy_region_enablement";
    char *zMsg = 0;
    if (sqlite3_exec(db, zSql, 0, 0, &zMsg) != SQLITE_OK) shared_problem("write", zMsg ? zMsg : "");
    sqlite3_free(zMsg);
    nanosleep(&pause, 0); /* the readers' statements run meanwhile */
  }
  sqlite3_close(db);
  pthread_mutex_lock(&sharedMutex);
  writerDone = 1;
  pthread_mutex_unlock(&sharedMutex);
  pthread_barrier_wait(&start); /* the readers then ask once more */
  return 0;
}

/* One policy per statement: the same question for 2,000 rows has one answer. */
static const char zOneAnswer[] =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
    " SELECT count(DISTINCT e) || ':' || min(e) FROM (SELECT region_enabled(iif(i > 0, '南京市', ''),"
    " '2024-11-01') AS e FROM n)";

static void *reader_main(void *p) {
  sqlite3 *db;
  char *zGot = 0;
  int k, done;
  (void)p;
  pthread_barrier_wait(&start);
  if ((db = open_shared()) == 0) return 0;
  for (k = 0, done = 0; !done; k++) {
    pthread_mutex_lock(&sharedMutex);
    done = writerDone && k >= N_TOGGLE;
    pthread_mutex_unlock(&sharedMutex);
    call_run(db, zOneAnswer, &zGot);
    if (zGot == 0 || (strcmp(zGot, "'1:0'\n") != 0 && strcmp(zGot, "'1:1'\n") != 0)) {
      shared_problem("one statement, one policy", zGot ? zGot : "(out of memory)");
    }
    free(zGot);
    zGot = 0;
  }
  pthread_barrier_wait(&start);
  call_run(db, zOneAnswer, &zGot); /* the writer's last commit took the row out */
  if (zGot == 0 || strcmp(zGot, "'1:0'\n") != 0) shared_problem("the last commit", zGot ? zGot : "");
  free(zGot);
  sqlite3_close(db);
  return 0;
}

static int shared_file_phase(void) {
  pthread_t aId[N_THREAD];
  sqlite3 *db;
  int i;
  snprintf(zSharedPath, sizeof(zSharedPath), "/tmp/shebao-threads-%d.db", (int)getpid());
  unlink(zSharedPath);
  if (sqlite3_open(zSharedPath, &db) != SQLITE_OK || sqlite3_shebao_init(db, 0, 0) != SQLITE_OK ||
      sqlite3_exec(db,
                   "PRAGMA journal_mode = WAL; SELECT shebao_create_layer('main');"
                   "INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('t-notice', 'a notice')",
                   0, 0, 0) != SQLITE_OK) {
    fprintf(stderr, "threads: the shared file: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  sqlite3_close(db);
  pthread_barrier_init(&start, 0, N_THREAD);
  for (i = 0; i < N_THREAD; i++) {
    if (pthread_create(&aId[i], 0, i == 0 ? writer_main : reader_main, 0) != 0) return 1;
  }
  for (i = 0; i < N_THREAD; i++)
    pthread_join(aId[i], 0);
  pthread_barrier_destroy(&start);
  unlink(zSharedPath);
  printf("threads: one shared file, 1 writer and %d readers: %d problems\n", N_THREAD - 1, nSharedProblem);
  return nSharedProblem != 0;
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
  if (shared_file_phase() != 0) nMismatch++;
  return nMismatch ? 1 : 0;
}
