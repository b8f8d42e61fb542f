/*
** shebao_sources: every source the policy cites, as an eponymous table.
**
**   SELECT source_id, doc_number, title FROM shebao_sources WHERE source_id = 'civil-code';
**
**   CREATE TABLE shebao_sources(source_id, doc_number, title, issuer, published, effective, url, note,
**                               layer -- 'default', 'main' or 'temp': where the row comes from
**   );
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/view.h"
#include <string.h>

static int sources_count(const PolicyIndex *p) {
  return p->aTable[PT_SOURCES].nRow;
}

static void sources_column(const PolicyIndex *p, int iRow, int iCol, sqlite3_context *ctx) {
  const PolicyRow *row = &p->aTable[PT_SOURCES].aRow[iRow];
  if (iCol <= SRC_NOTE)
    view_result_text(ctx, POLICY_CELL(row, iCol));
  else
    view_result_layer(ctx, row);
}

static int sources_by_id(const PolicyIndex *p, sqlite3_value *pKey, const int **paRow, int *pScratch) {
  int n;
  const char *z = view_key_text(pKey, &n);
  if (z == 0) return VIEW_LOOKUP_NOMEM;
  *pScratch = strmap_get(&p->sourceById, z, n);
  *paRow = pScratch;
  return *pScratch >= 0;
}

static const PolicyViewLookup aSourceLookup[] = {{0, sources_by_id}};

static const PolicyView sourcesView = {
    "shebao_sources",
    "CREATE TABLE x(source_id TEXT, doc_number TEXT, title TEXT, issuer TEXT, published TEXT, effective TEXT,"
    " url TEXT, note TEXT, layer TEXT)",
    sources_count,
    sources_column,
    1,
    aSourceLookup,
};

int shebao_register_policy_tables(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return policy_view_register(db, conn, &sourcesView, pzErrMsg);
}
