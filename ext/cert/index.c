/*
** Certification: the index over the certification policy, and the resolution of rule_or_region arguments.
**
**   'anniversary'        a rule named directly (the reminder window is the national one)
**   '西安市', '610100'    a region: its rule is looked up under 610100, then 610000 (its province), then 000000
**   '福建省:resident'     a region and a pension scheme ('employee' or 'resident'; ':' or '：')
**   (omitted), '000000'  the national scope
**
** HOW IT WORKS
** A scope's rule depends on the day of the last certification only through the validity dates of a few
** assignment rows, so resolving an argument computes a timeline per reading: the days where the answer
** changes and the answer in between. A call then costs one binary search in a few integers. Without a scheme
** there are two readings (employee, resident); when they disagree on a day, the decision is an error that
** lists both rather than a guess.
** How the SQL functions cache resolutions: cert_functions.c.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "cert/cert.h"
#include "util/date.h"
#include "regions/regions.h"
#include "util/text.h"
#include <stdlib.h>
#include <string.h>

const char *const cert_scheme_names[CERT_SCHEME_COUNT] = {"any", "employee", "resident", "dependant"};
const char *const cert_fact_items[CERT_FACT_COUNT] = {"overdue", "recertified", "basis", "method"};

#define REMINDER_PARAMETER "cert_reminder_days"
#define REMINDER_DAYS_MAX 36600 /* a window longer than a century is bad data */

/* ---- building the index ------------------------------------------------------------------------------- */

static int find_name(const char *const *azName, int nName, const char *z) {
  int i;
  for (i = 0; z && i < nName; i++) {
    if (strcmp(azName[i], z) == 0) return i;
  }
  return -1;
}

void cert_scope_name(const PolicyIndex *p, const char *zCode, char *buf, int nBuf) {
  const char *zName = zCode ? region_code_name(p->pRegions, zCode) : 0;
  if (zName)
    sqlite3_snprintf(nBuf, buf, "%s %s", zName, zCode);
  else
    sqlite3_snprintf(nBuf, buf, "%s", zCode ? zCode : "");
}

/* For shebao_cert_rules: where the data assigns each rule, e.g. '陕西省 610000 (employee); 福建省 350000
** (employee)'. */
static int build_used_in(PolicyIndex *p, CertIndex *ci) {
  const PolicyRows *rules = ci->pRules, *assign = &p->aTable[PT_CERT_ASSIGNMENTS];
  int i, j;
  ci->azRuleUsedIn = arena_alloc(&p->arena, sizeof(char *) * (size_t)(rules->nRow + 1));
  if (ci->azRuleUsedIn == 0) return SQLITE_NOMEM;
  for (i = 0; i < rules->nRow; i++) {
    const char *zRule = POLICY_CELL(&rules->aRow[i], CRULE_RULE);
    sqlite3_str *s = sqlite3_str_new(0);
    char *z;
    for (j = 0; j < assign->nRow; j++) {
      const PolicyRow *row = &assign->aRow[j];
      const char *zFrom = POLICY_CELL(row, CASSIGN_VALID_FROM), *zTo = POLICY_CELL(row, CASSIGN_VALID_TO);
      char zScope[128];
      if (zRule == 0 || POLICY_CELL(row, CASSIGN_RULE) == 0 ||
          strcmp(POLICY_CELL(row, CASSIGN_RULE), zRule) != 0) {
        continue;
      }
      cert_scope_name(p, POLICY_CELL(row, CASSIGN_REGION_CODE), zScope, sizeof(zScope));
      if (sqlite3_str_length(s)) sqlite3_str_appendall(s, "; ");
      sqlite3_str_appendf(s, "%s (%s", zScope, POLICY_CELL(row, CASSIGN_SCHEME));
      if (zFrom) sqlite3_str_appendf(s, ", from %s", zFrom);
      if (zTo) sqlite3_str_appendf(s, ", to %s", zTo);
      sqlite3_str_appendall(s, ")");
    }
    if (sqlite3_str_errcode(s)) {
      sqlite3_free(sqlite3_str_finish(s));
      return SQLITE_NOMEM;
    }
    z = sqlite3_str_finish(s);
    if (z) {
      ci->azRuleUsedIn[i] = arena_strndup(&p->arena, z, strlen(z));
      sqlite3_free(z);
      if (ci->azRuleUsedIn[i] == 0) return SQLITE_NOMEM;
    }
  }
  return SQLITE_OK;
}

