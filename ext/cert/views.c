/*
** shebao_cert_rules, shebao_cert_assignments, shebao_cert_facts: the certification policy in effect.
**
**   SELECT rule, implemented, used_in, source_doc FROM shebao_cert_rules;
**   SELECT region_code, region_name, scheme, rule, source_id FROM shebao_cert_assignments;
**
**   CREATE TABLE shebao_cert_rules(
**     rule, description,
**     implemented,     -- 1 if shebao computes this rule; 0 for a name in the data it does not know
**     used_in,         -- where the assignments use it: '陕西省 610000 (employee); 福建省 350000 (employee)'
**     source_id, source_doc, source_title, layer);
**   CREATE TABLE shebao_cert_assignments(region_code, region_name, scheme, rule, valid_from, valid_to,
**                                        source_id, source_doc, source_title, note, layer);
**   CREATE TABLE shebao_cert_facts(region_code, region_name, item, outcome, detail, valid_from, valid_to,
**                                  source_id, source_doc, source_title, layer);
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "cert/cert.h"
#include "policy/view.h"
#include <string.h>

/* ---- shebao_cert_rules -------------------------------------------------------------------------------- */

enum {
  CR_RULE,
  CR_DESCRIPTION,
  CR_IMPLEMENTED,
  CR_USED_IN,
  CR_SOURCE_ID,
  CR_SOURCE_DOC,
  CR_SOURCE_TITLE,
  CR_LAYER
};

static int rules_count(const PolicyIndex *p) {
  return p->aTable[PT_CERT_RULES].nRow;
}

static void rules_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const PolicyRow *row = &p->aTable[PT_CERT_RULES].aRow[iRow];
  switch (iCol) {
  case CR_RULE:
    view_result_text(ctx, POLICY_CELL(row, CRULE_RULE));
    break;
  case CR_DESCRIPTION:
    view_result_text(ctx, POLICY_CELL(row, CRULE_DESCRIPTION));
    break;
  case CR_IMPLEMENTED:
    sqlite3_result_int(ctx, p->pCert->aRuleAlgorithm[iRow] >= 0);
    break;
  case CR_USED_IN:
    view_result_text(ctx, p->pCert->azRuleUsedIn[iRow]);
    break;
  case CR_SOURCE_ID:
    view_result_text(ctx, POLICY_CELL(row, CRULE_SOURCE_ID));
    break;
  case CR_SOURCE_DOC:
    view_result_source(ctx, p, row, CRULE_SOURCE_ID, SRC_DOC_NUMBER);
    break;
  case CR_SOURCE_TITLE:
    view_result_source(ctx, p, row, CRULE_SOURCE_ID, SRC_TITLE);
    break;
  default:
    view_result_layer(ctx, row);
    break;
  }
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
    "shebao_cert_rules",
    "CREATE TABLE x(rule TEXT, description TEXT, implemented INTEGER, used_in TEXT, source_id TEXT,"
    " source_doc TEXT, source_title TEXT, layer TEXT)",
    rules_count,
    rules_column,
    1,
    aRuleLookup,
};

/* ---- shebao_cert_assignments -------------------------------------------------------------------------- */

enum {
  CA_REGION_CODE,
  CA_REGION_NAME,
  CA_SCHEME,
  CA_RULE,
  CA_VALID_FROM,
  CA_VALID_TO,
  CA_SOURCE_ID,
  CA_SOURCE_DOC,
  CA_SOURCE_TITLE,
  CA_NOTE,
  CA_LAYER
};

static int assignments_count(const PolicyIndex *p) {
  return p->aTable[PT_CERT_ASSIGNMENTS].nRow;
}

/* The name part of cert_scope_name ('陕西省' of '陕西省 610000'), or NULL for a code no region has. */
static void result_region_name(sqlite3_context *ctx, const PolicyIndex *p, const char *zCode) {
  char buf[160];
  const char *zSpace;
  if (zCode == 0) return;
  cert_scope_name(p, zCode, buf, sizeof(buf));
  zSpace = strrchr(buf, ' ');
  if (zSpace) sqlite3_result_text(ctx, buf, (int)(zSpace - buf), SQLITE_TRANSIENT);
}

