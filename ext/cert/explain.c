/*
** explain_cert_deadline(last_cert [, rule_or_region]): how a certification deadline is decided, one row per
** rule applied, in order, each with its source.
**
**   SELECT step, rule, outcome, source_doc FROM explain_cert_deadline('2024-03-15', '福建省:resident');
**   SELECT p.name, e.* FROM pensioners p, explain_cert_deadline(p.last_cert, p.region) e;
**
**   CREATE TABLE explain_cert_deadline(
**     step, scheme, rule, outcome, detail, source_id, source_doc, source_title,  -- as every explain table
**     last_cert HIDDEN,      -- 1st argument
**     rule_or_region HIDDEN  -- 2nd argument (optional: the national default)
**   );
**   rule: rule_or_region, scheme, assignment, <the rule's name>, alternative (a second reading the source
**         allows), first_cycle (how a new pensioner's first cycle starts), cert_reminder_days, overdue,
**         recertified, basis, method
**
** Where a region's rule depends on the pension scheme and none is given, every reading is shown (rows with
** scheme 'employee', then 'resident'), never one picked; next_cert_deadline() and cert_status() raise
** an error there instead. The reminder window shown is the one in effect on the deadline; the facts (what
** a missed deadline means) those in effect the day after it. The table itself is policy/explain.c.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "cert/cert.h"
#include "policy/explain.h"
#include "regions/regions.h"
#include "util/date.h"
#include "util/text.h"
#include <string.h>

#define FN_EXPLAIN "explain_cert_deadline"

/* What one explanation is about: the arguments, read. */
typedef struct CertExplain {
  Explanation *e;
  sqlite3_value *pLastCert; /* for messages */
  int lastCert;
  CertArg arg;
} CertExplain;

static char *fmt_date(int day) {
  char z[DATE_TEXT_LEN + 1];
  date_format(day, z);
  return sqlite3_mprintf("%s", z);
}

/* The assignment that gives reading iReading its rule, and the rule (errors: those of the decision, for this
** reading alone). */
static int explain_assignment(CertExplain *x, int iReading, const char *zScheme, int *piRule,
                              const PolicyRow **ppRow, char **pzErr) {
  const CertChoice *c = x->arg.pChoice;
  CertChoice one = *c;
  char zScope[128];
  int value, rc;
  const PolicyRow *row = cert_assignment_on(x->e->p, c, iReading, x->lastCert, &value);
  if (c->nReading == 2) {
    one.scheme = (CertScheme)(iReading + 1);
    one.nReading = 1;
    one.aRule[0] = c->aRule[iReading];
  }
  rc = cert_rule_on(x->e->p, &one, x->lastCert, FN_EXPLAIN, x->arg.z, x->arg.n, piRule, pzErr);
  if (rc != SQLITE_OK) return rc;
  *ppRow = row;
  cert_scope_name(x->e->p, POLICY_CELL(row, CASSIGN_REGION_CODE), zScope, sizeof(zScope));
  explain_add(x->e, zScheme, "assignment", sqlite3_mprintf("%s", POLICY_CELL(row, CASSIGN_RULE)),
              POLICY_CELL(row, CASSIGN_SOURCE_ID),
              sqlite3_mprintf(
                  "%s, scheme %s, valid from %s%s%s%s%s", zScope, POLICY_CELL(row, CASSIGN_SCHEME),
                  POLICY_CELL(row, CASSIGN_VALID_FROM) ? POLICY_CELL(row, CASSIGN_VALID_FROM) : "the start",
                  POLICY_CELL(row, CASSIGN_VALID_TO) ? " to " : ", no end date",
                  POLICY_CELL(row, CASSIGN_VALID_TO) ? POLICY_CELL(row, CASSIGN_VALID_TO) : "",
                  POLICY_CELL(row, CASSIGN_NOTE) ? ": " : "",
                  POLICY_CELL(row, CASSIGN_NOTE) ? POLICY_CELL(row, CASSIGN_NOTE) : ""));
  explain_zh(x->e, cert_zh_assignment(row, zScope));
  return x->e->rc;
}