/* Each rule row, read, and the map of their names' normal forms. A rule whose parameters do not fit its kind
** (the validation refuses such rows) is described but cannot be used (shebao_cert_rules shows implemented 0). */
static int index_rules(PolicyIndex *p, CertIndex *ci, char **pzErr) {
  const PolicyRows *rules = ci->pRules;
  int i;
  ci->aRule = arena_alloc(&p->arena, sizeof(CertRule) * (size_t)(rules->nRow + 1));
  ci->aRuleOk = arena_alloc(&p->arena, sizeof(int) * (size_t)(rules->nRow + 1));
  if (ci->aRule == 0 || ci->aRuleOk == 0 || strmap_init(&ci->ruleByName, &p->arena, rules->nRow)) {
    return SQLITE_NOMEM;
  }
  for (i = 0; i < rules->nRow; i++) {
    const char *zRule = POLICY_CELL(&rules->aRow[i], CRULE_RULE);
    char key[TEXT_KEY_MAX], *zKey;
    int n, isNew, *pSlot;
    if (zRule == 0) return policy_row_error(pzErr, PT_CERT_RULES, &rules->aRow[i], CRULE_RULE, "is missing:");
    ci->aRuleOk[i] = cert_rule_read(&rules->aRow[i], &ci->aRule[i]) == 0;
    n = text_normalize(zRule, (int)strlen(zRule), key);
    if (n <= 0) continue; /* a name nobody can write */
    zKey = arena_strndup(&p->arena, key, (size_t)n);
    pSlot = zKey ? strmap_slot(&ci->ruleByName, zKey, n, &isNew) : 0;
    if (pSlot == 0) return SQLITE_NOMEM;
    if (isNew) *pSlot = i;
  }
  return SQLITE_OK;
}

/* Each assignment row's rule. A rule that cannot be computed is kept: the decision that would use it raises an
** error naming the row. */
static int index_assignments(PolicyIndex *p, CertIndex *ci, char **pzErr) {
  static const int aiKey[] = {CASSIGN_REGION_CODE, CASSIGN_SCHEME};
  const PolicyRows *assign = &p->aTable[PT_CERT_ASSIGNMENTS];
  int i;
  ci->aAssignmentRule = arena_alloc(&p->arena, sizeof(int) * (size_t)(assign->nRow + 1));
  if (ci->aAssignmentRule == 0) return SQLITE_NOMEM;
  for (i = 0; i < assign->nRow; i++) {
    const PolicyRow *row = &assign->aRow[i];
    const char *zRule = POLICY_CELL(row, CASSIGN_RULE);
    int iRule;
    if (find_name(cert_scheme_names, CERT_SCHEME_COUNT, POLICY_CELL(row, CASSIGN_SCHEME)) < 0) {
      return policy_row_error(pzErr, PT_CERT_ASSIGNMENTS, row, CASSIGN_SCHEME,
                              "must be 'any', 'employee', 'resident' or 'dependant', not");
    }
    if (POLICY_CELL(row, CASSIGN_REGION_CODE) == 0) {
      return policy_row_error(pzErr, PT_CERT_ASSIGNMENTS, row, CASSIGN_REGION_CODE, "is missing:");
    }
    iRule = zRule ? cert_rule_find(p, zRule, (int)strlen(zRule)) : CERT_UNKNOWN_RULE;
    ci->aAssignmentRule[i] = iRule >= 0 && ci->aRuleOk[iRule] ? iRule : CERT_UNKNOWN_RULE;
  }
  return dated_index_build(&ci->assignments, &p->arena, PT_CERT_ASSIGNMENTS, assign, aiKey, 2,
                           CASSIGN_VALID_FROM, CASSIGN_VALID_TO, pzErr);
}

