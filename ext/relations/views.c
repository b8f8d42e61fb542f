/*
** shebao_relations and shebao_relation_terms: the relation codes and the terms shebao understands.
**
**   SELECT code, name, near_relative, terms FROM shebao_relations WHERE code = '64';
**   SELECT term, code FROM shebao_relation_terms WHERE lang = 'en';
**
**   CREATE TABLE shebao_relations(
**     code, name,              -- GB/T 4761-2008
**     kin_path, class,         -- the relation to the householder ('c|C' = 'child|step_child')
**     near_relative,           -- 1, 0, or NULL (conditional or unspecified), as is_near_relative(code)
**     terms,                   -- the terms that name this code, ', '-separated
**     valid_from, valid_to, source_id, source_doc, source_title, layer);
**   CREATE TABLE shebao_relation_terms(term, code, name, kin_path, class, near_relative, lang, source_id,
*layer);
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "relations/relations.h"
#include "policy/view.h"

enum {
  RV_CODE,
  RV_NAME,
  RV_KIN_PATH,
  RV_CLASS,
  RV_NEAR_RELATIVE,
  RV_TERMS,
  RV_VALID_FROM,
  RV_VALID_TO,
  RV_SOURCE_ID,
  RV_SOURCE_DOC,
  RV_SOURCE_TITLE,
  RV_LAYER
};
enum { TV_TERM, TV_CODE, TV_NAME, TV_KIN_PATH, TV_CLASS, TV_NEAR_RELATIVE, TV_LANG, TV_SOURCE_ID, TV_LAYER };

static void result_near(sqlite3_context *ctx, KinVerdict v) {
  if (v == KIN_NEAR || v == KIN_NOT_NEAR) sqlite3_result_int(ctx, v == KIN_NEAR);
}

static int relations_count(const PolicyIndex *p) {
  return p->pRelations->nCode;
}

static void relations_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const RelationCode *rc = &p->pRelations->aCode[iRow];
  const PolicyRow *row = rc->pRow;
  switch (iCol) {
  case RV_CODE:
    view_result_text(ctx, POLICY_CELL(row, REL_CODE));
    break;
  case RV_NAME:
    view_result_text(ctx, POLICY_CELL(row, REL_NAME));
    break;
  case RV_KIN_PATH:
    view_result_text(ctx, POLICY_CELL(row, REL_KIN_PATH));
    break;
  case RV_CLASS:
    view_result_text(ctx, rc->zClass);
    break;
  case RV_NEAR_RELATIVE:
    result_near(ctx, rc->verdict);
    break;
  case RV_TERMS:
    view_result_text(ctx, rc->zTerms);
    break;
  case RV_VALID_FROM:
    view_result_text(ctx, POLICY_CELL(row, REL_VALID_FROM));
    break;
  case RV_VALID_TO:
    view_result_text(ctx, POLICY_CELL(row, REL_VALID_TO));
    break;
  case RV_SOURCE_ID:
    view_result_text(ctx, POLICY_CELL(row, REL_SOURCE_ID));
    break;
  case RV_SOURCE_DOC:
    view_result_source(ctx, p, row, REL_SOURCE_ID, SRC_DOC_NUMBER);
    break;
  case RV_SOURCE_TITLE:
    view_result_source(ctx, p, row, REL_SOURCE_ID, SRC_TITLE);
    break;
  default:
    view_result_layer(ctx, row);
    break;
  }
}

/* WHERE code = x: x as relation_code() reads it ('1', 1 and '01' all find code 01). */
static int relations_by_code(const PolicyIndex *p, sqlite3_value *pKey, const int **paRow, int *pScratch) {
  const RelationTerm *t;
  int n;
  int eType = sqlite3_value_type(pKey);
  if (eType != SQLITE_INTEGER && eType != SQLITE_FLOAT && view_key_text(pKey, &n) == 0)
    return VIEW_LOOKUP_NOMEM;
  t = relation_resolve_value(p->pRelations, pKey);
  if (t == 0 || t->iCode < 0) return 0;
  *pScratch = t->iCode;
  *paRow = pScratch;
  return 1;
}

static const PolicyViewLookup aRelationLookup[] = {{RV_CODE, relations_by_code}};

static const PolicyView relationsView = {
    "shebao_relations",
    "CREATE TABLE x(code TEXT, name TEXT, kin_path TEXT, class TEXT, near_relative INTEGER, terms TEXT,"
    " valid_from TEXT, valid_to TEXT, source_id TEXT, source_doc TEXT, source_title TEXT, layer TEXT)",
    relations_count,
    relations_column,
    1,
    aRelationLookup,
};

/* The term view lists the term rows only (the standard names are in shebao_relations). */
static int terms_count(const PolicyIndex *p) {
  return p->pRelations->nTerm - p->pRelations->nCode;
}

static void terms_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const RelationIndex *ri = p->pRelations;
  const RelationTerm *t = &ri->aTerm[ri->nCode + iRow];
  const PolicyRow *row = t->pRow;
  const RelationCode *code = t->iCode >= 0 ? &ri->aCode[t->iCode] : 0;
  switch (iCol) {
  case TV_TERM:
    view_result_text(ctx, POLICY_CELL(row, TERM_TERM));
    break;
  case TV_CODE:
    view_result_text(ctx, POLICY_CELL(row, TERM_CODE));
    break;
  case TV_NAME:
    if (code) view_result_text(ctx, POLICY_CELL(code->pRow, REL_NAME));
    break;
  case TV_KIN_PATH:
    view_result_text(ctx, t->zKinPath);
    break;
  case TV_CLASS: {
    const PolicyRow *cls = relation_class_row(ri, t->zKinPath);
    if (cls)
      view_result_text(ctx, POLICY_CELL(cls, KC_CLASS));
    else if (code)
      view_result_text(ctx, code->zClass);
    break;
  }
  case TV_NEAR_RELATIVE:
    result_near(ctx, t->verdict);
    break;
  case TV_LANG:
    view_result_text(ctx, POLICY_CELL(row, TERM_LANG));
    break;
  case TV_SOURCE_ID:
    view_result_text(ctx, POLICY_CELL(row, TERM_SOURCE_ID));
    break;
  default:
    view_result_layer(ctx, row);
    break;
  }
}

static const PolicyView termsView = {
    "shebao_relation_terms",
    "CREATE TABLE x(term TEXT, code TEXT, name TEXT, kin_path TEXT, class TEXT, near_relative INTEGER,"
    " lang TEXT, source_id TEXT, layer TEXT)",
    terms_count,
    terms_column,
    0,
    0,
};

int shebao_register_relation_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = policy_view_register(db, conn, &relationsView, pzErrMsg);
  if (rc == SQLITE_OK) rc = policy_view_register(db, conn, &termsView, pzErrMsg);
  return rc;
}
