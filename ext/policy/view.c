/*
** The generic eponymous virtual table behind shebao_sources, shebao_relations and the other policy tables.
**
**   SELECT * FROM shebao_relations WHERE code = '27';   -- a lookup through the index, not a scan
**
** HOW IT WORKS
** Each table is a descriptor (policy/view.h): its columns, which rows it shows, and its lookups. The tables
** are eponymous only (xCreate is NULL): they exist in every connection that loaded shebao and cannot be
** created with CREATE VIRTUAL TABLE. A cursor holds a reference to the index it started with, so a policy
** change in the middle of a scan never pulls rows from under it.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/view.h"

typedef struct PolicyVtab {
  sqlite3_vtab base;
  const PolicyView *pView;
  ShebaoConn *conn;
} PolicyVtab;

typedef struct PolicyCursor {
  ShebaoCursor base;   /* iRow of nRow */
  PolicyIndex *pIndex; /* pinned from the first xFilter until the cursor closes: one policy per scan */
  const int *aRow;     /* the rows of a lookup, or NULL: every row in order */
  int scratch;         /* room for a lookup that finds one row computed on the fly */
} PolicyCursor;

static int view_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **ppVtab,
                        char **pzErr) {
  ShebaoModuleData *data = (ShebaoModuleData *)pAux;
  const PolicyView *pView = (const PolicyView *)data->pDesc;
  sqlite3_str *s = sqlite3_str_new(db);
  char *zSchema;
  int i, rc;
  (void)argc;
  (void)argv;
  (void)pzErr;
  for (i = 0; i < pView->nCol; i++)
    sqlite3_str_appendf(s, "%s%s", i ? ", " : "CREATE TABLE x(", pView->aCol[i].zDecl);
  sqlite3_str_appendall(s, ")");
  zSchema = sqlite3_str_finish(s);
  rc = zSchema ? shebao_vtab_new(db, zSchema, sizeof(PolicyVtab), ppVtab) : SQLITE_NOMEM;
  sqlite3_free(zSchema);
  if (rc == SQLITE_OK) {
    ((PolicyVtab *)*ppVtab)->pView = pView;
    ((PolicyVtab *)*ppVtab)->conn = data->conn;
  }
  return rc;
}

/*
** Plans: idxNum 0 is a full scan; idxNum k > 0 uses the view's lookup k-1 with the constraint's value as
** argv[0]. Constraints are never omitted (SQLite checks them again), so a lookup may return a superset and
** any other constraint on any column is simply left to SQLite: nothing is ever rejected.
*/
static int view_best_index(sqlite3_vtab *tab, sqlite3_index_info *pInfo) {
  const PolicyView *pView = ((PolicyVtab *)tab)->pView;
  int i, k;
  for (i = 0; i < pInfo->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &pInfo->aConstraint[i];
    if (!c->usable || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    for (k = 0; k < pView->nLookup; k++) {
      if (pView->aLookup[k].iCol == c->iColumn) {
        pInfo->aConstraintUsage[i].argvIndex = 1;
        pInfo->aConstraintUsage[i].omit = 0;
        pInfo->idxNum = k + 1;
        pInfo->estimatedCost = 10;
        pInfo->estimatedRows = 10;
        return SQLITE_OK;
      }
    }
  }
  pInfo->idxNum = 0;
  pInfo->estimatedCost = 10000;
  pInfo->estimatedRows = 1000;
  return SQLITE_OK;
}

static int view_open(sqlite3_vtab *tab, sqlite3_vtab_cursor **ppCursor) {
  (void)tab;
  return shebao_cursor_new(sizeof(PolicyCursor), ppCursor);
}

static int view_close(sqlite3_vtab_cursor *cur) {
  shebao_scan_release(((PolicyVtab *)cur->pVtab)->conn, ((PolicyCursor *)cur)->pIndex);
  return shebao_cursor_free(cur);
}

static int view_count(const PolicyView *pView, const PolicyIndex *p) {
  return pView->xCount ? pView->xCount(p) : p->aTable[pView->t].nRow;
}

static int view_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                       sqlite3_value **argv) {
  PolicyCursor *pCur = (PolicyCursor *)cur;
  PolicyVtab *pVtab = (PolicyVtab *)cur->pVtab;
  const PolicyView *pView = pVtab->pView;
  char *zErr = 0;
  int rc;
  (void)idxStr;
  /* A join filters the cursor again for each outer row: it keeps the policy of its first. */
  if (pCur->pIndex == 0) {
    rc = shebao_scan_policy(pVtab->conn, pView->zName, &pCur->pIndex, &zErr);
    if (rc != SQLITE_OK) return shebao_vtab_error(&pVtab->base, rc, zErr);
  }
  pCur->base.iRow = 0;
  pCur->base.nRow = 0;
  pCur->aRow = 0;
  if (idxNum > 0 && idxNum <= pView->nLookup && argc == 1) {
    /* x = NULL matches nothing */
    if (sqlite3_value_type(argv[0]) != SQLITE_NULL) {
      pCur->base.nRow =
          pView->aLookup[idxNum - 1].xLookup(pCur->pIndex, argv[0], &pCur->aRow, &pCur->scratch);
    }
    if (pCur->base.nRow == VIEW_LOOKUP_NOMEM) {
      pCur->base.nRow = 0;
      return SQLITE_NOMEM;
    }
  } else {
    pCur->base.nRow = view_count(pView, pCur->pIndex);
  }
  return SQLITE_OK;
}