static int index_facts(PolicyIndex *p, CertIndex *ci, char **pzErr) {
  static const int aiKey[] = {CFACT_REGION_CODE, CFACT_ITEM};
  const PolicyRows *facts = &p->aTable[PT_CERT_FACTS];
  int i;
  for (i = 0; i < facts->nRow; i++) {
    const PolicyRow *row = &facts->aRow[i];
    if (find_name(cert_fact_items, CERT_FACT_COUNT, POLICY_CELL(row, CFACT_ITEM)) < 0) {
      return policy_row_error(pzErr, PT_CERT_FACTS, row, CFACT_ITEM,
                              "must be 'overdue', 'recertified', 'basis' or 'method', not");
    }
  }
  return dated_index_build(&ci->facts, &p->arena, PT_CERT_FACTS, facts, aiKey, 2, CFACT_VALID_FROM,
                           CFACT_VALID_TO, pzErr);
}

int cert_index_build(PolicyIndex *p, char **pzErr) {
  CertIndex *ci = arena_alloc(&p->arena, sizeof(CertIndex));
  int rc;
  if (ci == 0) return SQLITE_NOMEM;
  p->pCert = ci;
  ci->pRules = &p->aTable[PT_CERT_RULES];
  rc = index_rules(p, ci, pzErr);
  if (rc == SQLITE_OK) rc = index_assignments(p, ci, pzErr);
  if (rc == SQLITE_OK) rc = index_facts(p, ci, pzErr);
  if (rc == SQLITE_OK) rc = build_used_in(p, ci);
  if (rc == SQLITE_OK) cert_resolve_national(p, &ci->national);
  return rc;
}

/* A connection's fork of the shared default index: a resolution cache of its own, empty. */
int cert_index_fork(PolicyIndex *p) {
  CertIndex *ci = arena_alloc(&p->arena, sizeof(CertIndex));
  if (ci == 0) return SQLITE_NOMEM;
  *ci = *p->pCert;
  ci->apCached = 0;
  p->pCert = ci;
  return SQLITE_OK;
}

const CertRule *cert_rule(const PolicyIndex *p, int i) {
  return &p->pCert->aRule[i];
}

int cert_rule_count(const PolicyIndex *p) {
  return p->pCert->pRules->nRow;
}

int cert_rule_find(const PolicyIndex *p, const char *z, int n) {
  const CertIndex *ci = p->pCert;
  char key[TEXT_KEY_MAX];
  int i, len;
  if (n <= 0) return CERT_UNKNOWN_RULE;
  i = strmap_get(&ci->ruleByName, z, n); /* a name as the data writes it is its own normal form */
  if (i >= 0) return i;
  /* A rule's normal form is ASCII: text with another character than full-width forms and spaces (a region's
  ** name) is no rule, and need not be normalised. */
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c >= 0xC0 && c != 0xEF && c != 0xE3 && c != 0xC2) return CERT_UNKNOWN_RULE;
  }
  len = text_normalize(z, n, key);
  i = len > 0 ? strmap_get(&ci->ruleByName, key, len) : -1;
  return i >= 0 ? i : CERT_UNKNOWN_RULE;
}

/* ---- timelines ---------------------------------------------------------------------------------------- */

#define CHAIN_KEYS_MAX 6
typedef const char *ChainKey[2];

