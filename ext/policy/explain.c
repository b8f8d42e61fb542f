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
** keeps them until the next xFilter or xClose. The cursor pins the policy index at its first xFilter and
** keeps it until xClose (shebao_scan_policy): in a join, every outer row is explained by the same policy.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/explain.h"
#include "policy/view.h"
#include "util/date.h"
#include <stddef.h>
#include <string.h>

/* How an output column gets its value from a row. */
typedef enum ExplainValue {
  EXV_STEP,  /* the row's number, 1, 2, ... */
  EXV_TEXT,  /* the text field of ExplainRow at offset */
  EXV_SOURCE /* field offset (SRC_DOC_NUMBER, SRC_TITLE, SRC_FIRMNESS) of the source the row cites */
} ExplainValue;

/* The output columns of every explain table, in order (policy/explain.h). A column is one line here. */
static const struct {
  const char *zDecl;
  unsigned onlyWith; /* 0: every table; else the ExplainTable.columns bit that adds it */
  ExplainValue value;
  size_t offset;
} aExplainColumn[] = {
    {"step INTEGER", 0, EXV_STEP, 0},
    {"scheme TEXT", EXPLAIN_SCHEME, EXV_TEXT, offsetof(ExplainRow, zScheme)},
    {"rule TEXT", 0, EXV_TEXT, offsetof(ExplainRow, zRule)},
    {"outcome TEXT", 0, EXV_TEXT, offsetof(ExplainRow, zOutcome)},
    {"detail TEXT", 0, EXV_TEXT, offsetof(ExplainRow, zDetail)},
    {"detail_zh TEXT", 0, EXV_TEXT, offsetof(ExplainRow, zDetailZh)},
    {"source_id TEXT", 0, EXV_TEXT, offsetof(ExplainRow, zSourceId)},
    {"source_doc TEXT", 0, EXV_SOURCE, SRC_DOC_NUMBER},
    {"source_title TEXT", 0, EXV_SOURCE, SRC_TITLE},
    {"source_firmness TEXT", 0, EXV_SOURCE, SRC_FIRMNESS},
};
#define EX_N SHEBAO_COUNT(aExplainColumn)

typedef struct ExplainVtab {
  sqlite3_vtab base;
  const ExplainTable *pTable;
  ShebaoConn *conn;
  int nOut;        /* output columns; the arguments follow */
  int aColumn[16]; /* output column i is aExplainColumn[aColumn[i]] */
} ExplainVtab;

typedef struct ExplainCursor {
  ShebaoCursor base; /* iRow of the explanation's nRow */
  Explanation e;
  sqlite3_value *apArg[EXPLAIN_MAX_ARGS]; /* the arguments, for the hidden columns */
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
  r->zDetailZh = 0;
  r->zSourceId = zSourceId;
}

void explain_add_zh(Explanation *e, char *zDetailZh) {
  if (e->rc != SQLITE_OK || e->nRow == 0 || zDetailZh == 0) {
    if (zDetailZh == 0) e->rc = SQLITE_NOMEM;
    sqlite3_free(zDetailZh);
    return;
  }
  sqlite3_free(e->aRow[e->nRow - 1].zDetailZh);
  e->aRow[e->nRow - 1].zDetailZh = zDetailZh;
}

void explain_zh(Explanation *e, char *zText) {
  const PolicyRow *src;
  const char *zTitle;
  if (e->rc != SQLITE_OK || e->nRow == 0 || zText == 0) {
    explain_add_zh(e, zText);
    return;
  }
  src = e->aRow[e->nRow - 1].zSourceId ? policy_source(e->p, e->aRow[e->nRow - 1].zSourceId) : 0;
  zTitle = src ? POLICY_CELL(src, SRC_TITLE) : 0;
  if (zTitle == 0) {
    explain_add_zh(e, zText);
    return;
  }
  {
    /* Before the sentence's last full stop: "…范围内（依据：《标题》）。" */
    int n = (int)strlen(zText), stop = n >= 3 && strcmp(zText + n - 3, "。") == 0;
    explain_add_zh(
        e, sqlite3_mprintf("%.*s（依据：《%s》）%s", stop ? n - 3 : n, zText, zTitle, stop ? "。" : ""));
  }
  sqlite3_free(zText);
}

const char *explain_fact_zh(const char *zOutcome, const char *zDetail, const char *const (*azWords)[2],
                            int n) {
  int k;
  if (zDetail && (unsigned char)zDetail[0] >= 0xE0) return zDetail;
  for (k = 0; zOutcome && k < n; k++) {
    if (strcmp(azWords[k][0], zOutcome) == 0) return azWords[k][1];
  }
  return 0;
}

void explain_date_zh(int day, char *buf) {
  int y, m, d;
  date_to_ymd(day, &y, &m, &d);
  sqlite3_snprintf(EXPLAIN_DATE_ZH_SIZE, buf, "%d年%d月%d日", y, m, d);
}

