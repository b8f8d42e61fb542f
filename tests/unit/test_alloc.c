/* Allocation failures. SQLite's allocator is replaced (sqlite3_config(SQLITE_CONFIG_MALLOC)) by one that
 ** counts live allocations and fails the Nth allocation, for N = 1, 2, ... until the operation runs without
 ** reaching N: loading the extension (in-process and as a shared library), building the policy index, and
 ** every call of tests/calls.sql, good and bad. Two modes: only the Nth allocation fails (the code must
 ** recover), or the Nth and every one after it (the error must get out however little memory is left).
 **
 ** Each failure must give SQLITE_NOMEM (or the same answer as without the failure, where SQLite absorbs it),
 ** never another error or a wrong answer; the connection must answer correctly afterwards; and when it is
 ** closed, every allocation must have been freed. Criterion runs each test in its own process, so replacing
 ** the allocator here touches no other test.
 **
 ** SHEBAO_ALLOC_QUICK=1 (the valgrind run, 30 times slower) fails one allocation at a time only, and gives
 ** each argument two of the bad values. */
#define _GNU_SOURCE /* dladdr */
#include "harness.h"
#include "../common/calls.h"
#include "policy/policy.h"
#include <dlfcn.h>
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- the failing allocator ---------------------------------------------------------------------------- */

static sqlite3_mem_methods defaultMethods;
static struct {
  int armed;           /* inside the section under test */
  int persistent;      /* once one allocation failed, fail every later one */
  long long countdown; /* allocations left before the failure */
  int hit;             /* an allocation was failed */
  int lostMessage;     /* one was SQLite's copy of an error message (see fail_now) */
  long long nLive;     /* live allocations */
} fault;

/* SQLite copies a statement's error message into the connection as a "benign" allocation: when that fails,
** the error keeps its code and loses its text, which then reads 'SQL logic error'. That is SQLite's doing,
** not shebao's; the test recognises it by the function that allocated (Debian's libsqlite3 exports it). */
static int in_error_transfer(void) {
  void *aFrame[24];
  int n = backtrace(aFrame, 24), i;
  for (i = 0; i < n; i++) {
    Dl_info info;
    if (dladdr(aFrame[i], &info) && info.dli_sname &&
        strcmp(info.dli_sname, "sqlite3VdbeTransferError") == 0) {
      return 1;
    }
  }
  return 0;
}

static int fail_now(void) {
  if (!fault.armed) return 0;
  if (fault.hit && fault.persistent) {
    fault.lostMessage |= in_error_transfer();
    return 1;
  }
  if (--fault.countdown == 0) {
    fault.hit = 1;
    fault.lostMessage |= in_error_transfer();
    return 1;
  }
  return 0;
}

static void *fault_malloc(int n) {
  void *p;
  if (fail_now()) return 0;
  p = defaultMethods.xMalloc(n);
  if (p) fault.nLive++;
  return p;
}

static void fault_free(void *p) {
  if (p) fault.nLive--;
  defaultMethods.xFree(p);
}

static void *fault_realloc(void *p, int n) {
  if (fail_now()) return 0;
  return defaultMethods.xRealloc(p, n);
}

static int fault_size(void *p) {
  return defaultMethods.xSize(p);
}

static int fault_roundup(int n) {
  return defaultMethods.xRoundup(n);
}

static int fault_init(void *p) {
  (void)p;
  return defaultMethods.xInit(defaultMethods.pAppData);
}

static void fault_shutdown(void *p) {
  (void)p;
  defaultMethods.xShutdown(defaultMethods.pAppData);
}

static void install_allocator(void) {
  static const sqlite3_mem_methods faulty = {fault_malloc,  fault_free, fault_realloc,  fault_size,
                                             fault_roundup, fault_init, fault_shutdown, 0};
  cr_assert_eq(sqlite3_shutdown(), SQLITE_OK);
  cr_assert_eq(sqlite3_config(SQLITE_CONFIG_GETMALLOC, &defaultMethods), SQLITE_OK);
  cr_assert_eq(sqlite3_config(SQLITE_CONFIG_MALLOC, &faulty), SQLITE_OK);
  /* Without lookaside every small allocation of SQLite goes through the allocator, and can fail. */
  cr_assert_eq(sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0), SQLITE_OK);
  cr_assert_eq(sqlite3_initialize(), SQLITE_OK);
}

