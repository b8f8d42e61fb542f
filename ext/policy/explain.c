/*
** The generic explain table: a table-valued function in the manner of SQLite's ext/misc/series.c, shared by
** every explain_* table (policy/explain.h).
**
**   SELECT step, rule, outcome, source_doc FROM explain_can_share('祖父', '2025-03-01', '苏州市', '成都市');
**   SELECT m.name, e.rule FROM members m, explain_can_share(m.relation, m.d, m.r1, m.r2) e;
**
** HOW IT WORKS
** The arguments are HIDDEN columns after the output columns; xBestIndex asks for equality constraints on them
** and xFilter gets their values, computes every row of the explanation at once (the table's xExplain) and
** keeps them, with a reference to the policy index they point into, until the next xFilter or xClose.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/explain.h"
#include "policy/view.h"
#include <string.h>

/* The output columns of every explain table, in order (policy/explain.h). */
enum {
  EX_STEP,
  EX_SCHEME,
  EX_RULE,
  EX_OUTCOME,
  EX_DETAIL,
  EX_SOURCE_ID,
  EX_SOURCE_DOC,
  EX_SOURCE_TITLE,
  EX_N
};
static const struct {
  const char *zDecl;
  unsigned onlyWith; /* 0: every table; else the ExplainTable.columns bit that adds it */
} aExplainColumn[EX_N] = {
    [EX_STEP] = {"step INTEGER", 0},
    [EX_SCHEME] = {"scheme TEXT", EXPLAIN_SCHEME},
    [EX_RULE] = {"rule TEXT", 0},
    [EX_OUTCOME] = {"outcome TEXT", 0},
    [EX_DETAIL] = {"detail TEXT", 0},
    [EX_SOURCE_ID] = {"source_id TEXT", 0},
    [EX_SOURCE_DOC] = {"source_doc TEXT", 0},
    [EX_SOURCE_TITLE] = {"source_title TEXT", 0},
};

typedef struct ExplainVtab {
  sqlite3_vtab base;
  const ExplainTable *pTable;
  ShebaoConn *conn;
  int nOut;          /* output columns; the arguments follow */
  int aColumn[EX_N]; /* output column i is aExplainColumn[aColumn[i]] */
} ExplainVtab;

typedef struct ExplainCursor {
  sqlite3_vtab_cursor base;
  Explanation e;
  sqlite3_value *apArg[EXPLAIN_MAX_ARGS]; /* the arguments, for the hidden columns */
  int iRow;
} ExplainCursor;

void explain_add(Explanation *e, const char *zScheme, const char *zRule, char *zOutcome,
                 const char *zSourceId, char *zDetail) {
  ExplainRow *r;
  if (e->nRow == e->nAlloc && e->rc == SQLITE_OK && zOutcome && zDetail) {
    int nNew = e->nAlloc ? 2 * e->nAlloc : 16;
    ExplainRow *aNew = sqlite3_realloc64(e->aRow, sizeof(ExplainRow) * (size_t)nNew);
    if (aNew) {
      e->aRow = aNew;
      e->nAlloc = nNew;
    }
  }
  if (e->rc != SQLITE_OK || zOutcome == 0 || zDetail == 0 || e->nRow == e->nAlloc) {
    e->rc = SQLITE_NOMEM;
    sqlite3_free(zOutcome);
    sqlite3_free(zDetail);
    return;
  }
  r = &e->aRow[e->nRow++];
  r->zScheme = zScheme;
  r->zRule = zRule;
  r->zOutcome = zOutcome;
  r->zDetail = zDetail;
  r->zSourceId = zSourceId;
}

/* CREATE TABLE x(<the output columns of this table>, <its arguments> HIDDEN) */
static int declare_explain(sqlite3 *db, ExplainVtab *pVtab) {
  const ExplainTable *t = pVtab->pTable;
  sqlite3_str *s = sqlite3_str_new(db);
  char *zSql;
  int i, rc;
  for (i = 0; i < EX_N; i++) {
    if (aExplainColumn[i].onlyWith && !(t->columns & aExplainColumn[i].onlyWith)) continue;
    sqlite3_str_appendf(s, "%s%s", pVtab->nOut ? ", " : "CREATE TABLE x(", aExplainColumn[i].zDecl);
    pVtab->aColumn[pVtab->nOut++] = i;
  }
  for (i = 0; i < t->nArg; i++)
    sqlite3_str_appendf(s, ", %s HIDDEN", t->azArg[i]);
  sqlite3_str_appendall(s, ")");
  zSql = sqlite3_str_finish(s);
  if (zSql == 0) return SQLITE_NOMEM;
  rc = sqlite3_declare_vtab(db, zSql);
  sqlite3_free(zSql);
  return rc;
}

