/*
** Family mutual aid (家庭共济): may an employee's personal account pay for this relative, on this date,
*between
** these two pooling regions? One decision procedure, used by can_share() and, step by step, by
** explain_can_share().
*/
#ifndef SHEBAO_SHARING_H
#define SHEBAO_SHARING_H
#include "regions/regions.h"
#include "relations/relations.h"

/* A three-valued answer: yes, no, or cannot be decided from what is known (SQL NULL). */
typedef enum Tri { TRI_NO = 0, TRI_YES = 1, TRI_UNKNOWN = 2 } Tri;

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
  const PolicyRow *pClass,
      *pBloodClass; /* the path's kinship class and that of its blood form ('P' -> 'p') */
  int isStep;
} PathMemo;

typedef struct SharingIndex {
  DatedIndex scopes; /* shebao_policy_sharing_scopes by (region_code, class) */
  ScopeMemo *aScopeMemo;
  PathMemo *aPathMemo;
} SharingIndex;

#define SHARE_MAX_READINGS 4

/* How one reading of the relation fares (27 养子或继子 has two readings: adopted child, step-child). */
typedef struct ShareReading {
  const char *zPath;       /* kin path of this reading */
  const PolicyRow *pClass; /* its kinship class row (NULL: not a class the data names) */
  KinVerdict verdict;      /* near relative? */
  const char *zScopeClass; /* the class whose sharing scope applies ('parent' for a step-parent), or NULL */
  const char *zScopeCode;  /* the region code whose scope rows decided ('000000', a province, a region) */
  const PolicyRow *pScope; /* the scope row in force on the day, or NULL */
  const PolicyRow *pFirst; /* the earliest scope row (to say from when), or NULL */
  Tri result;
} ShareReading;

typedef enum PlaceRule { PLACE_NONE, PLACE_SAME_REGION, PLACE_SAME_PROVINCE, PLACE_CROSS_PROVINCE } PlaceRule;

typedef struct ShareDecision {
  const RelationTerm *pTerm;
  int day;
  int nReading;
  ShareReading aReading[SHARE_MAX_READINGS];
  Tri relation; /* the readings combined */
  /* The place rule (PLACE_NONE for the national, two-argument form). */
  PlaceRule place;
  const Region *pPayer, *pRelative;
  const RegionInterval *pPayerOn, *pRelativeOn;       /* the enablement in force on the day, or NULL */
  const RegionInterval *pPayerFirst, *pRelativeFirst; /* the earliest enablement, or NULL */
  Tri placeResult;
  Tri result;
} ShareDecision;

/* Decides. pPayer and pRelative are both NULL for the national timeline. Neither may be a province. */
void sharing_decide(const PolicyIndex *p, const RelationTerm *pTerm, int day, const Region *pPayer,
                    const Region *pRelative, ShareDecision *d);

/* Reads the relation, date and (if nArg is 4) region arguments of zFunc, setting an error on failure. */
ArgStatus sharing_args(sqlite3_context *ctx, const char *zFunc, int nArg, sqlite3_value **argv,
                       const RelationTerm **ppTerm, int *pDay, const Region **ppPayer,
                       const Region **ppRelative);

/* The same checks for a table-valued function: SQLITE_OK, or an error code with *pzErr set. */
int sharing_args_vtab(const PolicyIndex *p, const char *zFunc, int nArg, sqlite3_value **argv,
                      const RelationTerm **ppTerm, int *pDay, const Region **ppPayer,
                      const Region **ppRelative, char **pzErr);

#endif
