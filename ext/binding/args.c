/*
** The arguments of binding_ok() and explain_binding(): two identity numbers, then what can_share() reads.
**
**   binding_ok('11010519491231002X', '110105197001010019', '儿子', '2025-03-01')
**   binding_ok(payer_id, relative_id, relation, on_date, payer_region, relative_region)
**
** An identity number that is not valid is read, not refused: the decision says why it cannot be granted.
*/
#include "binding/binding.h"
SQLITE_EXTENSION_INIT3

BindingIdStatus binding_id_status(const BindingId *id) {
  IdCard card;
  if (id->valid) return BID_VALID;
  if (id->isReal) return BID_MALFORMED; /* no REAL holds 18 digits */
  switch (idcard_parse(id->z, id->n, &card)) {
  case ID_OK:
    return BID_UNKNOWN_PREFIX; /* idcard_parse checks all but the prefix */
  case ID_BAD_DATE:
    return BID_BAD_DATE;
  case ID_BAD_CHECK:
    return BID_BAD_CHECK;
  default:
    return BID_MALFORMED;
  }
}

static int read_id(const PolicyIndex *p, const char *zFunc, const char *zParam, sqlite3_value *v,
                   BindingId *id, char **pzErr) {
  int rc = id_arg(p, zFunc, zParam, v, &id->card, &id->valid, pzErr);
  if (rc != SQLITE_OK) return rc;
  id->z = (const char *)sqlite3_value_text(v); /* converted by id_arg already: no allocation */
  id->n = sqlite3_value_bytes(v);
  id->isReal = sqlite3_value_type(v) == SQLITE_FLOAT;
  return id->z ? SQLITE_OK : SQLITE_NOMEM;
}

int binding_args(const PolicyIndex *p, const char *zFunc, int argc, sqlite3_value *const *argv,
                 BindingArgs *a, char **pzErr) {
  /* The caller has checked every argument for NULL and blank text. */
  int rc = read_id(p, zFunc, "payer_id", argv[0], &a->payer, pzErr);
  if (rc == SQLITE_OK) rc = read_id(p, zFunc, "relative_id", argv[1], &a->relative, pzErr);
  /* relation, on_date [, payer_region, relative_region]: exactly as can_share reads them. */
  if (rc == SQLITE_OK) rc = sharing_args(p, zFunc, argc - 2, argv + 2, &a->share, pzErr);
  return rc;
}

unsigned binding_deps(const BindingArgs *a) {
  return sharing_deps(&a->share) | DEPS_IDENTITY | TABLE_BIT(PT_PARAMETERS);
}
