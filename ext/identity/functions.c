/*
** Resident identity numbers (公民身份号码, GB 11643-1999) and the family service's face-photo rule: the index
** of known prefixes and the SQL functions.
**
**   id_valid('11010519491231002x')              -> 1     id_valid('110105194912310021') -> 0 (check)
**   id_normalize(' 110105491231002 ')           -> '11010519491231002X'  (legacy 15 digits, 19YY)
**   id_birth_date('11010519491231002X')         -> '1949-12-31'
**   id_sex('11010519491231002X')                -> 'F'   id_region('11010519491231002X') -> '110105'
**   id_age('110105200002290021', '2017-02-28')  -> 16    ('2017-03-01' -> 17)
**   needs_face_photo('2010-06-01', '2025-05-31') -> 1    (age 14, under the line of 16)
**
** id_* are lookups: NULL for what is not a valid number (never an error, except a blob). needs_face_photo is
** a decision: an error for what is neither a valid number nor a birth date, or a birth after on_date. Dates
** in arguments are always errors when malformed. Nothing is allocated per call but the result.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "identity/identity.h"
#include "util/date.h"
#include "policy/parameters.h"
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
  return SQLITE_OK;
}

int identity_parse(const IdentityIndex *x, const char *z, int n, IdCard *pCard) {
  return idcard_parse(z, n, pCard) == ID_OK && x->apPrefix[pCard->prefix] != 0;
}

int identity_age_line(const PolicyIndex *p, int day, int *pLine, char **pzErr) {
  static const char *const azNational[] = {NATIONAL_CODE};
  const PolicyRow *row = policy_parameter(p, IDENTITY_AGE_LINE, azNational, 1, day);
  const char *zValue, *zUnit;
  char zDay[DATE_TEXT_LEN + 1];
  int n, line = 0, i;
  *pzErr = 0;
  if (row == 0) {
    date_format(day, zDay);
    *pzErr = sqlite3_mprintf("no policy parameter '%s' for region '000000' in effect on %s",
                             IDENTITY_AGE_LINE, zDay);
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  zValue = POLICY_CELL(row, PARAM_VALUE);
  zUnit = POLICY_CELL(row, PARAM_UNIT);
  n = zValue ? (int)strlen(zValue) : 0;
  for (i = 0; i < n && zValue[i] >= '0' && zValue[i] <= '9'; i++)
    line = line * 10 + (zValue[i] - '0');
  if (n < 1 || n > 3 || i < n) {
    *pzErr = sqlite3_mprintf("policy parameter '%s' (%s layer row %lld) is not a whole number of years: %Q",
                             IDENTITY_AGE_LINE, policy_layer_names[row->layer], row->rowid, zValue);
  } else if (zUnit == 0 || strcmp(zUnit, "years") != 0) {
    *pzErr = sqlite3_mprintf("policy parameter '%s' (%s layer row %lld) has unit %Q, not 'years'",
                             IDENTITY_AGE_LINE, policy_layer_names[row->layer], row->rowid, zUnit);
  } else {
    *pLine = line;
    return SQLITE_OK;
  }
  return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* ---- SQL functions ------------------------------------------------------------------------------------ */

/* Reads an identity-number argument: ARG_OK with *pValid (and *pCard when valid), ARG_NULL, or ARG_ERROR (a
** blob). Integers are read as their digits (an 18-digit number without X fits in one); a REAL is never a
** valid number, since it cannot hold 18 digits exactly. */
static ArgStatus id_arg(sqlite3_context *ctx, const char *zFunc, const char *zParam, sqlite3_value *v,
                        IdCard *pCard, int *pValid) {
  const char *z;
  int n;
  ArgStatus st = shebao_arg_text(ctx, zFunc, zParam, v, &z, &n);
  *pValid = 0;
  if (st == ARG_OK && sqlite3_value_type(v) != SQLITE_FLOAT) {
    const PolicyIndex *p = shebao_policy(ctx);
    if (p == 0) return ARG_ERROR;
    *pValid = identity_parse(p->pIdentity, z, n, pCard);
  }
  return st;
}

/* id_valid(id) -> 1 or 0. */
static void id_valid_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  IdCard c;
  int valid;
  (void)argc;
  if (id_arg(ctx, "id_valid", "id", argv[0], &c, &valid) != ARG_OK) return;
  sqlite3_result_int(ctx, valid);
}

/* id_normalize(id) -> the 18-character form, upper-case X; NULL if invalid. */
static void id_normalize_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  IdCard c;
  int valid;
  (void)argc;
  if (id_arg(ctx, "id_normalize", "id", argv[0], &c, &valid) != ARG_OK || !valid) return;
  sqlite3_result_text(ctx, c.zNumber, IDCARD_LEN, SQLITE_TRANSIENT);
}

