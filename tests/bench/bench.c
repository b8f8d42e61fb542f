/*
** make bench: what each public scalar function of shebao costs per row, against two references:
**   - the floor: the same scan calling bench_noop(), a C function of the same arity that does nothing
**     (tests/bench/noop.c): what SQLite itself costs to scan the rows and call a function;
**   - the best pure-SQL equivalent a user could write without shebao, over tables exported from the policy
**     itself: a JOIN against a lookup table, a correlated subquery over the dated rows ("as of" that day),
**     SQLite's date() modifiers. Each equivalent is checked against the function on the whole bench data
**     and the number of rows where they differ is printed: a benchmark against a wrong equivalent is
**     worthless.
**
**   build/bench/bench                      10k, 100k and 1M rows, best of 5 runs
**   build/bench/bench --rows 100000 --runs 3 --only region
**   build/bench/bench --rows 1000000 --runs 20 --only region_code --func-only    (under perf)
**   build/bench/bench --smoke              1k rows, one run: checks that the harness and every equivalent
**                                          still work (make test runs it); never judges timings
**
** The data is generated from a fixed seed (splitmix64), so every run scans the same rows: relation terms in
** Chinese and English, standard names and codes; region codes, names, short and former names; dates; identity
** numbers with wrong check characters, impossible dates, legacy 15-digit numbers; and some NULLs. Everything
** is in an in-memory database, in one process; the same scans also run on a database file, and statements that
** read nothing from the file (a CTE, a TEMP table) on both.
**
** Last, a TARGETS table lists every target with its measured ratio or figure and whether it is met, judged on
** the largest table: a lookup at most 1.4x the floor of its arity; enablement, certification and identity
** numbers 1.6x; composite decisions 2.5x; a date function at most 0.5x the time of SQLite's date() expression
** for the same result; a database file within 1.3x of memory; loading shebao on a new connection 0.1 ms and
** its memory 256 KiB; an index with a 1M-row layer built in 0.5 s and 150 MB; a one-row change to a 100k-row
** layer seen by the next call in 5 ms. The exit status reflects only errors and mismatches, never timings.
*/
#define _POSIX_C_SOURCE 200809L
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "policy/policy.h" /* policy_index_build: the index build is timed on its own too */
#include "../common/crafted.h"

int sqlite3_shebao_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);
int bench_noop_register(sqlite3 *db);

/* ---- helpers ------------------------------------------------------------------------------------------ */

static int nFailure = 0;

/* The TARGETS table printed last: every target with what was measured and whether it is met. Never an exit
** status: timings are judged by people, on a quiet machine. */
typedef struct Target {
  char zWhat[112], zMeasured[48], zLimit[32];
  int met;
} Target;
static Target aTarget[80];
static int nTarget = 0;

static void target(const char *zWhat, int met, const char *zLimit, const char *zMeasuredFmt, double v) {
  Target *t;
  if (nTarget == (int)(sizeof(aTarget) / sizeof(aTarget[0]))) return;
  t = &aTarget[nTarget++];
  snprintf(t->zWhat, sizeof(t->zWhat), "%s", zWhat);
  snprintf(t->zMeasured, sizeof(t->zMeasured), zMeasuredFmt, v);
  snprintf(t->zLimit, sizeof(t->zLimit), "%s", zLimit);
  t->met = met;
}

static void print_targets(int smoke) {
  int i, nMet = 0;
  printf("\nTARGETS%s\n\n| target | measured | limit | |\n|---|---:|---:|---|\n",
         smoke ? " (smoke run: 1k rows, one run; not to be judged)" : "");
  for (i = 0; i < nTarget; i++) {
    printf("| %s | %s | %s | %s |\n", aTarget[i].zWhat, aTarget[i].zMeasured, aTarget[i].zLimit,
           aTarget[i].met ? "met" : "MISSED");
    nMet += aTarget[i].met;
  }
  printf("\n%d of %d targets met\n", nMet, nTarget);
}

static void die(sqlite3 *db, const char *zWhat) {
  fprintf(stderr, "bench: %s: %s\n", zWhat, db ? sqlite3_errmsg(db) : "");
  exit(2);
}

static void exec(sqlite3 *db, const char *zSql) {
  char *zErr = 0;
  if (sqlite3_exec(db, zSql, 0, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "bench: %s\n  in: %.300s\n", zErr ? zErr : "error", zSql);
    exit(2);
  }
}

static long long query_int(sqlite3 *db, const char *zSql, int *pOk) {
  sqlite3_stmt *stmt = 0;
  long long v = -1;
  *pOk = 0;
  if (sqlite3_prepare_v2(db, zSql, -1, &stmt, 0) != SQLITE_OK) {
    fprintf(stderr, "bench: %s\n  in: %.300s\n", sqlite3_errmsg(db), zSql);
    return -1;
  }
  if (sqlite3_step(stmt) == SQLITE_ROW) {
    v = sqlite3_column_int64(stmt, 0);
    *pOk = 1;
  }
  if (sqlite3_finalize(stmt) != SQLITE_OK) {
    fprintf(stderr, "bench: %s\n  in: %.300s\n", sqlite3_errmsg(db), zSql);
    *pOk = 0;
  }
  return v;
}

/* A list of strings read from the first column of a query (malloc'd copies). */
typedef struct List {
  int n;
  char **az;
} List;

static List query_list(sqlite3 *db, const char *zSql) {
  sqlite3_stmt *stmt = 0;
  List l = {0, 0};
  int nAlloc = 0;
  if (sqlite3_prepare_v2(db, zSql, -1, &stmt, 0) != SQLITE_OK) die(db, zSql);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    const char *z = (const char *)sqlite3_column_text(stmt, 0);
    if (z == 0) continue;
    if (l.n == nAlloc) {
      nAlloc = nAlloc ? nAlloc * 2 : 64;
      l.az = realloc(l.az, sizeof(char *) * (size_t)nAlloc);
      if (l.az == 0) die(0, "out of memory");
    }
    l.az[l.n++] = strdup(z);
  }
  if (sqlite3_finalize(stmt) != SQLITE_OK) die(db, zSql);
  if (l.n == 0) {
    fprintf(stderr, "bench: no rows from %s\n", zSql);
    exit(2);
  }
  return l;
}

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* CPU time: other processes on the machine do not count */
  return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* splitmix64: a fixed seed, the same rows on every machine. */
