/*
** Resident identity numbers (公民身份号码, GB 11643-1999) and the family service's face-photo rule: the SQL
** functions, and the reader of identity-number arguments.
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

int id_arg(const PolicyIndex *p, const char *zFunc, const char *zParam, sqlite3_value *v, IdCard *pCard,
           int *pValid, char **pzErr) {
  const char *z;
  int n, rc = shebao_arg_text(zFunc, zParam, v, &z, &n, pzErr);
  *pValid = 0;
  /* A REAL is never a valid number: it cannot hold 18 digits exactly. */
  if (rc == SQLITE_OK && sqlite3_value_type(v) != SQLITE_FLOAT)
    *pValid = identity_parse(p->pIdentity, z, n, pCard);
  return rc;
}

/* What each lookup answers for a valid number (the iVariant of its function row). */
typedef enum IdField {
  ID_FIELD_VALID,
  ID_FIELD_NUMBER,
  ID_FIELD_BIRTH_DATE,
  ID_FIELD_SEX,
  ID_FIELD_REGION
} IdField;

static void result_field(sqlite3_context *ctx, const IdCard *c, int valid, IdField field) {
  char zDate[DATE_TEXT_LEN + 1];
  if (field == ID_FIELD_VALID) {
    sqlite3_result_int(ctx, valid);
  } else if (!valid) {
    /* NULL */
  } else if (field == ID_FIELD_NUMBER) {
    sqlite3_result_text(ctx, c->zNumber, IDCARD_LEN, SQLITE_TRANSIENT);
  } else if (field == ID_FIELD_BIRTH_DATE) {
    date_format(c->birthDay, zDate);
    sqlite3_result_text(ctx, zDate, DATE_TEXT_LEN, SQLITE_TRANSIENT);
  } else if (field == ID_FIELD_SEX) {
    sqlite3_result_text(ctx, c->sex == 'M' ? "M" : "F", 1, SQLITE_STATIC);
  } else {
    sqlite3_result_text(ctx, c->zNumber, 6, SQLITE_TRANSIENT); /* as written: not checked against regions */
  }
}

/* id_valid(id) -> 1 or 0; id_normalize(id) -> the 18-character form, upper-case X; id_birth_date(id) ->
** 'YYYY-MM-DD'; id_sex(id) -> 'M' or 'F'; id_region(id) -> the six-digit address code as written. NULL for
** NULL, and for what is not a valid number (id_valid: 0). */
static void id_lookup_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  static const char *const azFunc[] = {"id_valid", "id_normalize", "id_birth_date", "id_sex", "id_region"};
  IdField field = (IdField)shebao_variant(ctx);
  PolicyIndex *p = 0;
  IdCard c;
  char *zErr = 0;
  int valid, rc = shebao_null_args(argc, argv);
  if (rc == SQLITE_OK) p = shebao_default_policy(shebao_conn(ctx)); /* no layer changes a number's validity */
  if (rc == SQLITE_OK) rc = id_arg(p, azFunc[field], "id", argv[0], &c, &valid, &zErr);
  if (rc == SQLITE_OK) result_field(ctx, &c, valid, field);
  shebao_result_error(ctx, rc, zErr);
}

/* id_age(id, on_date) -> whole years; NULL if the id is invalid or on_date is before the birth date. */
static void id_age_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  PolicyIndex *p = 0;
  IdCard c;
  char *zErr = 0;
  int valid, on, age, rc = shebao_null_args(argc, argv);
  if (rc == SQLITE_OK) p = shebao_default_policy(shebao_conn(ctx)); /* no layer changes a number's validity */
  if (rc == SQLITE_OK) rc = id_arg(p, "id_age", "id", argv[0], &c, &valid, &zErr);
  if (rc == SQLITE_OK) rc = shebao_arg_date("id_age", "on_date", argv[1], &on, &zErr);
  if (rc == SQLITE_OK && valid && (age = idcard_age(c.birthDay, on)) >= 0) sqlite3_result_int(ctx, age);
  shebao_result_error(ctx, rc, zErr);
}