/* Arms the failure of allocation n from now (0: none). */
static void arm(long long n, int persistent) {
  fault.countdown = n;
  fault.persistent = persistent;
  fault.hit = 0;
  fault.lostMessage = 0;
  fault.armed = n > 0;
}

static void disarm(void) {
  fault.armed = 0;
}

#define LIVE_DRIFT 8 /* allocations SQLite may keep after recovering from a failure (see below) */
#define MAX_N 100000 /* no operation here allocates that often: reaching it means a loop that never ends */

static CallList list;
static int quick; /* SHEBAO_ALLOC_QUICK */

static const char *loadable(void);

/* The embedded default's index is built once per process (policy/index.c), by the first load of the
** extension built in and by that of the shared library (which is never unloaded): both are loaded once here,
** so that the counts of live allocations below see what a connection holds. */
static void build_shared_defaults(void) {
  sqlite3 *db = 0;
  char *zErr = 0;
  cr_assert_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
  cr_assert_eq(sqlite3_shebao_init(db, &zErr, 0), SQLITE_OK, "%s", zErr);
  cr_assert_eq(sqlite3_close(db), SQLITE_OK);
  cr_assert_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
  sqlite3_enable_load_extension(db, 1);
  cr_assert_eq(sqlite3_load_extension(db, loadable(), 0, &zErr), SQLITE_OK, "%s", zErr);
  cr_assert_eq(sqlite3_close(db), SQLITE_OK);
}

static void setup(void) {
  const char *zQuick = getenv("SHEBAO_ALLOC_QUICK");
  quick = zQuick && atoi(zQuick) > 0;
  char *zErr;
  install_allocator();
  build_shared_defaults();
  zErr = calls_load(&list);
  cr_assert(zErr == 0, "%s", zErr);
}

static void teardown(void) {
  calls_free(&list);
}

TestSuite(alloc, .init = setup, .fini = teardown);

/* ---- loading ------------------------------------------------------------------------------------------ */

static const char zCheckSql[] =
    "SELECT can_share('祖父', '2025-03-01', '苏州市', '成都市'), relation_code('外婆'),"
    " region_code('苏州'), (SELECT count(*) FROM shebao_regions),"
    " (SELECT count(*) FROM explain_can_share('27', '2025-09-22', '南京市', '杭州市'))";

/* What a loaded connection answers (malloc'd), or why not. */
static char *answers(sqlite3 *db) {
  char *zOut = 0;
  call_run(db, zCheckSql, &zOut);
  return zOut;
}

/* The loadable the build names (the ASan build's own under make sanitize); SHEBAO_TEST_LOADABLE
** overrides it. */
static const char *loadable(void) {
  const char *z = getenv("SHEBAO_TEST_LOADABLE");
  return z && *z ? z : SHEBAO_TEST_LOADABLE;
}

typedef enum LoadHow { LOAD_INIT, LOAD_SHARED_LIBRARY, LOAD_SQL_FUNCTION, LOAD_AUTO_EXTENSION } LoadHow;

/* SELECT load_extension(path): the extension loads while a statement runs. */
static int load_by_sql(sqlite3 *db, char **pzErr) {
  sqlite3_stmt *stmt = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT load_extension(?1)", -1, &stmt, 0);
  if (rc == SQLITE_OK) rc = sqlite3_bind_text(stmt, 1, loadable(), -1, SQLITE_STATIC);
  if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) rc = SQLITE_OK;
  if (rc != SQLITE_OK) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  sqlite3_finalize(stmt);
  return rc;
}

/* Which functions and tables of shebao a connection has, '|'-separated (malloc'd). */
static const char zPresentSql[] =
    "SELECT group_concat(name, '|') FROM (SELECT DISTINCT name FROM pragma_function_list WHERE name IN"
    " (SELECT name FROM shebao_calls_names) UNION SELECT name FROM pragma_module_list WHERE name IN"
    " (SELECT name FROM shebao_calls_names) ORDER BY 1)";

