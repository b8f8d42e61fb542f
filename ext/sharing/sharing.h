/*
** Family mutual aid (家庭共济): may an employee's personal account pay for this relative, on this date,
** between these two pooling regions? One decision procedure (sharing/decide.c), used by can_share()
** (sharing/functions.c) and, step by step, by explain_can_share() (sharing/explain.c).
*/
#ifndef SHEBAO_SHARING_H
#define SHEBAO_SHARING_H
#include "regions/regions.h"
#include "relations/relations.h"

/* A three-valued answer: yes, no, or cannot be decided from what is known (SQL NULL). */
typedef enum Tri { TRI_NO = 0, TRI_YES = 1, TRI_UNKNOWN = 2 } Tri;

/* Where payer and relative are insured, as the place rule distinguishes it. */
typedef enum PlaceKind { PLACE_NONE, PLACE_SAME_REGION, PLACE_SAME_PROVINCE, PLACE_CROSS_PROVINCE } PlaceKind;
#define PLACE_KINDS 3 /* PLACE_SAME_REGION .. PLACE_CROSS_PROVINCE */

/* The place rule is data: for each kind of place, the policy parameter (national, dated) whose value says
** which mutual aid both regions need: 'none', 'in_province' or 'cross_province'; its source is the rule's. */
#define PLACE_NEEDS_NONE (-1) /* else a RegionScopeKind */

/* Memos of what each call of can_share would otherwise find by building strings and hashing them, keyed by
** the addresses of strings that belong to the index (the same address is always the same string; the same
** string at two addresses merely takes two entries). Written during calls: an index is used by one
** connection at a time. */
#define SHARING_MEMO_SLOTS 256
typedef struct ScopeMemo {
  const char *zCode, *zClass; /* NULL: empty */
  int n;                      /* the key's rows (0: none) ... */
  const int *aRow;            /* ... and their numbers, in valid_from order */
} ScopeMemo;
typedef struct PathMemo {
  const char *zPath; /* NULL: empty */
  int nPath;
  const PolicyRow *pClass;      /* the path's kinship class */
  const PolicyRow *pBloodClass; /* that of its blood form ('P' -> 'p') */
  int isStep;
} PathMemo;

typedef struct SharingIndex {
  DatedIndex scopes; /* shebao_policy_sharing_scopes by (region_code, class) */
  ObsTable scopePoints; /* what each of its rows states */
  DatedIndex facts;  /* shebao_policy_sharing_facts by (region_code, scope, item) */
  ScopeMemo *aScopeMemo;
  PathMemo *aPathMemo;
  int anPlaceRow[PLACE_KINDS]; /* the place rule's parameter rows per kind, in valid_from order */
  const int *aaPlaceRow[PLACE_KINDS];
} SharingIndex;

#define SHARE_MAX_READINGS KIN_PATH_MAX_ALTERNATIVES

/* How one reading of the relation fares (27 养子或继子 has two readings: adopted child, step-child). */
typedef struct ShareReading {
  const char *zPath;       /* kin path of this reading */
  const PolicyRow *pClass; /* its kinship class row (NULL: not a class the data names) */
  KinVerdict verdict;      /* near relative? */
  const char *zScopeClass; /* the class whose sharing scope applies ('parent' for a step-parent), or NULL */
  ObsVerdict scope;        /* is it in scope on the day: the answer and the rows on either side of the day */
  Tri result;
} ShareReading;

typedef struct ShareDecision {
  const RelationTerm *pTerm;
  int day;
  int nReading;
  ShareReading aReading[SHARE_MAX_READINGS];
  Tri relation; /* the readings combined */
  /* The place rule (PLACE_NONE for the national, two-argument form). */
  PlaceKind place;
  const PolicyRow *pPlaceRule; /* its parameter row */
  int placeNeeds;              /* PLACE_NEEDS_NONE or the RegionScopeKind both regions need */
  const Region *pPayer, *pRelative; /* pooling regions */
  ObsVerdict payerOn, relativeOn;    /* the mutual aid the place rule needs, in each region on the day */
  Tri placeResult;
  Tri result;
} ShareDecision;

/* The arguments of can_share and explain_can_share, read. */
typedef struct ShareArgs {
  const RelationTerm *pTerm;
  int day;
  const Region *pPayer, *pRelative; /* the pooling regions; both NULL for the national form */
} ShareArgs;

/* The reader of a pooling-region argument: the pooling region that covers the region as region_arg reads
** it (a province is not one, unless it covers other regions: 海南): SQLITE_OK, SHEBAO_NULL, or an error naming
** zFunc and zParam (sharing/functions.c). */
int pool_arg(const PolicyIndex *p, const char *zFunc, const char *zParam, sqlite3_value *v,
             const Region **ppRegion, char **pzErr);

/* Reads relation, on_date and, if nArg is 4, payer_region and relative_region, each as the pooling region
** that covers it (a province is not one, unless it covers other regions: 海南). SQLITE_OK or an error naming
** zFunc. The caller has checked the arguments for NULL and blank text (shebao_null_args), once. */
int sharing_args(const PolicyIndex *p, const char *zFunc, int nArg, sqlite3_value *const *argv, ShareArgs *a,
                 char **pzErr);

/* The tables a decision reads: the national form reads no region data. */
unsigned sharing_deps(const ShareArgs *a);

/* Decides: SQLITE_OK with *d filled, or an error naming zFunc (a place rule missing from the data, or with a
** value other than none, in_province, cross_province). */
int sharing_decide(const PolicyIndex *p, const char *zFunc, const ShareArgs *a, ShareDecision *d,
                   char **pzErr);

/* The rows that explain a decision after its relation: each reading's near_relative and scope, the place and
** the regions, the outcome (sharing/explain.c); explain_can_share_between adds them to its own. */
typedef struct Explanation Explanation; /* policy/explain.h */
void sharing_explain_decision(Explanation *e, const ShareDecision *d);

/* What the facts of mutual aid say for an item of a scope ('cross_province', 'quota', ...) on day, under the
** chain of codes (most specific first), or NULL. */
const PolicyRow *sharing_fact_on(const PolicyIndex *p, const char *const *azChain, int nChain,
                                 const char *zScope, const char *zItem, int day);

/* shebao_sharing_scopes and shebao_sharing_facts (sharing/views.c), explain_can_share (sharing/explain.c), and
** can_share_between and explain_can_share_between (sharing/between.c). */
/* The Chinese of explain_can_share's rows, for detail_zh (sharing/explain_zh.c): each a result of
** sqlite3_mprintf (NULL: out of memory). i of n: the reading, where the relation has several. */
char *share_zh_relation(const char *zTerm, const RelationCode *code);
char *share_zh_near(const ShareReading *r, int i, int n);
char *share_zh_scope(const ShareDecision *d, const ShareReading *r, int i, int n);
char *share_zh_later_bound(void);
char *share_zh_place(const PolicyIndex *p, const ShareDecision *d);
char *share_zh_region(const PolicyIndex *p, const Region *r, const ObsVerdict *v, int needs, int day);
char *share_zh_fact(const char *zItem, const char *zOutcome, const char *zDetail);
char *share_zh_outcome(const ShareDecision *d, int dependsOnFamily);

int sharing_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int sharing_register_explain(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
int sharing_register_between(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);

#endif
