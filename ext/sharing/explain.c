/*
** explain_can_share: the can_share() decision, one row per rule applied, each with the document that decided.
**
**   SELECT * FROM explain_can_share('祖父', '2025-03-01', '苏州市', '成都市');
**   SELECT m.name, e.rule, e.outcome FROM members m, explain_can_share(m.relation, m.d, m.r1, m.r2) e;
**
** HOW IT WORKS
** A table-valued function in the manner of SQLite's ext/misc/series.c. Its schema is
**
**     CREATE TABLE explain_can_share(
**       step INTEGER,       -- 1, 2, ... in the order the rules apply
**       rule TEXT,          -- relation, near_relative, scope, place, payer_region, relative_region, outcome
**       outcome TEXT,       -- what the rule found ('grandparent', 'yes', 'in force', 'enabled', ...)
**       detail TEXT,        -- a sentence saying why, with dates and their precision
**       source_id TEXT, source_doc TEXT, source_title TEXT,  -- the document behind the rule
**       relation HIDDEN, on_date HIDDEN, payer_region HIDDEN, relative_region HIDDEN  -- the arguments
**     );
**
** Arguments are equality constraints on the hidden columns. relation and on_date are required; the two
*regions
** are optional together (without them the national timeline is explained). The rows are computed in xFilter
** by the same sharing_decide() that can_share() calls, so the explanation and the answer cannot disagree.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "sharing/sharing.h"
#include "util/date.h"
#include "policy/view.h"
#include <string.h>

enum {
  EX_STEP,
  EX_RULE,
  EX_OUTCOME,
  EX_DETAIL,
  EX_SOURCE_ID,
  EX_SOURCE_DOC,
  EX_SOURCE_TITLE,
  EX_RELATION,
  EX_ON_DATE,
  EX_PAYER,
  EX_RELATIVE /* hidden: the arguments */
};
#define EX_FIRST_ARG EX_RELATION
#define EX_NARG 4
#define EX_MAX_ROWS 16

typedef struct ExplainRow {
  const char *zRule;     /* static */
  char *zOutcome;        /* sqlite3_malloc'd */
  char *zDetail;         /* sqlite3_malloc'd */
  const char *zSourceId; /* in the policy index */
} ExplainRow;

typedef struct ExplainVtab {
  sqlite3_vtab base;
  ShebaoConn *conn;
} ExplainVtab;

typedef struct ExplainCursor {
  sqlite3_vtab_cursor base;
  PolicyIndex *pIndex; /* referenced while the cursor is open */
  sqlite3_value *apArg[EX_NARG];
  int nRow, iRow;
  int oom;
  ExplainRow aRow[EX_MAX_ROWS];
} ExplainCursor;

