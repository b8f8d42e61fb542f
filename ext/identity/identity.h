/*
** Resident identity numbers against the policy data: which two-digit prefixes are known (the province-level
** regions, and shebao_policy_id_prefixes), and the age line of the family service (亲情服务).
*/
#ifndef SHEBAO_IDENTITY_H
#define SHEBAO_IDENTITY_H
#include "core/shebao.h"
#include "policy/policy.h"
#include "identity/idcard.h"

#define IDENTITY_AGE_LINE "face_photo_age_line" /* the policy parameter: years, national ('000000') */

typedef struct IdentityIndex {
  const PolicyRow *apPrefix[100]; /* per prefix, the row that makes it known, or NULL */
  unsigned char aTable[100];      /* per prefix, PT_REGIONS or PT_ID_PREFIXES: the table of that row */
  int nPrefix;
  unsigned char aPrefix[100]; /* the known prefixes, ascending */
  int nAgeLine;               /* the rows of the national age line (IDENTITY_AGE_LINE), found at build */
  const int *aAgeLine;
} IdentityIndex;

/* 1 if z[0..n) is a valid identity number: idcard_parse gives ID_OK and its prefix is known. Fills *pCard. */
int identity_parse(const IdentityIndex *x, const char *z, int n, IdCard *pCard);

/* The age line in effect on day (the parameter IDENTITY_AGE_LINE, national): SQLITE_OK with *pLine, or an
** error saying what is wrong with the data (a message without a function name: the caller adds its own). */
int identity_age_line(const PolicyIndex *p, int day, int *pLine, char **pzErr);

/* The reader of an identity-number argument, for functions and tables alike: SQLITE_OK with *pValid (and
** *pCard when valid), SHEBAO_NULL, or an error (a blob). Text is read as identity_parse reads it; an INTEGER
** as its digits (an 18-digit number without X fits in one); a REAL is never valid. */
int id_arg(const PolicyIndex *p, const char *zFunc, const char *zParam, sqlite3_value *v, IdCard *pCard,
           int *pValid, char **pzErr);

/* shebao_id_prefixes (identity/views.c). */
int identity_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);

#endif