static unsigned long long rngState = 0x5EBA0C0FFEEULL;
static unsigned long long rng(void) {
  unsigned long long z = (rngState += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}
static int rnd(int n) {
  return (int)(rng() % (unsigned long long)n);
}
static const char *pick(const List *l) {
  return l->az[rnd(l->n)];
}

/* Days since 1970-01-01 <-> 'YYYY-MM-DD' (civil-from-days; independent of ext/util/date.c). */
static void format_day(int day, char *buf) {
  int z = day + 719468, era = (z >= 0 ? z : z - 146096) / 146097, doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365, y = yoe + era * 400;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  int d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
  snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)(y + (m <= 2)) % 10000u, (unsigned)m % 100u,
           (unsigned)d % 100u);
}
#define DAY(y, m, d) day_of(y, m, d)
static int day_of(int y, int m, int d) {
  int yy = m <= 2 ? y - 1 : y, era = (yy >= 0 ? yy : yy - 399) / 400, yoe = yy - era * 400;
  int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1, doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* ---- the policy, exported as plain tables (what a user without shebao would work from) ---------------- */

static void export_policy(sqlite3 *db) {
  exec(
      db,
      /* Relation terms, standard names and codes -> code, name, verdict, and what can_share needs: the class
      ** whose sharing scope applies and how the relation counts (near, step: only with support, self, no,
      ** unknown). Terms win over names (as in shebao); a code is always the code. */
      "CREATE TABLE rel_lookup(term TEXT PRIMARY KEY, code TEXT, name TEXT, near INT, share_kind TEXT,"
      "  share_class TEXT) WITHOUT ROWID;"
      "CREATE TEMP VIEW rel_src AS"
      "  SELECT term, code, class, near_relative, 1 AS prio FROM shebao_relation_terms"
      "  UNION ALL SELECT name, code, class, near_relative, 2 FROM shebao_relations"
      "  UNION ALL SELECT code, code, class, near_relative, 0 FROM shebao_relations;"
      "INSERT OR IGNORE INTO rel_lookup"
      "  SELECT term, code, (SELECT name FROM shebao_relations r WHERE r.code = s.code), near_relative,"
      "    CASE WHEN class = 'self' THEN 'self' WHEN near_relative = 1 THEN 'near'"
      "         WHEN near_relative = 0 THEN 'no' WHEN class LIKE '%step\\_%' ESCAPE '\\' THEN 'step'"
      "         ELSE 'unknown' END,"
      "    CASE WHEN class = 'self' THEN 'self' ELSE replace(substr(class, 1, CASE instr(class, '|')"
      "      WHEN 0 THEN 99 ELSE instr(class, '|') - 1 END), 'step_', '') END"
      "  FROM rel_src s ORDER BY prio;"
      /* Regions: codes, canonical names, aliases (short and former names, legacy codes); a name that several
      ** regions share is ambiguous and left out (a lookup of it is NULL). */
      "CREATE TABLE region_lookup(key TEXT PRIMARY KEY, code TEXT, name TEXT, province TEXT,"
      "  province_code TEXT, level TEXT, pool TEXT, pool_province TEXT) WITHOUT ROWID;"
      "CREATE TEMP VIEW region_rows AS SELECT r.code, r.name, r.province, r.province_code, r.level, r.pool,"
      "  p.province_code AS pool_province FROM shebao_regions r JOIN shebao_regions p ON p.code = r.pool;"
      "INSERT INTO region_lookup SELECT code, * FROM region_rows;"
      "CREATE TEMP TABLE region_names AS"
      "  WITH RECURSIVE split(code, rest, alias) AS ("
      "    SELECT code, aliases || ', ', NULL FROM shebao_regions"
      "    UNION ALL SELECT code, substr(rest, instr(rest, ', ') + 2), substr(rest, 1, instr(rest, ', ') - 1)"
      "    FROM split WHERE rest <> '')"
      "  SELECT alias AS key, code FROM split WHERE alias IS NOT NULL AND alias <> ''"
      "  UNION SELECT name, code FROM shebao_regions;"
      "INSERT OR IGNORE INTO region_lookup SELECT n.key, r.*"
      "  FROM region_names n JOIN region_rows r USING (code)"
      "  WHERE n.key IN (SELECT key FROM region_names GROUP BY key HAVING count(DISTINCT code) = 1)"
      "  AND NOT EXISTS (SELECT 1 FROM shebao_counties c WHERE c.name = n.key AND c.region_code <> n.code);"
      /* County codes (identity numbers): the pool of the region that covers the county. */
      "CREATE TABLE county_lookup(code TEXT PRIMARY KEY, pool TEXT) WITHOUT ROWID;"
      "INSERT INTO county_lookup SELECT c.code, min(r.pool) FROM shebao_counties c"
      "  JOIN shebao_regions r ON r.code = c.region_code GROUP BY c.code HAVING count(DISTINCT r.pool) = 1;"
      /* Observations (enablement and scopes, docs/regions.md) as the points each row states: an 'exact' row is
      ** also off the day before, a row with an end on it and (if on) off the day after. exact_on: an 'on' point
      ** of an 'exact' row, which a national row read for a region does not state (a national start). */
      "CREATE TEMP VIEW obs_row AS"
      "  SELECT 'e' AS tbl, code, scope AS key2, valid_from AS f, valid_to AS t, precision AS p"
      "  FROM shebao_region_enablement UNION ALL"
      "  SELECT 's', region_code, class, coalesce(valid_from, '0000-01-01'), valid_to, precision"
      "  FROM shebao_sharing_scopes;"
      "CREATE TEMP VIEW obs_state AS SELECT *, CASE p WHEN 'off' THEN 'off' WHEN 'some' THEN 'some' ELSE 'on'"
      "  END AS st FROM obs_row;"
      "CREATE TABLE obs_pt AS"
      "  SELECT tbl, code, key2, date(f, '-1 day') AS day, 'off' AS state, 0 AS exact_on FROM obs_state"
      "    WHERE p = 'exact' AND f > '0000-01-01'"
      "  UNION ALL SELECT tbl, code, key2, f, st, p = 'exact' FROM obs_state"
      "  UNION ALL SELECT tbl, code, key2, t, st, p = 'exact' FROM obs_state WHERE t IS NOT NULL AND t <> f"
      "  UNION ALL SELECT tbl, code, key2, date(t, '+1 day'), 'off', 0 FROM obs_state"
      "    WHERE t IS NOT NULL AND st = 'on';"
      /* Each pool's chain (its code, its province's, the nation's; '000000' alone for the national form), and
      ** the points that concern it: a wider 'off' or 'some' not on or after the day a narrower code was on. */
      "CREATE TABLE chain AS SELECT DISTINCT pool, 0 AS lvl, pool AS code FROM region_lookup"
      "  UNION SELECT DISTINCT pool, 1, pool_province FROM region_lookup WHERE pool_province <> pool"
      "  UNION SELECT DISTINCT pool, 2, '000000' FROM region_lookup UNION SELECT '000000', 0, '000000';"
      "CREATE TABLE pool_pt AS WITH p AS (SELECT c.pool, c.lvl, o.* FROM chain c JOIN obs_pt o ON o.code = c.code"
      "    WHERE NOT (c.lvl = 2 AND o.exact_on)),"
      "  m AS (SELECT pool, tbl, key2, min(CASE WHEN lvl = 0 AND state = 'on' THEN day END) AS on0,"
      "    min(CASE WHEN lvl <= 1 AND state = 'on' THEN day END) AS on01 FROM p GROUP BY pool, tbl, key2)"
      "  SELECT p.pool, p.tbl, p.key2, p.day, p.state FROM p JOIN m USING (pool, tbl, key2)"
      "  WHERE p.state = 'on' OR p.lvl = 0 OR (p.lvl = 1 AND (on0 IS NULL OR p.day < on0))"
      "    OR (p.lvl = 2 AND (on01 IS NULL OR p.day < on01));"
      "CREATE INDEX pool_pt_key ON pool_pt(tbl, key2, pool, day);"
      "CREATE TABLE cert_assign AS SELECT region_code, scheme, rule, valid_from, valid_to"
      "  FROM shebao_cert_assignments;"
      "CREATE TABLE cert_kind AS SELECT rule, kind, length, window_from, window_to FROM shebao_cert_rules;"
      "CREATE INDEX cert_assign_key ON cert_assign(scheme, region_code, valid_from);"
      "CREATE TABLE params AS SELECT name, region_code, value, valid_from, valid_to FROM shebao_parameters;"
      "CREATE TABLE id_prefixes(prefix TEXT PRIMARY KEY) WITHOUT ROWID;"
      "INSERT INTO id_prefixes SELECT prefix FROM shebao_id_prefixes;");
}

/* ---- the data ----------------------------------------------------------------------------------------- */

static const char aCheck[] = "10X98765432";
static const int aWeight[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

/* An identity number: mostly valid 18-character ones, and the mistakes real data has. */
static void make_id(const List *codes, char *buf, int *pNull) {
  int r = rnd(100), y = 1935 + rnd(88), m = 1 + rnd(12), d = 1 + rnd(28), seq = rnd(1000), i, sum = 0;
  const char *zCode = pick(codes);
  *pNull = r < 3;
  if (r >= 11 && r < 16) { /* legacy 15 digits, 19YY */
    snprintf(buf, 16, "%s%02d%02d%02d%03d", zCode, y % 100, m, d, seq);
    return;
  }
  if (r >= 16 && r < 18) d = m == 2 ? 30 : 32; /* an impossible date */
  snprintf(buf, 19, "%s%04d%02d%02d%03d", r == 20 ? "990000" : zCode, y, m, d, seq);
  for (i = 0; i < 17; i++)
    sum += (buf[i] - '0') * aWeight[i];
  buf[17] = aCheck[sum % 11];
  if (r >= 3 && r < 11) buf[17] = aCheck[(sum + 1 + rnd(10)) % 11]; /* a wrong check character */
  if (r >= 18 && r < 20 && buf[17] == 'X') buf[17] = 'x';
  buf[18] = 0;
}

static void generate(sqlite3 *db, int nRow) {
  /* Known values come from the exported policy; the unknown ones are what cleaning data finds. */
  List relKnown = query_list(db, "SELECT term FROM rel_lookup ORDER BY term");
  List relUnknown = query_list(db, "VALUES ('火星人'), ('同事'), ('neighbour'), ('室友')");
  List household =
      query_list(db, "SELECT code FROM shebao_relations UNION ALL SELECT name FROM shebao_relations"
                     " ORDER BY 1");
  /* Terms in traditional characters: found only after conversion (util/hanzi.c). */
  List relTraditional =
      query_list(db, "VALUES ('父親'), ('母親'), ('外孫女'), ('爺爺'), ('兒子'), ('兒媳婦'),"
                     " ('丈母孃'), ('孫子'), ('姊妹'), ('繼母'), ('養子'), ('祖父母'),"
                     " ('外祖父母'), ('兄長'), ('嫂嫂'), ('親戚'), ('孫女婿'), ('曾孫'),"
                     " ('婆婆'), ('長子'), ('獨生女'), ('岳父'), ('舅媽'), ('姨媽')");
  /* Chinese names and codes (pinyin and English aliases have a row of their own below). */
  List regionKnown = query_list(db, "SELECT key FROM region_lookup WHERE key NOT GLOB '*[a-z]*' ORDER BY key");
  List countyCodes = query_list(db, "SELECT code FROM shebao_counties WHERE kind = 'division' ORDER BY code");
  /* Region names in traditional characters: found only after conversion (util/hanzi.c). */
  List regionTraditional =
      query_list(db, "VALUES ('蘇州市'), ('廣州市'), ('廣州'), ('瀋陽市'), ('長沙市'), ('烏魯木齊市'),"
                     " ('貴陽市'), ('蘭州'), ('東莞市'), ('廈門市'), ('鄭州市'), ('寧波市'), ('無錫'),"
                     " ('濟南市'), ('張家口市'), ('長春'), ('齊齊哈爾市'), ('姑蘇區'), ('江蘇省蘇州市'),"
                     " ('哈爾濱市'), ('連雲港市'), ('臺州市'), ('黃岡市'), ('湯陰縣')");
  List regionUnknown = query_list(db, "VALUES ('火星市'), ('吉林'), ('海南'), ('巢湖市'), ('999999')");
  List pools = query_list(db, "SELECT key FROM region_lookup WHERE level <> 'province' AND key NOT GLOB '*[a-z]*'"
                                " ORDER BY key");
  List certRegions =
      query_list(db, "SELECT key FROM region_lookup WHERE province_code NOT IN"
                     " (SELECT region_code FROM cert_assign WHERE scheme <> 'any') AND key NOT GLOB '*[a-z]*'"
                     " ORDER BY key");
  List idCodes = query_list(db, "SELECT code FROM shebao_regions WHERE level IN ('prefecture', 'county')"
                                " ORDER BY code");
  sqlite3_stmt *ins = 0;
  int i, k, dayLo = DAY(2020, 1, 1), dayHi = DAY(2026, 12, 31), certLo = DAY(2015, 1, 1),
            certHi = DAY(2025, 12, 31);
  char zSql[256];
  snprintf(
      zSql, sizeof(zSql),
      "CREATE TABLE data_%d(id INTEGER PRIMARY KEY, rel, relk, rela, relb, region, regionk, payer, relative,"
      " certregion, d, last_cert, on_d, idno, birth, relt, regionc, regiont)",
      nRow);
  exec(db, zSql);
  snprintf(zSql, sizeof(zSql),
           "INSERT INTO data_%d VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
           " ?14, ?15, ?16, ?17, ?18)",
           nRow);
  if (sqlite3_prepare_v2(db, zSql, -1, &ins, 0) != SQLITE_OK) die(db, "insert");
  exec(db, "BEGIN");
  for (i = 1; i <= nRow; i++) {
    char zD[16], zLast[16], zOn[16], zBirth[16], zId[24];
    int last = certLo + rnd(certHi - certLo + 1), idNull;
    format_day(dayLo + rnd(dayHi - dayLo + 1), zD);
    format_day(last, zLast);
    format_day(last + rnd(700), zOn);
    format_day(DAY(1930, 1, 1) + rnd(DAY(2019, 12, 31) - DAY(1930, 1, 1)), zBirth);
    make_id(&idCodes, zId, &idNull);
    sqlite3_bind_int(ins, 1, i);
    k = rnd(100);
    if (k < 4)
      sqlite3_bind_null(ins, 2);
    else
      sqlite3_bind_text(ins, 2, k < 10 ? pick(&relUnknown) : pick(&relKnown), -1, SQLITE_STATIC);
    if (rnd(100) < 3)
      sqlite3_bind_null(ins, 3);
    else
      sqlite3_bind_text(ins, 3, pick(&relKnown), -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 4, pick(&household), -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 5, pick(&household), -1, SQLITE_STATIC);
    k = rnd(100);
    if (k < 3)
      sqlite3_bind_null(ins, 6);
    else
      sqlite3_bind_text(ins, 6, k < 8 ? pick(&regionUnknown) : pick(&regionKnown), -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 7, pick(&regionKnown), -1, SQLITE_STATIC);
    /* Payer and relative: often the same region or province, as in life. */
    {
      const char *zPayer = pick(&pools);
      sqlite3_bind_text(ins, 8, zPayer, -1, SQLITE_STATIC);
      sqlite3_bind_text(ins, 9, rnd(3) == 0 ? zPayer : pick(&pools), -1, SQLITE_STATIC);
    }
    sqlite3_bind_text(ins, 10, pick(&certRegions), -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 11, zD, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins, 12, zLast, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins, 13, zOn, -1, SQLITE_TRANSIENT);
    if (idNull)
      sqlite3_bind_null(ins, 14);
    else
      sqlite3_bind_text(ins, 14, zId, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins, 15, zBirth, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins, 16, pick(&relTraditional), -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 17, pick(&countyCodes), -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 18, pick(&regionTraditional), -1, SQLITE_STATIC);
    if (sqlite3_step(ins) != SQLITE_DONE) die(db, "insert");
    sqlite3_reset(ins);
  }
  exec(db, "COMMIT");
  sqlite3_finalize(ins);
}

/* The relative's identity number of a binding request: another row's number (valid or not, NULL or not). */
static void add_relative_ids(sqlite3 *db, int nRow) {
  char zSql[256];
  snprintf(
      zSql, sizeof(zSql),
      "ALTER TABLE data_%d ADD COLUMN idno2;"
      "UPDATE data_%d SET idno2 = (SELECT u.idno FROM data_%d u WHERE u.id = data_%d.id * 7919 %% %d + 1)",
      nRow, nRow, nRow, nRow, nRow);
  exec(db, zSql);
}

/* ---- the cases ---------------------------------------------------------------------------------------- */

/* What the pure-SQL equivalent is, and the target against it. */
typedef enum { REF_NONE, REF_JOIN, REF_ASOF, REF_DATE, REF_EXPR } RefKind;
static const char *const azRefName[] = {"-", "JOIN", "as-of subquery", "date()", "expression"};
static const double aRefTarget[] = {0, 1.7, 3.0, 2.0, 0}; /* date(): shebao at most 0.5x its time */

typedef struct Case {
  const char *zName;  /* as shown */
  const char *zArgs;  /* the columns the function reads: the floor calls bench_noop with them */
  const char *zFunc;  /* the call */
  double floorTarget; /* 1.4 a lookup; 1.6 enablement, certification, identity; 2.5 a composite */
  RefKind ref;
  const char *zJoin; /* FROM clause additions of the pure-SQL equivalent (t is the data table) */
  const char *zSql;  /* its expression */
} Case;

/* Shared pieces of SQL. */
#define IN_FORCE(x, day)                                                                                     \
  "(" x ".valid_from IS NULL OR " x ".valid_from <= " day ") AND (" x ".valid_to IS NULL OR " day " <= " x   \
  ".valid_to)"
/* The reading of observations (docs/regions.md) for a pool on t.d: the nearest points before (or on) and after
** the day, and the first 'on'. tbl 'e' (enablement, key2 the scope) or 's' (scopes, key2 the class). */
#define OBS_WHERE(tbl, key2, pool) "o.tbl = '" tbl "' AND o.key2 = " key2 " AND o.pool = " pool
#define OBS_STATE_AT(tbl, key2, pool, day)                                                                   \
  "(SELECT CASE WHEN count(DISTINCT o.state) > 1 THEN 'some' ELSE max(o.state) END FROM pool_pt o WHERE "    \
  OBS_WHERE(tbl, key2, pool) " AND o.day = " day ")"
#define OBS(tbl, key2, pool)                                                                                 \
  "(SELECT CASE WHEN v.bd = t.d THEN CASE v.bs WHEN 'on' THEN 1 WHEN 'off' THEN 0 END"                       \
  "  WHEN v.bs = 'on' THEN CASE WHEN v.as_ = 'off' THEN NULL ELSE 1 END"                                     \
  "  WHEN v.bs = 'off' THEN CASE WHEN v.as_ = 'off' OR (v.as_ IS NULL AND v.fo < v.bd) THEN 0 END"           \
  "  WHEN v.bs IS NULL THEN CASE WHEN v.as_ IS NULL OR v.as_ = 'off' THEN 0 END END"                         \
  " FROM (SELECT w.bd, w.fo, " OBS_STATE_AT(tbl, key2, pool, "w.bd") " AS bs, " OBS_STATE_AT(                \
      tbl, key2, pool, "w.ad") " AS as_ FROM (SELECT"                                                        \
  "  (SELECT max(o.day) FROM pool_pt o WHERE " OBS_WHERE(tbl, key2, pool) " AND o.day <= t.d) AS bd,"        \
  "  (SELECT min(o.day) FROM pool_pt o WHERE " OBS_WHERE(tbl, key2, pool) " AND o.day > t.d) AS ad,"         \
  "  (SELECT min(o.day) FROM pool_pt o WHERE " OBS_WHERE(tbl, key2, pool) " AND o.state = 'on') AS fo) w) v)"
#define ENABLED(r, scope) OBS("e", "'" scope "'", r ".pool")
/* The place rule (the default parameters): one pool, no condition; one province, in-province mutual aid in
** both; else cross-province mutual aid in both. */
#define PLACE                                                                                                \
  "CASE WHEN pa.pool = re.pool THEN 1 WHEN pa.pool_province = re.pool_province THEN " TRI_AND(               \
      ENABLED("pa", "in_province"), ENABLED("re", "in_province")) " ELSE " TRI_AND(ENABLED("pa",             \
                                                                                           "cross_province"), \
                                                                                   ENABLED("re",             \
                                                                                           "cross_province")) \
      " END"
/* Three-valued AND of 1, 0 and NULL. */
#define TRI_AND(a, b) "(SELECT CASE WHEN x = 0 OR y = 0 THEN 0 WHEN x IS NULL OR y IS NULL THEN NULL ELSE 1 END" \
  " FROM (SELECT " a " AS x, " b " AS y))"
/* The scope of mutual aid for class `cls` on t.d: under the payer's pool (its chain) or the nation alone. */
#define SCOPE_CHAIN(cls) OBS("s", cls, "pa.pool")
#define SCOPE_NATIONAL(cls) OBS("s", cls, "'000000'")
#define ANY_CLASS(scope)                                                                                     \
  "(SELECT CASE WHEN max(ok IS NULL OR ok = 1) THEN NULL ELSE 0 END FROM (SELECT " scope " AS ok FROM"       \
  " (SELECT 'spouse' AS cls UNION ALL SELECT 'parent' UNION ALL SELECT 'child' UNION ALL SELECT 'sibling'"   \
  " UNION ALL SELECT 'grandparent' UNION ALL SELECT 'grandchild') k))"
/* The relation's reading: a near relative or any class by its scope; a step relation only with support
** (NULL where its scope holds); an unspecified relation NULL once some relative may share. */
#define SHARE(scope, anyScope)                                                                               \
  "CASE l.share_kind WHEN 'step' THEN CASE " scope " WHEN 0 THEN 0 END "                                     \
  "WHEN 'unknown' THEN " anyScope " ELSE " scope " END"
#define MONTH_END_12(x) "date(" x ", 'start of month', '+13 months', '-1 day')"
#define ANNIVERSARY(x)                                                                                       \
  "date(" x ", '+1 year', CASE substr(" x ", 6, 5) WHEN '02-29' THEN '-1 day' ELSE '+0 days' END)"
#define DAYS_365(x) "date(" x ", '+364 days')"
/* The rule in effect on the day of the last certification: the region's row, else its province's, else the
** nation's (the bench regions have no scheme-specific rows, so the 'any' rows decide). */
#define CERT_RULE_AT(code)                                                                                   \
  "(SELECT a.rule FROM cert_assign a WHERE a.scheme = 'any' AND a.region_code = " code                       \
  " AND " IN_FORCE("a", "t.last_cert") ")"
#define CERT_RULE                                                                                            \
  "coalesce(" CERT_RULE_AT("c.code") ", " CERT_RULE_AT("c.province_code") ", " CERT_RULE_AT("'000000'") ")"
/* Each kind of rule in SQL (docs/cert.md), from the rule's row k and the day x. */
#define RULE_DEADLINE(x)                                                                                     \
  "CASE k.kind WHEN 'month_end' THEN date(" x ", 'start of month', '+' || (k.length + 1) || ' months', "      \
  "'-1 day') WHEN 'month_end_counting' THEN date(" x ", 'start of month', '+' || k.length || ' months', "     \
  "'-1 day') WHEN 'same_day' THEN min(date(" x ", 'start of month', '+' || k.length || ' months', '+' || "   \
  "(CAST(substr(" x ", 9, 2) AS INT) - 1) || ' days'), date(" x ", 'start of month', '+' || (k.length + 1) " \
  "|| ' months', '-1 day')) WHEN 'days' THEN date(" x ", '+' || (k.length - 1) || ' days') "                 \
  "WHEN 'natural_year' THEN (CAST(substr(" x ", 1, 4) AS INT) + 1) || '-12-31' "                             \
  "ELSE min(date(printf('%04d-%s', CAST(substr(" x ", 1, 4) AS INT) + (substr(" x ", 6, 5) >= "              \
  "k.window_from), substr(k.window_to, 1, 2)) || '-01', '+1 month', '-1 day'), printf('%04d-%s', "           \
  "CAST(substr(" x ", 1, 4) AS INT) + (substr(" x ", 6, 5) >= k.window_from), k.window_to)) END"
#define CERT_DEADLINE "(SELECT " RULE_DEADLINE("t.last_cert") " FROM cert_kind k WHERE k.rule = " CERT_RULE ")"
#define REMINDER "(SELECT value FROM params WHERE name = 'cert_reminder_days' AND region_code = '000000')"
#define STATUS(deadline)                                                                                     \
  "(SELECT CASE WHEN t.on_d > dl THEN 'overdue' WHEN t.on_d > date(dl, '-' || " REMINDER " || ' days') "     \
  "THEN 'due' ELSE 'ok' END FROM (SELECT " deadline " AS dl))"
/* id_valid in SQL: 18 characters with the MOD 11-2 check character, or 15 digits; a real birth date from
** 1800; a known province prefix. */
#define DIGITS17 "[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]"
#define ID_SUM                                                                                               \
  "(substr(t.idno,1,1)*7 + substr(t.idno,2,1)*9 + substr(t.idno,3,1)*10 + substr(t.idno,4,1)*5 + "           \
  "substr(t.idno,5,1)*8 + substr(t.idno,6,1)*4 + substr(t.idno,7,1)*2 + substr(t.idno,8,1)*1 + "             \
  "substr(t.idno,9,1)*6 + substr(t.idno,10,1)*3 + substr(t.idno,11,1)*7 + substr(t.idno,12,1)*9 + "          \
  "substr(t.idno,13,1)*10 + substr(t.idno,14,1)*5 + substr(t.idno,15,1)*8 + substr(t.idno,16,1)*4 + "        \
  "substr(t.idno,17,1)*2)"
#define ID_DATE18 "substr(t.idno,7,4) || '-' || substr(t.idno,11,2) || '-' || substr(t.idno,13,2)"
#define ID_DATE15 "'19' || substr(t.idno,7,2) || '-' || substr(t.idno,9,2) || '-' || substr(t.idno,11,2)"
#define ID_VALID                                                                                             \
  "CASE WHEN t.idno IS NULL THEN NULL WHEN length(t.idno) = 18 THEN coalesce(t.idno GLOB '" DIGITS17         \
  "[0-9Xx]' "                                                                                                \
  "AND upper(substr(t.idno, 18)) = substr('10X98765432', " ID_SUM " % 11 + 1, 1) AND date(" ID_DATE18        \
  ", '+0 days') = " ID_DATE18                                                                                \
  " AND substr(t.idno, 7, 4) >= '1800' AND substr(t.idno, 1, 2) IN (SELECT prefix FROM id_prefixes), 0) "    \
  "WHEN length(t.idno) = 15 THEN coalesce(t.idno GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]"   \
  "[0-9][0-9][0-9][0-9][0-9]' AND date(" ID_DATE15 ", '+0 days') = " ID_DATE15                               \
  " AND substr(t.idno, 1, 2) IN (SELECT "                                                                    \
  "prefix FROM id_prefixes), 0) ELSE 0 END"
#define AGE_LINE "(SELECT CAST(value AS INT) FROM params WHERE name = 'face_photo_age_line')"

static const Case aCase[] = {
    {"relation_code(term)", "t.rel", "relation_code(t.rel)", 1.4, REF_JOIN,
     "LEFT JOIN rel_lookup l ON l.term = t.rel", "l.code"},
    {"relation_code(traditional term)", "t.relt", "relation_code(t.relt)", 1.4, REF_NONE, 0, 0},
    {"relation_name(term)", "t.rel", "relation_name(t.rel)", 1.4, REF_JOIN,
     "LEFT JOIN rel_lookup l ON l.term = t.rel", "l.name"},
    {"is_near_relative(relation)", "t.relk", "is_near_relative(t.relk)", 1.4, REF_JOIN,
     "LEFT JOIN rel_lookup l ON l.term = t.relk", "l.near"},
    {"is_near_relative(a, b)", "t.rela, t.relb", "is_near_relative(t.rela, t.relb)", 1.4, REF_JOIN,
     "LEFT JOIN rel_pairs p ON p.a = t.rela AND p.b = t.relb", "p.near"},
    {"can_share(relation, on_date)", "t.relk, t.d", "can_share(t.relk, t.d)", 2.5, REF_ASOF,
     "LEFT JOIN rel_lookup l ON l.term = t.relk",
     "CASE WHEN t.relk IS NOT NULL THEN " SHARE(SCOPE_NATIONAL("l.share_class"),
                                                ANY_CLASS(SCOPE_NATIONAL("k.cls"))) " END"},
    {"can_share(relation, on_date, payer, relative)", "t.relk, t.d, t.payer, t.relative",
     "can_share(t.relk, t.d, t.payer, t.relative)", 2.5, REF_ASOF,
     "LEFT JOIN rel_lookup l ON l.term = t.relk LEFT JOIN region_lookup pa ON pa.key = t.payer "
     "LEFT JOIN region_lookup re ON re.key = t.relative",
     "CASE WHEN t.relk IS NOT NULL THEN " TRI_AND(
         PLACE, SHARE(SCOPE_CHAIN("l.share_class"), ANY_CLASS(SCOPE_CHAIN("k.cls")))) " END"},
    {"can_share_between(a, b, on_date)", "t.rela, t.relb, t.d", "can_share_between(t.rela, t.relb, t.d)", 2.5,
     REF_NONE, 0, 0},
    {"can_share_between(a, b, on_date, a_region, b_region)", "t.rela, t.relb, t.d, t.payer, t.relative",
     "can_share_between(t.rela, t.relb, t.d, t.payer, t.relative)", 2.5, REF_NONE, 0, 0},
    {"region_code(name_or_code)", "t.region", "region_code(t.region)", 1.4, REF_JOIN,
     "LEFT JOIN region_lookup r ON r.key = t.region", "r.pool"},
    {"region_code(county code)", "t.regionc", "region_code(t.regionc)", 1.4, REF_JOIN,
     "LEFT JOIN county_lookup c ON c.code = t.regionc", "c.pool"},
    {"region_code(traditional name)", "t.regiont", "region_code(t.regiont)", 1.4, REF_NONE, 0, 0},
    {"region_name(code_or_name)", "t.region", "region_name(t.region)", 1.4, REF_JOIN,
     "LEFT JOIN region_lookup r ON r.key = t.region", "r.name"},
    {"region_province(code_or_name)", "t.region", "region_province(t.region)", 1.4, REF_JOIN,
     "LEFT JOIN region_lookup r ON r.key = t.region", "r.province"},
    {"region_enabled(region, on_date)", "t.regionk, t.d", "region_enabled(t.regionk, t.d)", 1.6, REF_ASOF,
     "LEFT JOIN region_lookup r ON r.key = t.regionk", ENABLED("r", "cross_province")},
    {"region_enabled(region) [today]", "t.regionk", "region_enabled(t.regionk)", 1.6, REF_NONE, 0, 0},
    {"next_cert_deadline(last_cert)", "t.last_cert", "next_cert_deadline(t.last_cert)", 1.6, REF_DATE, "",
     MONTH_END_12("t.last_cert")},
    {"next_cert_deadline(last_cert, 'anniversary')", "t.last_cert, 'anniversary'",
     "next_cert_deadline(t.last_cert, 'anniversary')", 1.6, REF_DATE, "", ANNIVERSARY("t.last_cert")},
    {"next_cert_deadline(last_cert, region)", "t.last_cert, t.certregion",
     "next_cert_deadline(t.last_cert, t.certregion)", 1.6, REF_ASOF,
     "LEFT JOIN region_lookup c ON c.key = t.certregion", CERT_DEADLINE},
    {"cert_status(last_cert, on_date)", "t.last_cert, t.on_d", "cert_status(t.last_cert, t.on_d)", 1.6,
     REF_DATE, "", STATUS(MONTH_END_12("t.last_cert"))},
    {"cert_status(last_cert, on_date, region)", "t.last_cert, t.on_d, t.certregion",
     "cert_status(t.last_cert, t.on_d, t.certregion)", 1.6, REF_ASOF,
     "LEFT JOIN region_lookup c ON c.key = t.certregion", STATUS(CERT_DEADLINE)},
    {"id_valid(id)", "t.idno", "id_valid(t.idno)", 1.6, REF_EXPR, "", ID_VALID},
    {"id_normalize(id)", "t.idno", "id_normalize(t.idno)", 1.6, REF_NONE, 0, 0},
    {"id_birth_date(id)", "t.idno", "id_birth_date(t.idno)", 1.6, REF_NONE, 0, 0},
    {"id_sex(id)", "t.idno", "id_sex(t.idno)", 1.6, REF_NONE, 0, 0},
    {"id_region(id)", "t.idno", "id_region(t.idno)", 1.6, REF_NONE, 0, 0},
    {"id_age(id, on_date)", "t.idno, t.d", "id_age(t.idno, t.d)", 1.6, REF_NONE, 0, 0},
    /* Every check of a binding request, then can_share: a composite of composites, target 3x. */
    {"binding_ok(payer_id, relative_id, relation, on_date)", "t.idno, t.idno2, t.relk, t.d",
     "binding_ok(t.idno, t.idno2, t.relk, t.d)", 2.5, REF_NONE, 0, 0},
    {"binding_ok(payer_id, relative_id, relation, on_date, payer, relative)",
     "t.idno, t.idno2, t.relk, t.d, t.payer, t.relative",
     "binding_ok(t.idno, t.idno2, t.relk, t.d, t.payer, t.relative)", 2.5, REF_NONE, 0, 0},
    {"needs_face_photo(birth_date, on_date)", "t.birth, t.d", "needs_face_photo(t.birth, t.d)", 1.6, REF_EXPR,
     "",
     "(CAST(substr(t.d, 1, 4) AS INT) - CAST(substr(t.birth, 1, 4) AS INT) - (substr(t.d, 6, 5) "
     "< "
     "substr(t.birth, 6, 5))) < " AGE_LINE},
};
#define N_CASE ((int)(sizeof(aCase) / sizeof(aCase[0])))

/* ---- timing ------------------------------------------------------------------------------------------- */

typedef struct Timing {
  double ns;           /* best total time of one run */
  long long peakBytes; /* SQLite heap high-water above the start, during the best run (-1: unknown) */
} Timing;

static int nRuns = 5;
static int funcOnly = 0; /* --func-only: time the function alone (for a profiler) */

/* A prepared query and the best of its runs so far. */
typedef struct Timed {
  sqlite3_stmt *stmt;
  Timing best;
} Timed;

static int timed_prepare(sqlite3 *db, const char *zSql, Timed *q) {
  q->best.ns = 1e300;
  q->best.peakBytes = -1;
  q->stmt = 0;
  if (sqlite3_prepare_v2(db, zSql, -1, &q->stmt, 0) != SQLITE_OK) {
    fprintf(stderr, "bench: %s\n  in: %.400s\n", sqlite3_errmsg(db), zSql);
    nFailure++;
    return 0;
  }
  return 1;
}

/* One more run of the query; returns 0 on error. */
static int timed_run(sqlite3 *db, Timed *q) {
  sqlite3_int64 cur = 0, hi = 0;
  double t0, t1;
  int rc;
  if (q->stmt == 0) return 0;
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &cur, &hi, 1);
  t0 = now_ns();
  while ((rc = sqlite3_step(q->stmt)) == SQLITE_ROW) {
  }
  t1 = now_ns();
  sqlite3_reset(q->stmt);
  if (rc != SQLITE_DONE) {
    fprintf(stderr, "bench: %s\n  in: %.400s\n", sqlite3_errmsg(db), sqlite3_sql(q->stmt));
    nFailure++;
    sqlite3_finalize(q->stmt);
    q->stmt = 0;
    q->best.ns = -1;
    return 0;
  }
  if (t1 - t0 < q->best.ns) {
    sqlite3_int64 now = 0, peak = 0;
    sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &now, &peak, 0);
    q->best.ns = t1 - t0;
    q->best.peakBytes = cur > 0 ? peak - cur : -1;
  }
  return 1;
}

