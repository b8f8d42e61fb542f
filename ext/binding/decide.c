/*
** The decision behind binding_ok() and explain_binding(): every check of binding/binding.h, in order, then the
** answer: 0 if one check found the request impossible, else NULL if one could not decide, else 1.
**
**   binding_ok(<a man born 1980>, <a man born 1955>, '母亲', '2025-03-01')   -> 0 (a mother is a woman)
**   binding_ok(<a woman born 1980>, <a man born 1955>, '继父', '2025-03-01')  -> NULL (support not shown)
**
** The order of birth and the marriage age compare the dates in the numbers: the same date is allowed for
** siblings (twins), never for a parent and a child; an age is in whole years (02-29 turns over on 03-01).
*/
#include "binding/binding.h"
SQLITE_EXTENSION_INIT3
#include "policy/parameters.h"
#include "util/text.h"
#include <string.h>

static Tri check_tri(CheckOutcome c) {
  return c == CHECK_FAIL ? TRI_NO : c == CHECK_UNDECIDED ? TRI_UNKNOWN : TRI_YES;
}

static void check_people(const BindingArgs *a, BindingDecision *d) {
  int valid = a->payer.valid && a->relative.valid;
  d->aCheck[BC_PAYER_ID] = a->payer.valid ? CHECK_PASS : CHECK_FAIL;
  d->aCheck[BC_RELATIVE_ID] = a->relative.valid ? CHECK_PASS : CHECK_FAIL;
  d->aCheck[BC_SAME_PERSON] = !valid                                                         ? CHECK_SKIPPED
                              : strcmp(a->payer.card.zNumber, a->relative.card.zNumber) == 0 ? CHECK_FAIL
                                                                                             : CHECK_PASS;
}

static CheckOutcome sex_check(const BindingArgs *a, const BindingTraits *tr) {
  char sex = a->relative.card.sex;
  if (tr->sex == 0 && !tr->isSpouse) return CHECK_NONE;
  if (tr->sex && tr->sex != sex) return CHECK_FAIL;
  if (tr->isSpouse && sex == a->payer.card.sex) return CHECK_FAIL;
  return CHECK_PASS;
}

static int order_holds(BirthOrder o, int relative, int payer) {
  switch (o) {
  case ORDER_BEFORE:
    return relative < payer;
  case ORDER_AFTER:
    return relative > payer;
  case ORDER_NOT_AFTER:
    return relative <= payer;
  case ORDER_NOT_BEFORE:
    return relative >= payer;
  default:
    return 1;
  }
}

/* Impossible only if every reading is: 养子或继子 born before the payer may still be a step-child. */
static CheckOutcome order_check(const BindingArgs *a, BindingDecision *d) {
  const BindingTraits *tr = &d->traits;
  int i, nConstrained = 0, nViolated = 0;
  for (i = 0; i < tr->nReading; i++) {
    d->aOrderOk[i] = order_holds(tr->aOrder[i], a->relative.card.birthDay, a->payer.card.birthDay);
    nConstrained += tr->aOrder[i] != ORDER_NONE;
    nViolated += !d->aOrderOk[i];
  }
  if (nConstrained == 0) return CHECK_NONE;
  if (nViolated == tr->nReading) return CHECK_FAIL;
  return nViolated ? CHECK_PARTLY : CHECK_PASS;
}

/* The least age at marriage for a sex on day: *pMin and its row, or no row (no rule in the data then). */
static int min_age(const PolicyIndex *p, const char *zFunc, char sex, int day, int *pMin,
                   const PolicyRow **ppRow, char **pzErr) {
  const char *zName = sex == 'M' ? "marriage_min_age_male" : "marriage_min_age_female", *z;
  int rc = binding_parameter(p, zFunc, zName, "years", day, ppRow, pzErr);
  if (rc != SQLITE_OK || *ppRow == 0) return rc;
  z = POLICY_CELL(*ppRow, PARAM_VALUE);
  if (!text_all_digits(z, (int)strlen(z), 2, pMin)) {
    return shebao_policy_error(shebao_errorf(
        pzErr, "%s(): policy parameter '%s' (%s layer row %lld) is not a whole number of years: %Q", zFunc,
        zName, policy_layer_names[(*ppRow)->layer], (*ppRow)->rowid, z));
  }
  return SQLITE_OK;
}