/* The keys of reading i, most specific first: at each code of the chain, the reading's scheme, then 'any'. */
static int reading_keys(const CertChoice *c, int iReading, ChainKey *aKey) {
  const char *zScheme;
  int k, n = 0;
  if (c->scheme != CERT_SCHEME_ANY)
    zScheme = cert_scheme_names[c->scheme];
  else
    zScheme = cert_scheme_names[iReading == 0 ? CERT_SCHEME_EMPLOYEE : CERT_SCHEME_RESIDENT];
  for (k = 0; k < c->nChain; k++) {
    aKey[n][0] = c->azChain[k];
    aKey[n++][1] = zScheme;
    aKey[n][0] = c->azChain[k];
    aKey[n++][1] = cert_scheme_names[CERT_SCHEME_ANY];
  }
  return n;
}

static int reminder_keys(const CertChoice *c, ChainKey *aKey) {
  int k;
  for (k = 0; k < c->nChain; k++) {
    aKey[k][0] = REMINDER_PARAMETER;
    aKey[k][1] = c->azChain[k];
  }
  return c->nChain;
}

static const PolicyRow *chain_lookup(const DatedIndex *d, const ChainKey *aKey, int nKey, int day) {
  int k;
  for (k = 0; k < nKey; k++) {
    const PolicyRow *row = dated_lookup(d, aKey[k], day);
    if (row) return row;
  }
  return 0;
}

/* The value a timeline keeps for a row: the rule of an assignment, the days of the reminder window (-1 when the
** value is not a whole number of days). */
static int assignment_value(const PolicyIndex *p, const PolicyRow *row) {
  if (row == 0) return CERT_NO_RULE;
  return p->pCert->aAssignmentRule[row - p->aTable[PT_CERT_ASSIGNMENTS].aRow];
}

static int reminder_value(const PolicyRow *row) {
  const char *z;
  int v;
  if (row == 0) return CERT_NO_RULE;
  z = POLICY_CELL(row, PARAM_VALUE);
  if (z == 0 || !text_all_digits(z, (int)strlen(z), 5, &v) || v > REMINDER_DAYS_MAX) return -1;
  return v;
}

static int compare_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return x < y ? -1 : x > y;
}

/* Builds the timeline of a lookup chain: every day on which a row of one of its keys starts or ends is a
** boundary; between two boundaries the chain's answer cannot change. */
static void timeline_build(const PolicyIndex *p, CertTimeline *t, const DatedIndex *d, const ChainKey *aKey,
                           int nKey, int isReminder) {
  int aDay[2 * CERT_SEGMENTS_MAX], nDay = 0, k, i;
  memset(t, 0, sizeof(*t));
  for (k = 0; k < nKey; k++) {
    const int *aRow;
    int n = dated_rows(d, aKey[k], &aRow);
    for (i = 0; i < n; i++) {
      int from = dated_from(d, aRow[i]), to = dated_to(d, aRow[i]);
      if (nDay + 2 > (int)(sizeof(aDay) / sizeof(aDay[0]))) return; /* too many: nSeg 0, look up per call */
      if (from != DAY_MIN) aDay[nDay++] = from;
      if (to != DAY_MAX) aDay[nDay++] = to + 1;
    }
  }
  qsort(aDay, (size_t)nDay, sizeof(int), compare_int);
  t->aFrom[0] = DAY_MIN;
  t->nSeg = 1;
  for (i = 0; i < nDay; i++) {
    if (aDay[i] == t->aFrom[t->nSeg - 1]) continue;
    if (t->nSeg == CERT_SEGMENTS_MAX) {
      t->nSeg = 0;
      return;
    }
    t->aFrom[t->nSeg++] = aDay[i];
  }
  for (i = 0; i < t->nSeg; i++) {
    t->apRow[i] = chain_lookup(d, aKey, nKey, t->aFrom[i]);
    t->aValue[i] = isReminder ? reminder_value(t->apRow[i]) : assignment_value(p, t->apRow[i]);
  }
}

