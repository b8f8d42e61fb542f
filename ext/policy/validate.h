/*
** Validation of policy data: the rules every row of every policy table must follow (dates, codes, enumerated
** values, references to sources, regions, relations and rules; ranges that are not inverted and do not
** overlap for one key). Used twice:
**   - when an index is built: each broken row is left out of the policy in effect, recorded as a problem
**     (shebao_check lists them) and marks its table broken, so that decisions that read it raise an error;
**   - when a row is written to a user layer (the TEMP triggers shebao installs): a broken row is refused, so
**     that a failed import leaves the policy as it was.
*/
#ifndef SHEBAO_POLICY_CHECK_H
#define SHEBAO_POLICY_CHECK_H
#include "policy/policy.h"

/* What a row may refer to, answered from the rows validated so far (at build) or from the policy in effect
** plus the user's layer tables (at write). Each returns 1 if the thing exists. */
typedef struct CheckRefs {
  int (*xSource)(void *pArg, const char *zSourceId);
  int (*xRegion)(void *pArg, const char *zCode);
  int (*xProvince)(void *pArg, const char *zCode); /* a region of level province or municipality */
  int (*xRelation)(void *pArg, const char *zCode);
  int (*xClass)(void *pArg, const char *zClass);
  int (*xCertRule)(void *pArg, const char *zRule);
  void *pArg;
} CheckRefs;

/* The first problem of a row of table t, or 0: writes "<column> <problem>" into zBuf and the column number
** into *piCol (-1 when the problem is the row as a whole). */
int policy_check_row(PolicyTableId t, const char *const *azCell, const CheckRefs *refs, int *piCol,
                     char *zBuf, int nBuf);

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

/* A layer cell as shebao reads it: an empty string is NULL (a CSV cannot say NULL), except in the kin_path
** columns of shebao_policy_kinship_classes and shebao_policy_relations, where '' is the householder. */
const char *policy_layer_cell(PolicyTableId t, int iCol, const char *z);

/* The table a name names ('shebao_policy_regions'), or -1. */
int policy_table_by_name(const char *zName);

#endif
