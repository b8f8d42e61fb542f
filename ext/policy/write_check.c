/*
** The check of a row about to be written to a layer table (shebao_check_row, called by the guards of
** policy/triggers.c): whatever an index build would refuse in the policy that results, the write refuses,
** with the same words. The build's checks, and how the write makes each:
**
**   the rules of each column, the key's length    policy_check_row, the same function
**   references (a source, a region, a class...)   the rows in effect now: the default less what the layers
**                                                  retract or replace, and the layer tables as they are in
**                                                  this transaction (policy/effective.c)
**   periods of one key that overlap               the rows in effect for the row's key, with the row in
**                                                  its place (an UPDATE's old row out)
**   a retraction that retracts no row              the rows in effect below the retraction's layer
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/effective.h"
#include "policy/guards.h"
#include "policy/validate.h"
#include "util/date.h"
#include <string.h>

/* ---- what the check found to exist -------------------------------------------------------------------- */

/* A bulk import cites the same few sources and regions in every row: what a lookup found stays found until
** a change may take it away. The cache's epoch says what it was found in: the connection's count of such
** changes (a row updated, deleted or rolled back, a row added to a table rows refer to), the data versions
** (another connection's commit) and the schema cookies (a table dropped or renamed). */
#define WRITE_CACHE_SIZE 32
#define WRITE_CACHE_VALUE 64
typedef struct WriteCacheEpoch {
  int genRemoval, cookieMain, cookieTemp;
  unsigned dvMain, dvTemp;
} WriteCacheEpoch;
struct WriteCache {
  WriteCacheEpoch epoch;
  int nEntry, iNext;
  struct {
    int what;
    char zValue[WRITE_CACHE_VALUE];
  } a[WRITE_CACHE_SIZE];
};

static int read_cookie(sqlite3 *db, const char *zSql, int *pCookie) {
  sqlite3_stmt *stmt = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &stmt, 0);
  if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    *pCookie = sqlite3_column_int(stmt, 0);
    rc = SQLITE_OK;
  }
  sqlite3_finalize(stmt);
  return rc;
}

/* Empties the cache if what it was found in has changed since. */
static int cache_refresh(sqlite3 *db, WriteCache *c, int genRemoval) {
  WriteCacheEpoch now;
  int rc;
  memset(&now, 0, sizeof(now));
  now.genRemoval = genRemoval;
  rc = read_cookie(db, "PRAGMA main.schema_version", &now.cookieMain);
  if (rc == SQLITE_OK) rc = read_cookie(db, "PRAGMA temp.schema_version", &now.cookieTemp);
  sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, &now.dvMain);
  sqlite3_file_control(db, "temp", SQLITE_FCNTL_DATA_VERSION, &now.dvTemp);
  if (rc != SQLITE_OK || memcmp(&now, &c->epoch, sizeof(now)) != 0) c->nEntry = c->iNext = 0;
  c->epoch = now;
  return rc == SQLITE_NOMEM ? rc : SQLITE_OK;
}

static int cache_has(const WriteCache *c, PolicyRef what, const char *z) {
  int i;
  for (i = 0; c && i < c->nEntry; i++) {
    if (c->a[i].what == (int)what && strcmp(c->a[i].zValue, z) == 0) return 1;
  }
  return 0;
}

static void cache_add(WriteCache *c, PolicyRef what, const char *z) {
  if (c == 0 || strlen(z) >= WRITE_CACHE_VALUE) return;
  c->a[c->iNext].what = (int)what;
  memcpy(c->a[c->iNext].zValue, z, strlen(z) + 1);
  c->iNext = (c->iNext + 1) % WRITE_CACHE_SIZE;
  if (c->nEntry < WRITE_CACHE_SIZE) c->nEntry++;
}

int policy_write_cache_new(WriteCache **pp) {
  if (*pp == 0) *pp = sqlite3_malloc64(sizeof(WriteCache));
  if (*pp == 0) return SQLITE_NOMEM;
  memset(*pp, 0, sizeof(WriteCache));
  (*pp)->epoch.genRemoval = -1;
  return SQLITE_OK;
}

/* ---- references -------------------------------------------------------------------------------------- */

/* A reference's lookup at write: the database, the cache, and the first error met (the row is then neither
** refused nor accepted: the write fails with it). */
typedef struct WriteRefs {
  sqlite3 *db;
  WriteCache *pCache;
  int rc;
} WriteRefs;

/* Where each kind of reference is found: the table and the column. */
static const struct {
  PolicyTableId t;
  int iCol;
} aRefWhere[REF_COUNT] = {
    [REF_SOURCE] = {PT_SOURCES, SRC_ID},          [REF_REGION] = {PT_REGIONS, REG_CODE},
    [REF_PROVINCE] = {PT_REGIONS, REG_CODE},      [REF_RELATION] = {PT_RELATIONS, REL_CODE},
    [REF_CLASS] = {PT_KINSHIP_CLASSES, KC_CLASS}, [REF_CERT_RULE] = {PT_CERT_RULES, CRULE_RULE},
};

static int is_province_level(const char *zLevel) {
  return zLevel && (strcmp(zLevel, "province") == 0 || strcmp(zLevel, "municipality") == 0);
}

