/*
** Pension qualification certification (养老金领取资格认证): the deadline rules, and which rule applies where.
**
**   cert_deadline(CERT_MONTH_END_12, date_from_ymd(2024, 3, 15), &d)   -> d = 2025-03-31
**   cert_resolve(p, "西安市:employee", ...)                              -> the region, its scheme, its rules
**
** The rule names (month_end_12, anniversary, days_365) are algorithms in C (cert/rules.c). Everything else is
** data: which rule applies in which region, for which pension scheme and from when
** (shebao_policy_cert_assignments), what each rule means and where it comes from (shebao_policy_cert_rules),
** the reminder window (the parameter cert_reminder_days), and what missing a deadline means
** (shebao_policy_cert_facts). A rule name in the data that C does not know is an error in the decision that
** would use it, never skipped.
*/
#ifndef SHEBAO_CERT_H
#define SHEBAO_CERT_H
#include "policy/dated.h"
#include "core/shebao.h"

/* ---- the rules (cert/rules.c): pure date arithmetic ---------------------------------------------------- */

typedef enum CertAlgorithm {
  CERT_MONTH_END_12, /* last day of the 12th natural month after the month of the last certification */
  CERT_ANNIVERSARY,  /* the same calendar day one year later; 02-29 -> 02-28 */
  CERT_DAYS_365,     /* the last day of a 365-day cycle whose first day is the certification day: day + 364 */
  CERT_ALGORITHM_COUNT
} CertAlgorithm;

#define CERT_UNKNOWN_RULE (-1) /* a rule name in the data that C does not implement */
#define CERT_NO_RULE (-2)      /* no assignment in effect */

extern const char *const cert_algorithm_names[CERT_ALGORITHM_COUNT];

/* The algorithm named z[0..n) (compared after text_normalize: 'Month-End-12' is month_end_12), or
** CERT_UNKNOWN_RULE. */
int cert_algorithm_find(const char *z, int n);

/* The deadline (days since 1970-01-01) for a certification on day lastCert. Returns 0, or -1 when the
** deadline falls after 9999-12-31 (*pDeadline is set either way: the arithmetic goes on past year 9999). */
int cert_deadline(CertAlgorithm a, int lastCert, int *pDeadline);

/* How the deadline was computed, in words, e.g. "2024-03-15 is in 2024-03; the 12th natural month after it is
** 2025-03, which ends on 2025-03-31" (from sqlite3_mprintf; NULL when out of memory). */
char *cert_describe(CertAlgorithm a, int lastCert, int deadline);

/* ---- pension schemes ---------------------------------------------------------------------------------- */

typedef enum CertScheme {
  CERT_SCHEME_ANY = 0,
  CERT_SCHEME_EMPLOYEE = 1,
  CERT_SCHEME_RESIDENT = 2
} CertScheme;
extern const char *const cert_scheme_names[3]; /* "any", "employee", "resident": the values in the data */

/* ---- the index (cert/index.c) ------------------------------------------------------------------------- */

/* A dated answer that depends on the day only through the validity of a few rows: segment i holds from
** aFrom[i] up to the next segment's start. Built once per resolution, read per call by binary search. */
#define CERT_SEGMENTS_MAX 8
typedef struct CertTimeline {
  int nSeg; /* 0: too many boundaries, look the chain up per call */
  int aFrom[CERT_SEGMENTS_MAX];
  const PolicyRow *apRow[CERT_SEGMENTS_MAX]; /* the row in effect, or NULL */
  int aValue[CERT_SEGMENTS_MAX];             /* its algorithm (or CERT_UNKNOWN_RULE / CERT_NO_RULE); days */
} CertTimeline;

typedef enum CertKind { CERT_BY_RULE, CERT_BY_SCOPE } CertKind;

/* What a rule_or_region argument names, resolved against one policy index. */
typedef struct CertChoice {
  CertKind kind;
  CertAlgorithm algorithm;      /* CERT_BY_RULE */
  const struct Region *pRegion; /* CERT_BY_SCOPE: the region, or NULL for the national scope '000000' */
  CertScheme scheme;            /* the scheme written after ':', or CERT_SCHEME_ANY when none was */
  int nChain;                   /* the codes rules are looked up under, most specific first */
  const char *azChain[3];
  int nReading;          /* 1, or 2 when no scheme was given: [0] employee, [1] resident */
  CertTimeline aRule[2]; /* the assignment in effect for each reading, by day of the last certification */
  CertTimeline reminder; /* cert_reminder_days in effect, by day */
} CertChoice;

/* What a rule_or_region argument names, before its timelines are built: cheap to find per call, and the key
** of the resolution cache (cert/functions.c). */
typedef struct CertKey {
  CertKind kind;
  CertAlgorithm algorithm; /* CERT_BY_RULE */
  int iRegion;             /* CERT_BY_SCOPE: the region's number, or -1 for the national scope */
  CertScheme scheme;
} CertKey;

/* One resolution in the cache, and whether it was given to SQLite as auxiliary data (cert/functions.c). */
typedef struct CertCached {
  CertChoice choice;
  int auxState;
} CertCached;

