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
** Resolving rule_or_region builds the timelines of its rules (cert/index.c): a few microseconds. So each
** resolution is built once per policy index, on first use, and kept in the index (a policy change replaces
** the index, and the cache goes with it): one per rule, one per (region, scheme). A call only identifies what
** its argument names (cert_identify: a region lookup, no allocation) and finds the resolution. A resolution
** seen twice running is probably a constant argument: it is also given to SQLite as auxiliary data
** (sqlite3_set_auxdata, holding a reference to the index), which spares later calls even the lookup. SQLite
** frees the auxiliary data of an argument that is not constant after each call; a resolution whose auxiliary
** data was lost so is not given any again, so no call allocates after the first few.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "cert/cert.h"
#include "regions/regions.h"
#include "util/date.h"
#include "util/text.h"
#include <string.h>

#define FN_DEADLINE "next_cert_deadline"
#define FN_STATUS "cert_status"

enum { AUX_NONE, AUX_SEEN, AUX_GIVEN, AUX_USELESS };

/* The auxiliary data of a constant rule_or_region: a resolution and a reference to the index it
** belongs to. */
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

/* The cached resolution of a key, built on first use; NULL when out of memory. */
static CertCached *cached_choice(PolicyIndex *p, const CertKey *k) {
  CertIndex *ci = p->pCert;
  int nRule = cert_rule_count(p), nSlot = nRule + (region_count(p->pRegions) + 1) * CERT_SCHEME_COUNT, i;
  CertCached **pp;
  if (ci->apCached == 0) {
    ci->apCached = arena_alloc(&p->arena, sizeof(CertCached *) * (size_t)nSlot);
    if (ci->apCached == 0) return 0;
  }
  i = k->kind == CERT_BY_RULE ? k->iRule : nRule + (k->iRegion + 1) * CERT_SCHEME_COUNT + (int)k->scheme;
  pp = &ci->apCached[i];
  if (*pp == 0) {
    CertCached *c = arena_alloc(&p->arena, sizeof(CertCached));
    if (c == 0) return 0;
    cert_choice_for(p, k, &c->choice);
    *pp = c;
  }
  return *pp;
}

/* A REAL without a fraction is the code it equals, as everywhere (docs/conventions.md, numbers as codes):
** 610100.0 is '610100'. 1 if v is one (a->z set), else 0. The range is checked before the conversion. */
static int real_code(sqlite3_value *v, CertArg *a) {
  double r;
  if (sqlite3_value_type(v) != SQLITE_FLOAT) return 0;
  r = sqlite3_value_double(v);
  if (!(r >= 0 && r <= 999999) || r != (double)(int)r) return 0;
  sqlite3_snprintf(sizeof(a->zNumber), a->zNumber, "%d", (int)r);
  a->z = a->zNumber;
  a->n = (int)strlen(a->zNumber);
  return 1;
}

int cert_arg(PolicyIndex *p, const char *zFunc, sqlite3_value *v, CertArg *a, char **pzErr) {
  CertKey key;
  int rc;
  a->pCached = 0;
  if (v == 0) {
    a->pChoice = &p->pCert->national;
    a->z = NATIONAL_CODE;
    a->n = 6;
    return SQLITE_OK;
  }
  rc = real_code(v, a) ? SQLITE_OK : shebao_arg_text(zFunc, "rule_or_region", v, &a->z, &a->n, pzErr);
  if (rc != SQLITE_OK) return rc;
  a->pChoice = &a->scratch;
  /* Names nothing usable: the full resolution says why. */
  if (cert_identify(p, a->z, a->n, &key) != SQLITE_OK)
    return cert_resolve(p, zFunc, a->z, a->n, &a->scratch, pzErr);
  a->pCached = cached_choice(p, &key);
  if (a->pCached) {
    a->pChoice = &a->pCached->choice;
  } else {
    cert_choice_for(p, &key, &a->scratch); /* out of memory: resolve without caching */
  }
  return SQLITE_OK;
}

/* The rule_or_region argument argv[iArg] of an SQL function, or the national scope when the function was
** called without it: through the auxiliary data of a constant argument, else cert_arg. */
static int function_cert_arg(sqlite3_context *ctx, PolicyIndex *p, const char *zFunc, int argc,
                             sqlite3_value **argv, int iArg, CertArg *a, char **pzErr) {
  CertSite *site = iArg < argc ? (CertSite *)sqlite3_get_auxdata(ctx, iArg) : 0;
  int rc;
  if (site && site->pIndex == p) {
    rc = shebao_arg_text(zFunc, "rule_or_region", argv[iArg], &a->z, &a->n, pzErr);
    a->pChoice = &site->choice;
    return rc;
  }
  rc = cert_arg(p, zFunc, iArg < argc ? argv[iArg] : 0, a, pzErr);
  if (rc == SQLITE_OK && a->pCached) offer_auxdata(ctx, iArg, p, a->pCached);
  return rc;
}