static char *present(sqlite3 *db) {
  char *zOut = 0;
  int i;
  sqlite3_exec(
      db, "CREATE TEMP TABLE IF NOT EXISTS shebao_calls_names(name TEXT); DELETE FROM shebao_calls_names", 0,
      0, 0);
  for (i = 0; i < list.nCall; i++) {
    char *zSql = sqlite3_mprintf("INSERT INTO shebao_calls_names VALUES (%Q)", list.aCall[i].zName);
    sqlite3_exec(db, zSql, 0, 0, 0);
    sqlite3_free(zSql);
  }
  call_run(db, zPresentSql, &zOut);
  return zOut;
}

static char *zComplete; /* what a connection with shebao has (see present()) */

/* Loads shebao with allocation n failing; then checks that the connection has all of shebao or none of it
** (SQLite itself may fail after the extension loaded: sqlite3_load_extension then says SQLITE_NOMEM, and the
** extension is complete), and that loading again (without failures) gives the normal answers. Returns the
** result code of the armed load; *pzAnswers is what the connection answers at the end. */
static int load_once(LoadHow how, long long n, int persistent, char **pzAnswers, char *zMsg, size_t nMsg) {
  sqlite3 *db = 0;
  char *zErr = 0;
  int rc;
  zMsg[0] = 0;
  if (how == LOAD_AUTO_EXTENSION) {
    cr_assert_eq(sqlite3_auto_extension((void (*)(void))sqlite3_shebao_init), SQLITE_OK);
    arm(n, persistent);
    rc = sqlite3_open(":memory:", &db);
    disarm();
    sqlite3_reset_auto_extension();
    snprintf(zMsg, nMsg, "%s", db ? sqlite3_errmsg(db) : "no connection");
    if (rc != SQLITE_OK) {
      sqlite3_close(db);
      db = 0;
      cr_assert_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
    }
  } else {
    cr_assert_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
    if (how != LOAD_INIT) sqlite3_enable_load_extension(db, 1);
    arm(n, persistent);
    if (how == LOAD_INIT)
      rc = sqlite3_shebao_init(db, &zErr, 0);
    else if (how == LOAD_SQL_FUNCTION)
      rc = load_by_sql(db, &zErr);
    else
      rc = sqlite3_load_extension(db, loadable(), 0, &zErr);
    disarm();
    snprintf(zMsg, nMsg, "%s", zErr ? zErr : "");
    sqlite3_free(zErr);
  }
  if (rc != SQLITE_OK) {
    /* Nothing of shebao may be left half there; closing the connection calls the destructors of what is
    ** left (the shared library is unloaded by now when its initialisation failed). */
    char *zLeft = present(db);
    if (how == LOAD_SQL_FUNCTION) {
      /* While a statement runs, SQLite cannot delete a function (SQLITE_BUSY): what was registered stays,
      ** complete, and must work, also after the library was unloaded. */
      char *zAnswer = 0;
      call_run(db, "SELECT relation_code('外婆')", &zAnswer);
      cr_expect(zAnswer && (strcmp(zAnswer, "'64'\n") == 0 || strncmp(zAnswer, "error", 5) == 0),
                "load by SQL failing allocation %lld: %s", n, zAnswer);
      free(zAnswer);
    } else {
      cr_expect(zLeft && (strcmp(zLeft, "NULL\n") == 0 || strcmp(zLeft, zComplete) == 0),
                "load %d failing allocation %lld: left behind: %s", how, n, zLeft);
    }
    free(zLeft);
    cr_assert_eq(sqlite3_close(db), SQLITE_OK);
    /* ... and loading again works. */
    zErr = 0;
    cr_assert_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
    if (how == LOAD_SHARED_LIBRARY || how == LOAD_SQL_FUNCTION) {
      sqlite3_enable_load_extension(db, 1);
      cr_assert_eq(sqlite3_load_extension(db, loadable(), 0, &zErr), SQLITE_OK, "%s", zErr);
    } else {
      cr_assert_eq(sqlite3_shebao_init(db, &zErr, 0), SQLITE_OK, "%s", zErr);
    }
  }
  *pzAnswers = answers(db);
  cr_assert_eq(sqlite3_close(db), SQLITE_OK);
  return rc;
}