/* The rule's computation: the deadline, in words, with what the rule means. zLabel: the row's rule column (the
** rule's name, or 'alternative'), zWhy: what comes before the words (or ""), zSource: the source the row cites
** (NULL: the rule's). */
static int explain_rule(CertExplain *x, const char *zScheme, const char *zLabel, int iRule, const char *zWhy,
                        const char *zSource, int *pDeadline, char **pzErr) {
  const CertRule *r = cert_rule(x->e->p, iRule);
  char *zDescribe;
  if (cert_deadline(r, x->lastCert, pDeadline)) {
    return shebao_error_value(pzErr, FN_EXPLAIN, "deadline after 9999-12-31 for", "last_cert",
                              (const char *)sqlite3_value_text(x->pLastCert),
                              sqlite3_value_bytes(x->pLastCert));
  }
  zDescribe = cert_describe(r, x->lastCert, *pDeadline);
  explain_add(x->e, zScheme, zLabel, fmt_date(*pDeadline), zSource ? zSource : POLICY_CELL(r->pRow, CRULE_SOURCE_ID),
              zDescribe ? sqlite3_mprintf("%s%s. %s", zWhy, zDescribe, POLICY_CELL(r->pRow, CRULE_DESCRIPTION))
                        : 0);
  explain_zh(x->e, cert_zh_deadline(r->zName, x->lastCert, *pDeadline, strcmp(zLabel, "alternative") == 0));
  sqlite3_free(zDescribe);
  return x->e->rc;
}

/* Where the source allows a second reading (the assignment's alternative_rule), its deadline too, citing the
** assignment's source, whose reading it is: the decisions use the first. */
static int explain_alternative(CertExplain *x, const char *zScheme, const PolicyRow *assignment,
                               char **pzErr) {
  const char *zAlt = assignment ? POLICY_CELL(assignment, CASSIGN_ALTERNATIVE_RULE) : 0;
  int iAlt = zAlt ? cert_rule_find(x->e->p, zAlt, (int)strlen(zAlt)) : CERT_UNKNOWN_RULE, deadline;
  char *zWhy;
  if (iAlt < 0 || !x->e->p->pCert->aRuleOk[iAlt]) return SQLITE_OK;
  zWhy = sqlite3_mprintf("the source also reads as %s, which next_cert_deadline() does not use: ", zAlt);
  if (zWhy == 0) return SQLITE_NOMEM;
  explain_rule(x, zScheme, "alternative", iAlt, zWhy, POLICY_CELL(assignment, CASSIGN_SOURCE_ID), &deadline, pzErr);
  sqlite3_free(zWhy);
  return x->e->rc;
}

/* How a new pensioner's first cycle starts, where the assignment says so, with what it means for a first
** payment (or start of entitlement) on last_cert. */
static int explain_first_cycle(CertExplain *x, const char *zScheme, const PolicyRow *assignment, int iRule) {
  const char *zHow = assignment ? POLICY_CELL(assignment, CASSIGN_FIRST_CYCLE) : 0;
  const CertRule *r = cert_rule(x->e->p, iRule);
  char zLast[DATE_TEXT_LEN + 1], zStart[DATE_TEXT_LEN + 1], zDeadline[DATE_TEXT_LEN + 1];
  CertRule year = {0, "", CERT_SAME_DAY, 12, 0, 0};
  int start = x->lastCert, deadline;
  if (zHow == 0) return SQLITE_OK;
  if (strcmp(zHow, "year_after_first_payment") == 0) cert_deadline(&year, x->lastCert, &start);
  cert_deadline(r, start, &deadline);
  date_format(x->lastCert, zLast);
  date_format(start, zStart);
  date_format(deadline, zDeadline);
  explain_add(x->e, zScheme, "first_cycle", sqlite3_mprintf("%s", zHow), POLICY_CELL(assignment, CASSIGN_SOURCE_ID),
              strcmp(zHow, "year_after_first_payment") == 0
                  ? sqlite3_mprintf("a new pensioner's first cycle starts on the same day a year after the first "
                                    "payment: paid first on %s, the cycle starts %s and the first certification "
                                    "is due by %s (pass %s as last_cert)",
                                    zLast, zStart, zDeadline, zStart)
                  : sqlite3_mprintf("a new pensioner's first cycle counts from the %s as if it were a "
                                    "certification: from %s, the first certification is due by %s (pass that "
                                    "day as last_cert)",
                                    strcmp(zHow, "from_first_payment") == 0 ? "first payment"
                                                                            : "confirmed start of the entitlement",
                                    zLast, zDeadline));
  explain_zh(x->e, cert_zh_first_cycle(strcmp(zHow, "year_after_first_payment") == 0, start, deadline));
  return x->e->rc;
}