/* One function on one table: floor, function, pure SQL, and the rows where SQL and function differ. */
typedef struct Result {
  double floorNs, funcNs, sqlNs; /* per row */
  long long peakBytes, mismatches;
} Result;

static Result run_case(sqlite3 *db, const Case *c, const char *zTable, int nRow) {
  Result res = {0, 0, 0, -1, -1};
  Timed aQ[3];
  int nQ = 0, r, k;
  char *zSql;
  /* The three queries take turns, so that they run under the same conditions; the best run of each counts. */
  zSql = sqlite3_mprintf("SELECT count(%s) FROM %s AS t", c->zFunc, zTable);
  timed_prepare(db, zSql, &aQ[nQ++]);
  sqlite3_free(zSql);
  if (!funcOnly) {
    zSql = sqlite3_mprintf("SELECT count(bench_noop(%s)) FROM %s AS t", c->zArgs, zTable);
    timed_prepare(db, zSql, &aQ[nQ++]);
    sqlite3_free(zSql);
    if (c->ref != REF_NONE) {
      zSql = sqlite3_mprintf("SELECT count(%s) FROM %s AS t %s", c->zSql, zTable, c->zJoin);
      timed_prepare(db, zSql, &aQ[nQ++]);
      sqlite3_free(zSql);
    }
  }
  for (r = 0; r < nRuns; r++) {
    for (k = 0; k < nQ; k++)
      timed_run(db, &aQ[k]);
  }
  for (k = 0; k < nQ; k++)
    sqlite3_finalize(aQ[k].stmt);
  res.funcNs = aQ[0].best.ns / nRow;
  res.peakBytes = aQ[0].best.peakBytes;
  res.floorNs = nQ > 1 ? aQ[1].best.ns / nRow : 1;
  res.sqlNs = nQ > 2 ? aQ[2].best.ns / nRow : 0;
  if (c->ref != REF_NONE && !funcOnly) {
    int ok;
    zSql = sqlite3_mprintf("SELECT count(*) FROM %s AS t %s WHERE (%s) IS NOT (%s)", zTable, c->zJoin,
                           c->zFunc, c->zSql);
    res.mismatches = query_int(db, zSql, &ok);
    sqlite3_free(zSql);
    if (!ok)
      nFailure++;
    else if (res.mismatches) {
      /* Show a few, so that the equivalent (or the function) can be fixed. */
      sqlite3_stmt *stmt = 0;
      nFailure++;
      zSql = sqlite3_mprintf("SELECT quote(%s), quote(%s), %s FROM %s AS t %s WHERE (%s) IS NOT (%s) LIMIT 5",
                             c->zFunc, c->zSql, c->zArgs, zTable, c->zJoin, c->zFunc, c->zSql);
      if (sqlite3_prepare_v2(db, zSql, -1, &stmt, 0) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
          int a;
          fprintf(stderr, "bench: %s: shebao %s, pure SQL %s, for", c->zName, sqlite3_column_text(stmt, 0),
                  sqlite3_column_text(stmt, 1));
          for (a = 2; a < sqlite3_column_count(stmt); a++)
            fprintf(stderr, " '%s'", sqlite3_column_text(stmt, a));
          fprintf(stderr, "\n");
        }
      }
      sqlite3_finalize(stmt);
      sqlite3_free(zSql);
    }
  }
  return res;
}