static void load_with_each_allocation_failing(LoadHow how, const char *zHow) {
  char *zWant = 0, zMsg[512];
  int persistent;
  long long n0 = fault.nLive;
  if (zComplete == 0) {
    sqlite3 *db = open_shebao();
    zComplete = present(db);
    sqlite3_close(db);
    n0 = fault.nLive;
  }
  cr_assert_eq(load_once(how, 0, 0, &zWant, zMsg, sizeof(zMsg)), SQLITE_OK, "%s: %s", zHow, zMsg);
  cr_assert_eq(fault.nLive, n0, "%s leaks %lld allocations without any failure", zHow, fault.nLive - n0);
  for (persistent = 0; persistent <= !quick; persistent++) {
    long long n;
    for (n = 1; n < MAX_N; n++) {
      char *zGot = 0;
      int rc = load_once(how, n, persistent, &zGot, zMsg, sizeof(zMsg));
      int hit = fault.hit;
      cr_assert_eq(fault.nLive, n0, "%s, allocation %lld failing%s: %lld allocations leaked", zHow, n,
                   persistent ? " and every later one" : "", fault.nLive - n0);
      cr_assert_str_eq(zGot, zWant, "%s, allocation %lld failing%s: then answers %s", zHow, n,
                       persistent ? " and every later one" : "", zGot);
      free(zGot);
      if (!hit) {
        cr_assert_eq(rc, SQLITE_OK, "%s: %s", zHow, zMsg);
        break;
      }
      /* The shared-library loader reports any failure of the init function as SQLITE_ERROR. */
      if (how == LOAD_SHARED_LIBRARY || how == LOAD_SQL_FUNCTION) {
        cr_expect(rc == SQLITE_OK || rc == SQLITE_NOMEM ||
                      (rc == SQLITE_ERROR && (zMsg[0] == 0 || strstr(zMsg, "out of memory"))),
                  "%s, allocation %lld failing: rc %d: %s", zHow, n, rc, zMsg);
      } else {
        cr_expect(rc == SQLITE_OK || rc == SQLITE_NOMEM, "%s, allocation %lld failing: rc %d: %s", zHow, n,
                  rc, zMsg);
      }
    }
    cr_assert(n > 10 && n < MAX_N, "%s: %lld allocations", zHow, n);
  }
  free(zWant);
}

Test(alloc, loading_in_process) {
  load_with_each_allocation_failing(LOAD_INIT, "sqlite3_shebao_init");
}

Test(alloc, loading_the_shared_library) {
  load_with_each_allocation_failing(LOAD_SHARED_LIBRARY, "sqlite3_load_extension");
}

Test(alloc, loading_by_sql_load_extension) {
  load_with_each_allocation_failing(LOAD_SQL_FUNCTION, "SELECT load_extension()");
}

Test(alloc, loading_as_an_auto_extension) {
  load_with_each_allocation_failing(LOAD_AUTO_EXTENSION, "sqlite3_auto_extension + sqlite3_open");
}

/* ---- the policy index --------------------------------------------------------------------------------- */

/* The index of the embedded default (db NULL), or of the default and the layers of db. */
/* What an index holds, to compare: the rows in effect per table, and the problems. */
static void index_shape(const PolicyIndex *p, char *buf, size_t nBuf) {
  int t;
  size_t n = 0;
  for (t = 0; t < PT_COUNT && n < nBuf; t++)
    n += (size_t)snprintf(buf + n, nBuf - n, "%d ", p->aTable[t].nRow);
  if (n < nBuf) snprintf(buf + n, nBuf - n, "problems %d layers %u", p->nProblem, p->layerMask);
}