/* The reminder window in effect on the deadline: from when cert_status() says 'due'. */
static int explain_reminder(CertExplain *x, const char *zScheme, int deadline, char **pzErr) {
  const PolicyRow *row;
  char zScope[128], zFrom[DATE_TEXT_LEN + 1], zDeadline[DATE_TEXT_LEN + 1];
  int window, from,
      rc = cert_reminder_on(x->e->p, x->arg.pChoice, deadline, FN_EXPLAIN, &window, &row, pzErr);
  if (rc != SQLITE_OK) return rc;
  cert_scope_name(x->e->p, POLICY_CELL(row, PARAM_REGION_CODE), zScope, sizeof(zScope));
  if (window == 0) {
    explain_add(
        x->e, zScheme, "cert_reminder_days", sqlite3_mprintf("no reminder"),
        POLICY_CELL(row, PARAM_SOURCE_ID),
        sqlite3_mprintf("cert_reminder_days is 0 (%s): cert_status() goes from 'ok' to 'overdue'", zScope));
    explain_zh(x->e, cert_zh_reminder(0, 0, deadline));
    return x->e->rc;
  }
  from = deadline - window + 1 > x->lastCert ? deadline - window + 1 : x->lastCert;
  date_format(from, zFrom);
  date_format(deadline, zDeadline);
  explain_add(x->e, zScheme, "cert_reminder_days", sqlite3_mprintf("due from %s", zFrom),
              POLICY_CELL(row, PARAM_SOURCE_ID),
              sqlite3_mprintf("cert_status() is 'due' from %s through the deadline %s: the last %d days "
                              "(cert_reminder_days, %s)",
                              zFrom, zDeadline, window, zScope));
  explain_zh(x->e, cert_zh_reminder(window, from, deadline));
  return x->e->rc;
}

/* What the facts of the data say for the items from..to, in effect on day (zAfter: the deadline for
** 'overdue'). */
static int explain_facts(CertExplain *x, const char *zScheme, int from, int to, int day, const char *zAfter) {
  int k;
  for (k = from; k <= to; k++) {
    const PolicyRow *fact = cert_fact_on(x->e->p, x->arg.pChoice, (CertFactItem)k, day);
    if (fact == 0) continue;
    explain_add(x->e, zScheme, cert_fact_items[k], sqlite3_mprintf("%s", POLICY_CELL(fact, CFACT_OUTCOME)),
                POLICY_CELL(fact, CFACT_SOURCE_ID),
                k == CERT_FACT_OVERDUE && zAfter
                    ? sqlite3_mprintf("after %s: %s", zAfter, POLICY_CELL(fact, CFACT_DETAIL))
                    : sqlite3_mprintf("%s", POLICY_CELL(fact, CFACT_DETAIL)));
    explain_zh(x->e,
               cert_zh_fact(k, POLICY_CELL(fact, CFACT_OUTCOME), POLICY_CELL(fact, CFACT_DETAIL), day - 1));
  }
  return x->e->rc;
}

