/* Allocation failures. SQLite's allocator is replaced (sqlite3_config(SQLITE_CONFIG_MALLOC)) by one that counts
** live allocations and fails the Nth allocation, for N = 1, 2, ... until the operation runs without reaching
** N: loading the extension (in-process and as a shared library), building the policy index, and every call of
** tests/calls.sql, good and bad. Two modes: only the Nth allocation fails (the code must recover), or the Nth
** and every one after it (the error must get out however little memory is left).
**
** Each failure must give SQLITE_NOMEM (or the same answer as without the failure, where SQLite absorbs it),
** never another error or a wrong answer; the connection must answer correctly afterwards; and when it is closed,
** every allocation must have been freed. Criterion runs each test in its own process, so replacing the
** allocator here touches no other test.
**
** SHEBAO_ALLOC_QUICK=1 (the valgrind run, 30 times slower) fails one allocation at a time only, and gives each
** argument two of the bad values. */
#include "harness.h"
#include "../common/calls.h"
#include "policy.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the failing allocator ---------------------------------------------------------------------------- */

static sqlite3_mem_methods defaultMethods;
static struct {
  int armed;           /* inside the section under test */
  int persistent;      /* once one allocation failed, fail every later one */
  long long countdown; /* allocations left before the failure */
  int hit;             /* an allocation was failed */
  long long nLive;     /* live allocations */
} fault;

