/*
** What a relation implies about the relative, as the two identity numbers can check it.
**
**   sex            policy parameters relation_female and relation_male: lists of GB/T 4761 codes and terms
**                  ('52 62 64 ... grandmother sister'); a term not listed takes its code's sex (妈妈 -> 52)
**   spouse         every reading of the relation is the kin path 's': of the other sex (a man and a woman,
**                  Civil Code art. 1049), of marriage age
**   order of birth from the kin path of each reading: only parents ('p', 'pp', ...) are born before, only
**                  children ('c', 'cc', ...) after; siblings ('pc') by relation_elder_sibling and
**                  relation_younger_sibling; a step or in-law path implies no order
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
    return shebao_errorf(pzErr, "%s(): policy parameter '%s' (%s layer row %lld) has unit %Q, not '%s'",
                         zFunc, zName, policy_layer_names[row->layer], row->rowid, z, zUnit);
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

/* The sex the relation implies. */
static int implied_sex(const PolicyIndex *p, const char *zFunc, const RelationTerm *t, int day,
                       BindingTraits *tr, char **pzErr) {
  static const char *const azList[2] = {"relation_female", "relation_male"};
  int k, rc = which_list(p, zFunc, azList, t, day, &k, tr, &tr->pSexRow, pzErr);
  tr->sex = k == 0 ? 'F' : k == 1 ? 'M' : 0;
  return rc;
}

static int all_of(const char *z, int n, char c) {
  int i;
  for (i = 0; i < n; i++) {
    if (z[i] != c) return 0;
  }
  return n > 0;
}

/* The order of birth one reading (kin path z[0..n)) implies. */
static int reading_order(const PolicyIndex *p, const char *zFunc, const RelationTerm *t, int day,
                         const char *z, int n, BindingTraits *tr, BirthOrder *pOrder, char **pzErr) {
  static const char *const azList[2] = {"relation_elder_sibling", "relation_younger_sibling"};
  const PolicyRow *row;
  int k, rc;
  *pOrder = all_of(z, n, 'p') ? ORDER_BEFORE : all_of(z, n, 'c') ? ORDER_AFTER : ORDER_NONE;
  if (n != 2 || memcmp(z, "pc", 2) != 0) return SQLITE_OK;
  rc = which_list(p, zFunc, azList, t, day, &k, tr, &row, pzErr);
  if (k >= 0) {
    *pOrder = k == 0 ? ORDER_NOT_AFTER : ORDER_NOT_BEFORE;
    tr->pOrderRow = row;
  }
  return rc;
}

int binding_traits(const PolicyIndex *p, const char *zFunc, const RelationTerm *t, int day, BindingTraits *tr,
                   char **pzErr) {
  const char *z = t->zKinPath;
  int rc, nSpouse = 0, nSelf = 0;
  memset(tr, 0, sizeof(*tr));
  tr->validFrom = DAY_MIN;
  tr->validTo = DAY_MAX;
  rc = implied_sex(p, zFunc, t, day, tr, pzErr);
  while (rc == SQLITE_OK && z && tr->nReading < SHARE_MAX_READINGS) {
    const char *e = strchr(z, '|');
    int n = e ? (int)(e - z) : (int)strlen(z);
    nSpouse += n == 1 && z[0] == 's';
    nSelf += n == 0;
    rc = reading_order(p, zFunc, t, day, z, n, tr, &tr->aOrder[tr->nReading++], pzErr);
    z = e ? e + 1 : 0;
  }
  tr->isSpouse = tr->nReading > 0 && nSpouse == tr->nReading;
  tr->isSelf = tr->nReading > 0 && nSelf == tr->nReading;
  return rc;
}
