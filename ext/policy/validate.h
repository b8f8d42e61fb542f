/*
** Validation of policy data: the rules every row of every policy table must follow (dates, codes, enumerated
** values, references to sources, regions, relations and rules; ranges that are not inverted and do not
** overlap for one key). Used twice:
**   - when an index is built (policy/validate.c): each broken row is left out of the policy in effect,
**     recorded as a problem (shebao_check lists them) and marks its table broken, so that decisions that read
**     it raise an error;
**   - when a row is written to a user layer (shebao_check_row, called by the TEMP triggers of
**     policy/triggers.c): a broken row is refused, so that a failed import leaves the policy as it was.
** The rules themselves are a table, one line per column rule: policy/rules.c.
*/
#ifndef SHEBAO_POLICY_VALIDATE_H
#define SHEBAO_POLICY_VALIDATE_H
#include "policy/policy.h"

/* What a row may refer to. */
typedef enum PolicyRef {
  REF_SOURCE,    /* a source_id of shebao_policy_sources */
  REF_REGION,    /* a region code */
  REF_PROVINCE,  /* the code of a region of level province or municipality */
  REF_RELATION,  /* a relation code */
  REF_CLASS,     /* a kinship class */
  REF_CERT_RULE, /* a rule of shebao_policy_cert_rules */
  REF_COUNT
} PolicyRef;

/* The keys of the valid rows that other rows refer to, built while validating (every table before the tables
** that refer to it: policy_check_order) and kept in the index for the layer triggers' row check. */
typedef struct PolicyKeys {
  StrMap sources, regions, classes, rules; /* regions: value 1 for a province or municipality */
  unsigned char aRelation[100];            /* 1 for a relation code 01..99 */
} PolicyKeys;

/* 1 if the key z of kind `what` is among k's. */
int policy_keys_have(const PolicyKeys *k, PolicyRef what, const char *z);

/* Where references are looked up: at build, in the keys validated so far; at write, in the keys of the policy
** in effect and in the user's layer tables. Returns 1 if the thing exists. */
typedef struct CheckRefs {
  int (*xHave)(void *pArg, PolicyRef what, const char *z);
  void *pArg;
} CheckRefs;

/* The first problem of a row of table t, or 0: writes "<column> <problem>" into zBuf and the column number
** into *piCol (-1 when the problem is the row as a whole). */
int policy_check_row(PolicyTableId t, const char *const *azCell, const CheckRefs *refs, int *piCol,
                     char *zBuf, int nBuf);

/* Checks a row about to be written to table t of a layer (policy/write_check.c) as an index build would
** judge it in the policy that results: *pProblem 1 with "<column> <problem>" in zBuf and the column in *piCol
** (-1: the row as a whole). iReplaced is the rowid of the row an UPDATE replaces, or -1. pCache (or NULL)
** keeps what lookups found, for the connection's next rows, as long as genRemoval (the connection's count of
** changes that may take something away) and the database stay as they were. SQLITE_OK, or the error of a
** lookup (SQLITE_NOMEM): the row is then neither refused nor accepted. */
typedef struct WriteCache WriteCache;
int policy_check_write(sqlite3 *db, WriteCache *pCache, int genRemoval, int layer, PolicyTableId t,
                       sqlite3_int64 iReplaced, const char *const *azCell, int *piCol, char *zBuf, int nBuf,
                       int *pProblem);
/* A new, empty cache in *pp (allocated if *pp is NULL; sqlite3_free releases it). */
int policy_write_cache_new(WriteCache **pp);
/* 1 if the column rules of policy/rules.c are grouped by table in the order of the tables, as
** policy_check_row needs them (a unit test checks it). */
int policy_rules_grouped(void);

/* Validates the rows in effect of every table of p (policy/validate.c): broken rows out, problems in, and
** p->pKeys built. SQLITE_OK or SQLITE_NOMEM. */
int policy_validate(PolicyIndex *p);

/* The order in which tables are validated: every table after the tables it refers to. */
extern const PolicyTableId policy_check_order[PT_COUNT];

/* The tables whose rows hold for a period per key (all key columns but the last, valid_from), for the overlap
** check: the key columns, and the valid_from and valid_to columns. */
typedef struct DatedTableDef {
  PolicyTableId t;
  int nKey;
  int aiKey[3];
  int iFrom, iTo;
} DatedTableDef;
extern const DatedTableDef policy_dated_tables[];
extern const int policy_dated_table_count;

/* The problem of a row that overlaps row `other` of its key ("valid_from overlaps row 3 of the main layer for
** the same code"), the same at build and at write: written into zBuf; returns the column it names. */
int policy_overlap_problem(const DatedTableDef *dt, const PolicyRow *other, char *zBuf, int nBuf);

/* A layer cell as shebao reads it: an empty string is NULL (a CSV cannot say NULL), except in the kin_path
** columns of shebao_policy_kinship_classes and shebao_policy_relations, where '' is the householder. */
const char *policy_layer_cell(PolicyTableId t, int iCol, const char *z);

/* The table a name names ('shebao_policy_regions'), or -1. */
int policy_table_by_name(const char *zName);

#endif
