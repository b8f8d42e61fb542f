/*
** next_cert_deadline and cert_status: pension certification deadlines as SQL functions.
**
**   SELECT next_cert_deadline('2024-03-15');                   -- '2025-03-31' (month_end_12, the default)
**   SELECT next_cert_deadline('2024-02-29', 'anniversary');    -- '2025-02-28'
**   SELECT next_cert_deadline('2024-03-15', '福建省:resident'); -- '2025-03-14' (days_365, from the policy)
**   SELECT name FROM pensioners WHERE cert_status(last_cert, '2025-03-20', region) = 'due';
**
** Both are deterministic: they take every date they need, so they work in views, generated columns and
** indexes. cert_status is 'ok' up to the reminder window, 'due' in the last cert_reminder_days days up to and
** including the deadline, 'overdue' after it.
**
** HOW IT WORKS: CACHING
** Resolving rule_or_region builds the timelines of its rules (cert.c): a few microseconds. So each resolution
*is
** built once per policy index, on first use, and kept in the index (a policy change replaces the index, and
** the cache goes with it): one per rule, one per (region, scheme). A call only identifies what its argument
** names (cert_identify: a region lookup, no allocation) and finds the resolution. A resolution seen twice
** running is probably a constant argument: it is also given to SQLite as auxiliary data
** (sqlite3_set_auxdata, holding a reference to the index), which spares later calls even the lookup. SQLite
** frees the auxiliary data of an argument that is not constant after each call; a resolution whose auxiliary
** data was lost so is not given any again, so no call allocates after the first few.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "cert/cert.h"
#include "util/date.h"
#include "regions/regions.h"
#include <string.h>

#define FN_DEADLINE "next_cert_deadline"
#define FN_STATUS "cert_status"
#define ERR_MAX 640

enum { AUX_NONE, AUX_SEEN, AUX_GIVEN, AUX_USELESS };

/* The auxiliary data of a constant rule_or_region: a resolution and a reference to the index it belongs to.
 */
typedef struct CertSite {
  PolicyIndex *pIndex;
  CertChoice choice;
} CertSite;

static void site_free(void *pv) {
  CertSite *site = (CertSite *)pv;
  policy_index_unref(site->pIndex);
  sqlite3_free(site);
}

static void offer_auxdata(sqlite3_context *ctx, int iArg, PolicyIndex *p, CertCached *cached) {
  CertSite *site;
  if (cached->auxState == AUX_USELESS) return;
  if (cached->auxState == AUX_NONE) {
    cached->auxState = AUX_SEEN;
    return;
  }
  if (cached->auxState == AUX_GIVEN) {
    cached->auxState = AUX_USELESS; /* given before and lost: not a constant, or another call site */
    return;
  }
  cached->auxState = AUX_GIVEN;
  site = sqlite3_malloc64(sizeof(*site));
  if (site == 0) return; /* the cache still answers */
  site->pIndex = p;
  policy_index_ref(p);
  site->choice = cached->choice;
  sqlite3_set_auxdata(ctx, iArg, site, site_free); /* on failure SQLite frees it at once */
}

/* Sets the error of a failed cert_resolve() on ctx; returns 1 if there was one. */
static int resolve_error(sqlite3_context *ctx, int rc, const char *zErr) {
  if (rc == SQLITE_OK) return 0;
  if (rc == SQLITE_NOMEM)
    sqlite3_result_error_nomem(ctx);
  else
    sqlite3_result_error(ctx, zErr, -1);
  return 1;
}

/* The cached resolution of a key, built on first use; NULL when out of memory. */
static CertCached *cached_choice(PolicyIndex *p, const CertKey *k) {
  CertIndex *ci = p->pCert;
  int nSlot = CERT_ALGORITHM_COUNT + (region_count(p->pRegions) + 1) * 3, i;
  CertCached **pp;
  if (ci->apCached == 0) {
    ci->apCached = arena_alloc(&p->arena, sizeof(CertCached *) * (size_t)nSlot);
    if (ci->apCached == 0) return 0;
  }
  i = k->kind == CERT_BY_RULE ? (int)k->algorithm
                              : CERT_ALGORITHM_COUNT + (k->iRegion + 1) * 3 + (int)k->scheme;
  pp = &ci->apCached[i];
  if (*pp == 0) {
    CertCached *c = arena_alloc(&p->arena, sizeof(CertCached));
    if (c == 0) return 0;
    cert_choice_for(p, k, &c->choice);
    *pp = c;
  }
  return *pp;
}

/* The rule_or_region argument argv[iArg], or the national scope when the function was called without it.
** ARG_OK with *ppChoice (and the argument's text for messages), ARG_NULL, or ARG_ERROR with the error set.
** *ppChoice may point into pScratch, the memo or the auxiliary data: valid for this call. */
static ArgStatus choice_arg(sqlite3_context *ctx, const char *zFunc, int argc, sqlite3_value **argv, int iArg,
                            CertChoice *pScratch, const CertChoice **ppChoice, const char **pz, int *pn) {
  PolicyIndex *p = shebao_decision_policy(ctx, zFunc, DEPS_CERT);
  CertIndex *ci;
  CertSite *site;
  CertCached *cached;
  CertKey key;
  char zErr[ERR_MAX];
  ArgStatus st;
  if (p == 0) return ARG_ERROR;
  ci = p->pCert;
  if (iArg >= argc) {
    *ppChoice = &ci->national;
    *pz = NATIONAL_CODE;
    *pn = 6;
    return ARG_OK;
  }
  st = shebao_arg_text(ctx, zFunc, "rule_or_region", argv[iArg], pz, pn);
  if (st != ARG_OK) return st;
  site = (CertSite *)sqlite3_get_auxdata(ctx, iArg);
  if (site && site->pIndex == p) {
    *ppChoice = &site->choice;
    return ARG_OK;
  }
  if (cert_identify(p, *pz, *pn, &key) != SQLITE_OK) {
    /* Names nothing usable: the full resolution says why. */
    if (resolve_error(ctx, cert_resolve(p, zFunc, *pz, *pn, pScratch, zErr, sizeof(zErr)), zErr))
      return ARG_ERROR;
    *ppChoice = pScratch;
    return ARG_OK;
  }
  cached = cached_choice(p, &key);
  if (cached == 0) {
    cert_choice_for(p, &key, pScratch); /* out of memory: resolve without caching */
    *ppChoice = pScratch;
    return ARG_OK;
  }
  offer_auxdata(ctx, iArg, p, cached);
  *ppChoice = &cached->choice;
  return ARG_OK;
}