static int explain_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **ppVtab,
                           char **pzErr) {
  ShebaoModuleData *data = (ShebaoModuleData *)pAux;
  ExplainVtab *pVtab = sqlite3_malloc64(sizeof(*pVtab));
  int rc;
  (void)argc;
  (void)argv;
  (void)pzErr;
  if (pVtab == 0) return SQLITE_NOMEM;
  memset(pVtab, 0, sizeof(*pVtab));
  pVtab->pTable = (const ExplainTable *)data->pDesc;
  pVtab->conn = data->conn;
  rc = declare_explain(db, pVtab);
  if (rc != SQLITE_OK) {
    sqlite3_free(pVtab);
    return rc;
  }
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS); /* reads policy only: usable with trusted_schema=OFF */
  *ppVtab = &pVtab->base;
  return SQLITE_OK;
}

static int explain_disconnect(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

/*
** Plans. idxNum is a bit mask of the arguments given, bit k for argument k; their values reach xFilter in
** that order. idxStr is not used. Only usable equality constraints on the argument columns are used, and they
** are omitted (the hidden columns return the arguments, so they hold). An equality constraint on an argument
** that is not usable (its value comes from a table not yet scanned) makes this plan impossible:
** SQLITE_CONSTRAINT, so that the planner puts the table giving the argument first. Constraints on the output
** columns are left to SQLite, never rejected. A plan without the first argument is the last resort: xFilter
** reports it missing.
*/
static int explain_best_index(sqlite3_vtab *tab, sqlite3_index_info *pInfo) {
  const ExplainVtab *pVtab = (const ExplainVtab *)tab;
  int aUsable[EXPLAIN_MAX_ARGS] = {-1, -1, -1, -1}, unusable = 0, i, k, n = 0;
  for (i = 0; i < pInfo->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &pInfo->aConstraint[i];
    k = c->iColumn - pVtab->nOut;
    if (k < 0 || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c->usable)
      unusable |= 1 << k;
    else if (aUsable[k] < 0)
      aUsable[k] = i;
  }
  pInfo->idxNum = 0;
  for (k = 0; k < pVtab->pTable->nArg; k++) {
    if (aUsable[k] >= 0) {
      pInfo->idxNum |= 1 << k;
      pInfo->aConstraintUsage[aUsable[k]].argvIndex = ++n;
      pInfo->aConstraintUsage[aUsable[k]].omit = 1;
    } else if (unusable & (1 << k)) {
      return SQLITE_CONSTRAINT;
    }
  }
  pInfo->estimatedCost = (pInfo->idxNum & 1) ? 10 : 1e12;
  pInfo->estimatedRows = 10;
  return SQLITE_OK;
}

static int explain_open(sqlite3_vtab *tab, sqlite3_vtab_cursor **ppCursor) {
  ExplainCursor *pCur = sqlite3_malloc64(sizeof(*pCur));
  (void)tab;
  if (pCur == 0) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

/* Frees the rows and the arguments of the last xFilter, and lets go of its index. */
static void explain_reset(ExplainCursor *pCur) {
  int i;
  for (i = 0; i < pCur->e.nRow; i++) {
    sqlite3_free(pCur->e.aRow[i].zOutcome);
    sqlite3_free(pCur->e.aRow[i].zDetail);
  }
  for (i = 0; i < EXPLAIN_MAX_ARGS; i++) {
    sqlite3_value_free(pCur->apArg[i]);
    pCur->apArg[i] = 0;
  }
  policy_index_unref(pCur->e.p);
  pCur->e.p = 0;
  pCur->e.nRow = pCur->iRow = 0;
  pCur->e.rc = SQLITE_OK;
}

static int explain_close(sqlite3_vtab_cursor *cur) {
  ExplainCursor *pCur = (ExplainCursor *)cur;
  explain_reset(pCur);
  sqlite3_free(pCur->e.aRow);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* Keeps a copy of each argument given, in its place (the others stay NULL). */
static int keep_arguments(ExplainCursor *pCur, int nArg, int idxNum, int argc, sqlite3_value **argv) {
  int k, j = 0;
  for (k = 0; k < nArg && j < argc; k++) {
    if (!(idxNum & (1 << k))) continue;
    pCur->apArg[k] = sqlite3_value_dup(argv[j++]);
    if (pCur->apArg[k] == 0) return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

static int explain_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                          sqlite3_value **argv) {
  ExplainCursor *pCur = (ExplainCursor *)cur;
  ExplainVtab *pVtab = (ExplainVtab *)cur->pVtab;
  char *zErr = 0;
  int rc;
  (void)idxStr;
  explain_reset(pCur);
  rc = keep_arguments(pCur, pVtab->pTable->nArg, idxNum, argc, argv);
  if (rc == SQLITE_OK) rc = shebao_policy(pVtab->conn, POLICY_CURRENT, &pCur->e.p, &zErr);
  if (rc == SQLITE_OK) {
    policy_index_ref(pCur->e.p);
    rc = pVtab->pTable->xExplain(&pCur->e, pCur->apArg, &zErr);
  }
  if (rc == SQLITE_OK) rc = pCur->e.rc;
  if (rc != SQLITE_OK) explain_reset(pCur); /* no rows: an error, or a NULL argument */
  return shebao_vtab_error(&pVtab->base, rc, zErr);
}

static int explain_next(sqlite3_vtab_cursor *cur) {
  ((ExplainCursor *)cur)->iRow++;
  return SQLITE_OK;
}

static int explain_eof(sqlite3_vtab_cursor *cur) {
  ExplainCursor *pCur = (ExplainCursor *)cur;
  return pCur->iRow >= pCur->e.nRow;
}

static void result_static_text(sqlite3_context *ctx, const char *z) {
  if (z) sqlite3_result_text(ctx, z, -1, SQLITE_STATIC);
}

static int explain_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  ExplainCursor *pCur = (ExplainCursor *)cur;
  const ExplainVtab *pVtab = (const ExplainVtab *)cur->pVtab;
  const ExplainRow *r = &pCur->e.aRow[pCur->iRow];
  if (iCol >= pVtab->nOut) {
    if (pCur->apArg[iCol - pVtab->nOut]) sqlite3_result_value(ctx, pCur->apArg[iCol - pVtab->nOut]);
    return SQLITE_OK;
  }
  switch (pVtab->aColumn[iCol]) {
  case EX_STEP:
    sqlite3_result_int(ctx, pCur->iRow + 1);
    break;
  case EX_SCHEME:
    result_static_text(ctx, r->zScheme);
    break;
  case EX_RULE:
    view_result_text(ctx, r->zRule);
    break;
  case EX_OUTCOME:
    view_result_text(ctx, r->zOutcome);
    break;
  case EX_DETAIL:
    view_result_text(ctx, r->zDetail);
    break;
  case EX_SOURCE_ID:
    view_result_text(ctx, r->zSourceId);
    break;
  case EX_SOURCE_DOC:
    view_result_source_field(ctx, pCur->e.p, r->zSourceId, SRC_DOC_NUMBER);
    break;
  default:
    view_result_source_field(ctx, pCur->e.p, r->zSourceId, SRC_TITLE);
    break;
  }
  return SQLITE_OK;
}

static int explain_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = ((ExplainCursor *)cur)->iRow + 1;
  return SQLITE_OK;
}

static const sqlite3_module explainModule = {
    .iVersion = 0,
    .xCreate = 0, /* eponymous only */
    .xConnect = explain_connect,
    .xBestIndex = explain_best_index,
    .xDisconnect = explain_disconnect,
    .xOpen = explain_open,
    .xClose = explain_close,
    .xFilter = explain_filter,
    .xNext = explain_next,
    .xEof = explain_eof,
    .xColumn = explain_column,
    .xRowid = explain_rowid,
};

int explain_register(sqlite3 *db, ShebaoConn *conn, const ExplainTable *pTable, char **pzErrMsg) {
  return shebao_register_module(db, conn, pTable->zName, &explainModule, pTable, pzErrMsg);
}
