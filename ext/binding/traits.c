/*
** What a relation implies about the relative, as the two identity numbers can check it, read from the kin path
** of each reading of the relation (relations/kinship.h):
**
**   sex            the letter of the last step: f father, b son, h husband a man; m, g, w a woman ('fm' 祖母,
**                  'pb+w' 嫂 are women). Where a reading's path says no sex ('C' a step-child, 'pp' of code 60,
**                  'pc' of the English 'sister'), the policy parameters relation_female and relation_male may:
**                  lists of codes and terms ('58 grandmother sister'; a term not listed takes its code's listing)
**   spouse         every reading is one spouse step (s, h, w): of the other sex (a man and a woman, Civil Code
**                  art. 1049), of marriage age
**   order of birth parents and grandparents (only p, f, m steps) are born before the payer, children and
**                  grandchildren (only c, b, g) after; a sibling older than the payer ('pb+', 兄) not after, a
**                  younger one ('pg-', 妹) not before; a step or in-law path implies no order
**   self           every reading is the empty path: the payer themself
*/
#include "binding/binding.h"
SQLITE_EXTENSION_INIT3
#include "policy/parameters.h"
#include "util/date.h"
#include <string.h>

#define UNIT_RELATIONS "relations"

int binding_parameter(const PolicyIndex *p, const char *zFunc, const char *zName, const char *zUnit, int day,
                      const PolicyRow **ppRow, char **pzErr) {
  static const char *const azNational[] = {NATIONAL_CODE};
  const PolicyRow *row = policy_parameter(p, zName, azNational, 1, day);
  const char *z = row ? POLICY_CELL(row, PARAM_UNIT) : 0;
  *ppRow = row;
  if (row && (z == 0 || strcmp(z, zUnit) != 0)) {
    return shebao_policy_error(
        shebao_errorf(pzErr, "%s(): policy parameter '%s' (%s layer row %lld) has unit %Q, not '%s'", zFunc,
                      zName, policy_layer_names[row->layer], row->rowid, z, zUnit));
  }
  return SQLITE_OK;
}

/* Narrows the days on which the traits hold to those of a parameter row read (none: not known beyond day). */
static void narrow(BindingTraits *tr, const PolicyRow *row) {
  int from, to;
  if (row == 0 || !date_parse_or(POLICY_CELL(row, PARAM_VALID_FROM), &from, DAY_MIN) ||
      !date_parse_or(POLICY_CELL(row, PARAM_VALID_TO), &to, DAY_MAX)) {
    tr->validFrom = DAY_MAX;
    tr->validTo = DAY_MIN;
    return;
  }
  if (from > tr->validFrom) tr->validFrom = from;
  if (to < tr->validTo) tr->validTo = to;
}

/* The term's own text when it is a term (not a code or a standard name), else NULL. */
static const char *term_text(const RelationIndex *ri, const RelationTerm *t) {
  if (t->iCode >= 0 && ri->aCode[t->iCode].pRow == t->pRow) return 0;
  return POLICY_CELL(t->pRow, TERM_TERM);
}

/* Is z (n bytes) a token of the space-separated list zList? strstr, then a look at both ends of the match. */
static int token_in(const char *zList, const char *z, size_t n) {
  const char *m = zList;
  while (n > 0 && (m = strstr(m, z)) != 0) {
    if ((m == zList || m[-1] == ' ') && (m[n] == ' ' || m[n] == 0)) return 1;
    m++;
  }
  return 0;
}

static int list_names(const char *zList, const char *zTerm, const char *zCode) {
  return (zTerm && token_in(zList, zTerm, strlen(zTerm))) || (zCode && token_in(zList, zCode, strlen(zCode)));
}