/* CREATE TABLE x(<the output columns of this table>, <its arguments> HIDDEN), noting which columns it has. */
static char *explain_schema(const ExplainTable *t, int *pnOut, int *aColumn) {
  sqlite3_str *s = sqlite3_str_new(0);
  int i;
  *pnOut = 0;
  for (i = 0; i < EX_N; i++) {
    if (aExplainColumn[i].onlyWith && !(t->columns & aExplainColumn[i].onlyWith)) continue;
    sqlite3_str_appendf(s, "%s%s", *pnOut ? ", " : "CREATE TABLE x(", aExplainColumn[i].zDecl);
    aColumn[(*pnOut)++] = i;
  }
  for (i = 0; i < t->nArg; i++)
    sqlite3_str_appendf(s, ", %s HIDDEN", t->azArg[i]);
  sqlite3_str_appendall(s, ")");
  return sqlite3_str_finish(s);
}

static int explain_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **ppVtab,
                           char **pzErr) {
  ShebaoModuleData *data = (ShebaoModuleData *)pAux;
  const ExplainTable *t = (const ExplainTable *)data->pDesc;
  int nOut, aColumn[16], rc;
  char *zSchema = explain_schema(t, &nOut, aColumn);
  (void)argc;
  (void)argv;
  (void)pzErr;
  rc = zSchema ? shebao_vtab_new(db, zSchema, sizeof(ExplainVtab), ppVtab) : SQLITE_NOMEM;
  sqlite3_free(zSchema);
  if (rc == SQLITE_OK) {
    ExplainVtab *pVtab = (ExplainVtab *)*ppVtab;
    pVtab->pTable = t;
    pVtab->conn = data->conn;
    pVtab->nOut = nOut;
    memcpy(pVtab->aColumn, aColumn, sizeof(aColumn));
  }
  return rc;
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
  int aUsable[EXPLAIN_MAX_ARGS], unusable = 0, i, k, n = 0;
  for (k = 0; k < EXPLAIN_MAX_ARGS; k++)
    aUsable[k] = -1;
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
  (void)tab;
  return shebao_cursor_new(sizeof(ExplainCursor), ppCursor);
}

/* Frees the rows and the arguments of the last xFilter (the cursor keeps its policy). */
static void explain_reset(ExplainCursor *pCur) {
  int i;
  for (i = 0; i < pCur->e.nRow; i++) {
    sqlite3_free(pCur->e.aRow[i].zOutcome);
    sqlite3_free(pCur->e.aRow[i].zDetail);
    sqlite3_free(pCur->e.aRow[i].zDetailZh);
  }
  for (i = 0; i < EXPLAIN_MAX_ARGS; i++) {
    sqlite3_value_free(pCur->apArg[i]);
    pCur->apArg[i] = 0;
  }
  pCur->e.nRow = pCur->base.iRow = pCur->base.nRow = 0;
  pCur->e.rc = SQLITE_OK;
}

static int explain_close(sqlite3_vtab_cursor *cur) {
  ExplainCursor *pCur = (ExplainCursor *)cur;
  explain_reset(pCur);
  shebao_scan_release(((ExplainVtab *)cur->pVtab)->conn, pCur->e.p);
  sqlite3_free(pCur->e.aRow);
  return shebao_cursor_free(cur);
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
  /* A join filters the cursor again for each outer row: it keeps the policy of its first. */
  if (rc == SQLITE_OK && pCur->e.p == 0)
    rc = shebao_scan_policy(pVtab->conn, pVtab->pTable->zName, &pCur->e.p, &zErr);
  if (rc == SQLITE_OK) rc = pVtab->pTable->xExplain(&pCur->e, pCur->apArg, &zErr);
  if (rc == SQLITE_OK) rc = pCur->e.rc;
  if (rc != SQLITE_OK) explain_reset(pCur); /* no rows: an error, or a NULL argument */
  if (rc != SQLITE_OK && rc != SHEBAO_NULL) rc = shebao_on_error(pVtab->conn, rc, &zErr);
  pCur->base.nRow = pCur->e.nRow;
  return shebao_vtab_error(&pVtab->base, rc, zErr);
}

static int explain_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  ExplainCursor *pCur = (ExplainCursor *)cur;
  const ExplainVtab *pVtab = (const ExplainVtab *)cur->pVtab;
  const ExplainRow *r = &pCur->e.aRow[pCur->base.iRow];
  int k;
  if (iCol >= pVtab->nOut) {
    if (pCur->apArg[iCol - pVtab->nOut]) sqlite3_result_value(ctx, pCur->apArg[iCol - pVtab->nOut]);
    return SQLITE_OK;
  }
  k = pVtab->aColumn[iCol];
  switch (aExplainColumn[k].value) {
  case EXV_STEP:
    sqlite3_result_int(ctx, pCur->base.iRow + 1);
    break;
  case EXV_TEXT:
    view_result_text(ctx, *(const char *const *)((const char *)r + aExplainColumn[k].offset));
    break;
  default:
    view_result_source_field(ctx, pCur->e.p, r->zSourceId, (int)aExplainColumn[k].offset);
    break;
  }
  return SQLITE_OK;
}

#define explain_rowid shebao_cursor_rowid
static const sqlite3_module explainModule = SHEBAO_READ_ONLY_MODULE(explain);

int explain_register(sqlite3 *db, ShebaoConn *conn, const ExplainTable *pTable, char **pzErrMsg) {
  return shebao_register_module(db, conn, pTable->zName, &explainModule, pTable, pzErrMsg);
}
