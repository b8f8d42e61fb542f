/*
** Certification: what a rule_or_region argument names, and the errors of the decisions that use it.
**
**   'anniversary'        a rule named directly (the reminder window is the national one)
**   '西安市', '610100'    a region: its rule is looked up under 610100, then 610000 (its province), then
**                        000000
**   '福建省:resident'     a region and a pension scheme ('employee' or 'resident'; ':' or '：')
**   (omitted), '000000'  the national scope
**
** Every message names the function and the argument: "next_cert_deadline(): unknown rule or region '火星市'
** (rule_or_region)".
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "cert/cert.h"
#include "regions/regions.h"
#include "util/date.h"
#include "util/text.h"
#include <string.h>

#define REMINDER_PARAMETER "cert_reminder_days"

/* The error for text that names no rule or region, with what is nearest to its region part zRegion[0..nRegion)
** (regions/messages.c) and, where a rule could have been meant, where the rules are listed. */
static int unknown_error(const PolicyIndex *p, char **pzErr, const char *zFunc, const char *zWhat,
                         const char *z, int n, const char *zRegion, int nRegion, int ruleMeant) {
  char zQuoted[TEXT_QUOTE_SIZE], *zHint = region_unknown_hint(p->pRegions, zRegion, nRegion);
  int rc;
  if (zHint == 0) return SQLITE_NOMEM;
  text_quote(zQuoted, sizeof(zQuoted), z, n);
  rc = shebao_errorf(pzErr, "%s(): %s %s (rule_or_region): %s%s", zFunc, zWhat, zQuoted, zHint,
                     ruleMeant ? "; the rules are listed in shebao_cert_rules" : "");
  sqlite3_free(zHint);
  return rc;
}

/* "<zFunc>(): <zWhat> '<value>' (rule_or_region)<zTail>" */
static int arg_error(char **pzErr, const char *zFunc, const char *zWhat, const char *z, int n,
                     const char *zTail) {
  char zQuoted[TEXT_QUOTE_SIZE];
  text_quote(zQuoted, sizeof(zQuoted), z, n);
  return shebao_errorf(pzErr, "%s(): %s %s (rule_or_region)%s", zFunc, zWhat, zQuoted, zTail ? zTail : "");
}

/* The position of the scheme separator (':' or the full-width '：') in z[0..n), or -1. */
static int find_separator(const char *z, int n, int *pLen) {
  int i;
  for (i = 0; i < n; i++) {
    if (z[i] == ':') {
      *pLen = 1;
      return i;
    }
    if (i + 2 < n && (unsigned char)z[i] == 0xEF && (unsigned char)z[i + 1] == 0xBC &&
        (unsigned char)z[i + 2] == 0x9A) {
      *pLen = 3;
      return i;
    }
  }
  return -1;
}

/* The scheme written after the separator ('Employee', ' resident'), or -1. */
static int scheme_after(const char *z, int n) {
  char key[TEXT_KEY_MAX];
  int len = text_normalize(z, n, key), s;
  for (s = CERT_SCHEME_EMPLOYEE; s < CERT_SCHEME_COUNT; s++) {
    if (len == (int)strlen(cert_scheme_names[s]) && memcmp(key, cert_scheme_names[s], (size_t)len) == 0)
      return s;
  }
  return -1;
}

/* Resolves a scope (a region, or '000000' for the national scope) written as z[0..n): sets the region and the
** lookup chain of c. SQLITE_OK when found; SQLITE_NOTFOUND; or an error: an ambiguous name, with its
** candidates (zArg is the whole argument, for the message). */
static int resolve_scope(const PolicyIndex *p, const char *zFunc, const char *z, int n, const char *zArg,
                         int nArg, CertChoice *c, char **pzErr) {
  char key[TEXT_KEY_MAX], *zList, *zTail;
  const Region *r = 0;
  int len = text_normalize(z, n, key), rc;
  if (len == 6 && memcmp(key, NATIONAL_CODE, 6) == 0) {
    c->pRegion = 0;
    c->nChain = 1;
    c->azChain[0] = NATIONAL_CODE;
    return SQLITE_OK;
  }
  switch (region_resolve(p->pRegions, z, n, &r)) {
  case REGION_FOUND:
    c->pRegion = r;
    c->nChain = region_scope_chain(p->pRegions, r, c->azChain);
    return SQLITE_OK;
  case REGION_AMBIGUOUS:
    /* Without its candidates the message would be another one: out of memory is the error then. */
    zList = region_candidates(p->pRegions, z, n);
    zTail = zList ? sqlite3_mprintf(": %.380s", zList) : 0;
    rc = zTail ? arg_error(pzErr, zFunc, "ambiguous region", zArg, nArg, zTail) : SQLITE_NOMEM;
    sqlite3_free(zTail);
    sqlite3_free(zList);
    return rc;
  default:
    return SQLITE_NOTFOUND;
  }
}