/* The parameter rows of two lists; a term listed wins over its code (so that 'grandmother', whose code 60 is
** either sex, can be listed). *pk: which list names the relation (0 or 1), with *ppRow its row; -1 if none. */
static int which_list(const PolicyIndex *p, const char *zFunc, const char *const azName[2],
                      const RelationTerm *t, int day, int *pk, BindingTraits *tr, const PolicyRow **ppRow,
                      char **pzErr) {
  const PolicyRow *aRow[2];
  const char *zTerm = term_text(p->pRelations, t);
  int k, byTerm, rc = SQLITE_OK;
  *pk = -1;
  *ppRow = 0;
  for (k = 0; k < 2 && rc == SQLITE_OK; k++) {
    rc = binding_parameter(p, zFunc, azName[k], UNIT_RELATIONS, day, &aRow[k], pzErr);
    if (rc == SQLITE_OK) narrow(tr, aRow[k]);
  }
  for (byTerm = 1; rc == SQLITE_OK && byTerm >= 0 && *pk < 0; byTerm--) {
    for (k = 0; k < 2 && *pk < 0; k++) {
      if (aRow[k] &&
          list_names(POLICY_CELL(aRow[k], PARAM_VALUE), byTerm ? zTerm : 0, byTerm ? 0 : t->zCode)) {
        *pk = k;
        *ppRow = aRow[k];
      }
    }
  }
  return rc;
}

/* The sex the relation implies where its kin paths do not: the lists relation_female and relation_male. */
static int listed_sex(const PolicyIndex *p, const char *zFunc, const RelationTerm *t, int day,
                      BindingTraits *tr, char **pzErr) {
  static const char *const azList[2] = {"relation_female", "relation_male"};
  int k, rc = which_list(p, zFunc, azList, t, day, &k, tr, &tr->pSexRow, pzErr);
  tr->sex = k == 0 ? 'F' : k == 1 ? 'M' : 0;
  return rc;
}

static int is_parent(char c) {
  return c == 'p' || c == 'f' || c == 'm';
}
static int is_child(char c) {
  return c == 'c' || c == 'b' || c == 'g';
}
static int is_spouse(char c) {
  return c == 's' || c == 'h' || c == 'w';
}

/* The sex the last step of a path says: 'M', 'F', or 0 (p, c, s, P, C say none). */
static char path_sex(const char *z, int n) {
  while (n > 0 && (z[n - 1] == '+' || z[n - 1] == '-'))
    n--;
  if (n == 0) return 0;
  return strchr("fbh", z[n - 1]) ? 'M' : strchr("mgw", z[n - 1]) ? 'F' : 0;
}

/* The order of birth a path implies. */
static BirthOrder path_order(const char *z, int n) {
  int i, parents = n > 0, children = n > 0;
  for (i = 0; i < n; i++) {
    parents &= is_parent(z[i]);
    children &= is_child(z[i]);
  }
  if (parents) return ORDER_BEFORE;
  if (children) return ORDER_AFTER;
  if (n == 3 && is_parent(z[0]) && is_child(z[1])) return z[2] == '+' ? ORDER_NOT_AFTER : ORDER_NOT_BEFORE;
  return ORDER_NONE; /* a sibling of no stated seniority, a step or in-law relation, ... */
}

int binding_traits(const PolicyIndex *p, const char *zFunc, const RelationTerm *t, int day, BindingTraits *tr,
                   char **pzErr) {
  const char *z = t->zKinPath;
  int nSpouse = 0, nSelf = 0, nSexed = 0;
  char sex = 0;
  memset(tr, 0, sizeof(*tr));
  tr->validFrom = DAY_MIN;
  tr->validTo = DAY_MAX;
  while (z && tr->nReading < SHARE_MAX_READINGS) {
    const char *e = strchr(z, '|');
    int n = e ? (int)(e - z) : (int)strlen(z);
    char s = path_sex(z, n);
    nSexed += s != 0 && (sex == 0 || s == sex);
    if (s) sex = s;
    nSpouse += n == 1 && is_spouse(z[0]);
    nSelf += n == 0;
    tr->aOrder[tr->nReading++] = path_order(z, n);
    z = e ? e + 1 : 0;
  }
  tr->isSpouse = tr->nReading > 0 && nSpouse == tr->nReading;
  tr->isSelf = tr->nReading > 0 && nSelf == tr->nReading;
  if (nSexed == tr->nReading && tr->nReading > 0) {
    tr->sex = sex; /* every reading says it, alike */
    return SQLITE_OK;
  }
  return listed_sex(p, zFunc, t, day, tr, pzErr);
}