/* ---- the policy index --------------------------------------------------------------------------------- */

static double time_index_build(sqlite3 *db, int nRep) {
  double best = 1e300;
  int r;
  for (r = 0; r < nRep; r++) {
    char *zErr = 0;
    PolicyIndex *p = 0;
    double t0 = now_ns();
    double t1 = (policy_index_build(db, &p, &zErr), now_ns());
    if (p == 0) {
      fprintf(stderr, "bench: index build failed: %s\n", zErr ? zErr : "out of memory");
      sqlite3_free(zErr);
      nFailure++;
      return -1;
    }
    policy_index_unref(p);
    if (t1 - t0 < best) best = t1 - t0;
  }
  return best;
}

static double time_open(int nRep) {
  double best = 1e300;
  int r;
  for (r = 0; r < nRep; r++) {
    sqlite3 *db = 0;
    char *zErr = 0;
    double t0, t1;
    sqlite3_open(":memory:", &db);
    t0 = now_ns();
    if (sqlite3_shebao_init(db, &zErr, 0) != SQLITE_OK) die(db, zErr ? zErr : "init");
    t1 = now_ns();
    sqlite3_close(db);
    if (t1 - t0 < best) best = t1 - t0;
  }
  return best;
}

static void one_row_change(sqlite3 *db, int nAlias);