/* next_cert_deadline(last_cert [, rule_or_region]) -> the last day to certify again. */
static void next_cert_deadline_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  PolicyIndex *p = 0;
  CertArg a;
  int iRule;
  char *zErr = 0, zDate[DATE_TEXT_LEN + 1];
  int lastCert, deadline, rc = shebao_null_args(argc, argv);
  if (rc == SQLITE_OK) rc = shebao_call_policy(ctx, &p, &zErr);
  if (rc == SQLITE_OK) rc = shebao_arg_date(FN_DEADLINE, "last_cert", argv[0], &lastCert, &zErr);
  if (rc == SQLITE_OK) rc = policy_usable(p, FN_DEADLINE, DEPS_CERT, &zErr);
  if (rc == SQLITE_OK) rc = function_cert_arg(ctx, p, FN_DEADLINE, argc, argv, 1, &a, &zErr);
  if (rc == SQLITE_OK) rc = cert_rule_on(p, a.pChoice, lastCert, FN_DEADLINE, a.z, a.n, &iRule, &zErr);
  /* A deadline after 9999-12-31 is an error where it is the answer. */
  if (rc == SQLITE_OK && cert_deadline(cert_rule(p, iRule), lastCert, &deadline) != 0) {
    rc = shebao_error_value(&zErr, FN_DEADLINE, "deadline after 9999-12-31 for", "last_cert",
                            (const char *)sqlite3_value_text(argv[0]), sqlite3_value_bytes(argv[0]));
  }
  if (rc == SQLITE_OK) {
    date_format(deadline, zDate);
    sqlite3_result_text(ctx, zDate, DATE_TEXT_LEN, SQLITE_TRANSIENT);
  }
  shebao_result_error(ctx, rc, zErr);
}

/* on_date before last_cert: no status can be had. */
static int status_order_error(sqlite3_value **argv, char **pzErr) {
  char zOn[TEXT_QUOTE_SIZE], zLast[TEXT_QUOTE_SIZE];
  text_quote(zOn, sizeof(zOn), (const char *)sqlite3_value_text(argv[1]), sqlite3_value_bytes(argv[1]));
  text_quote(zLast, sizeof(zLast), (const char *)sqlite3_value_text(argv[0]), sqlite3_value_bytes(argv[0]));
  return shebao_errorf(pzErr, "%s(): on_date %s is before last_cert %s", FN_STATUS, zOn, zLast);
}

/* 'due' in the last `window` days up to and including the deadline: deadline - window < on_date <=
** deadline. */
static const char *status_on(int onDate, int deadline, int window) {
  return onDate > deadline ? "overdue" : onDate > deadline - window ? "due" : "ok";
}

/* cert_status(last_cert, on_date [, rule_or_region]) -> 'ok', 'due' or 'overdue' on on_date. */
static void cert_status_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  PolicyIndex *p = 0;
  CertArg a;
  char *zErr = 0;
  int iRule, lastCert, onDate, deadline, window, rc = shebao_null_args(argc, argv);
  if (rc == SQLITE_OK) rc = shebao_call_policy(ctx, &p, &zErr);
  if (rc == SQLITE_OK) rc = shebao_arg_date(FN_STATUS, "last_cert", argv[0], &lastCert, &zErr);
  if (rc == SQLITE_OK) rc = shebao_arg_date(FN_STATUS, "on_date", argv[1], &onDate, &zErr);
  if (rc == SQLITE_OK && onDate < lastCert) rc = status_order_error(argv, &zErr);
  if (rc == SQLITE_OK) rc = policy_usable(p, FN_STATUS, DEPS_CERT, &zErr);
  if (rc == SQLITE_OK) rc = function_cert_arg(ctx, p, FN_STATUS, argc, argv, 2, &a, &zErr);
  if (rc == SQLITE_OK) rc = cert_rule_on(p, a.pChoice, lastCert, FN_STATUS, a.z, a.n, &iRule, &zErr);
  if (rc == SQLITE_OK) {
    cert_deadline(cert_rule(p, iRule), lastCert, &deadline); /* past 9999-12-31 still compares */
    rc = cert_reminder_on(p, a.pChoice, onDate, FN_STATUS, &window, 0, &zErr);
  }
  if (rc == SQLITE_OK) sqlite3_result_text(ctx, status_on(onDate, deadline, window), -1, SQLITE_STATIC);
  shebao_result_error(ctx, rc, zErr);
}

static const ShebaoFunction aCertFunction[] = {
    {FN_DEADLINE, 1, SHEBAO_POLICY, next_cert_deadline_func, 0},
    {FN_DEADLINE, 2, SHEBAO_POLICY, next_cert_deadline_func, 0},
    {FN_STATUS, 2, SHEBAO_POLICY, cert_status_func, 0},
    {FN_STATUS, 3, SHEBAO_POLICY, cert_status_func, 0},
};

int shebao_register_cert(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = shebao_register_functions(db, conn, aCertFunction, SHEBAO_COUNT(aCertFunction), pzErrMsg);
  if (rc == SQLITE_OK) rc = cert_register_views(db, conn, pzErrMsg);
  if (rc == SQLITE_OK) rc = cert_register_explain(db, conn, pzErrMsg);
  return rc;
}