/* The segment of day: the last one that starts on or before it. */
static int timeline_segment(const CertTimeline *t, int day) {
  int lo = 0, hi = t->nSeg - 1;
  while (lo < hi) {
    int mid = (lo + hi + 1) / 2;
    if (t->aFrom[mid] <= day)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}

/* The row and value of a timeline on day; 0 when it has no segments (too many boundaries: the caller looks
** the chain up). */
static int timeline_on(const CertTimeline *t, int day, int *pValue, const PolicyRow **ppRow) {
  int i;
  if (t->nSeg == 0) return 0;
  i = timeline_segment(t, day);
  *pValue = t->aValue[i];
  *ppRow = t->apRow[i];
  return 1;
}

const PolicyRow *cert_assignment_on(const PolicyIndex *p, const CertChoice *c, int iReading, int day,
                                    int *piRule) {
  ChainKey aKey[CHAIN_KEYS_MAX];
  const PolicyRow *row;
  if (timeline_on(&c->aRule[iReading], day, piRule, &row)) return row;
  row = chain_lookup(&p->pCert->assignments, aKey, reading_keys(c, iReading, aKey), day);
  *piRule = assignment_value(p, row);
  return row;
}

const PolicyRow *cert_reminder_row(const PolicyIndex *p, const CertChoice *c, int day, int *pDays) {
  ChainKey aKey[CHAIN_KEYS_MAX];
  const PolicyRow *row;
  if (timeline_on(&c->reminder, day, pDays, &row)) return row;
  row = chain_lookup(p->pParameters, aKey, reminder_keys(c, aKey), day);
  *pDays = reminder_value(row);
  return row;
}

const PolicyRow *cert_fact_on(const PolicyIndex *p, const CertChoice *c, CertFactItem item, int day) {
  int k;
  for (k = 0; k < c->nChain; k++) {
    const char *azKey[2];
    const PolicyRow *row;
    azKey[0] = c->azChain[k];
    azKey[1] = cert_fact_items[item];
    row = dated_lookup(&p->pCert->facts, azKey, day);
    if (row) return row;
  }
  return 0;
}

/* ---- resolutions ------------------------------------------------------------------------------------ */

void cert_build_timelines(const PolicyIndex *p, CertChoice *c) {
  ChainKey aKey[CHAIN_KEYS_MAX];
  int i, nKey;
  c->nReading = c->kind == CERT_BY_SCOPE && c->scheme == CERT_SCHEME_ANY ? 2 : 1;
  if (c->kind == CERT_BY_SCOPE) {
    for (i = 0; i < c->nReading; i++) {
      nKey = reading_keys(c, i, aKey);
      timeline_build(p, &c->aRule[i], &p->pCert->assignments, aKey, nKey, 0);
    }
  }
  nKey = reminder_keys(c, aKey);
  timeline_build(p, &c->reminder, p->pParameters, aKey, nKey, 1);
}

void cert_resolve_national(const PolicyIndex *p, CertChoice *c) {
  memset(c, 0, sizeof(*c));
  c->kind = CERT_BY_SCOPE;
  c->scheme = CERT_SCHEME_ANY;
  c->nChain = 1;
  c->azChain[0] = NATIONAL_CODE;
  cert_build_timelines(p, c);
}

void cert_choice_for(const PolicyIndex *p, const CertKey *k, CertChoice *c) {
  memset(c, 0, sizeof(*c));
  c->kind = k->kind;
  c->nChain = 1;
  c->azChain[0] = NATIONAL_CODE;
  if (k->kind == CERT_BY_RULE) {
    c->iRule = k->iRule; /* a rule named directly: the national reminder window */
    c->nReading = 1;
  } else {
    c->scheme = k->scheme;
    if (k->iRegion >= 0) {
      c->pRegion = region_at(p->pRegions, k->iRegion);
      c->nChain = region_scope_chain(p->pRegions, c->pRegion, c->azChain);
    }
  }
  cert_build_timelines(p, c);
}