/* The rows of one reading: the assignment (for a scope), the rule's computation (and the source's other reading),
** how a first cycle starts, the reminder window and what a missed deadline means. */
static int explain_reading(CertExplain *x, int iReading, const char *zScheme, int *pDeadline, char **pzErr) {
  int iRule = x->arg.pChoice->iRule, rc = SQLITE_OK;
  const PolicyRow *assignment = 0;
  char zDeadline[DATE_TEXT_LEN + 1];
  if (x->arg.pChoice->kind != CERT_BY_RULE) rc = explain_assignment(x, iReading, zScheme, &iRule, &assignment, pzErr);
  if (rc == SQLITE_OK)
    rc = explain_rule(x, zScheme, cert_rule(x->e->p, iRule)->zName, iRule, "", 0, pDeadline, pzErr);
  if (rc == SQLITE_OK) rc = explain_alternative(x, zScheme, assignment, pzErr);
  if (rc == SQLITE_OK) rc = explain_first_cycle(x, zScheme, assignment, iRule);
  if (rc == SQLITE_OK) rc = explain_reminder(x, zScheme, *pDeadline, pzErr);
  if (rc != SQLITE_OK) return rc;
  date_format(*pDeadline, zDeadline);
  return explain_facts(x, zScheme, CERT_FACT_OVERDUE, CERT_FACT_RECERTIFIED, *pDeadline + 1, zDeadline);
}

/* The lookup chain of a region, in words: '西安市 610100, then 陕西省 610000, then 全国 000000'. */
static char *chain_words(const PolicyIndex *p, const CertChoice *c) {
  sqlite3_str *chain = sqlite3_str_new(0);
  char zScope[128];
  int k;
  for (k = 0; k < c->nChain; k++) {
    cert_scope_name(p, c->azChain[k], zScope, sizeof(zScope));
    sqlite3_str_appendf(chain, "%s%s", k ? ", then " : "", zScope);
  }
  return sqlite3_str_finish(chain);
}

/* The argument as written, for Chinese quotation marks: its quoted form without the quotes. */
static const char *given_text(const char *zQuoted, char *buf) {
  int n = (int)strlen(zQuoted);
  sqlite3_snprintf(TEXT_QUOTE_SIZE, buf, "%.*s", n >= 2 ? n - 2 : 0, zQuoted + 1);
  return buf;
}

/* The first row: what the argument names. */
static int explain_argument(CertExplain *x, int given) {
  const CertChoice *c = x->arg.pChoice;
  const Region *r = c->pRegion;
  char zQuoted[TEXT_QUOTE_SIZE], zGiven[TEXT_QUOTE_SIZE], *zChain;
  text_quote(zQuoted, sizeof(zQuoted), x->arg.z, x->arg.n);
  if (c->kind == CERT_BY_RULE) {
    explain_add(x->e, 0, "rule_or_region", sqlite3_mprintf("rule %s", cert_rule(x->e->p, c->iRule)->zName), 0,
                sqlite3_mprintf("%s names a rule; the reminder window is the national one", zQuoted));
    explain_zh(x->e, cert_zh_by_rule(cert_rule(x->e->p, c->iRule)->zName));
  } else if (r == 0) {
    explain_add(x->e, 0, "rule_or_region", sqlite3_mprintf("national %s", c->azChain[0]), 0,
                given
                    ? sqlite3_mprintf("%s is the national scope: the national default rule applies", zQuoted)
                    : sqlite3_mprintf("no rule_or_region: the national default rule applies"));
    explain_zh(x->e, cert_zh_national(given));
  } else {
    zChain = chain_words(x->e->p, c);
    explain_add(x->e, 0, "rule_or_region", sqlite3_mprintf("%s %s", r->zName, r->zCode),
                POLICY_CELL(r->pRow, REG_SOURCE_ID),
                zChain ? sqlite3_mprintf("%s is %s %s (%s); its rule is looked up under %s", zQuoted,
                                         r->zName, r->zCode, region_level_name(r->level), zChain)
                       : 0);
    explain_zh(x->e, cert_zh_region(x->e->p, c, given_text(zQuoted, zGiven)));
    sqlite3_free(zChain);
  }
  return x->e->rc;
}

