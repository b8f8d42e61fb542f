/*
** The readers of plain arguments, for SQL functions and virtual tables alike, and today's date.
**
**   NULL in, NULL out (any NULL argument, and blank text: what .import makes of an empty CSV cell);  a blob where text is expected is an error;  a bad value is an
**   error that names the function, quotes the value and names the parameter:
**   can_share(): impossible date '2021-02-31' (on_date)
**
** Readers of the capabilities' own kinds (a relation, a region, an identity number, a rule or region) build
** on these: relations/relations.h, regions/regions.h, sharing/sharing.h, identity/identity.h, cert/cert.h.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "util/date.h"
#include "util/text.h"

int shebao_null_args(int argc, sqlite3_value *const *argv) {
  int i;
  for (i = 0; i < argc; i++) {
    int rc = shebao_arg_blank(argv[i]);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

int shebao_any_null(int argc, sqlite3_value *const *argv) {
  int i;
  for (i = 0; i < argc; i++) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) return SHEBAO_NULL;
  }
  return SQLITE_OK;
}

int shebao_blank_wins(int argc, sqlite3_value *const *argv, int rc, char **pzErr) {
  if (rc != SQLITE_ERROR || shebao_null_args(argc, argv) != SHEBAO_NULL) return rc;
  sqlite3_free(*pzErr);
  *pzErr = 0;
  return SHEBAO_NULL;
}

int shebao_arg_blank(sqlite3_value *v) {
  const char *z;
  switch (sqlite3_value_type(v)) {
  case SQLITE_NULL:
    return SHEBAO_NULL;
  case SQLITE_TEXT:
    z = (const char *)sqlite3_value_text(v);
    if (z == 0) return SQLITE_NOMEM; /* never "not blank": the answer would be another */
    /* The common case at once: a printable ASCII character or the lead byte of a CJK ideograph (U+4E00 to
    ** U+9FFF: E4 to E9), which no blank character starts with. */
    if ((*z > 0x20 && *z < 0x7F) || ((unsigned char)*z >= 0xE4 && (unsigned char)*z <= 0xE9))
      return SQLITE_OK;
    return text_is_blank(z, sqlite3_value_bytes(v)) ? SHEBAO_NULL : SQLITE_OK;
  default:
    return SQLITE_OK;
  }
}

int shebao_arg_text(const char *zFunc, const char *zParam, sqlite3_value *v, const char **pz, int *pn,
                    char **pzErr) {
  switch (sqlite3_value_type(v)) {
  case SQLITE_NULL:
    return SHEBAO_NULL;
  case SQLITE_BLOB:
    return shebao_errorf(pzErr, "%s(): %s must be text, not a blob", zFunc, zParam);
  default:
    *pz = (const char *)sqlite3_value_text(v);
    if (*pz == 0) return SQLITE_NOMEM; /* converting a number to text ran out of memory */
    *pn = sqlite3_value_bytes(v);
    return SQLITE_OK;
  }
}

int shebao_arg_date(const char *zFunc, const char *zParam, sqlite3_value *v, int *pDay, char **pzErr) {
  const char *z;
  int n, rc = shebao_arg_text(zFunc, zParam, v, &z, &n, pzErr);
  char zQuoted[TEXT_QUOTE_SIZE];
  DateStatus st;
  if (rc != SQLITE_OK) return rc;
  st = date_parse(z, n, pDay);
  if (st == DATE_OK) return SQLITE_OK;
  if (st == DATE_IMPOSSIBLE) return shebao_error_value(pzErr, zFunc, "impossible date", zParam, z, n);
  text_quote(zQuoted, sizeof(zQuoted), z, n);
  return shebao_errorf(pzErr, "%s(): malformed date %s (%s): expected YYYY-MM-DD", zFunc, zQuoted, zParam);
}

int shebao_today(void) {
  sqlite3_vfs *vfs = sqlite3_vfs_find(0);
  sqlite3_int64 msJulian = 0;
  const sqlite3_int64 msUnixEpoch = 210866760000000LL; /* 1970-01-01 00:00 UTC as a Julian day in ms */
  const sqlite3_int64 msChinaOffset = 8 * 3600 * 1000LL;
  if (vfs && vfs->iVersion >= 2 && vfs->xCurrentTimeInt64) {
    vfs->xCurrentTimeInt64(vfs, &msJulian);
  } else if (vfs && vfs->xCurrentTime) {
    double julian = 0;
    vfs->xCurrentTime(vfs, &julian);
    msJulian = (sqlite3_int64)(julian * 86400000.0);
  }
  return (int)((msJulian - msUnixEpoch + msChinaOffset) / 86400000LL);
}