static void assignments_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const PolicyRow *row = &p->aTable[PT_CERT_ASSIGNMENTS].aRow[iRow];
  static const int aCell[] = {[CA_REGION_CODE] = CASSIGN_REGION_CODE,
                              [CA_SCHEME] = CASSIGN_SCHEME,
                              [CA_RULE] = CASSIGN_RULE,
                              [CA_VALID_FROM] = CASSIGN_VALID_FROM,
                              [CA_VALID_TO] = CASSIGN_VALID_TO,
                              [CA_SOURCE_ID] = CASSIGN_SOURCE_ID,
                              [CA_NOTE] = CASSIGN_NOTE};
  switch (iCol) {
  case CA_REGION_NAME:
    result_region_name(ctx, p, POLICY_CELL(row, CASSIGN_REGION_CODE));
    break;
  case CA_SOURCE_DOC:
    view_result_source(ctx, p, row, CASSIGN_SOURCE_ID, SRC_DOC_NUMBER);
    break;
  case CA_SOURCE_TITLE:
    view_result_source(ctx, p, row, CASSIGN_SOURCE_ID, SRC_TITLE);
    break;
  case CA_LAYER:
    view_result_layer(ctx, row);
    break;
  default:
    view_result_text(ctx, POLICY_CELL(row, aCell[iCol]));
    break;
  }
}

static const PolicyView assignmentsView = {
    "shebao_cert_assignments",
    "CREATE TABLE x(region_code TEXT, region_name TEXT, scheme TEXT, rule TEXT, valid_from TEXT, valid_to "
    "TEXT,"
    " source_id TEXT, source_doc TEXT, source_title TEXT, note TEXT, layer TEXT)",
    assignments_count,
    assignments_column,
    0,
    0,
};

/* ---- shebao_cert_facts -------------------------------------------------------------------------------- */

enum {
  CF_REGION_CODE,
  CF_REGION_NAME,
  CF_ITEM,
  CF_OUTCOME,
  CF_DETAIL,
  CF_VALID_FROM,
  CF_VALID_TO,
  CF_SOURCE_ID,
  CF_SOURCE_DOC,
  CF_SOURCE_TITLE,
  CF_LAYER
};

static int facts_count(const PolicyIndex *p) {
  return p->aTable[PT_CERT_FACTS].nRow;
}

static void facts_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const PolicyRow *row = &p->aTable[PT_CERT_FACTS].aRow[iRow];
  static const int aCell[] = {[CF_REGION_CODE] = CFACT_REGION_CODE, [CF_ITEM] = CFACT_ITEM,
                              [CF_OUTCOME] = CFACT_OUTCOME,         [CF_DETAIL] = CFACT_DETAIL,
                              [CF_VALID_FROM] = CFACT_VALID_FROM,   [CF_VALID_TO] = CFACT_VALID_TO,
                              [CF_SOURCE_ID] = CFACT_SOURCE_ID};
  switch (iCol) {
  case CF_REGION_NAME:
    result_region_name(ctx, p, POLICY_CELL(row, CFACT_REGION_CODE));
    break;
  case CF_SOURCE_DOC:
    view_result_source(ctx, p, row, CFACT_SOURCE_ID, SRC_DOC_NUMBER);
    break;
  case CF_SOURCE_TITLE:
    view_result_source(ctx, p, row, CFACT_SOURCE_ID, SRC_TITLE);
    break;
  case CF_LAYER:
    view_result_layer(ctx, row);
    break;
  default:
    view_result_text(ctx, POLICY_CELL(row, aCell[iCol]));
    break;
  }
}

static const PolicyView factsView = {
    "shebao_cert_facts",
    "CREATE TABLE x(region_code TEXT, region_name TEXT, item TEXT, outcome TEXT, detail TEXT, valid_from "
    "TEXT,"
    " valid_to TEXT, source_id TEXT, source_doc TEXT, source_title TEXT, layer TEXT)",
    facts_count,
    facts_column,
    0,
    0,
};

int shebao_register_cert_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = policy_view_register(db, conn, &rulesView, pzErrMsg);
  if (rc == SQLITE_OK) rc = policy_view_register(db, conn, &assignmentsView, pzErrMsg);
  if (rc == SQLITE_OK) rc = policy_view_register(db, conn, &factsView, pzErrMsg);
  return rc;
}
