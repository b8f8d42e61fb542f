/*
** What is wrong with the policy data, and whether a decision may use it.
**
** Building an index (policy/index.c) and reading the layers (policy/layers.c) record each broken row as a
** problem: the row is left out of the policy in effect, shebao_check lists it, and its table is marked
** broken. A decision that reads a broken table raises an error naming the first problem, until the row is
** fixed or retracted; lookups and decisions that read other tables go on answering:
**
**   region_enabled(): the policy data has a problem: shebao_policy_region_enablement row 1 (main layer):
**   valid_from is an impossible date '2025-02-30' (SELECT * FROM shebao_check lists every problem)
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/policy.h"
#include "util/text.h"
#include <string.h>

int policy_add_problem(PolicyIndex *p, int layer, PolicyTableId t, long long rowid, int iCol,
                       const char *zValue, const char *zProblem) {
  PolicyProblem *pr;
  if (p->nProblem == p->nProblemAlloc) {
    int nNew = p->nProblemAlloc ? p->nProblemAlloc * 2 : 16;
    PolicyProblem *aNew = arena_alloc(&p->arena, sizeof(PolicyProblem) * (size_t)nNew);
    if (aNew == 0) return SQLITE_NOMEM;
    if (p->nProblem) memcpy(aNew, p->aProblem, sizeof(PolicyProblem) * (size_t)p->nProblem);
    p->aProblem = aNew;
    p->nProblemAlloc = nNew;
  }
  pr = &p->aProblem[p->nProblem];
  pr->layer = layer;
  pr->t = t;
  pr->rowid = rowid;
  pr->iCol = iCol;
  pr->zValue = zValue ? arena_strndup(&p->arena, zValue, strlen(zValue)) : 0;
  pr->zProblem = arena_strndup(&p->arena, zProblem, strlen(zProblem));
  if ((zValue && pr->zValue == 0) || pr->zProblem == 0) return SQLITE_NOMEM;
  p->nProblem++;
  p->brokenMask |= 1u << t;
  return SQLITE_OK;
}

int policy_usable(const PolicyIndex *p, const char *zFunc, unsigned deps, char **pzErr) {
  int i;
  if ((p->brokenMask & deps) == 0) return SQLITE_OK;
  for (i = 0; i < p->nProblem; i++) {
    const PolicyProblem *pr = &p->aProblem[i];
    if (deps & (1u << pr->t)) {
      char zQuoted[TEXT_QUOTE_SIZE] = "", zRow[32] = "";
      if (pr->zValue) text_quote(zQuoted, sizeof(zQuoted), pr->zValue, (int)strlen(pr->zValue));
      if (pr->rowid >= 0) sqlite3_snprintf(sizeof(zRow), zRow, " row %lld", pr->rowid); /* else: the table */
      return shebao_policy_error(shebao_errorf(pzErr,
                                               "%s(): the policy data has a problem: %s%s (%s layer): %s%s%s "
                                               "(SELECT * FROM shebao_check lists every problem)",
                                               zFunc, policy_table_defs[pr->t].zName, zRow,
                                               policy_layer_names[pr->layer], pr->zProblem,
                                               pr->zValue ? " " : "", zQuoted));
    }
  }
  /* Marked by a broken retraction of that table. */
  for (i = 0; i < PT_COUNT; i++) {
    if (deps & p->brokenMask & (1u << i)) {
      return shebao_policy_error(
          shebao_errorf(pzErr,
                        "%s(): the policy data has a problem: a retraction of %s is broken "
                        "(SELECT * FROM shebao_check lists every problem)",
                        zFunc, policy_table_defs[i].zName));
    }
  }
  return SQLITE_OK;
}

int policy_row_error(char **pzErr, PolicyTableId t, const PolicyRow *row, int iCol, const char *zProblem) {
  const char *zValue = POLICY_CELL(row, iCol);
  char zQuoted[TEXT_QUOTE_SIZE];
  if (zValue)
    text_quote(zQuoted, sizeof(zQuoted), zValue, (int)strlen(zValue));
  else
    memcpy(zQuoted, "NULL", 5);
  return shebao_errorf(pzErr, "%s row %lld (%s layer): %s %s %s", policy_table_defs[t].zName, row->rowid,
                       policy_layer_names[row->layer], policy_table_defs[t].azCol[iCol], zProblem, zQuoted);
}
