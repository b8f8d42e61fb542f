/*
** explain_cert_deadline(last_cert [, rule_or_region]): how a certification deadline is decided, one row per
** rule applied, in order, each with its source.
**
**   SELECT step, rule, outcome, source_doc FROM explain_cert_deadline('2024-03-15', '福建省:resident');
**   SELECT p.name, e.* FROM pensioners p, explain_cert_deadline(p.last_cert, p.region) e;
**
**   CREATE TABLE explain_cert_deadline(
**     step INTEGER,          -- 1, 2, ... in the order the rules apply
**     scheme TEXT,           -- 'employee' or 'resident' on the rows of one reading, when the scheme matters
**     rule TEXT,             -- what applies: rule_or_region, scheme, assignment, <the rule's name>,
**                            --   cert_reminder_days, overdue, recertified, basis, method
**     outcome TEXT,          -- e.g. the region, the rule chosen, the deadline, 'payment suspended'
**     detail TEXT,           -- why, in words
**     source_id TEXT, source_doc TEXT, source_title TEXT,
**     last_cert HIDDEN,      -- 1st argument
**     rule_or_region HIDDEN  -- 2nd argument (optional: the national default)
**   );
**
** Where a region's rule depends on the pension scheme and none is given, every reading is shown (rows with
** scheme 'employee', then 'resident'), never one picked; next_cert_deadline() and cert_status() raise
** an error there instead. The reminder window shown is the one in effect on the deadline; the facts (what
** a missed deadline means) those in effect the day after it.
**
** HOW IT WORKS
** A table-valued function after SQLite's ext/misc/series.c: the arguments are HIDDEN columns, xBestIndex asks
** for equality constraints on them, and xFilter computes every row at once into the cursor (a dozen at most).
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "cert/cert.h"
#include "util/date.h"
#include "policy/view.h"
#include "regions/regions.h"
#include <stdio.h>
#include <string.h>

#define FN_EXPLAIN "explain_cert_deadline"

enum {
  EX_STEP,
  EX_SCHEME,
  EX_RULE,
  EX_OUTCOME,
  EX_DETAIL,
  EX_SOURCE_ID,
  EX_SOURCE_DOC,
  EX_SOURCE_TITLE,
  EX_LAST_CERT,
  EX_RULE_OR_REGION
};

typedef struct ExplainRow {
  const char *zScheme;   /* static or NULL */
  const char *zRule;     /* static, or owned by the index */
  char *zOutcome;        /* sqlite3_malloc'd */
  char *zDetail;         /* sqlite3_malloc'd */
  const char *zSourceId; /* owned by the index */
} ExplainRow;

typedef struct ExplainCursor {
  sqlite3_vtab_cursor base;
  PolicyIndex *pIndex; /* referenced while rows point into it */
  ExplainRow *aRow;
  int nRow, nAlloc, iRow;
  sqlite3_value *pLastCert, *pRuleOrRegion; /* the arguments, for the hidden columns */
} ExplainCursor;

typedef struct ExplainVtab {
  sqlite3_vtab base;
  ShebaoConn *conn;
} ExplainVtab;

static int explain_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **ppVtab,
                           char **pzErr) {
  ExplainVtab *pVtab;
  int rc;
  (void)argc;
  (void)argv;
  (void)pzErr;
  rc = sqlite3_declare_vtab(db,
                            "CREATE TABLE x(step INTEGER, scheme TEXT, rule TEXT, outcome TEXT, detail TEXT,"
                            " source_id TEXT, source_doc TEXT, source_title TEXT,"
                            " last_cert HIDDEN, rule_or_region HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  pVtab = sqlite3_malloc64(sizeof(*pVtab));
  if (pVtab == 0) return SQLITE_NOMEM;
  memset(pVtab, 0, sizeof(*pVtab));
  pVtab->conn = ((ShebaoModuleData *)pAux)->conn;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS); /* reads policy only: usable with trusted_schema=OFF */
  *ppVtab = &pVtab->base;
  return SQLITE_OK;
}