/* Both spouses of marriage age on the date, each by the minimum of their sex. */
static int marriage_check(const PolicyIndex *p, const char *zFunc, const BindingArgs *a, BindingDecision *d,
                          char **pzErr) {
  int day = a->share.day, rc;
  rc = min_age(p, zFunc, a->payer.card.sex, day, &d->payerMin, &d->pPayerMinRow, pzErr);
  if (rc == SQLITE_OK)
    rc = min_age(p, zFunc, a->relative.card.sex, day, &d->relativeMin, &d->pRelativeMinRow, pzErr);
  if (rc != SQLITE_OK) return rc;
  d->payerAge = idcard_age(a->payer.card.birthDay, day); /* -1: not born yet */
  d->relativeAge = idcard_age(a->relative.card.birthDay, day);
  if (d->pPayerMinRow == 0 || d->pRelativeMinRow == 0) {
    d->aCheck[BC_MARRIAGE_AGE] = CHECK_UNDECIDED;
  } else {
    d->aCheck[BC_MARRIAGE_AGE] =
        d->payerAge < d->payerMin || d->relativeAge < d->relativeMin ? CHECK_FAIL : CHECK_PASS;
  }
  return SQLITE_OK;
}

/* What the numbers can be checked against: skipped where a number is not valid. */
static int check_numbers(const PolicyIndex *p, const char *zFunc, const BindingArgs *a, BindingDecision *d,
                         char **pzErr) {
  int valid = a->payer.valid && a->relative.valid;
  d->aCheck[BC_SEX] = valid ? sex_check(a, &d->traits) : CHECK_SKIPPED;
  d->aCheck[BC_BIRTH_ORDER] = valid ? order_check(a, d) : CHECK_SKIPPED;
  d->aCheck[BC_MARRIAGE_AGE] = !d->traits.isSpouse ? CHECK_NONE : CHECK_SKIPPED;
  return valid && d->traits.isSpouse ? marriage_check(p, zFunc, a, d, pzErr) : SQLITE_OK;
}

static void conclude(BindingDecision *d) {
  int k, iUndecided = -1;
  d->result = TRI_YES;
  d->iDecisive = -1;
  for (k = 0; k < BC_COUNT; k++) {
    Tri t = check_tri(d->aCheck[k]);
    if (t == TRI_NO && d->iDecisive < 0) d->iDecisive = k;
    if (t == TRI_UNKNOWN && iUndecided < 0) iUndecided = k;
    d->result = t == TRI_NO || d->result == TRI_NO ? TRI_NO : t == TRI_UNKNOWN ? TRI_UNKNOWN : d->result;
  }
  if (d->iDecisive < 0) d->iDecisive = iUndecided;
}

int binding_decide(const PolicyIndex *p, const char *zFunc, const BindingArgs *a, BindingDecision *d,
                   char **pzErr) {
  int rc;
  memset(d, 0, sizeof(*d));
  check_people(a, d);
  rc = binding_traits_memo(p, zFunc, a->share.pTerm, a->share.day, &d->traits, pzErr);
  if (rc == SQLITE_OK) {
    d->aCheck[BC_RELATION] = d->traits.isSelf ? CHECK_FAIL : CHECK_PASS;
    rc = check_numbers(p, zFunc, a, d, pzErr);
  }
  if (rc == SQLITE_OK) rc = sharing_decide(p, zFunc, &a->share, &d->share, pzErr);
  if (rc != SQLITE_OK) return rc;
  d->aCheck[BC_MUTUAL_AID] = d->share.result == TRI_YES  ? CHECK_PASS
                             : d->share.result == TRI_NO ? CHECK_FAIL
                                                         : CHECK_UNDECIDED;
  conclude(d);
  return SQLITE_OK;
}