static void build_index_with_each_allocation_failing(sqlite3 *db) {
  int persistent;
  long long n0;
  char zWant[512], zGot[512], *zErr0 = 0;
  PolicyIndex *p0 = 0;
  policy_index_build(db, &p0, &zErr0);
  cr_assert(p0, "%s", zErr0);
  index_shape(p0, zWant, sizeof(zWant));
  policy_index_unref(p0);
  n0 = fault.nLive;
  for (persistent = 0; persistent <= !quick; persistent++) {
    long long n;
    /* Each allocation of a build is failed in turn: a build with layers makes some 20,000, so valgrind
    ** (SHEBAO_ALLOC_QUICK), 30 times slower, fails every 13th. */
    for (n = 1; n < MAX_N; n += quick ? 13 : 1) {
      char *zErr = 0;
      PolicyIndex *p = 0;
      arm(n, persistent);
      policy_index_build(db, &p, &zErr);
      disarm();
      if (p) {
        /* SQLite absorbs some failures (a benign allocation): then the index must be complete all the
        ** same. */
        cr_assert(p->pRelations && p->pRegions && p->pSharing && p->pParameters && p->pIdentity && p->pCert);
        index_shape(p, zGot, sizeof(zGot));
        cr_assert_str_eq(zGot, zWant, "allocation %lld failing: another index", n);
        policy_index_unref(p);
        if (!fault.hit) break;
        continue;
      }
      cr_assert(fault.hit);
      cr_assert(zErr == 0, "allocation %lld failing gives a message, not out of memory: %s", n, zErr);
      cr_assert_eq(fault.nLive, n0, "allocation %lld failing: %lld allocations leaked", n, fault.nLive - n0);
    }
    cr_assert(n > 1 && n < MAX_N);
    cr_assert_eq(fault.nLive, n0);
    if (getenv("SHEBAO_ALLOC_VERBOSE"))
      fprintf(stderr, "index%s: %lld allocations\n", db ? " with layers" : "", n);
  }
}

Test(alloc, building_the_policy_index) {
  build_index_with_each_allocation_failing(0);
}

/* Layers in main and TEMP: a source, enablement rows, a retraction, a certification rule, a parameter. */
static const char zLayers[] =
    "SELECT shebao_create_layer('main'); SELECT shebao_create_layer('temp');"
    "INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('t-notice', 'a test notice');"
    "INSERT INTO main.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', NULL,"
    " 'exact', 't-notice', NULL);"
    "INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_region_enablement',"
    " '320500|cross_province|2024-12-02', 't-notice', NULL);"
    "INSERT INTO temp.shebao_policy_cert_assignments VALUES ('320100', 'any', '2020-01-01', 'anniversary', "
    "NULL,"
    " 't-notice', NULL, NULL, NULL);";

Test(alloc, building_the_policy_index_from_layers, .timeout = 300) {
  sqlite3 *db = open_shebao();
  long long n0;
  exec_ok(db, zLayers);
  n0 = fault.nLive;
  build_index_with_each_allocation_failing(db);
  cr_assert_eq(fault.nLive, n0);
  sqlite3_close(db);
}

/* ---- every call --------------------------------------------------------------------------------------- */

/* A statement run with allocation n, n+1, ... failing on one connection. */
typedef struct Scenario {
  const char *zTitle;
  const char *zSetup;  /* run once, first (NULL: nothing) */
  const char *zBefore; /* run before each run, without failures (NULL: nothing) */
  const char *zSql;    /* what runs with the failures */
  const char
      *zCheck; /* run after each run, without failures: its answer must not change (NULL: zSql again) */
  int stride;  /* fail every stride-th allocation only (1: each; see the layer scenarios) */
} Scenario;