/* A layer of nAlias aliases in main: rebuilding the index reads, merges and validates them. */
static void index_with_layer(int nAlias, int smoke) {
  sqlite3 *db = 0;
  char *zErr = 0, zSql[512];
  double t0, tWrite, tBuild;
  int ok;
  sqlite3_open(":memory:", &db);
  if (sqlite3_shebao_init(db, &zErr, 0) != SQLITE_OK) die(db, "init");
  exec(db, "SELECT shebao_create_layer('main');"
           "INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('bench', 'bench aliases')");
  t0 = now_ns();
  snprintf(
      zSql, sizeof(zSql),
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
      "INSERT INTO main.shebao_policy_region_aliases SELECT '别名' || i, '320500', 'other_name', NULL, NULL,"
      " 'bench' FROM n",
      nAlias);
  exec(db, zSql);
  tWrite = now_ns() - t0;
  if (query_int(db, "SELECT region_code('别名7') = '320500'", &ok) != 1 || !ok) {
    fprintf(stderr, "bench: the layer's aliases are not in effect\n");
    nFailure++;
  }
  tBuild = time_index_build(db, smoke ? 1 : 3);
  printf(
      "- index with a %d-row user layer (aliases in main): %.1f ms to build; writing the rows, each checked"
      " by the layer triggers: %.0f ms\n",
      nAlias, tBuild / 1e6, tWrite / 1e6);
  one_row_change(db, nAlias);
  sqlite3_close(db);
}