/* The readings: one, or, when no scheme was given and the employee and resident schemes are decided by
** different rows, a 'scheme' row and then each scheme's rows. *pDeadline: the latest deadline shown. */
static int explain_readings(CertExplain *x, int *pDeadline, char **pzErr) {
  const CertChoice *c = x->arg.pChoice;
  const char *zScheme = c->scheme != CERT_SCHEME_ANY ? cert_scheme_names[c->scheme] : 0;
  char zQuoted[TEXT_QUOTE_SIZE];
  int i, rc = SQLITE_OK, deadline, v0, v1, n;
  if (c->nReading == 2 && cert_assignment_on(x->e->p, c, 0, x->lastCert, &v0) !=
                              cert_assignment_on(x->e->p, c, 1, x->lastCert, &v1)) {
    text_quote(zQuoted, sizeof(zQuoted), x->arg.z, x->arg.n);
    n = (int)strlen(zQuoted) - 1;
    explain_add(
        x->e, 0, "scheme", sqlite3_mprintf("depends on the scheme"), 0,
        sqlite3_mprintf("the rule for %s depends on the pension scheme: the rows of each scheme follow; "
                        "next_cert_deadline() and cert_status() need the scheme written after the "
                        "region, as in %.*s:employee' or %.*s:resident'",
                        zQuoted, n, zQuoted, n, zQuoted));
    {
      char zGiven[TEXT_QUOTE_SIZE];
      explain_zh(x->e, cert_zh_depends_on_scheme(given_text(zQuoted, zGiven)));
    }
    for (i = 0; rc == SQLITE_OK && i < 2; i++) {
      rc = x->e->rc ? x->e->rc : explain_reading(x, i, cert_scheme_names[i + 1], &deadline, pzErr);
      if (rc == SQLITE_OK && deadline > *pDeadline) *pDeadline = deadline;
    }
    return rc;
  }
  if (zScheme) {
    explain_add(x->e, 0, "scheme", sqlite3_mprintf("%s", zScheme), 0,
                sqlite3_mprintf("written after the region"));
    explain_zh(x->e, cert_zh_scheme_written(zScheme));
    if (x->e->rc) return x->e->rc;
  }
  return explain_reading(x, 0, zScheme, pDeadline, pzErr);
}

static int explain_cert_deadline(Explanation *e, sqlite3_value *const *apArg, char **pzErr) {
  CertExplain x;
  int deadline = 0, rc;
  char zDeadline[DATE_TEXT_LEN + 1];
  if (apArg[0] == 0) return shebao_errorf(pzErr, FN_EXPLAIN "(): last_cert is required");
  /* NULL or blank in, no rows out. */
  rc = shebao_null_args(apArg[1] ? 2 : 1, apArg);
  if (rc != SQLITE_OK) return rc;
  x.e = e;
  x.pLastCert = apArg[0];
  rc = policy_usable(e->p, FN_EXPLAIN, DEPS_CERT | TABLE_BIT(PT_CERT_FACTS), pzErr);
  if (rc == SQLITE_OK) rc = shebao_arg_date(FN_EXPLAIN, "last_cert", apArg[0], &x.lastCert, pzErr);
  if (rc == SQLITE_OK) rc = cert_arg(e->p, FN_EXPLAIN, apArg[1], &x.arg, pzErr);
  if (rc == SQLITE_OK) rc = explain_argument(&x, apArg[1] != 0);
  if (rc == SQLITE_OK) rc = explain_readings(&x, &deadline, pzErr);
  if (rc != SQLITE_OK) return rc;
  /* The legal background in force when the deadline passes. */
  date_format(deadline, zDeadline);
  return explain_facts(&x, 0, CERT_FACT_BASIS, CERT_FACT_METHOD, deadline + 1, zDeadline);
}

static const ExplainTable explainCertDeadline = {
    .zName = FN_EXPLAIN,
    .columns = EXPLAIN_SCHEME,
    .nArg = 2,
    .azArg = {"last_cert", "rule_or_region"},
    .xExplain = explain_cert_deadline,
};

int cert_register_explain(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return explain_register(db, conn, &explainCertDeadline, pzErrMsg);
}