/* Runs a scenario; returns how many runs hit a failure. A transaction that a failure left open is rolled back
** before the check. */
static int run_scenario(const Scenario *sc) {
  long long nBeforeOpen = fault.nLive, n0;
  sqlite3 *db = open_shebao();
  const char *zCheck = sc->zCheck ? sc->zCheck : sc->zSql;
  char *zWant = 0, *zCheckWant = 0;
  int persistent, nHit = 0, rcWant;
  if (sc->zSetup) exec_ok(db, sc->zSetup);
  if (sc->zBefore) exec_ok(db, sc->zBefore);
  rcWant = call_run(db, sc->zSql, &zWant); /* the answer; it also connects the eponymous tables it uses */
  if (!sqlite3_get_autocommit(db)) exec_ok(db, "ROLLBACK");
  call_run(db, zCheck, &zCheckWant);
  cr_assert(zWant && zCheckWant);
  n0 = fault.nLive;
  for (persistent = 0; persistent <= !quick; persistent++) {
    long long n;
    for (n = 1; n<MAX_N; n += sc->stride> 1 ? sc->stride : 1) {
      char *zGot = 0, *zAgain = 0;
      int rc, hit;
      if (sc->zBefore) exec_ok(db, sc->zBefore);
      arm(n, persistent);
      rc = call_run(db, sc->zSql, &zGot);
      disarm();
      hit = fault.hit;
      if (!sqlite3_get_autocommit(db)) exec_ok(db, "ROLLBACK");
      cr_assert(zGot);
      if (!hit) {
        cr_assert_str_eq(zGot, zWant, "%s", sc->zTitle);
        free(zGot);
        break;
      }
      nHit++;
      cr_expect(rc == SQLITE_NOMEM || (rc == rcWant && strcmp(zGot, zWant) == 0) ||
                    (rc == SQLITE_ERROR && rcWant == SQLITE_ERROR && fault.lostMessage &&
                     strcmp(zGot, "error 1: SQL logic error") == 0),
                "%s: allocation %lld failing%s: %s\nwant: %s", sc->zTitle, n,
                persistent ? " and every later one" : "", zGot, zWant);
      /* The connection is intact: the same call (or the check), now without failures, gives the same
      ** answer. */
      call_run(db, zCheck, &zAgain);
      cr_expect(zAgain && strcmp(zAgain, zCheckWant) == 0, "%s: after allocation %lld failed%s: %s\nwant: %s",
                sc->zTitle, n, persistent ? " and every later one" : "", zAgain, zCheckWant);
      /* SQLite may rebuild some of its own state after a failure (an eponymous table, reconnected), so the
      ** count may move a little; a leak per call would make it grow without end. Everything must be freed
      ** when the connection closes (checked below). */
      cr_expect(fault.nLive <= n0 + LIVE_DRIFT, "%s: allocation %lld failing%s: %lld more allocations live",
                sc->zTitle, n, persistent ? " and every later one" : "", fault.nLive - n0);
      free(zGot);
      free(zAgain);
    }
    cr_assert(n < MAX_N, "%s", sc->zTitle);
    if (getenv("SHEBAO_ALLOC_VERBOSE")) {
      fprintf(stderr, "%lld allocations%s: %.80s\n", n, persistent ? " (persistent)" : "", sc->zTitle);
    }
  }
  free(zWant);
  free(zCheckWant);
  cr_assert_eq(sqlite3_close(db), SQLITE_OK);
  cr_expect_eq(fault.nLive, nBeforeOpen, "%s: %lld allocations not freed when the connection closed",
               sc->zTitle, fault.nLive - nBeforeOpen);
  return nHit;
}

/* Bad values that take the error paths: an unknown relation, an ambiguous region and a malformed date ('吉林');
 ** a blob; a province where a pooling region is wanted ('江苏省'); an integer (converted to text). */
static const char *const azErrorValue[] = {"'吉林'", "x'00'", "'江苏省'", "51"};

Test(alloc, every_call_good_and_bad, .timeout = 600) {
  int i, k, v, nSql = 0;
  long long n0 = fault.nLive;
  for (i = 0; i < list.nCall; i++) {
    const Call *c = &list.aCall[i];
    for (k = -1; k < c->nPos; k++) {
      int nValue = quick ? 2 : (int)(sizeof(azErrorValue) / sizeof(azErrorValue[0]));
      for (v = 0; v < (k < 0 ? 1 : nValue); v++) {
        char *zSql = call_sql(c, k, k < 0 ? 0 : azErrorValue[v]);
        Scenario sc = {zSql, 0, 0, zSql, 0, 1};
        cr_expect(run_scenario(&sc) > 0, "%s: no allocation to fail", zSql);
        sqlite3_free(zSql);
        nSql++;
      }
    }
  }
  cr_assert(nSql > 50, "only %d calls", nSql);
  cr_assert_eq(fault.nLive, n0, "%lld allocations leaked", fault.nLive - n0);
}

/* ---- the policy layers -------------------------------------------------------------------------------- */