/* The birth date of needs_face_photo's first argument: a valid number's, or the argument as a date. */
static int birth_day(const IdCard *c, int valid, sqlite3_value *v, int *pBirth, char **pzErr) {
  static const char zFunc[] = "needs_face_photo", zParam[] = "id_or_birth_date";
  const char *z = (const char *)sqlite3_value_text(v);
  int n = sqlite3_value_bytes(v);
  DateStatus st;
  if (valid) {
    *pBirth = c->birthDay;
    return SQLITE_OK;
  }
  st = date_parse(z, n, pBirth);
  if (st == DATE_OK) return SQLITE_OK;
  return shebao_error_value(
      pzErr, zFunc, st == DATE_IMPOSSIBLE ? "impossible date" : "not an identity number or a birth date",
      zParam, z, n);
}

/* The age line in effect on day, its errors naming needs_face_photo. */
static int age_line(const PolicyIndex *p, int day, int *pLine, char **pzErr) {
  char *zWhy = 0;
  int rc = identity_age_line(p, day, pLine, &zWhy);
  if (rc == SQLITE_ERROR) rc = shebao_policy_error(shebao_errorf(pzErr, "needs_face_photo(): %s", zWhy));
  sqlite3_free(zWhy);
  return rc;
}

/* needs_face_photo(id_or_birth_date, on_date) -> 1 if the relative is under the age line on on_date, else 0;
** the age is id_age's. */
static void needs_face_photo_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  static const char zFunc[] = "needs_face_photo", zParam[] = "id_or_birth_date";
  PolicyIndex *p = 0;
  IdCard c;
  char *zErr = 0, zWhat[64], zOn[DATE_TEXT_LEN + 1];
  int on, birth, age = 0, line, valid, rc = shebao_null_args(argc, argv);
  if (rc == SQLITE_OK) rc = shebao_call_policy(ctx, &p, &zErr);
  if (rc == SQLITE_OK)
    rc = id_arg(shebao_default_policy(shebao_conn(ctx)), zFunc, zParam, argv[0], &c, &valid, &zErr);
  if (rc == SQLITE_OK) rc = shebao_arg_date(zFunc, "on_date", argv[1], &on, &zErr);
  if (rc == SQLITE_OK) rc = birth_day(&c, valid, argv[0], &birth, &zErr);
  if (rc == SQLITE_OK && (age = idcard_age(birth, on)) < 0) {
    date_format(on, zOn);
    sqlite3_snprintf(sizeof(zWhat), zWhat, "born after on_date %s:", zOn);
    rc = shebao_error_value(&zErr, zFunc, zWhat, zParam, (const char *)sqlite3_value_text(argv[0]),
                            sqlite3_value_bytes(argv[0]));
  }
  if (rc == SQLITE_OK) rc = policy_usable(p, zFunc, DEPS_IDENTITY, &zErr);
  if (rc == SQLITE_OK) rc = age_line(p, on, &line, &zErr);
  if (rc == SQLITE_OK) sqlite3_result_int(ctx, age < line);
  shebao_result_error(ctx, rc, zErr);
}

static const ShebaoFunction aIdentityFunction[] = {
    {"id_valid", 1, SHEBAO_PURE, id_lookup_func, ID_FIELD_VALID},
    {"id_normalize", 1, SHEBAO_PURE, id_lookup_func, ID_FIELD_NUMBER},
    {"id_birth_date", 1, SHEBAO_PURE, id_lookup_func, ID_FIELD_BIRTH_DATE},
    {"id_sex", 1, SHEBAO_PURE, id_lookup_func, ID_FIELD_SEX},
    {"id_region", 1, SHEBAO_PURE, id_lookup_func, ID_FIELD_REGION},
    {"id_age", 2, SHEBAO_PURE, id_age_func, 0},
    {"needs_face_photo", 2, SHEBAO_POLICY, needs_face_photo_func, 0},
};

int shebao_register_identity(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  int rc = shebao_register_functions(db, conn, aIdentityFunction, SHEBAO_COUNT(aIdentityFunction), pzErrMsg);
  return rc == SQLITE_OK ? identity_register_views(db, conn, pzErrMsg) : rc;
}