/* One row more in that layer: the write (checked), then the next statement, which rebuilds the index. */
static void one_row_change(sqlite3 *db, int nAlias) {
  double t0 = now_ns(), tWrite, tNext;
  int ok;
  exec(db,
       "INSERT INTO main.shebao_policy_region_aliases VALUES ('新别名', '320500', 'other_name', NULL, NULL, "
       "'bench')");
  tWrite = now_ns() - t0;
  t0 = now_ns();
  if (query_int(db, "SELECT region_code('新别名') = '320500'", &ok) != 1 || !ok) {
    fprintf(stderr, "bench: the new alias is not in effect\n");
    nFailure++;
  }
  tNext = now_ns() - t0;
  printf(
      "- one row more in that %d-row layer: the write, checked, %.2f ms; the next statement, which rebuilds "
      "the index, %.1f ms\n",
      nAlias, tWrite / 1e6, tNext / 1e6);
  {
    char zWhat[112];
    snprintf(zWhat, sizeof(zWhat), "one-row change to a %d-row layer, seen by the next call", nAlias);
    target(zWhat, tNext <= 5e6, "5 ms", "%.1f ms", tNext / 1e6);
  }
}

/* A layer of nRow aliases in a database file, written by a connection without shebao (no checks: this times
** the build, not the writes), then the index built from it on a connection with shebao: its time and the
** peak of SQLite's heap during the build. */
static void layer_build(int nRow) {
  char zPath[64], zSql[512], zWhat[112], *zErr = 0;
  sqlite3 *db = 0;
  sqlite3_int64 cur = 0, hi = 0, now = 0, peak = 0;
  double t;
  snprintf(zPath, sizeof(zPath), "/tmp/shebao-bench-layer-%d.db", (int)getpid());
  unlink(zPath);
  if (sqlite3_open(zPath, &db) != SQLITE_OK || sqlite3_shebao_init(db, &zErr, 0) != SQLITE_OK) die(db, "open");
  exec(db, "SELECT shebao_create_layer('main');"
           "INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('bench', 'bench aliases')");
  sqlite3_close(db);
  if (sqlite3_open(zPath, &db) != SQLITE_OK) die(db, "open");
  snprintf(zSql, sizeof(zSql),
           "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
           "INSERT INTO main.shebao_policy_region_aliases SELECT '别名' || i, '320500', 'other_name', NULL, NULL,"
           " 'bench' FROM n; COMMIT",
           nRow);
  exec(db, zSql);
  sqlite3_close(db);
  if (sqlite3_open(zPath, &db) != SQLITE_OK || sqlite3_shebao_init(db, &zErr, 0) != SQLITE_OK) die(db, "open");
  exec(db, "PRAGMA cache_size = -1000000; SELECT count(*) FROM main.shebao_policy_region_aliases");
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &cur, &hi, 1);
  t = time_index_build(db, 1);
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &now, &peak, 0);
  printf("- index with a %d-row layer in a database file: %.0f ms to build, %.0f MB of SQLite's heap at its "
         "peak\n",
         nRow, t / 1e6, (double)(peak - cur) / 1e6);
  snprintf(zWhat, sizeof(zWhat), "index build with a %d-row layer: time", nRow);
  target(zWhat, t <= 0.5e9 * nRow / 1e6, nRow == 1000000 ? "0.5 s" : "0.5 s per 1M rows", "%.2f s", t / 1e9);
  snprintf(zWhat, sizeof(zWhat), "index build with a %d-row layer: memory", nRow);
  target(zWhat, (double)(peak - cur) <= 150e6 * nRow / 1e6, nRow == 1000000 ? "150 MB" : "150 MB per 1M rows",
         "%.0f MB", (double)(peak - cur) / 1e6);
  sqlite3_close(db);
  unlink(zPath);
}

/* What a connection without layers holds once shebao is loaded and has answered a statement: SQLite's heap
** before loading it and after, on a connection that has already read its schemas (what any first statement
** costs SQLite itself: its page caches, about 100 KiB here, are the connection's, not shebao's). */
static void connection_memory(void) {
  sqlite3_int64 cur = 0, hi = 0, a, b, c;
  sqlite3 *db = 0;
  char *zErr = 0;
  int ok;
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &cur, &hi, 0);
  a = cur;
  sqlite3_open(":memory:", &db);
  exec(db, "SELECT * FROM main.sqlite_schema; SELECT * FROM temp.sqlite_schema");
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &cur, &hi, 0);
  b = cur;
  if (sqlite3_shebao_init(db, &zErr, 0) != SQLITE_OK) die(db, zErr ? zErr : "init");
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &cur, &hi, 0);
  printf("- memory of shebao on a new connection, loaded: %.1f KiB\n", (double)(cur - b) / 1024.0);
  query_int(db, "SELECT count(*) FROM (SELECT region_code('苏州'), can_share('外婆', '2025-03-01', '苏州', '成都'),"
                " next_cert_deadline('2024-01-31', '福建省:resident'), binding_ok('11010519491231002X',"
                " '110105199001010016', '父亲', '2025-03-01'), can_share_between('父亲', '母亲', '2025-03-01'))",
            &ok);
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &cur, &hi, 0);
  c = cur;
  printf("- memory of a connection without layers: %.1f KiB for shebao (after a statement calling its "
         "functions), %.1f KiB for the connection itself (its schemas read)\n",
         (double)(c - b) / 1024.0, (double)(b - a) / 1024.0);
  target("memory per connection without layers (shebao's part)", c - b <= 256 * 1024, "256 KiB", "%.0f KiB",
         (double)(c - b) / 1024.0);
  sqlite3_close(db);
}

/* The index of a main layer of n source ids, ordinary or crafted to collide in an unkeyed hash
** (tests/common/crafted.c): the maps' random keys keep the crafted file as fast as an ordinary one. */
static double index_with_sources(int n, int colliding, int nRep) {
  sqlite3 *db = 0;
  double t;
  sqlite3_open(":memory:", &db);
  if (crafted_sources(db, n, colliding) != SQLITE_OK) die(db, "crafted sources");
  t = time_index_build(db, nRep);
  sqlite3_close(db);
  return t;
}

static void index_with_crafted_ids(int smoke) {
  int n = smoke ? 2000 : 120000;
  double tOrdinary = index_with_sources(n, 0, 3), tCrafted = index_with_sources(n, 1, 3);
  printf(
      "- index with %d source ids in main: ordinary ids %.1f ms, ids crafted to collide in an unkeyed hash "
      "%.1f ms: %.2fx (target: at most 3x)\n",
      n, tOrdinary / 1e6, tCrafted / 1e6, tCrafted / tOrdinary);
}

/* What a statement's first call costs on a database file with layers: checking that the policy is current
** (core/conn.c) and pinning it (core/pin.c), against the same statement calling a C function that does
** nothing. */
static void statement_check(int nRep) {
  char zPath[64], *zErr = 0;
  sqlite3 *db = 0;
  double t0, tShebao, tNoop;
  int i, ok;
  snprintf(zPath, sizeof(zPath), "/tmp/shebao-bench-stmt-%d.db", (int)getpid());
  unlink(zPath);
  if (sqlite3_open(zPath, &db) != SQLITE_OK || sqlite3_shebao_init(db, &zErr, 0) != SQLITE_OK)
    die(db, "open");
  if (bench_noop_register(db) != SQLITE_OK) die(db, "bench_noop");
  exec(db, "SELECT shebao_create_layer('main')");
  query_int(db, "SELECT region_code('苏州') IS NOT NULL", &ok);
  t0 = now_ns();
  for (i = 0; i < nRep; i++)
    query_int(db, "SELECT region_code('苏州') IS NOT NULL", &ok);
  tShebao = (now_ns() - t0) / nRep;
  t0 = now_ns();
  for (i = 0; i < nRep; i++)
    query_int(db, "SELECT bench_noop('苏州') IS NULL", &ok);
  tNoop = (now_ns() - t0) / nRep;
  printf("- one statement with one call, on a database file with layers: %.1f us, against %.1f us with a "
         "function that does nothing: %.1f us to check and pin the policy once per statement\n",
         tShebao / 1e3, tNoop / 1e3, (tShebao - tNoop) / 1e3);
  sqlite3_close(db);
  unlink(zPath);
}

/* ---- the wallet: a window function over a ledger ------------------------------------------------------ */

/* A ledger of nRow transfers by nPayer payers, China time: a payer's transfers about 37 minutes apart (always in
** time order, night and day), amounts from 0 to 2,599 yuan (every fifth as text with fen), a third never
** received, the others within 50 minutes. */
static void make_ledger(sqlite3 *db, const char *zName, int nRow, int nPayer) {
  char *zSql = sqlite3_mprintf(
      "CREATE TABLE %s(id INTEGER PRIMARY KEY, payer, sent_at, amount, received_at);"
      "INSERT INTO %s WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %d)"
      " SELECT i, i %% %d, datetime('2025-01-01', '+' || ((i / %d) * 37 + i * 7919 %% 31) || ' minutes'),"
      "  CASE i %% 5 WHEN 0 THEN printf('%%.2f', (i * 31 %% 260000) / 100.0) ELSE i * 13 %% 2600 END,"
      "  CASE WHEN i %% 3 = 0 THEN NULL ELSE datetime('2025-01-01', '+' || ((i / %d) * 37 + i * 7919 %% 31"
      "   + i %% 50) || ' minutes') END FROM n;"
      "CREATE INDEX %s_order ON %s(payer, sent_at, id);"
      /* What the pure-SQL walk starts from (not timed): each payer's transfers numbered, times in seconds. */
      "CREATE TABLE %s_num AS SELECT payer, row_number() OVER (PARTITION BY payer ORDER BY sent_at, id) AS "
      "seq,"
      " id, unixepoch(sent_at) AS t, unixepoch(sent_at) - unixepoch(sent_at) %% 86400 AS d0,"
      " CAST(round(amount * 100) AS INTEGER) AS fen, coalesce(unixepoch(received_at), 9000000000000) AS recv"
      " FROM %s; CREATE INDEX %s_num_key ON %s_num(payer, seq);",
      zName, zName, nRow - 1, nPayer, nPayer, nPayer, zName, zName, zName, zName, zName, zName);
  exec(db, zSql);
  sqlite3_free(zSql);
}