/* Writes to the layer tables, with the failures: shebao's triggers check each row (shebao_check_row, which
** looks references up in the layer tables) and note the change in the journal, which also hears of the
** rollback. Each write is rolled back, so the policy is the same before every run, and the check after each
** run must answer as without failures: a change or a rollback that the connection missed would show. */
static const Scenario aLayerScenario[] = {
    {"a row checked against the layers, then rolled back", zLayers, 0,
     "BEGIN;"
     "INSERT INTO temp.shebao_policy_region_enablement VALUES ('320200', 'cross_province', '2025-03-01', "
     "NULL,"
     " 'exact', 't-notice', NULL);"
     "SELECT count(*) FROM temp.shebao_policy_region_enablement;"
     "ROLLBACK",
     "SELECT region_enabled('无锡市', '2025-03-01'), region_enabled('南京市', '2025-03-01'),"
     " next_cert_deadline('2024-03-15', '南京市'), (SELECT count(*) FROM shebao_check)",
     1},
    {"a row refused", zLayers, 0,
     "INSERT INTO temp.shebao_policy_region_enablement VALUES ('320200', 'cross_province', '2025-02-30', "
     "NULL,"
     " 'exact', 't-notice', NULL)",
     "SELECT region_enabled('无锡市', '2025-03-01'), (SELECT count(*) FROM "
     "temp.shebao_policy_region_enablement)",
     1},
    {"an update, then a savepoint rolled back", zLayers, 0,
     "UPDATE main.shebao_policy_region_enablement SET note = 'x';"
     "SAVEPOINT s; DELETE FROM temp.shebao_policy_retractions; ROLLBACK TO s; RELEASE s",
     "SELECT region_enabled('苏州市', '2024-12-02'), region_enabled('南京市', '2025-03-01'),"
     " (SELECT count(*) FROM temp.shebao_policy_retractions)",
     1},
    {"a layer created", 0, 0, "SELECT shebao_create_layer('main'), shebao_create_layer('temp')",
     "SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'", 1},
    /* The write check reads the rows in effect for a row's key and its references (policy/write_check.c). */
    {"rows checked against the rows in effect: an overlap, retractions, a retracted source", zLayers, 0,
     "BEGIN;"
     "INSERT INTO main.shebao_policy_parameters VALUES ('wallet_transfers_per_day', '320100', '2026-01-01', "
     "'5', 'transfers', NULL, 't-notice', NULL);"
     "INSERT INTO main.shebao_policy_retractions VALUES ('shebao_policy_relation_terms', '外婆', 't-notice',"
     " NULL);"
     "INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_relation_terms', '外公', 't-notice',"
     " NULL);"
     "ROLLBACK",
     "SELECT (SELECT count(*) FROM main.shebao_policy_parameters), relation_code('外婆'),"
     " (SELECT count(*) FROM shebao_check)",
     1},
    {"a row refused for an overlap", zLayers, 0,
     "INSERT INTO main.shebao_policy_parameters VALUES ('marriage_min_age_male', '000000', '2010-01-01', '23', "
     "'years', NULL, 't-notice', NULL)",
     "SELECT count(*) FROM main.shebao_policy_parameters", 1},
    /* The first call after a change rebuilds the index from the layers (every allocation of that build fails
    ** in building_the_policy_index_from_layers); here every 7th, to see that a failed rebuild is an error and
    ** that the next call rebuilds. */
    {"a call that rebuilds the index", zLayers, "UPDATE main.shebao_policy_sources SET note = 'x'",
     "SELECT region_enabled('南京市', '2025-03-01'), region_enabled('苏州市', '2024-12-02'),"
     " next_cert_deadline('2024-03-15', '南京市'), (SELECT count(*) FROM explain_can_share('配偶', "
     "'2025-03-01',"
     " '南京市', '苏州市'))",
     0, 7},
};

/* Scenarios [from, to) of aLayerScenario; one test each group, so that they run in parallel. */
static void run_layer_scenarios(size_t from, size_t to) {
  size_t i;
  long long n0 = fault.nLive;
  for (i = from; i < to; i++) {
    Scenario sc = aLayerScenario[i];
    /* valgrind (SHEBAO_ALLOC_QUICK) is 30 times slower: every 11th allocation at least */
    if (quick && sc.stride < 11) sc.stride = 11;
    cr_expect(run_scenario(&sc) > 0, "%s: no allocation to fail", sc.zTitle);
  }
  cr_assert_eq(fault.nLive, n0, "%lld allocations leaked", fault.nLive - n0);
}