static int explain_disconnect(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

/*
** Plans. idxNum bit 1: last_cert is given (the first argv of xFilter); bit 2: rule_or_region is given (the
** next argv). idxStr is not used. Only usable equality constraints on the two hidden columns are used, and
** they are omitted (the hidden columns return the arguments, so they hold). An equality constraint on one of
** them that is not usable (its value comes from a table not yet scanned) makes this plan impossible:
** SQLITE_CONSTRAINT, so that the planner puts the table giving the arguments first. Constraints on the other
** columns are left to SQLite, never rejected.
*/
static int explain_best_index(sqlite3_vtab *tab, sqlite3_index_info *pInfo) {
  int aUsable[2] = {-1, -1}, aUnusable[2] = {0, 0}, i, nArg = 0;
  (void)tab;
  for (i = 0; i < pInfo->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &pInfo->aConstraint[i];
    int k;
    if (c->iColumn != EX_LAST_CERT && c->iColumn != EX_RULE_OR_REGION) continue;
    if (c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    k = c->iColumn - EX_LAST_CERT;
    if (!c->usable)
      aUnusable[k] = 1;
    else if (aUsable[k] < 0)
      aUsable[k] = i;
  }
  if ((aUnusable[0] && aUsable[0] < 0) || (aUnusable[1] && aUsable[1] < 0)) return SQLITE_CONSTRAINT;
  pInfo->idxNum = 0;
  for (i = 0; i < 2; i++) {
    if (aUsable[i] < 0) continue;
    pInfo->idxNum |= 1 << i;
    pInfo->aConstraintUsage[aUsable[i]].argvIndex = ++nArg;
    pInfo->aConstraintUsage[aUsable[i]].omit = 1;
  }
  /* Without last_cert xFilter reports the missing argument; make that plan the last resort. */
  pInfo->estimatedCost = (pInfo->idxNum & 1) ? 10 : 1e12;
  pInfo->estimatedRows = 10;
  return SQLITE_OK;
}

static void clear_rows(ExplainCursor *pCur) {
  int i;
  for (i = 0; i < pCur->nRow; i++) {
    sqlite3_free(pCur->aRow[i].zOutcome);
    sqlite3_free(pCur->aRow[i].zDetail);
  }
  pCur->nRow = 0;
  pCur->iRow = 0;
  sqlite3_value_free(pCur->pLastCert);
  sqlite3_value_free(pCur->pRuleOrRegion);
  pCur->pLastCert = pCur->pRuleOrRegion = 0;
  policy_index_unref(pCur->pIndex);
  pCur->pIndex = 0;
}

static int explain_open(sqlite3_vtab *tab, sqlite3_vtab_cursor **ppCursor) {
  ExplainCursor *pCur = sqlite3_malloc64(sizeof(*pCur));
  (void)tab;
  if (pCur == 0) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

static int explain_close(sqlite3_vtab_cursor *cur) {
  ExplainCursor *pCur = (ExplainCursor *)cur;
  clear_rows(pCur);
  sqlite3_free(pCur->aRow);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* Appends a row; takes ownership of zOutcome and zDetail (sqlite3_mprintf results, NULL meaning out of memory
** unless the format was NULL). */
static int add_row(ExplainCursor *pCur, const char *zScheme, const char *zRule, char *zOutcome, char *zDetail,
                   const char *zSourceId) {
  ExplainRow *r;
  if (pCur->nRow == pCur->nAlloc) {
    int nNew = pCur->nAlloc ? 2 * pCur->nAlloc : 16;
    ExplainRow *aNew = sqlite3_realloc64(pCur->aRow, sizeof(ExplainRow) * (size_t)nNew);
    if (aNew == 0) {
      sqlite3_free(zOutcome);
      sqlite3_free(zDetail);
      return SQLITE_NOMEM;
    }
    pCur->aRow = aNew;
    pCur->nAlloc = nNew;
  }
  r = &pCur->aRow[pCur->nRow++];
  r->zScheme = zScheme;
  r->zRule = zRule;
  r->zOutcome = zOutcome;
  r->zDetail = zDetail;
  r->zSourceId = zSourceId;
  return (zOutcome && zDetail) ? SQLITE_OK : SQLITE_NOMEM;
}

static char *fmt_date(int day) {
  char z[DATE_TEXT_LEN + 1];
  date_format(day, z);
  return sqlite3_mprintf("%s", z);
}

/* "valid from 2020-01-01 to 2024-12-31", "valid from the start, no end date", ... for a dated row. */
static char *validity(const char *zFrom, const char *zTo) {
  return sqlite3_mprintf("valid from %s%s%s", zFrom ? zFrom : "the start", zTo ? " to " : ", no end date",
                         zTo ? zTo : "");
}

/* The rows of one reading: the assignment (for a scope), the rule's computation, the reminder window and
** what a missed deadline means. */
static int explain_reading(ExplainCursor *pCur, const CertChoice *c, int iReading, const char *zScheme,
                           int lastCert, const char *z, int n, int *pDeadline, char *zErr, int nErr) {
  PolicyIndex *p = pCur->pIndex;
  const PolicyRow *ruleRow, *paramRow;
  CertAlgorithm a;
  int deadline, window, rc, k;
  char zDescribe[512], zScope[128];
  if (c->kind == CERT_BY_RULE) {
    a = c->algorithm;
  } else {
    int value;
    const PolicyRow *row = cert_assignment_on(p, c, iReading, lastCert, &value);
    CertChoice one = *c;
    char *zValidity;
    /* The errors of the decision, for this reading alone. */
    if (c->nReading == 2) {
      one.scheme = (CertScheme)(iReading + 1);
      one.nReading = 1;
      one.aRule[0] = c->aRule[iReading];
    }
    rc = cert_rule_on(p, &one, lastCert, FN_EXPLAIN, z, n, &a, zErr, nErr);
    if (rc != SQLITE_OK) return rc;
    cert_scope_name(p, POLICY_CELL(row, CASSIGN_REGION_CODE), zScope, sizeof(zScope));
    zValidity = validity(POLICY_CELL(row, CASSIGN_VALID_FROM), POLICY_CELL(row, CASSIGN_VALID_TO));
    if (zValidity == 0) return SQLITE_NOMEM;
    rc = add_row(pCur, zScheme, "assignment", sqlite3_mprintf("%s", POLICY_CELL(row, CASSIGN_RULE)),
                 sqlite3_mprintf("%s, scheme %s, %s%s%s", zScope, POLICY_CELL(row, CASSIGN_SCHEME), zValidity,
                                 POLICY_CELL(row, CASSIGN_NOTE) ? ": " : "",
                                 POLICY_CELL(row, CASSIGN_NOTE) ? POLICY_CELL(row, CASSIGN_NOTE) : ""),
                 POLICY_CELL(row, CASSIGN_SOURCE_ID));
    sqlite3_free(zValidity);
    if (rc) return rc;
  }
  ruleRow = cert_rule_row(p, a);
  if (cert_deadline(a, lastCert, &deadline)) {
    char zQuoted[256];
    sqlite3_value *v = pCur->pLastCert;
    shebao_quote(zQuoted, sizeof(zQuoted), (const char *)sqlite3_value_text(v), sqlite3_value_bytes(v));
    snprintf(zErr, (size_t)nErr, "%s(): deadline after 9999-12-31 for %s (last_cert)", FN_EXPLAIN, zQuoted);
    return SQLITE_ERROR;
  }
  *pDeadline = deadline;
  cert_describe(a, lastCert, deadline, zDescribe, sizeof(zDescribe));
  rc = add_row(pCur, zScheme, cert_algorithm_names[a], fmt_date(deadline),
               sqlite3_mprintf("%s%s%s", zDescribe, ruleRow ? ". " : "",
                               ruleRow ? POLICY_CELL(ruleRow, CRULE_DESCRIPTION) : ""),
               ruleRow ? POLICY_CELL(ruleRow, CRULE_SOURCE_ID) : 0);
  if (rc) return rc;

  rc = cert_reminder_on(p, c, deadline, FN_EXPLAIN, &window, &paramRow, zErr, nErr);
  if (rc) return rc;
  cert_scope_name(p, POLICY_CELL(paramRow, PARAM_REGION_CODE), zScope, sizeof(zScope));
  if (window == 0) {
    rc = add_row(
        pCur, zScheme, "cert_reminder_days", sqlite3_mprintf("no reminder"),
        sqlite3_mprintf("cert_reminder_days is 0 (%s): cert_status() goes from 'ok' to 'overdue'", zScope),
        POLICY_CELL(paramRow, PARAM_SOURCE_ID));
  } else {
    int from = deadline - window + 1 > lastCert ? deadline - window + 1 : lastCert;
    char zFrom[DATE_TEXT_LEN + 1], zDeadline[DATE_TEXT_LEN + 1];
    date_format(from, zFrom);
    date_format(deadline, zDeadline);
    rc = add_row(pCur, zScheme, "cert_reminder_days", sqlite3_mprintf("due from %s", zFrom),
                 sqlite3_mprintf("cert_status() is 'due' from %s through the deadline %s: the last %d days "
                                 "(cert_reminder_days, %s)",
                                 zFrom, zDeadline, window, zScope),
                 POLICY_CELL(paramRow, PARAM_SOURCE_ID));
  }
  if (rc) return rc;

  for (k = CERT_FACT_OVERDUE; k <= CERT_FACT_RECERTIFIED; k++) {
    const PolicyRow *fact = cert_fact_on(p, c, (CertFactItem)k, deadline + 1);
    char zDeadline[DATE_TEXT_LEN + 1];
    if (fact == 0) continue;
    date_format(deadline, zDeadline);
    rc = add_row(pCur, zScheme, cert_fact_items[k], sqlite3_mprintf("%s", POLICY_CELL(fact, CFACT_OUTCOME)),
                 k == CERT_FACT_OVERDUE
                     ? sqlite3_mprintf("after %s: %s", zDeadline, POLICY_CELL(fact, CFACT_DETAIL))
                     : sqlite3_mprintf("%s", POLICY_CELL(fact, CFACT_DETAIL)),
                 POLICY_CELL(fact, CFACT_SOURCE_ID));
    if (rc) return rc;
  }
  return SQLITE_OK;
}

/* The first rows: what the argument names. */
static int explain_argument(ExplainCursor *pCur, const CertChoice *c, const char *z, int n, int given) {
  PolicyIndex *p = pCur->pIndex;
  char zQuoted[256], zScope[128];
  int rc;
  shebao_quote(zQuoted, sizeof(zQuoted), z, n);
  if (c->kind == CERT_BY_RULE) {
    return add_row(pCur, 0, "rule_or_region", sqlite3_mprintf("rule %s", cert_algorithm_names[c->algorithm]),
                   sqlite3_mprintf("%s names a rule; the reminder window is the national one", zQuoted), 0);
  }
  cert_scope_name(p, c->azChain[0], zScope, sizeof(zScope));
  if (c->pRegion == 0) {
    rc = add_row(pCur, 0, "rule_or_region", sqlite3_mprintf("national %s", c->azChain[0]),
                 given
                     ? sqlite3_mprintf("%s is the national scope: the national default rule applies", zQuoted)
                     : sqlite3_mprintf("no rule_or_region: the national default rule applies"),
                 0);
  } else {
    const Region *r = c->pRegion;
    sqlite3_str *chain = sqlite3_str_new(0);
    char *zChain;
    int k;
    for (k = 0; k < c->nChain; k++) {
      cert_scope_name(p, c->azChain[k], zScope, sizeof(zScope));
      sqlite3_str_appendf(chain, "%s%s", k ? ", then " : "", zScope);
    }
    zChain = sqlite3_str_finish(chain);
    if (zChain == 0) return SQLITE_NOMEM;
    rc = add_row(pCur, 0, "rule_or_region", sqlite3_mprintf("%s %s", r->zName, r->zCode),
                 sqlite3_mprintf("%s is %s %s (%s); its rule is looked up under %s", zQuoted, r->zName,
                                 r->zCode, region_level_name(r->level), zChain),
                 POLICY_CELL(r->pRow, REG_SOURCE_ID));
    sqlite3_free(zChain);
  }
  return rc;
}

/* The readings: one, or, when no scheme was given and the employee and resident schemes are decided by
** different rows, a 'scheme' row and then each scheme's rows. *pDeadline: the latest deadline shown. */
static int explain_readings(ExplainCursor *pCur, const CertChoice *c, int lastCert, const char *z, int n,
                            int *pDeadline, char *zErr, int nErr) {
  const char *zScheme = c->scheme != CERT_SCHEME_ANY ? cert_scheme_names[c->scheme] : 0;
  int i, rc, deadline, v0, v1;
  if (c->nReading == 2 && cert_assignment_on(pCur->pIndex, c, 0, lastCert, &v0) !=
                              cert_assignment_on(pCur->pIndex, c, 1, lastCert, &v1)) {
    char zQuoted[256];
    shebao_quote(zQuoted, sizeof(zQuoted), z, n);
    rc = add_row(
        pCur, 0, "scheme", sqlite3_mprintf("depends on the scheme"),
        sqlite3_mprintf("the rule for %s depends on the pension scheme: the rows of each scheme follow; "
                        "next_cert_deadline() and cert_status() need the scheme written after the "
                        "region, as in %.*s:employee' or %.*s:resident'",
                        zQuoted, (int)strlen(zQuoted) - 1, zQuoted, (int)strlen(zQuoted) - 1, zQuoted),
        0);
    for (i = 0; rc == SQLITE_OK && i < 2; i++) {
      rc = explain_reading(pCur, c, i, cert_scheme_names[i + 1], lastCert, z, n, &deadline, zErr, nErr);
      if (rc == SQLITE_OK && deadline > *pDeadline) *pDeadline = deadline;
    }
    return rc;
  }
  if (zScheme) {
    rc = add_row(pCur, 0, "scheme", sqlite3_mprintf("%s", zScheme),
                 sqlite3_mprintf("written after the region"), 0);
    if (rc) return rc;
  }
  return explain_reading(pCur, c, 0, zScheme, lastCert, z, n, pDeadline, zErr, nErr);
}

/* Sets the table's error message; returns SQLITE_ERROR, or SQLITE_NOMEM when the message cannot be copied (an
** error without a message would read 'SQL logic error'). */
static int set_error(ExplainCursor *pCur, const char *zMsg) {
  sqlite3_vtab *pVtab = pCur->base.pVtab;
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = sqlite3_mprintf("%s", zMsg);
  return pVtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

static int explain_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                          sqlite3_value **argv) {
  ExplainCursor *pCur = (ExplainCursor *)cur;
  ExplainVtab *pVtab = (ExplainVtab *)cur->pVtab;
  sqlite3_value *pLast = 0, *pArg = 0;
  CertChoice choice;
  char zErr[640], *zAcquireErr = 0, *zArgErr = 0;
  const char *z = 0;
  int n = 0, i = 0, lastCert, deadline = 0, rc;
  (void)idxStr;
  (void)argc;
  clear_rows(pCur);
  if (idxNum & 1) pLast = argv[i++];
  if (idxNum & 2) pArg = argv[i++];
  if (pLast == 0) {
    return set_error(pCur, FN_EXPLAIN "(): last_cert is required");
  }
  /* NULL in, no rows out. */
  if (sqlite3_value_type(pLast) == SQLITE_NULL || (pArg && sqlite3_value_type(pArg) == SQLITE_NULL)) {
    return SQLITE_OK;
  }
  rc = shebao_policy_acquire(pVtab->conn, &pCur->pIndex, &zAcquireErr);
  if (rc == SQLITE_OK) {
    zAcquireErr =
        policy_broken_message(pCur->pIndex, "explain_cert_deadline", DEPS_CERT | TABLE_BIT(PT_CERT_FACTS));
    if (zAcquireErr) rc = SQLITE_ERROR;
  }
  if (rc != SQLITE_OK) {
    sqlite3_free(pVtab->base.zErrMsg);
    pVtab->base.zErrMsg = zAcquireErr;
    return rc;
  }
  pCur->pLastCert = sqlite3_value_dup(pLast);
  pCur->pRuleOrRegion = pArg ? sqlite3_value_dup(pArg) : 0;
  if (pCur->pLastCert == 0 || (pArg && pCur->pRuleOrRegion == 0)) return SQLITE_NOMEM;
  if (shebao_value_date(FN_EXPLAIN, "last_cert", pLast, &lastCert, &zArgErr) != ARG_OK ||
      (pArg && shebao_value_text(FN_EXPLAIN, "rule_or_region", pArg, &z, &n, &zArgErr) != ARG_OK)) {
    if (zArgErr == 0) return SQLITE_NOMEM;
    rc = set_error(pCur, zArgErr);
    sqlite3_free(zArgErr);
    return rc;
  }
  if (pArg) {
    rc = cert_resolve(pCur->pIndex, FN_EXPLAIN, z, n, &choice, zErr, sizeof(zErr));
    if (rc != SQLITE_OK) return rc == SQLITE_NOMEM ? rc : set_error(pCur, zErr);
  } else {
    choice = pCur->pIndex->pCert->national;
  }
  rc = explain_argument(pCur, &choice, z, n, pArg != 0);
  if (rc == SQLITE_OK) rc = explain_readings(pCur, &choice, lastCert, z, n, &deadline, zErr, sizeof(zErr));
  if (rc == SQLITE_ERROR) rc = set_error(pCur, zErr);
  /* The legal background in force when the deadline passes. */
  for (i = CERT_FACT_BASIS; rc == SQLITE_OK && i <= CERT_FACT_METHOD; i++) {
    const PolicyRow *fact = cert_fact_on(pCur->pIndex, &choice, (CertFactItem)i, deadline + 1);
    if (fact == 0) continue;
    rc = add_row(pCur, 0, cert_fact_items[i], sqlite3_mprintf("%s", POLICY_CELL(fact, CFACT_OUTCOME)),
                 sqlite3_mprintf("%s", POLICY_CELL(fact, CFACT_DETAIL)), POLICY_CELL(fact, CFACT_SOURCE_ID));
  }
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
  case EX_SCHEME:
    if (r->zScheme) sqlite3_result_text(ctx, r->zScheme, -1, SQLITE_STATIC);
    break;
  case EX_RULE:
    sqlite3_result_text(ctx, r->zRule, -1, SQLITE_TRANSIENT);
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
  case EX_LAST_CERT:
    sqlite3_result_value(ctx, pCur->pLastCert);
    break;
  default:
    if (pCur->pRuleOrRegion) sqlite3_result_value(ctx, pCur->pRuleOrRegion);
    break;
  }
  return SQLITE_OK;
}

static int explain_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = ((ExplainCursor *)cur)->iRow + 1;
  return SQLITE_OK;
}

static const sqlite3_module explainCertModule = {
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

int shebao_register_explain_cert(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return shebao_register_module(db, conn, FN_EXPLAIN, &explainCertModule, 0, pzErrMsg);
}