/* The best pure-SQL equivalent: a recursive walk of each payer's numbered transfers carrying the state (the
** day, its count, until when one is pending), with the default rules written in: 3 a day, 2,000.00 yuan, the
** night 22:00-06:00, the refund at 06:00 the next day. */
#define W_TOD "(w.t %% 86400)" /* in a printf format */
#define W_CNT "(CASE WHEN w.d0 = k.d0 THEN k.n ELSE 0 END)"
#define W_V                                                                                                  \
  "(CASE WHEN " W_TOD " >= 79200 OR " W_TOD " < 21600 THEN 'night' WHEN w.fen <= 0 OR w.fen > 200000 THEN "  \
  "'amount' WHEN " W_CNT " >= 3 THEN 'daily_limit' WHEN k.na > 0 AND w.t < k.busy THEN 'pending' END)"
#define W_SETTLED "min(w.recv, w.d0 + 86400 + 21600)"
#define W_WALK                                                                                               \
  "WITH RECURSIVE walk(payer, seq, id, d0, n, busy, na, v) AS ("                                             \
  " SELECT DISTINCT payer, 0, NULL, -1, 0, 0, 0, NULL FROM %s_num UNION ALL"                                 \
  " SELECT w.payer, w.seq, w.id, w.d0, " W_CNT " + (" W_V " IS NULL), CASE WHEN " W_V                        \
  " IS NULL AND (k.na = 0"                                                                                   \
  " OR " W_SETTLED " > k.busy) THEN " W_SETTLED " ELSE k.busy END, k.na + (" W_V " IS NULL), " W_V           \
  " FROM walk k JOIN %s_num w ON w.payer = k.payer AND w.seq = k.seq + 1) "

/* One ledger: the function, the no-op window (the floor) and the recursive walk, then where they differ. */
static void run_wallet(sqlite3 *db, const char *zName, int nRow, int nPayer) {
  static const char zOver[] = "OVER (PARTITION BY t.payer ORDER BY t.sent_at, t.id)";
  Timed aQ[3];
  char *azSql[3];
  long long mismatches;
  int k, r, ok;
  azSql[0] =
      sqlite3_mprintf("SELECT count(r) FROM (SELECT wallet_check(t.sent_at, t.amount, t.received_at) %s"
                      " AS r FROM %s AS t)",
                      zOver, zName);
  azSql[1] =
      sqlite3_mprintf("SELECT count(r) FROM (SELECT bench_noop_window(t.sent_at, t.amount, t.received_at)"
                      " %s AS r FROM %s AS t)",
                      zOver, zName);
  azSql[2] = sqlite3_mprintf(W_WALK "SELECT count(v) FROM walk WHERE seq > 0", zName, zName);
  for (k = 0; k < 3; k++)
    timed_prepare(db, azSql[k], &aQ[k]);
  for (r = 0; r < nRuns; r++) {
    for (k = 0; k < 3; k++)
      timed_run(db, &aQ[k]);
  }
  for (k = 0; k < 3; k++) {
    sqlite3_finalize(aQ[k].stmt);
    sqlite3_free(azSql[k]);
  }
  azSql[0] =
      sqlite3_mprintf(W_WALK "SELECT count(*) FROM walk JOIN (SELECT t.id, wallet_check(t.sent_at, t.amount,"
                             " t.received_at) %s AS r FROM %s AS t) f USING (id) WHERE walk.v IS NOT f.r",
                      zName, zName, zOver, zName);
  mismatches = query_int(db, azSql[0], &ok);
  sqlite3_free(azSql[0]);
  if (!ok || mismatches) nFailure++;
  printf("| %d | %d | %.0f | %.0f | %.2fx (3.0) | %.0f | %.1fx | %.1f | %.1f | %s |\n", nRow, nPayer,
         aQ[1].best.ns / nRow, aQ[0].best.ns / nRow, aQ[0].best.ns / aQ[1].best.ns, aQ[2].best.ns / nRow,
         aQ[2].best.ns / aQ[0].best.ns, aQ[0].best.peakBytes / 1024.0, aQ[1].best.peakBytes / 1024.0,
         !ok          ? "ERROR"
         : mismatches ? "MISMATCH"
                      : "0");
  fflush(stdout);
}

/* wallet_check over a ledger of nRow transfers, by few payers and by many: the time against the floor and the
** pure-SQL walk, and the peak of SQLite's heap, which must not grow with the number of payers. */
static void bench_wallet(sqlite3 *db, int nRow) {
  int aPayer[2], i;
  aPayer[0] = nRow / 1000 > 0 ? nRow / 1000 : 1;
  aPayer[1] = nRow / 10 > 0 ? nRow / 10 : 1;
  printf("\nwallet_check(sent_at, amount, received_at) OVER (PARTITION BY payer ORDER BY sent_at, id): floor "
         "= the"
         " same window with a no-op window function; pure SQL = a recursive walk of each payer's numbered"
         " transfers (the numbering not timed). Peak KiB: SQLite heap high-water during the scan.\n\n");
  printf(
      "| transfers | payers | floor ns | ns/row | x floor (target) | pure SQL ns | SQL / shebao | peak KiB |"
      " floor peak KiB | mismatches |\n");
  printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
  for (i = 0; i < 2; i++) {
    char zName[64];
    snprintf(zName, sizeof(zName), "ledger_%d_%d", nRow, aPayer[i]);
    make_ledger(db, zName, nRow, aPayer[i]);
    run_wallet(db, zName, nRow, aPayer[i]);
  }
}

/* ---- targets ------------------------------------------------------------------------------------------ */

/* A function's targets on the largest table: its cost over the floor, and for a date function its time
** against SQLite's date() expression for the same result. */
static void case_targets(const Case *c, double funcNs, double floorNs, double sqlNs) {
  char zWhat[112], zLimit[32];
  snprintf(zWhat, sizeof(zWhat), "`%s` / floor", c->zName);
  snprintf(zLimit, sizeof(zLimit), "%.1fx", c->floorTarget);
  target(zWhat, funcNs / floorNs <= c->floorTarget, zLimit, "%.2fx", funcNs / floorNs);
  if (c->ref == REF_DATE) {
    snprintf(zWhat, sizeof(zWhat), "`%s` / date()", c->zName);
    target(zWhat, funcNs / sqlNs <= 0.5, "0.5x", "%.2fx", funcNs / sqlNs);
  }
}

/* Best time of a query over nRuns runs, in ns. */
static double best_ns(sqlite3 *db, const char *zSql) {
  Timed q;
  int r;
  if (!timed_prepare(db, zSql, &q)) return -1;
  for (r = 0; r < nRuns; r++)
    timed_run(db, &q);
  sqlite3_finalize(q.stmt);
  return q.best.ns;
}

/* Statements that read nothing from main, run on a connection whose main is a file and on one in memory: a
** CTE, and a TEMP table. Their cost of checking the policy is once per statement (core/pin.c). */
static void file_statements(sqlite3 *mem, sqlite3 *file, const char *zTable, int nRow) {
  static const char *const azWhat[] = {"a CTE calling region_enabled", "a CTE calling is_near_relative",
                                       "a TEMP table scan calling region_enabled"};
  char *azSql[3], zWhat[112];
  int k, n = nRow < 200000 ? nRow : 200000;
  char *zTemp = sqlite3_mprintf("DROP TABLE IF EXISTS temp.tt; CREATE TEMP TABLE tt AS SELECT regionk, d FROM "
                                "main.%s LIMIT %d",
                                zTable, n);
  exec(mem, zTemp);
  exec(file, zTemp);
  sqlite3_free(zTemp);
  azSql[0] = sqlite3_mprintf("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)"
                             " SELECT count(region_enabled(CASE i %% 3 WHEN 0 THEN '苏州市' WHEN 1 THEN '成都'"
                             " ELSE '320100' END, CASE i %% 2 WHEN 0 THEN '2025-03-01' ELSE '2024-06-30' END))"
                             " FROM n",
                             n);
  azSql[1] = sqlite3_mprintf("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)"
                             " SELECT count(is_near_relative(CASE i %% 3 WHEN 0 THEN '外婆' WHEN 1 THEN '父亲'"
                             " ELSE '堂兄' END)) FROM n",
                             n);
  azSql[2] = sqlite3_mprintf("SELECT count(region_enabled(regionk, d)) FROM temp.tt");
  for (k = 0; k < 3; k++) {
    double tMem = best_ns(mem, azSql[k]), tFile = best_ns(file, azSql[k]);
    printf("| %s | %d | %.0f | %.0f | %.2fx |\n", azWhat[k], n, tMem / n, tFile / n, tFile / tMem);
    snprintf(zWhat, sizeof(zWhat), "file / memory: %s", azWhat[k]);
    target(zWhat, tFile / tMem <= 1.3, "1.3x", "%.2fx", tFile / tMem);
    sqlite3_free(azSql[k]);
  }
}