Test(alloc, writing_to_the_layers, .timeout = 300) {
  run_layer_scenarios(0, 3);
}

Test(alloc, creating_a_layer, .timeout = 300) {
  run_layer_scenarios(3, 4);
}

Test(alloc, checking_writes_against_the_rows_in_effect, .timeout = 300) {
  run_layer_scenarios(4, 6);
}

Test(alloc, a_call_that_rebuilds_the_index, .timeout = 300) {
  run_layer_scenarios(6, sizeof(aLayerScenario) / sizeof(aLayerScenario[0]));
}

/* Loading shebao on a database that has layer tables puts its guards on them (policy/triggers.c): with
** allocation n failing, the load succeeds with every guard, or fails, takes back what it made (when memory is
** there again: with every later allocation failing, what it could not drop stays, and a new load puts the
** rest on) and leaves no transaction open. Every 7th allocation: creating a layer, above, fails each one of
** the guards' own. */
Test(alloc, loading_on_a_database_with_layers, .timeout = 300) {
  char zPath[128], *zWantGuards = 0;
  sqlite3 *db;
  long long n, n0;
  int persistent;
  snprintf(zPath, sizeof(zPath), "/tmp/shebao-test-alloc-%d.db", (int)getpid());
  unlink(zPath);
  cr_assert_eq(sqlite3_open(zPath, &db), SQLITE_OK);
  cr_assert_eq(sqlite3_shebao_init(db, 0, 0), SQLITE_OK);
  exec_ok(db, zLayers);
  sqlite3_close(db);
  /* What a load without failures makes in temp: five guards per layer table, and the journal. */
  cr_assert_eq(sqlite3_open(zPath, &db), SQLITE_OK);
  cr_assert_eq(sqlite3_shebao_init(db, 0, 0), SQLITE_OK);
  call_run(db, "SELECT count(*) FROM temp.sqlite_schema", &zWantGuards);
  cr_assert(zWantGuards && atoi(zWantGuards) > 5 * 10, "only %s in temp", zWantGuards);
  sqlite3_close(db);
  n0 = fault.nLive;
  for (persistent = 0; persistent <= !quick; persistent++) {
    /* Every 7th allocation (every 29th under valgrind): a load here makes some 14,000. */
    for (n = 1; n < MAX_N; n += quick ? 29 : 7) {
      char *zErr = 0, *zGuards = 0;
      int rc;
      cr_assert_eq(sqlite3_open(zPath, &db), SQLITE_OK);
      arm(n, persistent);
      rc = sqlite3_shebao_init(db, &zErr, 0);
      disarm();
      sqlite3_free(zErr);
      cr_expect(sqlite3_get_autocommit(db), "allocation %lld failing: the load left a transaction open", n);
      if (rc != SQLITE_OK) {
        cr_expect_eq(rc, SQLITE_NOMEM, "allocation %lld failing: rc %d", n, rc);
        call_run(db, "SELECT count(*) FROM temp.sqlite_schema", &zGuards);
        if (!persistent)
          cr_expect_str_eq(zGuards, "0\n", "allocation %lld failing: a failed load left %s", n, zGuards);
        free(zGuards);
        zGuards = 0;
        rc = sqlite3_shebao_init(db, 0, 0);
        cr_expect_eq(rc, SQLITE_OK, "allocation %lld failing: loading again", n);
      }
      call_run(db, "SELECT count(*) FROM temp.sqlite_schema", &zGuards);
      cr_expect_str_eq(zGuards, zWantGuards, "allocation %lld failing%s: a load with missing guards", n,
                       persistent ? " and every later one" : "");
      free(zGuards);
      cr_assert_eq(sqlite3_close(db), SQLITE_OK);
      cr_assert_eq(fault.nLive, n0, "allocation %lld failing: %lld allocations leaked", n, fault.nLive - n0);
      if (!fault.hit) break;
    }
    cr_assert(n > 10 && n < MAX_N);
  }
  free(zWantGuards);
  unlink(zPath);
}
