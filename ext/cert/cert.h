/*
** Pension qualification certification (养老金领取资格认证): the deadline rules, and which rule applies where.
**
**   cert_deadline(&rule month_end 12, date_from_ymd(2024, 3, 15), &d)   -> d = 2025-03-31
**   cert_resolve(p, "西安市:employee", ...)                              -> the region, its scheme, its rules
**
** The kinds of rule (month_end, month_end_counting, same_day, days, natural_year, yearly_window) are
** algorithms in C (cert/rules.c). Everything else is data: each rule's kind and parameters
** (shebao_policy_cert_rules), which rule applies in which region, for which pension scheme and from when
** (shebao_policy_cert_assignments), the reminder window (the parameter cert_reminder_days), and what missing a
** deadline means (shebao_policy_cert_facts).
*/
#ifndef SHEBAO_CERT_H
#define SHEBAO_CERT_H
#include "policy/dated.h"
#include "core/shebao.h"

/* ---- the rules (cert/rules.c): date arithmetic over a kind and its parameters ---------------------------- */

typedef enum CertRuleKind {
  CERT_MONTH_END,          /* last day of the length-th month after the month of the certification */
  CERT_MONTH_END_COUNTING, /* the certification month is the first of length: last day of the (length-1)-th after */
  CERT_SAME_DAY,           /* the same day length months later; the last day of that month when it has none */
  CERT_DAYS,               /* the last day of a cycle of length days whose first day is the certification day */
  CERT_NATURAL_YEAR,       /* once a calendar year: by 12-31 of the next year */
  CERT_YEARLY_WINDOW,      /* a yearly window: by the end of the next window after the certification */
  CERT_KIND_COUNT
} CertRuleKind;
extern const char *const cert_kind_names[CERT_KIND_COUNT]; /* the values of shebao_policy_cert_rules.kind */

/* One row of shebao_policy_cert_rules, read. */
typedef struct CertRule {
  const PolicyRow *pRow; /* NULL for a rule made in C (tests) */
  const char *zName;
  CertRuleKind kind;
  int length;                /* months, or days for CERT_DAYS */
  int windowFrom, windowTo;  /* CERT_YEARLY_WINDOW: month * 100 + day */
} CertRule;

#define CERT_UNKNOWN_RULE (-1) /* a rule name in the data that is not a rule (or a rule that cannot be read) */
#define CERT_NO_RULE (-2)      /* no assignment in effect */

/* Reads a rule row (its kind and parameters, which the validation has checked): 0, or -1 when they do not fit. */
int cert_rule_read(const PolicyRow *row, CertRule *r);

/* The deadline (days since 1970-01-01) for a certification on day lastCert. Returns 0, or -1 when the
** deadline falls after 9999-12-31 (*pDeadline is set either way: the arithmetic goes on past year 9999). */
int cert_deadline(const CertRule *r, int lastCert, int *pDeadline);

/* How the deadline was computed, in words, e.g. "2024-03-15 is in 2024-03; the 12th natural month after it is
** 2025-03, which ends on 2025-03-31" (from sqlite3_mprintf; NULL when out of memory). */
char *cert_describe(const CertRule *r, int lastCert, int deadline);

/* ---- pension schemes ---------------------------------------------------------------------------------- */

typedef enum CertScheme {
  CERT_SCHEME_ANY = 0,
  CERT_SCHEME_EMPLOYEE = 1,
  CERT_SCHEME_RESIDENT = 2,
  CERT_SCHEME_DEPENDANT = 3, /* 供养亲属: asked for by name only, never one of the readings of a region */
  CERT_SCHEME_COUNT
} CertScheme;
extern const char *const cert_scheme_names[CERT_SCHEME_COUNT]; /* "any", "employee", ...: the values in the data */

/* ---- the index (cert/index.c) ------------------------------------------------------------------------- */

/* A dated answer that depends on the day only through the validity of a few rows: segment i holds from
** aFrom[i] up to the next segment's start. Built once per resolution, read per call by binary search. */
#define CERT_SEGMENTS_MAX 8
typedef struct CertTimeline {
  int nSeg; /* 0: too many boundaries, look the chain up per call */
  int aFrom[CERT_SEGMENTS_MAX];
  const PolicyRow *apRow[CERT_SEGMENTS_MAX]; /* the row in effect, or NULL */
  int aValue[CERT_SEGMENTS_MAX];             /* its rule (or CERT_UNKNOWN_RULE / CERT_NO_RULE); days */
} CertTimeline;

typedef enum CertKind { CERT_BY_RULE, CERT_BY_SCOPE } CertKind;

