/*
** shebao_cert_rules, shebao_cert_assignments, shebao_cert_facts: the certification policy in effect.
**
**   SELECT rule, implemented, used_in, source_doc FROM shebao_cert_rules;
**   SELECT region_code, region_name, scheme, rule, source_id FROM shebao_cert_assignments;
**
**   CREATE TABLE shebao_cert_rules(
**     rule, kind, length, window_from, window_to, description,
**     implemented,     -- 1 if shebao computes this rule; 0 for one whose parameters do not fit its kind
**     used_in,         -- where the assignments use it: '陕西省 610000 (employee); 福建省 350000 (employee)'
**     source_id, source_doc, source_title, layer);
**   CREATE TABLE shebao_cert_assignments(region_code, region_name, scheme, rule, alternative_rule, first_cycle,
**                                        valid_from, valid_to, source_id, source_doc, source_title, note,
**                                        layer);
**   CREATE TABLE shebao_cert_facts(region_code, region_name, item, outcome, detail, valid_from, valid_to,
**                                  source_id, source_doc, source_title, layer);
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "cert/cert.h"
#include "policy/view.h"
#include "regions/regions.h"
#include <string.h>

/* ---- shebao_cert_rules -------------------------------------------------------------------------------- */

enum { CR_RULE, CR_KIND, CR_LENGTH, CR_WINDOW_FROM, CR_WINDOW_TO, CR_DESCRIPTION, CR_IMPLEMENTED, CR_USED_IN };

static const ViewColumn aRuleCol[] = {
    [CR_RULE] = {"rule TEXT", VIEW_CELL, CRULE_RULE},
    [CR_KIND] = {"kind TEXT", VIEW_CELL, CRULE_KIND},
    [CR_LENGTH] = {"length INTEGER", VIEW_COMPUTED, 0},
    [CR_WINDOW_FROM] = {"window_from TEXT", VIEW_CELL, CRULE_WINDOW_FROM},
    [CR_WINDOW_TO] = {"window_to TEXT", VIEW_CELL, CRULE_WINDOW_TO},
    [CR_DESCRIPTION] = {"description TEXT", VIEW_CELL, CRULE_DESCRIPTION},
    [CR_IMPLEMENTED] = {"implemented INTEGER", VIEW_COMPUTED, 0},
    [CR_USED_IN] = {"used_in TEXT", VIEW_COMPUTED, 0},
    VIEW_SOURCE_COLUMNS(CRULE_SOURCE_ID),
    VIEW_LAYER_COLUMN,
};

static void rules_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  if (iCol == CR_IMPLEMENTED)
    sqlite3_result_int(ctx, p->pCert->aRuleOk[iRow]);
  else if (iCol == CR_LENGTH && p->pCert->aRuleOk[iRow] && p->pCert->aRule[iRow].length)
    sqlite3_result_int(ctx, p->pCert->aRule[iRow].length);
  else if (iCol == CR_USED_IN)
    view_result_text(ctx, p->pCert->azRuleUsedIn[iRow]);
}

/* WHERE rule = x: the rows whose rule is x as written (a superset check is SQLite's). */
static int rules_by_rule(const PolicyIndex *p, sqlite3_value *pKey, const int **paRow, int *pScratch) {
  const PolicyRows *rows = &p->aTable[PT_CERT_RULES];
  const char *z = (const char *)sqlite3_value_text(pKey);
  int i;
  for (i = 0; z && i < rows->nRow; i++) {
    const char *zRule = POLICY_CELL(&rows->aRow[i], CRULE_RULE);
    if (zRule && strcmp(zRule, z) == 0) {
      *pScratch = i;
      *paRow = pScratch;
      return 1;
    }
  }
  return 0;
}

static const PolicyViewLookup aRuleLookup[] = {{CR_RULE, rules_by_rule}};

static const PolicyView rulesView = {
    .zName = "shebao_cert_rules",
    VIEW_COLUMNS(aRuleCol),
    .t = PT_CERT_RULES,
    .xColumn = rules_column,
    VIEW_LOOKUPS(aRuleLookup),
};

/* ---- shebao_cert_assignments and shebao_cert_facts ---------------------------------------------------- */

/* region_name, the second column of both: the region's name, 全国 for '000000'. */
static void assignments_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  (void)iCol;
  view_result_text(ctx, region_code_name(p->pRegions, POLICY_CELL(&p->aTable[PT_CERT_ASSIGNMENTS].aRow[iRow],
                                                                  CASSIGN_REGION_CODE)));
}

static void facts_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  (void)iCol;
  view_result_text(ctx, region_code_name(p->pRegions, POLICY_CELL(&p->aTable[PT_CERT_FACTS].aRow[iRow],
                                                                  CFACT_REGION_CODE)));
}

static const ViewColumn aAssignmentCol[] = {
    {"region_code TEXT", VIEW_CELL, CASSIGN_REGION_CODE},
    {"region_name TEXT", VIEW_COMPUTED, 0},
    {"scheme TEXT", VIEW_CELL, CASSIGN_SCHEME},
    {"rule TEXT", VIEW_CELL, CASSIGN_RULE},
    {"alternative_rule TEXT", VIEW_CELL, CASSIGN_ALTERNATIVE_RULE},
    {"first_cycle TEXT", VIEW_CELL, CASSIGN_FIRST_CYCLE},
    {"valid_from TEXT", VIEW_CELL, CASSIGN_VALID_FROM},
    {"valid_to TEXT", VIEW_CELL, CASSIGN_VALID_TO},
    VIEW_SOURCE_COLUMNS(CASSIGN_SOURCE_ID),
    {"note TEXT", VIEW_CELL, CASSIGN_NOTE},
    VIEW_LAYER_COLUMN,
};

static const PolicyView assignmentsView = {
    .zName = "shebao_cert_assignments",
    VIEW_COLUMNS(aAssignmentCol),
    .t = PT_CERT_ASSIGNMENTS,
    .xColumn = assignments_column,
};

static const ViewColumn aFactCol[] = {
    {"region_code TEXT", VIEW_CELL, CFACT_REGION_CODE},
    {"region_name TEXT", VIEW_COMPUTED, 0},
    {"item TEXT", VIEW_CELL, CFACT_ITEM},
    {"outcome TEXT", VIEW_CELL, CFACT_OUTCOME},
    {"detail TEXT", VIEW_CELL, CFACT_DETAIL},
    {"valid_from TEXT", VIEW_CELL, CFACT_VALID_FROM},
    {"valid_to TEXT", VIEW_CELL, CFACT_VALID_TO},
    VIEW_SOURCE_COLUMNS(CFACT_SOURCE_ID),
    VIEW_LAYER_COLUMN,
};

static const PolicyView factsView = {
    .zName = "shebao_cert_facts",
    VIEW_COLUMNS(aFactCol),
    .t = PT_CERT_FACTS,
    .xColumn = facts_column,
};

int cert_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  static const PolicyView *const apView[] = {&rulesView, &assignmentsView, &factsView};
  return policy_views_register(db, conn, apView, SHEBAO_COUNT(apView), pzErrMsg);
}