/* The row the cursor is on: the table's own number, which a lookup's rows skip through. */
static int current_row(const PolicyCursor *pCur) {
  return pCur->aRow ? pCur->aRow[pCur->base.iRow] : pCur->base.iRow;
}

static int view_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  PolicyCursor *pCur = (PolicyCursor *)cur;
  const PolicyView *pView = ((PolicyVtab *)cur->pVtab)->pView;
  const PolicyIndex *p = pCur->pIndex;
  const ViewColumn *col = &pView->aCol[iCol];
  int iRow = current_row(pCur);
  const PolicyRow *row = col->kind == VIEW_COMPUTED ? 0
                         : pView->xRow              ? pView->xRow(p, iRow)
                                                    : &p->aTable[pView->t].aRow[iRow];
  switch (col->kind) {
  case VIEW_CELL:
    view_result_text(ctx, POLICY_CELL(row, col->iCell));
    break;
  case VIEW_SOURCE_DOC:
    view_result_source_field(ctx, p, POLICY_CELL(row, col->iCell), SRC_DOC_NUMBER);
    break;
  case VIEW_SOURCE_TITLE:
    view_result_source_field(ctx, p, POLICY_CELL(row, col->iCell), SRC_TITLE);
    break;
  case VIEW_LAYER:
    sqlite3_result_text(ctx, policy_layer_names[row->layer], -1, SQLITE_STATIC);
    break;
  default:
    pView->xColumn(p, iRow, iCol, ctx);
    break;
  }
  return SQLITE_OK;
}

static int view_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = current_row((PolicyCursor *)cur) + 1;
  return SQLITE_OK;
}

static const sqlite3_module policyViewModule = SHEBAO_READ_ONLY_MODULE(view);

int policy_views_register(sqlite3 *db, ShebaoConn *conn, const PolicyView *const *apView, int nView,
                          char **pzErrMsg) {
  int i, rc = SQLITE_OK;
  for (i = 0; rc == SQLITE_OK && i < nView; i++) {
    rc = shebao_register_module(db, conn, apView[i]->zName, &policyViewModule, apView[i], pzErrMsg);
  }
  return rc;
}

/* ---- column helpers ----------------------------------------------------------------------------------- */

const char *view_key_text(sqlite3_value *pKey, int *pn) {
  const char *z = (const char *)sqlite3_value_text(pKey); /* converting a number or a blob allocates */
  *pn = z ? sqlite3_value_bytes(pKey) : 0;
  return z;
}

void view_result_text(sqlite3_context *ctx, const char *z) {
  if (z) sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
}

void view_result_source_field(sqlite3_context *ctx, const PolicyIndex *p, const char *zSourceId,
                              int iSourceField) {
  const PolicyRow *src = policy_source(p, zSourceId);
  if (src) view_result_text(ctx, POLICY_CELL(src, iSourceField));
}
