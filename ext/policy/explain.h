/*
** The explain tables (explain_can_share, explain_cert_deadline): one generic table-valued function
** (policy/explain.c), and a descriptor per table that names its arguments and computes its rows.
**
** Every explain table has the same output columns, defined once, in aExplainColumn of policy/explain.c:
**   step      1, 2, ... in the order the rules apply
**   scheme    the reading a row belongs to, where the answer has several ('employee', 'resident'): only in
**             the tables whose descriptor asks for it (EXPLAIN_SCHEME)
**   rule      what applies
**   outcome   what it found, in a few words
**   detail    why, in words
**   detail_zh the same in Chinese, for the people affected: a sentence a 12333 clerk reads out, with the
**             title of the document the row cites (explain_zh); every row of every explain table has one
**   source_id, source_doc, source_title, source_firmness   the document behind the row (a row of
**             shebao_policy_sources) and how firm it is: 'official', 'secondary' or 'derived' 
** then the arguments, as HIDDEN columns. A new column is one line there, one field of ExplainRow and what
** the explanations put in it.
**
** An explanation is computed whole in xFilter, into as many rows as it takes, by the same code the decision
** function calls, so that the explanation and the answer cannot disagree.
*/
#ifndef SHEBAO_POLICY_EXPLAIN_H
#define SHEBAO_POLICY_EXPLAIN_H
#include "core/shebao.h"
#include "policy/policy.h"

#define EXPLAIN_MAX_ARGS 6

/* One row of an explanation. */
typedef struct ExplainRow {
  const char *zScheme;   /* static, or NULL */
  const char *zRule;     /* static, or in the policy index */
  char *zOutcome;        /* sqlite3_malloc'd */
  char *zDetail;         /* sqlite3_malloc'd */
  char *zDetailZh;       /* sqlite3_malloc'd, or NULL (explain_add_zh) */
  const char *zSourceId; /* in the policy index, or NULL */
} ExplainRow;

/* What an explanation is built into. */
typedef struct Explanation {
  PolicyIndex *p; /* the index it explains from (referenced by the cursor) */
  int nRow, nAlloc;
  ExplainRow *aRow;
  int rc; /* SQLITE_NOMEM once a row could not be added: the explanation fails whole */
} Explanation;

/* Adds a row; takes zOutcome and zDetail, results of sqlite3_mprintf (NULL: out of memory). */
void explain_add(Explanation *e, const char *zScheme, const char *zRule, char *zOutcome,
                 const char *zSourceId, char *zDetail);

/* Gives the row added last its detail_zh; takes zDetailZh, a result of sqlite3_mprintf (NULL: out of memory,
** which fails the explanation). */
void explain_add_zh(Explanation *e, char *zDetailZh);

/* Gives the row added last its detail_zh: zText (a result of sqlite3_mprintf, taken; NULL: out of memory),
** followed by the title of the document the row cites, as a clerk reads it out: "…（依据：《标题》）". */
void explain_zh(Explanation *e, char *zText);

/* The Chinese of a fact of the data (a row of shebao_policy_cert_facts or _sharing_facts): its detail where
** that quotes the source in Chinese (it begins with a Chinese character), else the Chinese of its outcome
** from azWords (pairs: English outcome, Chinese), else NULL: a fact a layer wrote in English only. */
const char *explain_fact_zh(const char *zOutcome, const char *zDetail, const char *const (*azWords)[2],
                            int n);

/* A date as Chinese writes it: "2025年3月1日" (buf of EXPLAIN_DATE_ZH_SIZE bytes). */
#define EXPLAIN_DATE_ZH_SIZE 32
void explain_date_zh(int day, char *buf);

/* Optional columns (ExplainTable.columns). */
#define EXPLAIN_SCHEME 1u

typedef struct ExplainTable {
  const char *zName; /* "explain_can_share": also the function name in its errors */
  unsigned columns;  /* the optional columns it has */
  int nArg;
  const char *azArg[EXPLAIN_MAX_ARGS]; /* the argument columns, in order */
  /* Fills e from the arguments (apArg[k] is NULL for an argument not given): SQLITE_OK, SHEBAO_NULL (a NULL
  ** argument: no rows), or an error as core/shebao.h says. */
  int (*xExplain)(Explanation *e, sqlite3_value *const *apArg, char **pzErr);
} ExplainTable;

/* Registers an explain table as an eponymous table-valued function on db. */
int explain_register(sqlite3 *db, ShebaoConn *conn, const ExplainTable *pTable, char **pzErrMsg);

#endif
