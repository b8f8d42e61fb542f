/*
** What the error for an unknown relation says after the value: the terms that begin with it, or where the
** accepted codes and terms are listed.
**
**   '外祖'     did you mean 外祖父 63, 外祖母 64?
**   '51.5'    a relation is a two-digit code of shebao_relations or a term of shebao_relation_terms
**   '火星人'   no code, name or term of shebao_relations or shebao_relation_terms
**
** Only errors come here, never a lookup: scanning the terms (a few hundred) costs microseconds.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "relations/relations.h"
#include "util/text.h"
#include <string.h>

#define HINT_TERMS_MAX 5 /* terms that begin with the text, shown */

/* The text of term i as the data writes it: a code's standard name, or a term. */
static const char *term_text(const RelationIndex *ri, int i) {
  const RelationTerm *t = &ri->aTerm[i];
  return i < ri->nCode ? t->zName : POLICY_CELL(t->pRow, TERM_TERM);
}

/* Up to HINT_TERMS_MAX terms that begin with key[0..n) (two bytes or more) and are longer, each with its
** code; 0 if there are none. */
static int hint_beginning(const RelationIndex *ri, const char *key, int n, sqlite3_str *s) {
  int i, shown = 0, more = 0;
  if (n < 2) return 0;
  for (i = 0; i < ri->nTerm; i++) {
    const RelationTerm *t = &ri->aTerm[i];
    const char *zTerm = term_text(ri, i);
    char termKey[TEXT_KEY_MAX];
    int len = zTerm ? text_normalize(zTerm, (int)strlen(zTerm), termKey) : -1;
    if (len <= n || memcmp(termKey, key, (size_t)n) != 0) continue;
    if (shown == HINT_TERMS_MAX) {
      more = 1;
      break;
    }
    sqlite3_str_appendf(s, "%s%s%s%s", shown ? ", " : "did you mean ", zTerm, t->zCode ? " " : "",
                        t->zCode ? t->zCode : "");
    shown++;
  }
  if (shown) sqlite3_str_appendf(s, "%s?", more ? ", ..." : "");
  return shown > 0;
}

int relation_unknown_error(const RelationIndex *ri, const char *zFunc, const char *zParam, const char *z,
                           int n, char **pzErr) {
  char zQuoted[TEXT_QUOTE_SIZE], key[TEXT_KEY_MAX];
  sqlite3_str *s = sqlite3_str_new(0);
  int len = text_normalize(z, n, key), rc;
  char *zHint;
  if (len > 0 && hint_beginning(ri, key, len, s)) {
    /* said */
  } else if (len > 0 && strspn(key, "0123456789.-+e") == (size_t)len) {
    sqlite3_str_appendall(s, "a relation is a two-digit code of shebao_relations or a term of "
                             "shebao_relation_terms");
  } else {
    sqlite3_str_appendall(s, "no code, name or term of shebao_relations or shebao_relation_terms");
  }
  zHint = sqlite3_str_finish(s);
  if (zHint == 0) return SQLITE_NOMEM;
  text_quote(zQuoted, sizeof(zQuoted), z, n);
  rc = shebao_errorf(pzErr, "%s(): unknown relation %s (%s): %s", zFunc, zQuoted, zParam, zHint);
  sqlite3_free(zHint);
  return rc;
}
