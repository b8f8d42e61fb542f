/*
** Arguments and errors: the error policy of SPEC.md in one place.
**
**   NULL in, NULL out (any NULL argument);  a blob where text is expected is an error;  a bad value is an
**   error that names the function, quotes the value and names the parameter:
**   can_share(): invalid date '2021-02-31' (on_date)
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "util/date.h"
#include "util/text.h"
#include <stdarg.h>
#include <string.h>

#define QUOTE_MAX_CHARS 48 /* longer values are shortened in messages, with an ellipsis */

void shebao_quote(char *buf, int nBuf, const char *z, int n) {
  const unsigned char *u = (const unsigned char *)z;
  int i = 0, o = 0, nChar = 0;
  if (nBuf < 16) {
    if (nBuf > 0) buf[0] = 0;
    return;
  }
  buf[o++] = '\'';
  while (i < n && o < nBuf - 12) {
    int len = 1;
    unsigned char c = u[i];
    if (nChar == QUOTE_MAX_CHARS) {
      memcpy(buf + o, "\xE2\x80\xA6", 3); /* ... */
      o += 3;
      break;
    }
    if (c >= 0x80) {
      len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (i + len > n || !text_is_utf8(z + i, len) || o + len >= nBuf - 12) len = 0;
    }
    if (len == 0 || c < 0x20 || c == 0x7F) {
      /* Invalid UTF-8 or a control character: show the byte, never print it raw. */
      static const char hex[] = "0123456789abcdef";
      buf[o++] = '\\';
      buf[o++] = 'x';
      buf[o++] = hex[c >> 4];
      buf[o++] = hex[c & 15];
      i++;
    } else if (c == '\'') {
      buf[o++] = '\'';
      buf[o++] = '\'';
      i++;
    } else {
      memcpy(buf + o, z + i, (size_t)len);
      o += len;
      i += len;
    }
    nChar++;
  }
  buf[o++] = '\'';
  buf[o] = 0;
}

void shebao_error(sqlite3_context *ctx, const char *zFormat, ...) {
  va_list ap;
  char *zMsg;
  va_start(ap, zFormat);
  zMsg = sqlite3_vmprintf(zFormat, ap);
  va_end(ap);
  if (zMsg == 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_error(ctx, zMsg, -1);
  sqlite3_free(zMsg);
}

char *shebao_value_message(const char *zFunc, const char *zWhat, const char *zParam, const char *z, int n) {
  char zQuoted[256];
  shebao_quote(zQuoted, sizeof(zQuoted), z, n);
  return sqlite3_mprintf("%s(): %s %s (%s)", zFunc, zWhat, zQuoted, zParam);
}

void shebao_error_value(sqlite3_context *ctx, const char *zFunc, const char *zWhat, const char *zParam,
                        const char *z, int n) {
  shebao_result_message(ctx, shebao_value_message(zFunc, zWhat, zParam, z, n));
}

void shebao_result_message(sqlite3_context *ctx, char *zMsg) {
  if (zMsg == 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_error(ctx, zMsg, -1);
  sqlite3_free(zMsg);
}

int shebao_null_args(int argc, sqlite3_value **argv) {
  int i;
  for (i = 0; i < argc; i++) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) return 1;
  }
  return 0;
}

ArgStatus shebao_value_text(const char *zFunc, const char *zParam, sqlite3_value *v, const char **pz, int *pn,
                            char **pzErr) {
  *pzErr = 0;
  switch (sqlite3_value_type(v)) {
  case SQLITE_NULL:
    return ARG_NULL;
  case SQLITE_BLOB:
    *pzErr = sqlite3_mprintf("%s(): %s must be text, not a blob", zFunc, zParam);
    return ARG_ERROR;
  default:
    *pz = (const char *)sqlite3_value_text(v);
    if (*pz == 0) return ARG_ERROR; /* out of memory: no message */
    *pn = sqlite3_value_bytes(v);
    return ARG_OK;
  }
}

ArgStatus shebao_arg_text(sqlite3_context *ctx, const char *zFunc, const char *zParam, sqlite3_value *v,
                          const char **pz, int *pn) {
  char *zErr;
  ArgStatus st = shebao_value_text(zFunc, zParam, v, pz, pn, &zErr);
  if (st == ARG_ERROR) shebao_result_message(ctx, zErr);
  return st;
}

ArgStatus shebao_value_date(const char *zFunc, const char *zParam, sqlite3_value *v, int *pDay,
                            char **pzErr) {
  const char *z;
  int n;
  DateStatus st;
  char zQuoted[256];
  ArgStatus rc = shebao_value_text(zFunc, zParam, v, &z, &n, pzErr);
  if (rc != ARG_OK) return rc;
  st = date_parse(z, n, pDay);
  if (st == DATE_OK) return ARG_OK;
  shebao_quote(zQuoted, sizeof(zQuoted), z, n);
  if (st == DATE_IMPOSSIBLE) {
    *pzErr = sqlite3_mprintf("%s(): impossible date %s (%s)", zFunc, zQuoted, zParam);
  } else {
    *pzErr = sqlite3_mprintf("%s(): malformed date %s (%s): expected YYYY-MM-DD", zFunc, zQuoted, zParam);
  }
  return ARG_ERROR;
}

ArgStatus shebao_arg_date(sqlite3_context *ctx, const char *zFunc, const char *zParam, sqlite3_value *v,
                          int *pDay) {
  char *zErr;
  ArgStatus st = shebao_value_date(zFunc, zParam, v, pDay, &zErr);
  if (st == ARG_ERROR) shebao_result_message(ctx, zErr);
  return st;
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