typedef struct CertIndex {
  const PolicyRows *pRules;           /* shebao_policy_cert_rules */
  int *aRuleAlgorithm;                /* per rule row: its algorithm or CERT_UNKNOWN_RULE */
  int aRuleRow[CERT_ALGORITHM_COUNT]; /* algorithm -> its row of cert_rules, or -1 */
  const char **azRuleUsedIn;          /* per rule row: where the data assigns it, for shebao_cert_rules */
  DatedIndex assignments;             /* key (region_code, scheme) */
  int *aAssignmentAlgorithm;          /* per assignment row */
  DatedIndex facts;                   /* key (region_code, item) */
  CertChoice national;                /* what an omitted rule_or_region means */
  /* Resolutions, built on first use (cert/functions.c): per rule, then per (scope, scheme), scopes numbered
  ** national 0, region i as i + 1. */
  CertCached **apCached;
} CertIndex;

/* The facts explanations cite, in the order they are shown (values of shebao_policy_cert_facts.item). */
typedef enum CertFactItem {
  CERT_FACT_OVERDUE,
  CERT_FACT_RECERTIFIED,
  CERT_FACT_BASIS,
  CERT_FACT_METHOD,
  CERT_FACT_COUNT
} CertFactItem;
extern const char *const cert_fact_items[CERT_FACT_COUNT];

/* Resolves a rule_or_region argument (cert/resolve.c): a rule name, a region (name, short name or code, as
** the regions capability reads it), '000000' (the national scope), optionally followed by ':employee' or
** ':resident'. SQLITE_OK, or an error: "<zFunc>(): unknown rule or region '火星市' (rule_or_region)". */
int cert_resolve(const PolicyIndex *p, const char *zFunc, const char *z, int n, CertChoice *pChoice,
                 char **pzErr);

/* What the argument names (SQLITE_OK and *pKey), without building timelines; SQLITE_ERROR when it names
** nothing usable (cert_resolve then gives the message). */
int cert_identify(const PolicyIndex *p, const char *z, int n, CertKey *pKey);

/* The resolution of a key, and of the national scope (what an omitted rule_or_region means); the timelines
** of a choice whose scope and scheme are set (cert/index.c). */
void cert_choice_for(const PolicyIndex *p, const CertKey *pKey, CertChoice *pChoice);
void cert_resolve_national(const PolicyIndex *p, CertChoice *pChoice);
void cert_build_timelines(const PolicyIndex *p, CertChoice *pChoice);

/* A rule_or_region argument, read. */
typedef struct CertArg {
  const char *z; /* the argument as written, for messages ('000000' when it was omitted) */
  int n;
  const CertChoice *pChoice; /* what it names: a resolution cached in the index, or &scratch */
  CertCached *pCached;       /* that cached resolution, or NULL */
  CertChoice scratch;
} CertArg;

/* The reader of a rule_or_region argument v (NULL: omitted, the national scope), for functions and tables
** alike (cert/functions.c): SQLITE_OK, SHEBAO_NULL, or an error naming zFunc. */
int cert_arg(PolicyIndex *p, const char *zFunc, sqlite3_value *v, CertArg *a, char **pzErr);

/* The rule that applies for a certification on day lastCert. SQLITE_OK with *pAlgorithm, or an error: the
** scheme is needed, no rule is in effect, or the data names an unknown rule. zArg is the argument as written,
** for messages. */
int cert_rule_on(const PolicyIndex *p, const CertChoice *c, int lastCert, const char *zFunc, const char *zArg,
                 int nArg, CertAlgorithm *pAlgorithm, char **pzErr);

/* The reminder window (days) in effect on day for the choice's scope, with its row. SQLITE_OK or an error (no
** parameter in effect, or a value that is not a whole number of days). */
int cert_reminder_on(const PolicyIndex *p, const CertChoice *c, int day, const char *zFunc, int *pDays,
                     const PolicyRow **ppRow, char **pzErr);

/* The row of cert_reminder_days in effect on day for the choice's scope (NULL if none), and its value in
** *pDays (-1: not a whole number of days). */
const PolicyRow *cert_reminder_row(const PolicyIndex *p, const CertChoice *c, int day, int *pDays);

/* The row of the assignment in effect for reading i on day, or NULL. */
const PolicyRow *cert_assignment_on(const PolicyIndex *p, const CertChoice *c, int iReading, int day,
                                    int *pAlgorithm);

/* The fact row for item in the choice's scope on day, or NULL. */
const PolicyRow *cert_fact_on(const PolicyIndex *p, const CertChoice *c, CertFactItem item, int day);

/* The rule row (shebao_policy_cert_rules) of an algorithm, or NULL. */
const PolicyRow *cert_rule_row(const PolicyIndex *p, CertAlgorithm a);

/* The display name of a chain code: the region's name and code ('陕西省 610000'), or '全国 000000'. */
void cert_scope_name(const PolicyIndex *p, const char *zCode, char *buf, int nBuf);

/* The certification tables (cert/views.c) and explain_cert_deadline (cert/explain.c). */
int cert_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int cert_register_explain(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);

#endif
