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
**                                      layer);
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "relations/relations.h"
#include "policy/view.h"

static void result_near(sqlite3_context *ctx, KinVerdict v) {
  if (v == KIN_NEAR || v == KIN_NOT_NEAR) sqlite3_result_int(ctx, v == KIN_NEAR);
}

/* ---- shebao_relations --------------------------------------------------------------------------------- */

enum { RV_CODE, RV_NAME, RV_KIN_PATH, RV_CLASS, RV_NEAR_RELATIVE, RV_TERMS };

static const ViewColumn aRelationCol[] = {
    [RV_CODE] = {"code TEXT", VIEW_CELL, REL_CODE},
    [RV_NAME] = {"name TEXT", VIEW_CELL, REL_NAME},
    [RV_KIN_PATH] = {"kin_path TEXT", VIEW_CELL, REL_KIN_PATH},
    [RV_CLASS] = {"class TEXT", VIEW_COMPUTED, 0},
    [RV_NEAR_RELATIVE] = {"near_relative INTEGER", VIEW_COMPUTED, 0},
    [RV_TERMS] = {"terms TEXT", VIEW_COMPUTED, 0},
    {"valid_from TEXT", VIEW_CELL, REL_VALID_FROM},
    {"valid_to TEXT", VIEW_CELL, REL_VALID_TO},
    VIEW_SOURCE_COLUMNS(REL_SOURCE_ID),
    VIEW_LAYER_COLUMN,
};

static int relations_count(const PolicyIndex *p) {
  return p->pRelations->nCode;
}

static const PolicyRow *relations_row(const PolicyIndex *p, int iRow) {
  return p->pRelations->aCode[iRow].pRow;
}

static void relations_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const RelationCode *rc = &p->pRelations->aCode[iRow];
  if (iCol == RV_CLASS)
    view_result_text(ctx, rc->zClass);
  else if (iCol == RV_NEAR_RELATIVE)
    result_near(ctx, rc->verdict);
  else
    view_result_text(ctx, rc->zTerms);
}

/* WHERE code = x: x as relation_code() reads it ('1', 1 and '01' all find code 01). */
static int relations_by_code(const PolicyIndex *p, sqlite3_value *pKey, const int **paRow, int *pScratch) {
  const RelationTerm *t;
  int type = sqlite3_value_type(pKey), n;
  if (type == SQLITE_INTEGER || type == SQLITE_FLOAT) {
    t = relation_resolve_number(p->pRelations, pKey);
  } else {
    const char *z = view_key_text(pKey, &n);
    if (z == 0) return VIEW_LOOKUP_NOMEM;
    t = relation_resolve(p->pRelations, z, n);
  }
  if (t == 0 || t->iCode < 0) return 0;
  *pScratch = t->iCode;
  *paRow = pScratch;
  return 1;
}

static const PolicyViewLookup aRelationLookup[] = {{RV_CODE, relations_by_code}};

static const PolicyView relationsView = {
    .zName = "shebao_relations",
    VIEW_COLUMNS(aRelationCol),
    .xCount = relations_count,
    .xRow = relations_row,
    .xColumn = relations_column,
    VIEW_LOOKUPS(aRelationLookup),
};

/* ---- shebao_relation_terms: the term rows only (the standard names are in shebao_relations) ----------- */

enum { TV_TERM, TV_CODE, TV_NAME, TV_KIN_PATH, TV_CLASS, TV_NEAR_RELATIVE };

static const ViewColumn aTermCol[] = {
    [TV_TERM] = {"term TEXT", VIEW_CELL, TERM_TERM},
    [TV_CODE] = {"code TEXT", VIEW_CELL, TERM_CODE},
    [TV_NAME] = {"name TEXT", VIEW_COMPUTED, 0},
    [TV_KIN_PATH] = {"kin_path TEXT", VIEW_COMPUTED, 0},
    [TV_CLASS] = {"class TEXT", VIEW_COMPUTED, 0},
    [TV_NEAR_RELATIVE] = {"near_relative INTEGER", VIEW_COMPUTED, 0},
    {"lang TEXT", VIEW_CELL, TERM_LANG},
    {"source_id TEXT", VIEW_CELL, TERM_SOURCE_ID},
    VIEW_LAYER_COLUMN,
};

static int terms_count(const PolicyIndex *p) {
  return p->pRelations->nTerm - p->pRelations->nCode;
}

static const PolicyRow *terms_row(const PolicyIndex *p, int iRow) {
  return p->pRelations->aTerm[p->pRelations->nCode + iRow].pRow;
}

static void terms_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const RelationIndex *ri = p->pRelations;
  const RelationTerm *t = &ri->aTerm[ri->nCode + iRow];
  const RelationCode *code = t->iCode >= 0 ? &ri->aCode[t->iCode] : 0;
  const PolicyRow *cls;
  switch (iCol) {
  case TV_NAME:
    if (code) view_result_text(ctx, POLICY_CELL(code->pRow, REL_NAME));
    break;
  case TV_KIN_PATH:
    view_result_text(ctx, t->zKinPath);
    break;
  case TV_CLASS:
    cls = relation_class_row(ri, t->zKinPath);
    if (cls)
      view_result_text(ctx, POLICY_CELL(cls, KC_CLASS));
    else if (code)
      view_result_text(ctx, code->zClass);
    break;
  default:
    result_near(ctx, t->verdict);
    break;
  }
}

static const PolicyView termsView = {
    .zName = "shebao_relation_terms",
    VIEW_COLUMNS(aTermCol),
    .xCount = terms_count,
    .xRow = terms_row,
    .xColumn = terms_column,
};

int relations_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  static const PolicyView *const apView[] = {&relationsView, &termsView};
  return policy_views_register(db, conn, apView, SHEBAO_COUNT(apView), pzErrMsg);
}