/* id_birth_date(id) -> 'YYYY-MM-DD'; NULL if invalid. */
static void id_birth_date_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  IdCard c;
  int valid;
  char zDate[DATE_TEXT_LEN + 1];
  (void)argc;
  if (id_arg(ctx, "id_birth_date", "id", argv[0], &c, &valid) != ARG_OK || !valid) return;
  date_format(c.birthDay, zDate);
  sqlite3_result_text(ctx, zDate, DATE_TEXT_LEN, SQLITE_TRANSIENT);
}

/* id_sex(id) -> 'M' or 'F'; NULL if invalid. */
static void id_sex_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  IdCard c;
  int valid;
  (void)argc;
  if (id_arg(ctx, "id_sex", "id", argv[0], &c, &valid) != ARG_OK || !valid) return;
  sqlite3_result_text(ctx, c.sex == 'M' ? "M" : "F", 1, SQLITE_STATIC);
}

/* id_region(id) -> the six-digit address code as written (not checked against today's regions). */
static void id_region_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  IdCard c;
  int valid;
  (void)argc;
  if (id_arg(ctx, "id_region", "id", argv[0], &c, &valid) != ARG_OK || !valid) return;
  sqlite3_result_text(ctx, c.zNumber, 6, SQLITE_TRANSIENT);
}

/* id_age(id, on_date) -> whole years; NULL if the id is invalid or on_date is before the birth date. */
static void id_age_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  IdCard c;
  int valid, on, age;
  if (shebao_null_args(argc, argv)) return;
  if (id_arg(ctx, "id_age", "id", argv[0], &c, &valid) != ARG_OK) return;
  if (shebao_arg_date(ctx, "id_age", "on_date", argv[1], &on) != ARG_OK || !valid) return;
  age = idcard_age(c.birthDay, on);
  if (age >= 0) sqlite3_result_int(ctx, age);
}

/* needs_face_photo(id_or_birth_date, on_date) -> 1 if the relative is under the age line on on_date, else 0;
** the age is id_age's. */
static void needs_face_photo_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  static const char zFunc[] = "needs_face_photo", zParam[] = "id_or_birth_date";
  const PolicyIndex *p;
  const char *z;
  int n, on, birth, age, line, valid, rc;
  char *zErr = 0;
  IdCard c;
  if (shebao_null_args(argc, argv)) return;
  if (id_arg(ctx, zFunc, zParam, argv[0], &c, &valid) != ARG_OK) return;
  if (shebao_arg_date(ctx, zFunc, "on_date", argv[1], &on) != ARG_OK) return;
  z = (const char *)sqlite3_value_text(argv[0]);
  n = sqlite3_value_bytes(argv[0]);
  if (valid) {
    birth = c.birthDay;
  } else {
    DateStatus st = date_parse(z, n, &birth);
    if (st != DATE_OK) {
      shebao_error_value(ctx, zFunc,
                         st == DATE_IMPOSSIBLE ? "impossible date" : "not an identity number or a birth date",
                         zParam, z, n);
      return;
    }
  }
  age = idcard_age(birth, on);
  if (age < 0) {
    char zWhat[64], zOn[DATE_TEXT_LEN + 1];
    date_format(on, zOn);
    sqlite3_snprintf(sizeof(zWhat), zWhat, "born after on_date %s:", zOn);
    shebao_error_value(ctx, zFunc, zWhat, zParam, z, n);
    return;
  }
  p = shebao_decision_policy(ctx, zFunc, DEPS_IDENTITY);
  if (p == 0) return;
  rc = identity_age_line(p, on, &line, &zErr);
  if (rc != SQLITE_OK) {
    if (zErr)
      shebao_error(ctx, "%s(): %s", zFunc, zErr);
    else
      sqlite3_result_error_nomem(ctx);
    sqlite3_free(zErr);
    return;
  }
  sqlite3_result_int(ctx, age < line);
}

static const ShebaoFunction aIdentityFunction[] = {
    {"id_valid", 1, SHEBAO_PURE, id_valid_func},
    {"id_normalize", 1, SHEBAO_PURE, id_normalize_func},
    {"id_birth_date", 1, SHEBAO_PURE, id_birth_date_func},
    {"id_sex", 1, SHEBAO_PURE, id_sex_func},
    {"id_region", 1, SHEBAO_PURE, id_region_func},
    {"id_age", 2, SHEBAO_PURE, id_age_func},
    {"needs_face_photo", 2, SHEBAO_PURE, needs_face_photo_func},
};

int shebao_register_identity(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return shebao_register_functions(db, conn, aIdentityFunction,
                                   (int)(sizeof(aIdentityFunction) / sizeof(aIdentityFunction[0])), pzErrMsg);
}