/* A rule_or_region with a scheme: '福建省:resident'. */
static int resolve_with_scheme(const PolicyIndex *p, const char *zFunc, const char *z, int n, int iSep,
                               int lenSep, CertChoice *c, char **pzErr) {
  int s = scheme_after(z + iSep + lenSep, n - iSep - lenSep), rc;
  if (s < 0)
    return arg_error(pzErr, zFunc, "unknown pension scheme in", z, n,
                     ": expected employee, resident or dependant");
  if (cert_rule_find(p, z, iSep) >= 0) {
    return arg_error(pzErr, zFunc, "a scheme qualifies a region, not a rule:", z, n, 0);
  }
  c->scheme = (CertScheme)s;
  rc = resolve_scope(p, zFunc, z, iSep, z, n, c, pzErr);
  return rc == SQLITE_NOTFOUND ? unknown_error(p, pzErr, zFunc, "unknown region", z, n, z, iSep, 0) : rc;
}

int cert_resolve(const PolicyIndex *p, const char *zFunc, const char *z, int n, CertChoice *c, char **pzErr) {
  int lenSep, iSep = find_separator(z, n, &lenSep), a, rc;
  memset(c, 0, sizeof(*c));
  if (iSep >= 0) {
    rc = resolve_with_scheme(p, zFunc, z, n, iSep, lenSep, c, pzErr);
  } else if ((a = cert_rule_find(p, z, n)) >= 0) {
    c->kind = CERT_BY_RULE;
    c->iRule = a;
    c->nChain = 1;
    c->azChain[0] = NATIONAL_CODE; /* a rule named directly: the national reminder window */
    c->nReading = 1;
    cert_build_timelines(p, c);
    return SQLITE_OK;
  } else {
    rc = resolve_scope(p, zFunc, z, n, z, n, c, pzErr);
    if (rc == SQLITE_NOTFOUND) rc = unknown_error(p, pzErr, zFunc, "unknown rule or region", z, n, z, n, 1);
  }
  if (rc != SQLITE_OK) return rc;
  c->kind = CERT_BY_SCOPE;
  cert_build_timelines(p, c);
  return SQLITE_OK;
}

int cert_identify(const PolicyIndex *p, const char *z, int n, CertKey *k) {
  char key[TEXT_KEY_MAX];
  const Region *r = 0;
  int lenSep, iSep = find_separator(z, n, &lenSep), nScope = n, len;
  memset(k, 0, sizeof(*k));
  k->iRegion = -1;
  if (iSep >= 0) {
    int s = scheme_after(z + iSep + lenSep, n - iSep - lenSep);
    if (s < 0 || cert_rule_find(p, z, iSep) >= 0) return SQLITE_ERROR;
    k->scheme = (CertScheme)s;
    nScope = iSep;
  } else {
    int a = cert_rule_find(p, z, n);
    if (a >= 0) {
      k->kind = CERT_BY_RULE;
      k->iRule = a;
      return SQLITE_OK;
    }
  }
  k->kind = CERT_BY_SCOPE;
  if (nScope == 6 && memcmp(z, NATIONAL_CODE, 6) == 0) return SQLITE_OK;
  if (region_resolve(p->pRegions, z, nScope, &r) == REGION_FOUND) {
    k->iRegion = (int)(r - region_at(p->pRegions, 0));
    return SQLITE_OK;
  }
  len = text_normalize(z, nScope, key);
  return len == 6 && memcmp(key, NATIONAL_CODE, 6) == 0 ? SQLITE_OK : SQLITE_ERROR;
}

/* ---- decisions ---------------------------------------------------------------------------------------- */