static int explain_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **ppVtab,
                           char **pzErr) {
  ExplainVtab *pVtab;
  int rc;
  (void)argc;
  (void)argv;
  (void)pzErr;
  rc = sqlite3_declare_vtab(db,
                            "CREATE TABLE x(step INTEGER, rule TEXT, outcome TEXT, detail TEXT,"
                            " source_id TEXT, source_doc TEXT, source_title TEXT,"
                            " relation HIDDEN, on_date HIDDEN, payer_region HIDDEN, relative_region HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  pVtab = sqlite3_malloc64(sizeof(*pVtab));
  if (pVtab == 0) return SQLITE_NOMEM;
  memset(pVtab, 0, sizeof(*pVtab));
  pVtab->conn = ((ShebaoModuleData *)pAux)->conn;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = &pVtab->base;
  return SQLITE_OK;
}

static int explain_disconnect(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

/*
** idxNum is a bit mask of the arguments given, bit k for hidden column EX_FIRST_ARG + k (1 relation, 2
*on_date,
** 4 payer_region, 8 relative_region); they reach xFilter in that order. A constraint on an argument that is
** not usable (its value comes from a table later in the join) makes this plan impossible: SQLITE_CONSTRAINT,
** so that the planner puts that table first. Constraints on the output columns are left to SQLite.
*/
static int explain_best_index(sqlite3_vtab *tab, sqlite3_index_info *pInfo) {
  int aIdx[EX_NARG] = {-1, -1, -1, -1}, unusable = 0, i, k, n = 0;
  (void)tab;
  for (i = 0; i < pInfo->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &pInfo->aConstraint[i];
    if (c->iColumn < EX_FIRST_ARG) continue;
    k = c->iColumn - EX_FIRST_ARG;
    if (c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c->usable) {
      unusable |= 1 << k;
      continue;
    }
    aIdx[k] = i;
  }
  pInfo->idxNum = 0;
  for (k = 0; k < EX_NARG; k++) {
    if (aIdx[k] >= 0) {
      pInfo->idxNum |= 1 << k;
      pInfo->aConstraintUsage[aIdx[k]].argvIndex = ++n;
      pInfo->aConstraintUsage[aIdx[k]].omit = 1;
    } else if (unusable & (1 << k)) {
      return SQLITE_CONSTRAINT;
    }
  }
  pInfo->estimatedCost = (pInfo->idxNum & 3) == 3 ? 10 : 1e9;
  pInfo->estimatedRows = 8;
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

static void explain_reset(ExplainCursor *pCur) {
  int i;
  for (i = 0; i < pCur->nRow; i++) {
    sqlite3_free(pCur->aRow[i].zOutcome);
    sqlite3_free(pCur->aRow[i].zDetail);
  }
  for (i = 0; i < EX_NARG; i++) {
    sqlite3_value_free(pCur->apArg[i]);
    pCur->apArg[i] = 0;
  }
  pCur->nRow = pCur->iRow = 0;
  pCur->oom = 0;
  policy_index_unref(pCur->pIndex);
  pCur->pIndex = 0;
}

static int explain_close(sqlite3_vtab_cursor *cur) {
  explain_reset((ExplainCursor *)cur);
  sqlite3_free(cur);
  return SQLITE_OK;
}

/* Adds a row; takes zOutcome and zDetail (sqlite3_malloc'd; NULL means out of memory). */
static void add_row_owned(ExplainCursor *pCur, const char *zRule, char *zOutcome, const char *zSourceId,
                          char *zDetail) {
  ExplainRow *r;
  if (zDetail == 0 || zOutcome == 0 || pCur->nRow == EX_MAX_ROWS) {
    pCur->oom |= zDetail == 0 || zOutcome == 0;
    sqlite3_free(zOutcome);
    sqlite3_free(zDetail);
    return;
  }
  r = &pCur->aRow[pCur->nRow++];
  r->zRule = zRule;
  r->zOutcome = zOutcome;
  r->zDetail = zDetail;
  r->zSourceId = zSourceId;
}

static void add_row(ExplainCursor *pCur, const char *zRule, const char *zOutcome, const char *zSourceId,
                    char *zDetail) {
  add_row_owned(pCur, zRule, sqlite3_mprintf("%s", zOutcome), zSourceId, zDetail);
}

static const char *tri_text(Tri t) {
  return t == TRI_YES ? "yes" : t == TRI_NO ? "no" : "undecided";
}

/* "from 2024-12-02", "by 2025-09-22 (the source says only 'by')", "always" */
static char *interval_start(const RegionInterval *iv) {
  char buf[DATE_TEXT_LEN + 1];
  if (iv == 0) return sqlite3_mprintf("never, in the data");
  if (iv->from == DAY_MIN) return sqlite3_mprintf("always");
  date_format(iv->from, buf);
  if (strcmp(POLICY_CELL(iv->pRow, ENABLE_PRECISION), "by") == 0) {
    return sqlite3_mprintf("by %s (the source says only that it was on by then)", buf);
  }
  return sqlite3_mprintf("from %s", buf);
}

static const char *chain_name(const PolicyIndex *p, const char *zCode) {
  const Region *r = region_by_code(p->pRegions, zCode);
  return r ? r->zName : "national timeline";
}

static void explain_relation(ExplainCursor *pCur, const ShareDecision *d) {
  const RelationTerm *t = d->pTerm;
  const RelationIndex *ri = pCur->pIndex->pRelations;
  const char *zTerm = (const char *)sqlite3_value_text(pCur->apArg[0]);
  const RelationCode *code = t->iCode >= 0 ? &ri->aCode[t->iCode] : 0;
  sqlite3_str *classes;
  int i;
  if (zTerm == 0) {
    /* Converting a relation given as a number to text ran out of memory: no row without its term. */
    pCur->oom = 1;
    return;
  }
  classes = sqlite3_str_new(0);
  for (i = 0; i < d->nReading; i++) {
    const ShareReading *r = &d->aReading[i];
    if (i) sqlite3_str_appendall(classes, "|");
    sqlite3_str_appendall(classes, r->pClass ? POLICY_CELL(r->pClass, KC_CLASS) : "other");
  }
  if (code) {
    add_row_owned(pCur, "relation", sqlite3_str_finish(classes), POLICY_CELL(code->pRow, REL_SOURCE_ID),
                  sqlite3_mprintf("'%s' is GB/T 4761-2008 code %s %s; kin path '%s'", zTerm,
                                  POLICY_CELL(code->pRow, REL_CODE), POLICY_CELL(code->pRow, REL_NAME),
                                  t->zKinPath));
  } else {
    add_row_owned(
        pCur, "relation", sqlite3_str_finish(classes), POLICY_CELL(t->pRow, TERM_SOURCE_ID),
        sqlite3_mprintf("'%s' has no single GB/T 4761-2008 code; kin path '%s'", zTerm, t->zKinPath));
  }
}

static void explain_reading(ExplainCursor *pCur, const ShareDecision *d, int i) {
  const PolicyIndex *p = pCur->pIndex;
  const ShareReading *r = &d->aReading[i];
  const char *zClass = r->pClass ? POLICY_CELL(r->pClass, KC_CLASS) : "other";
  const char *zClassZh = r->pClass ? POLICY_CELL(r->pClass, KC_NAME_ZH) : "其他";
  char zPrefix[64] = "";
  char zDay[DATE_TEXT_LEN + 1];
  date_format(d->day, zDay);
  if (d->nReading > 1) sqlite3_snprintf(sizeof(zPrefix), zPrefix, "reading %d of %d: ", i + 1, d->nReading);
  switch (r->verdict) {
  case KIN_NEAR:
    add_row(
        pCur, "near_relative", "yes", r->pClass ? POLICY_CELL(r->pClass, KC_SOURCE_ID) : 0,
        sqlite3_mprintf("%s%s (%s) is a near relative (Civil Code art. 1045)", zPrefix, zClass, zClassZh));
    break;
  case KIN_CONDITIONAL:
    add_row(pCur, "near_relative", "conditional", r->pClass ? POLICY_CELL(r->pClass, KC_SOURCE_ID) : 0,
            sqlite3_mprintf("%s%s (%s) is a near relative only with a relationship of support and education "
                            "(Civil Code art. 1072), which the relation does not show",
                            zPrefix, zClass, zClassZh));
    break;
  case KIN_UNDECIDABLE:
    add_row(pCur, "near_relative", "undecidable", r->pClass ? POLICY_CELL(r->pClass, KC_SOURCE_ID) : 0,
            sqlite3_mprintf("%sthe relation is unspecified: it may or may not be a near relative", zPrefix));
    break;
  default:
    add_row(pCur, "near_relative", r->zScopeClass ? "self" : "no",
            r->pClass ? POLICY_CELL(r->pClass, KC_SOURCE_ID) : 0,
            r->zScopeClass ? sqlite3_mprintf("%sthe insured person themself", zPrefix)
                           : sqlite3_mprintf("%s%s (%s) is not a near relative (Civil Code art. 1045)",
                                             zPrefix, zClass, zClassZh));
    break;
  }
  if (r->zScopeClass == 0) return;
  if (r->pFirst == 0) {
    add_row(pCur, "scope", "not in force", 0,
            sqlite3_mprintf("%sno sharing scope for %s in the data: not in scope on %s", zPrefix,
                            r->zScopeClass, zDay));
    return;
  }
  {
    const PolicyRow *row = r->pScope ? r->pScope : r->pFirst;
    const char *zFrom = POLICY_CELL(row, SCOPE_VALID_FROM), *zTo = POLICY_CELL(row, SCOPE_VALID_TO);
    sqlite3_str *detail = sqlite3_str_new(0);
    sqlite3_str_appendf(detail, "%s%s may use the account ", zPrefix, r->zScopeClass);
    if (zFrom)
      sqlite3_str_appendf(detail, "from %s", zFrom);
    else
      sqlite3_str_appendall(detail, "always");
    if (zTo) sqlite3_str_appendf(detail, " to %s", zTo);
    sqlite3_str_appendf(detail, " (%s); on %s: %s", chain_name(p, r->zScopeCode), zDay,
                        r->pScope ? "in force" : "not in force");
    add_row(pCur, "scope", r->pScope ? "in force" : "not in force", POLICY_CELL(row, SCOPE_SOURCE_ID),
            sqlite3_str_finish(detail));
  }
}

static void explain_region(ExplainCursor *pCur, const char *zRule, const Region *r, const RegionInterval *pOn,
                           const RegionInterval *pFirst, RegionScopeKind scope, int day) {
  const PolicyIndex *p = pCur->pIndex;
  const RegionInterval *iv = pOn ? pOn : pFirst;
  const char *zWhat = scope == SCOPE_CROSS_PROVINCE ? "cross-province mutual aid" : "in-province mutual aid";
  char *zStart = interval_start(iv);
  char zDay[DATE_TEXT_LEN + 1];
  date_format(day, zDay);
  add_row(pCur, zRule, pOn ? "enabled" : "not enabled", iv ? POLICY_CELL(iv->pRow, ENABLE_SOURCE_ID) : 0,
          zStart ? sqlite3_mprintf("%s %s (%s): %s %s, by a row for %s; on %s: %s", r->zName, r->zCode,
                                   p->pRegions->aRegion[r->iProvince].zName, zWhat, zStart,
                                   iv ? chain_name(p, POLICY_CELL(iv->pRow, ENABLE_CODE)) : "none", zDay,
                                   pOn ? "enabled" : "not enabled")
                 : 0);
  sqlite3_free(zStart);
}

static void explain_place(ExplainCursor *pCur, const ShareDecision *d) {
  const PolicyIndex *p = pCur->pIndex;
  const char *zPayerProvince = p->pRegions->aRegion[d->pPayer->iProvince].zName;
  const char *zRelativeProvince = p->pRegions->aRegion[d->pRelative->iProvince].zName;
  switch (d->place) {
  case PLACE_SAME_REGION:
    add_row(
        pCur, "place", "same pooling region", "gbf-2021-14",
        sqlite3_mprintf("payer and relative are both insured in %s: no place condition", d->pPayer->zName));
    break;
  case PLACE_SAME_PROVINCE:
    add_row(
        pCur, "place", "same province", "nhsa-2024-11-in-province",
        sqlite3_mprintf("%s and %s are two pooling regions of %s: in-province mutual aid must apply in both",
                        d->pPayer->zName, d->pRelative->zName, zPayerProvince));
    explain_region(pCur, "payer_region", d->pPayer, d->pPayerOn, d->pPayerFirst, SCOPE_IN_PROVINCE, d->day);
    explain_region(pCur, "relative_region", d->pRelative, d->pRelativeOn, d->pRelativeFirst,
                   SCOPE_IN_PROVINCE, d->day);
    break;
  default:
    add_row(pCur, "place", "across provinces", "rules-cross-province-mutual-aid",
            sqlite3_mprintf("%s (%s) and %s (%s) are in different provinces: both regions must have "
                            "cross-province mutual aid on the day",
                            d->pPayer->zName, zPayerProvince, d->pRelative->zName, zRelativeProvince));
    explain_region(pCur, "payer_region", d->pPayer, d->pPayerOn, d->pPayerFirst, SCOPE_CROSS_PROVINCE,
                   d->day);
    explain_region(pCur, "relative_region", d->pRelative, d->pRelativeOn, d->pRelativeFirst,
                   SCOPE_CROSS_PROVINCE, d->day);
    break;
  }
}

/* The outcome cites the document that decided: the first rule that said no, else the scope that said yes. */
static const char *deciding_source(const ExplainCursor *pCur, Tri result) {
  int i;
  for (i = 0; i < pCur->nRow; i++) {
    const ExplainRow *r = &pCur->aRow[i];
    int negative = strcmp(r->zOutcome, "no") == 0 || strcmp(r->zOutcome, "not in force") == 0 ||
                   strcmp(r->zOutcome, "not enabled") == 0;
    int decisive = result == TRI_NO ? negative : strcmp(r->zRule, "scope") == 0 && !negative;
    if (result == TRI_UNKNOWN)
      decisive = strcmp(r->zOutcome, "conditional") == 0 || strcmp(r->zOutcome, "undecidable") == 0;
    if (decisive) return r->zSourceId;
  }
  return 0;
}

static void explain_outcome(ExplainCursor *pCur, const ShareDecision *d) {
  const char *zWhy;
  if (d->result == TRI_YES)
    zWhy = "the account may pay for this relative";
  else if (d->relation == TRI_NO)
    zWhy = "the relation is not in the scope of mutual aid on that date";
  else if (d->placeResult == TRI_NO)
    zWhy = "the place rule does not allow it on that date";
  else
    zWhy = "it depends on facts the relation does not show: can_share() returns NULL";
  add_row(pCur, "outcome", tri_text(d->result), deciding_source(pCur, d->result),
          sqlite3_mprintf("can_share = %s: %s",
                          d->result == TRI_UNKNOWN ? "NULL"
                          : d->result == TRI_YES   ? "1"
                                                   : "0",
                          zWhy));
}

static int explain_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                          sqlite3_value **argv) {
  ExplainCursor *pCur = (ExplainCursor *)cur;
  ExplainVtab *pVtab = (ExplainVtab *)cur->pVtab;
  sqlite3_value *apArg[EX_NARG] = {0, 0, 0, 0};
  const RelationTerm *pTerm;
  const Region *pPayer, *pRelative;
  ShareDecision d;
  char *zErr = 0;
  int rc, k, j = 0, day, nArg, i;
  (void)idxStr;
  explain_reset(pCur);
  for (k = 0; k < EX_NARG && j < argc; k++) {
    if (idxNum & (1 << k)) apArg[k] = argv[j++];
  }
  if (apArg[0] == 0 || apArg[1] == 0 || (apArg[2] == 0) != (apArg[3] == 0)) {
    zErr = sqlite3_mprintf("explain_can_share(): takes relation and on_date, and optionally payer_region and "
                           "relative_region together");
    rc = SQLITE_ERROR;
    goto filter_error;
  }
  for (k = 0; k < EX_NARG; k++) {
    if (apArg[k] && (pCur->apArg[k] = sqlite3_value_dup(apArg[k])) == 0) {
      rc = SQLITE_NOMEM;
      goto filter_error;
    }
  }
  rc = shebao_policy_acquire(pVtab->conn, &pCur->pIndex, &zErr);
  if (rc != SQLITE_OK) goto filter_error;
  nArg = apArg[2] ? 4 : 2;
  rc = sharing_args_vtab(pCur->pIndex, "explain_can_share", nArg, pCur->apArg, &pTerm, &day, &pPayer,
                         &pRelative, &zErr);
  if (rc == SQLITE_DONE) return SQLITE_OK; /* a NULL argument: no rows */
  if (rc != SQLITE_OK) goto filter_error;
  if ((zErr = policy_broken_message(pCur->pIndex, "explain_can_share",
                                    nArg == 4 ? DEPS_SHARING
                                              : DEPS_RELATIONS | TABLE_BIT(PT_SHARING_SCOPES))) != 0) {
    rc = SQLITE_ERROR;
    goto filter_error;
  }
  sharing_decide(pCur->pIndex, pTerm, day, pPayer, pRelative, &d);
  explain_relation(pCur, &d);
  for (i = 0; i < d.nReading; i++)
    explain_reading(pCur, &d, i);
  if (d.place != PLACE_NONE) explain_place(pCur, &d);
  explain_outcome(pCur, &d);
  if (pCur->oom) {
    rc = SQLITE_NOMEM;
    goto filter_error;
  }
  return SQLITE_OK;

filter_error:
  explain_reset(pCur);
  sqlite3_free(pVtab->base.zErrMsg);
  pVtab->base.zErrMsg = zErr;
  return rc;
}

static int explain_next(sqlite3_vtab_cursor *cur) {
  ((ExplainCursor *)cur)->iRow++;
  return SQLITE_OK;
}

static int explain_eof(sqlite3_vtab_cursor *cur) {
  ExplainCursor *pCur = (ExplainCursor *)cur;
  return pCur->iRow >= pCur->nRow;
}

static int explain_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  ExplainCursor *pCur = (ExplainCursor *)cur;
  const ExplainRow *r = &pCur->aRow[pCur->iRow];
  switch (iCol) {
  case EX_STEP:
    sqlite3_result_int(ctx, pCur->iRow + 1);
    break;
  case EX_RULE:
    sqlite3_result_text(ctx, r->zRule, -1, SQLITE_STATIC);
    break;
  case EX_OUTCOME:
    sqlite3_result_text(ctx, r->zOutcome, -1, SQLITE_TRANSIENT);
    break;
  case EX_DETAIL:
    sqlite3_result_text(ctx, r->zDetail, -1, SQLITE_TRANSIENT);
    break;
  case EX_SOURCE_ID:
    if (r->zSourceId) sqlite3_result_text(ctx, r->zSourceId, -1, SQLITE_TRANSIENT);
    break;
  case EX_SOURCE_DOC:
    view_result_source_field(ctx, pCur->pIndex, r->zSourceId, SRC_DOC_NUMBER);
    break;
  case EX_SOURCE_TITLE:
    view_result_source_field(ctx, pCur->pIndex, r->zSourceId, SRC_TITLE);
    break;
  default:
    if (pCur->apArg[iCol - EX_FIRST_ARG]) sqlite3_result_value(ctx, pCur->apArg[iCol - EX_FIRST_ARG]);
    break;
  }
  return SQLITE_OK;
}

static int explain_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = ((ExplainCursor *)cur)->iRow + 1;
  return SQLITE_OK;
}

static const sqlite3_module explainCanShareModule = {
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

int shebao_register_explain_can_share(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return shebao_register_module(db, conn, "explain_can_share", &explainCanShareModule, 0, pzErrMsg);
}