/* The deadline for last_cert under the choice; 0, or -1 with the error set. A deadline after 9999-12-31 is an
** error only where it is the answer (next_cert_deadline). */
static int deadline_for(sqlite3_context *ctx, const char *zFunc, const CertChoice *c, int lastCert,
                        const char *z, int n, int *pDeadline, int *pBeyond) {
  char zErr[ERR_MAX];
  CertAlgorithm a;
  if (cert_rule_on(shebao_policy_again(ctx), c, lastCert, zFunc, z, n, &a, zErr, sizeof(zErr)) != SQLITE_OK) {
    sqlite3_result_error(ctx, zErr, -1);
    return -1;
  }
  *pBeyond = cert_deadline(a, lastCert, pDeadline) != 0;
  return 0;
}

/* next_cert_deadline(last_cert [, rule_or_region]) -> the last day to certify again. */
static void next_cert_deadline_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  CertChoice scratch;
  const CertChoice *c;
  const char *z;
  int n, lastCert, deadline, beyond;
  char zDate[DATE_TEXT_LEN + 1];
  if (shebao_null_args(argc, argv)) return;
  if (shebao_arg_date(ctx, FN_DEADLINE, "last_cert", argv[0], &lastCert) != ARG_OK) return;
  if (choice_arg(ctx, FN_DEADLINE, argc, argv, 1, &scratch, &c, &z, &n) != ARG_OK) return;
  if (deadline_for(ctx, FN_DEADLINE, c, lastCert, z, n, &deadline, &beyond)) return;
  if (beyond) {
    shebao_error_value(ctx, FN_DEADLINE, "deadline after 9999-12-31 for", "last_cert",
                       (const char *)sqlite3_value_text(argv[0]), sqlite3_value_bytes(argv[0]));
    return;
  }
  date_format(deadline, zDate);
  sqlite3_result_text(ctx, zDate, DATE_TEXT_LEN, SQLITE_TRANSIENT);
}

/* cert_status(last_cert, on_date [, rule_or_region]) -> 'ok', 'due' or 'overdue' on on_date. */
static void cert_status_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  CertChoice scratch;
  const CertChoice *c;
  const char *z;
  int n, lastCert, onDate, deadline, beyond, window;
  char zErr[ERR_MAX];
  if (shebao_null_args(argc, argv)) return;
  if (shebao_arg_date(ctx, FN_STATUS, "last_cert", argv[0], &lastCert) != ARG_OK) return;
  if (shebao_arg_date(ctx, FN_STATUS, "on_date", argv[1], &onDate) != ARG_OK) return;
  if (onDate < lastCert) {
    char zOn[256], zLast[256];
    shebao_quote(zOn, sizeof(zOn), (const char *)sqlite3_value_text(argv[1]), sqlite3_value_bytes(argv[1]));
    shebao_quote(zLast, sizeof(zLast), (const char *)sqlite3_value_text(argv[0]),
                 sqlite3_value_bytes(argv[0]));
    shebao_error(ctx, "%s(): on_date %s is before last_cert %s", FN_STATUS, zOn, zLast);
    return;
  }
  if (choice_arg(ctx, FN_STATUS, argc, argv, 2, &scratch, &c, &z, &n) != ARG_OK) return;
  if (deadline_for(ctx, FN_STATUS, c, lastCert, z, n, &deadline, &beyond)) return;
  if (cert_reminder_on(shebao_policy_again(ctx), c, onDate, FN_STATUS, &window, 0, zErr, sizeof(zErr)) !=
      SQLITE_OK) {
    sqlite3_result_error(ctx, zErr, -1);
    return;
  }
  /* 'due' in the last `window` days up to and including the deadline: deadline - window < on_date <=
   * deadline. */
  if (onDate > deadline)
    sqlite3_result_text(ctx, "overdue", 7, SQLITE_STATIC);
  else if (onDate > deadline - window)
    sqlite3_result_text(ctx, "due", 3, SQLITE_STATIC);
  else
    sqlite3_result_text(ctx, "ok", 2, SQLITE_STATIC);
}

static const ShebaoFunction aCertFunction[] = {
    {FN_DEADLINE, 1, SHEBAO_PURE, next_cert_deadline_func},
    {FN_DEADLINE, 2, SHEBAO_PURE, next_cert_deadline_func},
    {FN_STATUS, 2, SHEBAO_PURE, cert_status_func},
    {FN_STATUS, 3, SHEBAO_PURE, cert_status_func},
};

int shebao_register_cert(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return shebao_register_functions(db, conn, aCertFunction,
                                   (int)(sizeof(aCertFunction) / sizeof(aCertFunction[0])), pzErrMsg);
}