/* What a rule_or_region argument names, resolved against one policy index. */
typedef struct CertChoice {
  CertKind kind;
  int iRule;                    /* CERT_BY_RULE: the rule's number in the index */
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
  int iRule;               /* CERT_BY_RULE */
  int iRegion;             /* CERT_BY_SCOPE: the region's number, or -1 for the national scope */
  CertScheme scheme;
} CertKey;

/* One resolution in the cache, and whether it was given to SQLite as auxiliary data (cert/functions.c). */
typedef struct CertCached {
  CertChoice choice;
  int auxState;
} CertCached;

typedef struct CertIndex {
  const PolicyRows *pRules;  /* shebao_policy_cert_rules */
  CertRule *aRule;           /* per rule row, read */
  int *aRuleOk;              /* per rule row: 1 if it can be computed */
  StrMap ruleByName;         /* the normal form of a rule's name -> its row */
  const char **azRuleUsedIn; /* per rule row: where the data assigns it, for shebao_cert_rules */
  DatedIndex assignments;    /* key (region_code, scheme) */
  int *aAssignmentRule;      /* per assignment row: its rule's number, or CERT_UNKNOWN_RULE */
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

/* The Chinese of explain_cert_deadline's rows, for detail_zh (cert/explain_zh.c): each a result of
** sqlite3_mprintf (NULL: out of memory). */
const char *cert_scheme_zh(const char *zScheme);
char *cert_zh_by_rule(const char *zRule);
char *cert_zh_national(int given);
char *cert_zh_region(const PolicyIndex *p, const CertChoice *c, const char *zGiven);
char *cert_zh_depends_on_scheme(const char *zGiven);
char *cert_zh_scheme_written(const char *zScheme);
char *cert_zh_assignment(const PolicyRow *row, const char *zScope);
char *cert_zh_deadline(const char *zRule, int lastCert, int deadline, int alternative);
char *cert_zh_first_cycle(int yearAfter, int start, int deadline);
char *cert_zh_reminder(int window, int from, int deadline);
char *cert_zh_fact(int item, const char *zOutcome, const char *zDetail, int deadline);

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
  char zNumber[16]; /* a code given as a REAL without a fraction (610100.0), as text */
} CertArg;

/* The reader of a rule_or_region argument v (NULL: omitted, the national scope), for functions and tables
** alike (cert/functions.c): SQLITE_OK, SHEBAO_NULL, or an error naming zFunc. */
int cert_arg(PolicyIndex *p, const char *zFunc, sqlite3_value *v, CertArg *a, char **pzErr);

/* The rule that applies for a certification on day lastCert. SQLITE_OK with *piRule, or an error: the
** scheme is needed, no rule is in effect, or the data names a rule that cannot be computed. zArg is the
** argument as written, for messages. */
int cert_rule_on(const PolicyIndex *p, const CertChoice *c, int lastCert, const char *zFunc, const char *zArg,
                 int nArg, int *piRule, char **pzErr);

/* The reminder window (days) in effect on day for the choice's scope, with its row. SQLITE_OK or an error (no
** parameter in effect, or a value that is not a whole number of days). */
int cert_reminder_on(const PolicyIndex *p, const CertChoice *c, int day, const char *zFunc, int *pDays,
                     const PolicyRow **ppRow, char **pzErr);

/* The row of cert_reminder_days in effect on day for the choice's scope (NULL if none), and its value in
** *pDays (-1: not a whole number of days). */
const PolicyRow *cert_reminder_row(const PolicyIndex *p, const CertChoice *c, int day, int *pDays);

/* The row of the assignment in effect for reading i on day, or NULL; its rule's number in *piRule. */
const PolicyRow *cert_assignment_on(const PolicyIndex *p, const CertChoice *c, int iReading, int day,
                                    int *piRule);

/* The fact row for item in the choice's scope on day, or NULL. */
const PolicyRow *cert_fact_on(const PolicyIndex *p, const CertChoice *c, CertFactItem item, int day);

/* Rule number i of the index; the number of the rule a name names (compared after text_normalize:
** 'Month-End-12' is month_end_12), or CERT_UNKNOWN_RULE. */
const CertRule *cert_rule(const PolicyIndex *p, int i);
int cert_rule_find(const PolicyIndex *p, const char *z, int n);
int cert_rule_count(const PolicyIndex *p);

/* The display name of a chain code: the region's name and code ('陕西省 610000'), or '全国 000000'. */
void cert_scope_name(const PolicyIndex *p, const char *zCode, char *buf, int nBuf);

/* The certification tables (cert/views.c) and explain_cert_deadline (cert/explain.c). */
int cert_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int cert_register_explain(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);

#endif