/* Is there a row in effect that the reference names? */
static int write_refs_have(void *pArg, PolicyRef what, const char *z) {
  WriteRefs *w = (WriteRefs *)pArg;
  EffectiveQuery q;
  Effective e;
  int i, found = 0, rc;
  if (cache_has(w->pCache, what, z)) return 1;
  memset(&q, 0, sizeof(q));
  q.t = aRefWhere[what].t;
  q.nFilter = 1;
  q.aiCol[0] = aRefWhere[what].iCol;
  q.azValue[0] = z;
  q.maxLayer = LAYER_TEMP;
  q.iReplaced = -1;
  rc = effective_rows(w->db, &q, &e);
  for (i = 0; rc == SQLITE_OK && i < e.nRow && !found; i++) {
    found = what != REF_PROVINCE || is_province_level(POLICY_CELL(&e.aRow[i], REG_LEVEL));
  }
  effective_free(&e);
  if (rc != SQLITE_OK && w->rc == SQLITE_OK) w->rc = rc;
  if (found) cache_add(w->pCache, what, z);
  return found || rc != SQLITE_OK; /* after an error, refuse nothing: the write fails with the error */
}

static const DatedTableDef *dated_table(PolicyTableId t) {
  int i;
  for (i = 0; i < policy_dated_table_count; i++) {
    if (policy_dated_tables[i].t == t) return &policy_dated_tables[i];
  }
  return 0;
}

static int period(const DatedTableDef *dt, const char *const *azCell, int *pFrom, int *pTo) {
  return date_parse_or(azCell[dt->iFrom], pFrom, -2147483647 - 1) &&
         date_parse_or(azCell[dt->iTo], pTo, 2147483647);
}

/* The row, in its place among the rows in effect of its key, must not overlap another. */
static int check_overlap(sqlite3 *db, const EffectiveQuery *qRow, const char *const *azCell, int *piCol,
                         char *zBuf, int nBuf, int *pProblem) {
  const DatedTableDef *dt = dated_table(qRow->t);
  EffectiveQuery q = *qRow;
  Effective e;
  int i, k, from, to, rc;
  if (dt == 0 || !period(dt, azCell, &from, &to)) return SQLITE_OK;
  q.nFilter = dt->nKey;
  for (k = 0; k < dt->nKey; k++) {
    q.aiCol[k] = dt->aiKey[k];
    q.azValue[k] = azCell[dt->aiKey[k]];
    if (q.azValue[k] == 0) return SQLITE_OK; /* a NULL key overlaps nothing */
  }
  rc = effective_rows(db, &q, &e);
  for (i = 0; rc == SQLITE_OK && i < e.nRow && e.aRow[i].rowid != EFFECTIVE_NEW_ROW; i++) {
  }
  for (k = 0; rc == SQLITE_OK && i < e.nRow && k < e.nRow && !*pProblem; k++) {
    int f, t;
    if (k == i || !period(dt, e.aRow[k].azCell, &f, &t) || f > to || from > t) continue;
    *piCol = policy_overlap_problem(dt, &e.aRow[k], zBuf, nBuf);
    *pProblem = 1;
  }
  effective_free(&e);
  return rc;
}

/* A retraction must remove a row of a layer below its own. */
static int check_retraction(sqlite3 *db, int layer, const char *const *azCell, int *piCol, char *zBuf,
                            int nBuf, int *pProblem) {
  int target = policy_table_by_name(azCell[RETRACT_TABLE_NAME]), n = 0, rc;
  const char *zKey = azCell[RETRACT_KEY];
  char zParts[POLICY_KEY_MAX + 2], *z;
  EffectiveQuery q;
  Effective e;
  if (target < 0 || zKey == 0 || strlen(zKey) >= sizeof(zParts)) return SQLITE_OK; /* refused by a rule */
  memset(&q, 0, sizeof(q));
  q.t = (PolicyTableId)target;
  q.maxLayer = layer - 1;
  q.iReplaced = -1;
  memcpy(zParts, zKey, strlen(zKey) + 1);
  for (z = zParts; n < EFFECTIVE_MAX_FILTER; n++) {
    char *zBar = strchr(z, '|');
    q.aiCol[n] = n;
    q.azValue[n] = z;
    if (zBar == 0) break;
    *zBar = 0;
    z = zBar + 1;
  }
  q.nFilter = n + 1;
  memset(&e, 0, sizeof(e));
  rc = q.nFilter == policy_table_defs[target].nKey ? effective_rows(db, &q, &e) : SQLITE_OK;
  if (rc == SQLITE_OK && e.nRow == 0) {
    *piCol = RETRACT_KEY;
    sqlite3_snprintf(nBuf, zBuf, "key retracts no row of a lower layer");
    *pProblem = 1;
  }
  effective_free(&e);
  return rc;
}

int policy_check_write(sqlite3 *db, WriteCache *pCache, int genRemoval, int layer, PolicyTableId t,
                       sqlite3_int64 iReplaced, const char *const *azCell, int *piCol, char *zBuf, int nBuf,
                       int *pProblem) {
  WriteRefs w;
  CheckRefs refs;
  EffectiveQuery q;
  w.db = db;
  w.pCache = pCache;
  w.rc = pCache ? cache_refresh(db, pCache, genRemoval) : SQLITE_OK;
  if (w.rc != SQLITE_OK) return w.rc;
  refs.xHave = write_refs_have;
  refs.pArg = &w;
  *pProblem = policy_check_row(t, azCell, &refs, piCol, zBuf, nBuf);
  if (w.rc != SQLITE_OK || *pProblem) return w.rc;
  memset(&q, 0, sizeof(q));
  q.t = t;
  q.maxLayer = LAYER_TEMP;
  q.newLayer = layer;
  q.iReplaced = iReplaced;
  q.azNew = azCell;
  if (t == PT_RETRACTIONS) return check_retraction(db, layer, azCell, piCol, zBuf, nBuf, pProblem);
  return check_overlap(db, &q, azCell, piCol, zBuf, nBuf, pProblem);
}

int policy_table_referenced(PolicyTableId t) {
  int what;
  for (what = 0; what < REF_COUNT; what++) {
    if (aRefWhere[what].t == t) return 1;
  }
  return t == PT_RETRACTIONS;
}