/* The error for a reading whose assignment on lastCert is missing or names a rule C does not implement. */
static int reading_error(const char *zFunc, const char *zArg, int nArg, int lastCert, const PolicyRow *row,
                         char **pzErr) {
  char zWhat[80], zDay[DATE_TEXT_LEN + 1], zRule[TEXT_QUOTE_SIZE], *zTail;
  const char *zName;
  int rc;
  if (row == 0) {
    date_format(lastCert, zDay);
    sqlite3_snprintf(sizeof(zWhat), zWhat, "no certification rule in effect on %s for", zDay);
    return arg_error(pzErr, zFunc, zWhat, zArg, nArg, 0);
  }
  zName = POLICY_CELL(row, CASSIGN_RULE);
  text_quote(zRule, sizeof(zRule), zName ? zName : "", zName ? (int)strlen(zName) : 0);
  zTail =
      sqlite3_mprintf(": the policy assigns the rule %s, which cannot be computed (shebao_policy_cert_assignments "
                      "row %lld, %s layer)",
                      zRule, row->rowid, policy_layer_names[row->layer]);
  rc = zTail ? arg_error(pzErr, zFunc, "cannot decide", zArg, nArg, zTail) : SQLITE_NOMEM;
  sqlite3_free(zTail);
  return rc;
}

/* The two schemes get different rules: the scheme is needed, and the message says how to write it. */
static int scheme_needed(const PolicyIndex *p, const char *zFunc, const char *zArg, int nArg,
                         const int aValue[2], char **pzErr) {
  int iName = 0, nName = nArg, rc;
  char *zTail;
  while (nName > 0 && zArg[nName - 1] == ' ')
    nName--;
  while (iName < nName && zArg[iName] == ' ')
    iName++;
  nName = nName - iName > 120 ? 120 : nName - iName; /* the region as written, at most 120 bytes */
  zTail = sqlite3_mprintf(": employee uses %s, resident uses %s; write '%.*s:employee' or '%.*s:resident'",
                          cert_rule(p, aValue[0])->zName, cert_rule(p, aValue[1])->zName, nName,
                          zArg + iName, nName, zArg + iName);
  rc = zTail ? arg_error(pzErr, zFunc, "the pension scheme is needed for", zArg, nArg, zTail) : SQLITE_NOMEM;
  sqlite3_free(zTail);
  return rc;
}

int cert_rule_on(const PolicyIndex *p, const CertChoice *c, int lastCert, const char *zFunc, const char *zArg,
                 int nArg, int *piRule, char **pzErr) {
  int aValue[2] = {CERT_NO_RULE, CERT_NO_RULE}, i;
  if (c->kind == CERT_BY_RULE) {
    *piRule = c->iRule;
    return SQLITE_OK;
  }
  for (i = 0; i < c->nReading; i++) {
    const PolicyRow *row = cert_assignment_on(p, c, i, lastCert, &aValue[i]);
    if (aValue[i] == CERT_NO_RULE) return reading_error(zFunc, zArg, nArg, lastCert, 0, pzErr);
    if (aValue[i] == CERT_UNKNOWN_RULE) return reading_error(zFunc, zArg, nArg, lastCert, row, pzErr);
  }
  if (c->nReading == 2 && aValue[0] != aValue[1]) return scheme_needed(p, zFunc, zArg, nArg, aValue, pzErr);
  *piRule = aValue[0];
  return SQLITE_OK;
}

int cert_reminder_on(const PolicyIndex *p, const CertChoice *c, int day, const char *zFunc, int *pDays,
                     const PolicyRow **ppRow, char **pzErr) {
  int days;
  const PolicyRow *row = cert_reminder_row(p, c, day, &days);
  if (row == 0) {
    char zDay[DATE_TEXT_LEN + 1];
    date_format(day, zDay);
    return shebao_policy_error(shebao_errorf(
        pzErr, "%s(): no policy parameter " REMINDER_PARAMETER " in effect on %s", zFunc, zDay));
  }
  if (days < 0) {
    char zQuoted[TEXT_QUOTE_SIZE];
    const char *z = POLICY_CELL(row, PARAM_VALUE);
    text_quote(zQuoted, sizeof(zQuoted), z ? z : "", z ? (int)strlen(z) : 0);
    return shebao_policy_error(shebao_errorf(pzErr,
                                             "%s(): policy parameter " REMINDER_PARAMETER
                                             " is not a whole number of days: %s "
                                             "(shebao_policy_parameters row %lld, %s layer)",
                                             zFunc, zQuoted, row->rowid, policy_layer_names[row->layer]));
  }
  *pDays = days;
  if (ppRow) *ppRow = row;
  return SQLITE_OK;
}
