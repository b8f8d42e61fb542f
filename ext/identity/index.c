/*
** Resident identity numbers against the policy data: the index of known prefixes (the province-level regions
** and shebao_policy_id_prefixes), and the age line of the family service (亲情服务). The number itself, with
** no policy in it: identity/idcard.c. The SQL functions: identity/functions.c.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "identity/identity.h"
#include "policy/parameters.h"
#include "util/date.h"
#include <string.h>

/* ---- building the index ------------------------------------------------------------------------------- */

static int two_digits(const char *z) {
  if (z == 0 || z[0] < '0' || z[0] > '9' || z[1] < '0' || z[1] > '9') return -1;
  return (z[0] - '0') * 10 + (z[1] - '0');
}

/* Marks the prefix of row as known. */
static void add_prefix(IdentityIndex *x, int prefix, const PolicyRow *row, PolicyTableId t) {
  x->apPrefix[prefix] = row;
  x->aTable[prefix] = (unsigned char)t;
}

/* Known prefixes: every province-level region (their validity dates do not matter: a number keeps the code it
** was given), then the rows of shebao_policy_id_prefixes. */
/* The key of the age line's rows: the parameter, national. */
static const char *const azAgeLineKey[] = {IDENTITY_AGE_LINE, NATIONAL_CODE};

int identity_index_build(PolicyIndex *p, char **pzErr) {
  IdentityIndex *x = arena_alloc(&p->arena, sizeof(IdentityIndex));
  const PolicyRows *regions = &p->aTable[PT_REGIONS], *extra = &p->aTable[PT_ID_PREFIXES];
  int i;
  if (x == 0) return SQLITE_NOMEM;
  p->pIdentity = x;
  for (i = 0; i < regions->nRow; i++) {
    const PolicyRow *row = &regions->aRow[i];
    const char *zLevel = POLICY_CELL(row, REG_LEVEL), *zCode = POLICY_CELL(row, REG_CODE);
    int prefix;
    if (zLevel == 0 || (strcmp(zLevel, "province") != 0 && strcmp(zLevel, "municipality") != 0)) continue;
    prefix = two_digits(zCode);
    if (prefix < 0 || strlen(zCode) != 6 || strcmp(zCode + 2, "0000") != 0) {
      return policy_row_error(pzErr, PT_REGIONS, row, REG_CODE, "of a province-level region is not XX0000:");
    }
    add_prefix(x, prefix, row, PT_REGIONS);
  }
  for (i = 0; i < extra->nRow; i++) {
    const PolicyRow *row = &extra->aRow[i];
    const char *zPrefix = POLICY_CELL(row, IDP_PREFIX);
    int prefix = two_digits(zPrefix);
    if (prefix < 0 || strlen(zPrefix) != 2) {
      return policy_row_error(pzErr, PT_ID_PREFIXES, row, IDP_PREFIX, "is not two digits:");
    }
    add_prefix(x, prefix, row, PT_ID_PREFIXES);
  }
  for (i = 0; i < 100; i++) {
    if (x->apPrefix[i]) x->aPrefix[x->nPrefix++] = (unsigned char)i;
  }
  x->nAgeLine = dated_rows(p->pParameters, azAgeLineKey, &x->aAgeLine);
  return SQLITE_OK;
}

int identity_parse(const IdentityIndex *x, const char *z, int n, IdCard *pCard) {
  return idcard_parse(z, n, pCard) == ID_OK && x->apPrefix[pCard->prefix] != 0;
}

int identity_age_line(const PolicyIndex *p, int day, int *pLine, char **pzErr) {
  const IdentityIndex *x = p->pIdentity;
  const PolicyRow *row = dated_row_on(p->pParameters, x->aAgeLine, x->nAgeLine, day);
  const char *zValue, *zUnit;
  char zDay[DATE_TEXT_LEN + 1];
  int n, line = 0, i;
  if (row == 0) {
    date_format(day, zDay);
    return shebao_errorf(pzErr, "no policy parameter '%s' for region '000000' in effect on %s",
                         IDENTITY_AGE_LINE, zDay);
  }
  zValue = POLICY_CELL(row, PARAM_VALUE);
  zUnit = POLICY_CELL(row, PARAM_UNIT);
  n = zValue ? (int)strlen(zValue) : 0;
  for (i = 0; i < n && zValue[i] >= '0' && zValue[i] <= '9'; i++)
    line = line * 10 + (zValue[i] - '0');
  if (n < 1 || n > 3 || i < n) {
    return shebao_errorf(pzErr,
                         "policy parameter '%s' (%s layer row %lld) is not a whole number of years: %Q",
                         IDENTITY_AGE_LINE, policy_layer_names[row->layer], row->rowid, zValue);
  }
  if (zUnit == 0 || strcmp(zUnit, "years") != 0) {
    return shebao_errorf(pzErr, "policy parameter '%s' (%s layer row %lld) has unit %Q, not 'years'",
                         IDENTITY_AGE_LINE, policy_layer_names[row->layer], row->rowid, zUnit);
  }
  *pLine = line;
  return SQLITE_OK;
}