static int fail_now(void) {
  if (!fault.armed) return 0;
  if (fault.hit && fault.persistent) return 1;
  if (--fault.countdown == 0) {
    fault.hit = 1;
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
  static const sqlite3_mem_methods faulty = {fault_malloc, fault_free, fault_realloc, fault_size,
                                             fault_roundup, fault_init,  fault_shutdown, 0};
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
  fault.armed = n > 0;
}

static void disarm(void) {
  fault.armed = 0;
}

#define LIVE_DRIFT 8   /* allocations SQLite may keep after recovering from a failure (see below) */
#define MAX_N 100000 /* no operation here allocates that often: reaching it means a loop that never ends */

static CallList list;
static int quick; /* SHEBAO_ALLOC_QUICK */

static void setup(void) {
  const char *zQuick = getenv("SHEBAO_ALLOC_QUICK");
  quick = zQuick && atoi(zQuick) > 0;
  char *zErr;
  install_allocator();
  zErr = calls_load(&list);
  cr_assert(zErr == 0, "%s", zErr);
}

static void teardown(void) {
  calls_free(&list);
}

TestSuite(alloc, .init = setup, .fini = teardown);

/* ---- loading ------------------------------------------------------------------------------------------ */

static const char zCheckSql[] = "SELECT can_share('祖父', '2025-03-01', '苏州市', '成都市'), relation_code('外婆'),"
                                " region_code('苏州'), (SELECT count(*) FROM shebao_regions),"
                                " (SELECT count(*) FROM explain_can_share('27', '2025-09-22', '南京市', '杭州市'))";

/* What a loaded connection answers (malloc'd), or why not. */
static char *answers(sqlite3 *db) {
  char *zOut = 0;
  call_run(db, zCheckSql, &zOut);
  return zOut;
}

/* The loadable the build names (the ASan build's own under make sanitize); SHEBAO_TEST_LOADABLE overrides it. */
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
  sqlite3_exec(db, "CREATE TEMP TABLE IF NOT EXISTS shebao_calls_names(name TEXT); DELETE FROM shebao_calls_names",
               0, 0, 0);
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
    if (how == LOAD_INIT) rc = sqlite3_shebao_init(db, &zErr, 0);
    else if (how == LOAD_SQL_FUNCTION) rc = load_by_sql(db, &zErr);
    else rc = sqlite3_load_extension(db, loadable(), 0, &zErr);
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
        cr_expect(rc == SQLITE_OK || rc == SQLITE_NOMEM || (rc == SQLITE_ERROR && (zMsg[0] == 0 || strstr(zMsg, "out of memory"))),
                  "%s, allocation %lld failing: rc %d: %s", zHow, n, rc, zMsg);
      } else {
        cr_expect(rc == SQLITE_OK || rc == SQLITE_NOMEM, "%s, allocation %lld failing: rc %d: %s", zHow, n, rc, zMsg);
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

Test(alloc, building_the_policy_index) {
  int persistent;
  long long n0 = fault.nLive;
  for (persistent = 0; persistent <= 1; persistent++) {
    long long n;
    for (n = 1; n < MAX_N; n++) {
      char *zErr = 0;
      PolicyIndex *p;
      arm(n, persistent);
      p = policy_index_build(0, &zErr);
      disarm();
      if (p) {
        cr_assert(!fault.hit, "the index was built although allocation %lld failed", n);
        cr_assert(p->pRelations && p->pRegions && p->pSharing && p->pParameters);
        policy_index_unref(p);
        break;
      }
      cr_assert(fault.hit);
      cr_assert(zErr == 0, "allocation %lld failing gives a message, not out of memory: %s", n, zErr);
      cr_assert_eq(fault.nLive, n0, "allocation %lld failing: %lld allocations leaked", n, fault.nLive - n0);
    }
    cr_assert(n > 1 && n < MAX_N);
    cr_assert_eq(fault.nLive, n0);
  }
}

/* ---- every call --------------------------------------------------------------------------------------- */

/* Runs zSql with allocation n, n+1, ... failing on one connection; returns how many runs hit a failure. */
static int call_with_each_allocation_failing(const char *zTitle, const char *zSql) {
  long long nBeforeOpen = fault.nLive, n0;
  sqlite3 *db = open_shebao();
  char *zWant = 0;
  int persistent, nHit = 0, rcWant;
  rcWant = call_run(db, zSql, &zWant); /* the answer; it also connects the eponymous tables it uses */
  cr_assert(zWant);
  n0 = fault.nLive;
  for (persistent = 0; persistent <= !quick; persistent++) {
    long long n;
    for (n = 1; n < MAX_N; n++) {
      char *zGot = 0, *zAgain = 0;
      int rc, hit;
      arm(n, persistent);
      rc = call_run(db, zSql, &zGot);
      disarm();
      hit = fault.hit;
      cr_assert(zGot);
      if (!hit) {
        cr_assert_str_eq(zGot, zWant, "%s", zTitle);
        free(zGot);
        break;
      }
      nHit++;
      cr_expect(rc == SQLITE_NOMEM || (rc == rcWant && strcmp(zGot, zWant) == 0),
                "%s: allocation %lld failing%s: %s\nwant: %s", zTitle, n, persistent ? " and every later one" : "",
                zGot, zWant);
      /* The connection is intact: the same call, now without failures, gives the same answer. */
      call_run(db, zSql, &zAgain);
      cr_expect(zAgain && strcmp(zAgain, zWant) == 0, "%s: after allocation %lld failed%s: %s\nwant: %s", zTitle, n,
                persistent ? " and every later one" : "", zAgain, zWant);
      /* SQLite may rebuild some of its own state after a failure (an eponymous table, reconnected), so the
      ** count may move a little; a leak per call would make it grow without end. Everything must be freed when
      ** the connection closes (checked by the caller). */
      cr_expect(fault.nLive <= n0 + LIVE_DRIFT, "%s: allocation %lld failing%s: %lld more allocations live", zTitle,
                n, persistent ? " and every later one" : "", fault.nLive - n0);
      free(zGot);
      free(zAgain);
    }
    cr_assert(n < MAX_N, "%s", zTitle);
  }
  free(zWant);
  cr_assert_eq(sqlite3_close(db), SQLITE_OK);
  cr_expect_eq(fault.nLive, nBeforeOpen, "%s: %lld allocations not freed when the connection closed", zTitle,
               fault.nLive - nBeforeOpen);
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
        char *zTitle = sqlite3_mprintf("%s", zSql);
        int nHit = call_with_each_allocation_failing(zTitle, zSql);
        cr_expect(nHit > 0, "%s: no allocation to fail", zTitle);
        sqlite3_free(zSql);
        sqlite3_free(zTitle);
        nSql++;
      }
    }
  }
  cr_assert(nSql > 50, "only %d calls", nSql);
  cr_assert_eq(fault.nLive, n0, "%lld allocations leaked", fault.nLive - n0);
}