/* ---- main --------------------------------------------------------------------------------------------- */

static void usage(void) {
  fprintf(stderr, "usage: bench [--rows N[,N...]] [--runs R] [--only SUBSTRING] [--func-only] [--smoke]\n");
  exit(2);
}

static void print_row(const Case *c, int nRow, const Result *r, int judge) {
  char zSql[32] = "-", zVsSql[32] = "-", zPeak[32] = "-", zJudge[96] = "";
  double xFloor = r->funcNs / r->floorNs;
  if (c->ref != REF_NONE) {
    snprintf(zSql, sizeof(zSql), "%.0f", r->sqlNs);
    snprintf(zVsSql, sizeof(zVsSql), "%.1fx", r->sqlNs / r->funcNs);
  }
  if (r->peakBytes >= 0) snprintf(zPeak, sizeof(zPeak), "%.1f", (double)r->peakBytes / 1024.0);
  if (judge) {
    int okFloor = xFloor <= c->floorTarget;
    int n = snprintf(zJudge, sizeof(zJudge), "floor %s", okFloor ? "met" : "MISSED");
    if (aRefTarget[c->ref] > 0) {
      snprintf(zJudge + n, sizeof(zJudge) - (size_t)n, ", %s %s", azRefName[c->ref],
               r->sqlNs / r->funcNs >= aRefTarget[c->ref] ? "met" : "MISSED");
    }
  }
  printf("| %s | %d | %.0f | %.0f | %.2fx (%.1f) | %s %s | %s | %s | %s | %s |\n", c->zName, nRow, r->floorNs,
         r->funcNs, xFloor, c->floorTarget, zSql, c->ref == REF_NONE ? "" : azRefName[c->ref], zVsSql, zPeak,
         r->mismatches < 0    ? "-"
         : r->mismatches == 0 ? "0"
                              : "MISMATCH",
         zJudge);
  if (r->mismatches > 0) {
    fprintf(stderr, "bench: %s: %lld rows where the pure-SQL equivalent differs\n", c->zName, r->mismatches);
  }
  fflush(stdout);
}

int main(int argc, char **argv) {
  int aRows[8] = {10000, 100000, 1000000}, nSize = 3, smoke = 0, i, s;
  double aMemNs[N_CASE] = {0}; /* each function's time on the largest table in memory */
  const char *zOnly = 0;
  sqlite3 *db = 0;
  char *zErr = 0;
  struct rusage ru;
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--smoke") == 0) {
      smoke = 1;
      aRows[0] = 1000;
      nSize = 1;
      nRuns = 1;
    } else if (strcmp(argv[i], "--func-only") == 0) {
      funcOnly = 1;
    } else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
      nRuns = atoi(argv[++i]);
      if (nRuns < 1) usage();
    } else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
      zOnly = argv[++i];
    } else if (strcmp(argv[i], "--rows") == 0 && i + 1 < argc) {
      char *z = argv[++i];
      for (nSize = 0; *z && nSize < 8; nSize++) {
        aRows[nSize] = (int)strtol(z, &z, 10);
        if (aRows[nSize] < 1) usage();
        if (*z == ',') z++;
      }
    } else {
      usage();
    }
  }
  for (i = 1; i < nSize; i++) {
    if (aRows[i] < aRows[i - 1]) usage(); /* ascending: the smaller tables are prefixes of the largest */
  }

  if (sqlite3_open(":memory:", &db) != SQLITE_OK) die(db, "open");
  if (sqlite3_shebao_init(db, &zErr, 0) != SQLITE_OK) die(db, zErr ? zErr : "init");
  if (bench_noop_register(db) != SQLITE_OK) die(db, "bench_noop");
  export_policy(db);
  exec(db, "CREATE TABLE rel_pairs(a TEXT, b TEXT, near INT, PRIMARY KEY (a, b)) WITHOUT ROWID;"
           "INSERT INTO rel_pairs SELECT x.v, y.v, is_near_relative(x.v, y.v) FROM"
           " (SELECT code AS v FROM shebao_relations UNION SELECT name FROM shebao_relations) x,"
           " (SELECT code AS v FROM shebao_relations UNION SELECT name FROM shebao_relations) y");

  printf("shebao %s, SQLite %s, in-memory database; best of %d run%s; times are per row, scan included.\n\n",
         SHEBAO_VERSION, sqlite3_libversion(), nRuns, nRuns == 1 ? "" : "s");
  if (!funcOnly) {
    double tBuild = time_index_build(0, smoke ? 3 : 200), tOpen = time_open(smoke ? 3 : 100);
    printf("- policy index of the default data: %.3f ms to build (once per process); loading shebao on a "
           "connection (its fork of that index, the registrations, the guards): %.3f ms\n",
           tBuild / 1e6, tOpen / 1e6);
    target("loading shebao on a new connection", tOpen <= 0.1e6, "0.1 ms", "%.3f ms", tOpen / 1e6);
    connection_memory();
    layer_build(smoke ? 10000 : 1000000);
  }
  if (!funcOnly) {
    index_with_layer(smoke ? 1000 : 100000, smoke);
    index_with_crafted_ids(smoke);
    statement_check(smoke ? 100 : 20000);
  }
  printf("\n");

  generate(db, aRows[nSize - 1]);
  add_relative_ids(db, aRows[nSize - 1]);
  for (s = 0; s + 1 < nSize; s++) {
    char zSql[160];
    snprintf(zSql, sizeof(zSql), "CREATE TABLE data_%d AS SELECT * FROM data_%d WHERE id <= %d", aRows[s],
             aRows[nSize - 1], aRows[s]);
    exec(db, zSql);
  }

  printf("| function | rows | floor ns | ns/row | x floor (target) | pure SQL ns | SQL / shebao | peak KiB "
         "| mismatches | targets |\n");
  printf("|---|---:|---:|---:|---:|---|---:|---:|---:|---|\n");
  for (i = 0; i < N_CASE; i++) {
    if (zOnly && strstr(aCase[i].zName, zOnly) == 0) continue;
    for (s = 0; s < nSize; s++) {
      char zTable[32];
      Result r;
      snprintf(zTable, sizeof(zTable), "data_%d", aRows[s]);
      r = run_case(db, &aCase[i], zTable, aRows[s]);
      print_row(&aCase[i], aRows[s], &r, s == nSize - 1 && !smoke);
      if (s == nSize - 1 && !funcOnly) {
        aMemNs[i] = r.funcNs;
        case_targets(&aCase[i], r.funcNs, r.floorNs, r.sqlNs);
      }
    }
  }

  if (!zOnly || strstr("wallet_check", zOnly)) bench_wallet(db, aRows[nSize - 1]);

  /* The same scans on a database file: every call also compares the file's data version (ext/core/conn.c). */
  if (!zOnly || strstr("file", zOnly) || strstr("relation_code(term)", zOnly) ||
      strstr("region_enabled(region, on_date)", zOnly)) {
    char zPath[64], zSql[128];
    sqlite3 *fdb = 0;
    int nFile = aRows[nSize - 1];
    snprintf(zPath, sizeof(zPath), "/tmp/shebao-bench-%d.db", (int)getpid());
    unlink(zPath);
    snprintf(zSql, sizeof(zSql), "VACUUM INTO '%s'", zPath);
    exec(db, zSql);
    if (sqlite3_open(zPath, &fdb) != SQLITE_OK) die(fdb, "open file");
    if (sqlite3_shebao_init(fdb, &zErr, 0) != SQLITE_OK) die(fdb, "init");
    if (bench_noop_register(fdb) != SQLITE_OK) die(fdb, "bench_noop");
    exec(fdb, "PRAGMA cache_size = -1000000");
    printf("\nOn a database file (main is a file; the policy is checked once per statement):\n\n");
    printf("| function | rows | floor ns | ns/row | x floor (target) | pure SQL ns | SQL / shebao | peak KiB "
           "| mismatches | targets |\n");
    printf("|---|---:|---:|---:|---:|---|---:|---:|---:|---|\n");
    for (i = 0; i < N_CASE; i++) {
      if (strcmp(aCase[i].zName, "relation_code(term)") == 0 ||
          strcmp(aCase[i].zName, "region_enabled(region, on_date)") == 0) {
        char zTable[32];
        Result r;
        snprintf(zTable, sizeof(zTable), "data_%d", nFile);
        r = run_case(fdb, &aCase[i], zTable, nFile);
        print_row(&aCase[i], nFile, &r, !smoke);
        if (aMemNs[i] > 0) {
          char zWhat[112];
          snprintf(zWhat, sizeof(zWhat), "file / memory: `%s`", aCase[i].zName);
          target(zWhat, r.funcNs / aMemNs[i] <= 1.3, "1.3x", "%.2fx", r.funcNs / aMemNs[i]);
        }
      }
    }
    printf("\nStatements that read nothing from main (ns per row):\n\n| statement | rows | in memory | on a file "
           "| file / memory |\n|---|---:|---:|---:|---:|\n");
    {
      char zTable[32];
      snprintf(zTable, sizeof(zTable), "data_%d", nFile);
      file_statements(db, fdb, zTable, nFile);
    }
    sqlite3_close(fdb);
    unlink(zPath);
  }

  print_targets(smoke);
  getrusage(RUSAGE_SELF, &ru);
  printf(
      "\nProcess peak RSS: %.0f MiB (the data tables included). Peak KiB: SQLite heap high-water during the "
      "function's scan, above its start.\n",
      (double)ru.ru_maxrss / 1024.0);
  sqlite3_close(db);
  if (nFailure) fprintf(stderr, "bench: %d failure(s): errors or mismatches above\n", nFailure);
  return nFailure ? 1 : 0;
}
