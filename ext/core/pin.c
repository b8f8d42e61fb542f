/*
** One statement, one policy: the index a statement answers from is pinned to it from its first call to its
** end, whatever another connection commits meanwhile, so that a GROUP BY, a recursive CTE or a join never
** sees two policies.
**
** SQLite gives a library no hook at the start of a statement, but it gives each running statement a list of
** auxiliary data that lives until the statement ends (it is freed when the statement halts, is reset or is
** finalized) and that every function call of the statement can reach, whatever part of the statement it is
** in, when it is kept under a negative key (sqlite3_get_auxdata(ctx, N) with N < 0, which SQLite's own JSON
** functions use in current versions; 3.40 behaves the same, and the tests run on both). The first call of a
** statement finds none: it checks the connection's index (shebao_conn_validate), keeps a reference in a pin
** and leaves the pin there; the other calls find it. The connection never replaces its index while a pin is
** alive (nPinned), so a statement that started meanwhile gets the same one. A trigger program has a list of
** its own: if its statement holds a pin, its first call gets the same index; if not (the statement calls
** shebao only in its triggers), it answers from the policy as the statement has changed it so far, as
** SQLite's triggers see the rows. A virtual table's cursor, which has no sqlite3_context, holds a pin of its
** own for its life.
**
** The cost: one list lookup per call; per statement, one check of the connection's index (core/conn.c) and
** one small allocation.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/policy.h"

/* The key of the pin among a statement's auxiliary data: negative (the statement's, not an argument's), and
** not one SQLite uses itself. */
#define PIN_AUXDATA (-0x5EBA0)

typedef struct StatementPin {
  ShebaoConn *conn;
  PolicyIndex *p;
  int today; /* the statement's today (shebao_call_today), or 0 until a call asks for it */
} StatementPin;

static void pin_release(void *pArg) {
  StatementPin *pin = (StatementPin *)pArg;
  shebao_scan_release(pin->conn, pin->p);
  shebao_conn_unref(pin->conn);
  sqlite3_free(pin);
}

int shebao_call_policy(sqlite3_context *ctx, PolicyIndex **pp, char **pzErr) {
  const ShebaoRegistration *r = (const ShebaoRegistration *)sqlite3_user_data(ctx);
  StatementPin *pin = (StatementPin *)sqlite3_get_auxdata(ctx, PIN_AUXDATA);
  char zWho[64];
  int rc;
  if (pin) {
    *pp = pin->p;
    return SQLITE_OK;
  }
  pin = sqlite3_malloc64(sizeof(*pin));
  if (pin == 0) return SQLITE_NOMEM;
  sqlite3_snprintf(sizeof(zWho), zWho, "%s()", r->zName);
  rc = shebao_scan_policy(r->conn, zWho, &pin->p, pzErr);
  if (rc != SQLITE_OK) {
    sqlite3_free(pin);
    return rc;
  }
  pin->conn = r->conn;
  pin->today = 0;
  shebao_conn_ref(r->conn);
  /* SQLite frees the pin itself when it cannot keep it (out of memory): the statement then fails, rather
  ** than letting its next call check the index again. */
  sqlite3_set_auxdata(ctx, PIN_AUXDATA, pin, pin_release);
  if (sqlite3_get_auxdata(ctx, PIN_AUXDATA) != pin) return SQLITE_NOMEM;
  *pp = pin->p;
  return SQLITE_OK;
}

int shebao_scan_policy(ShebaoConn *conn, const char *zWho, PolicyIndex **pp, char **pzErr) {
  PolicyIndex *p = 0;
  int rc = shebao_conn_validate(conn, zWho, &p, pzErr);
  if (rc != SQLITE_OK) return shebao_policy_error(rc); /* *pp untouched: the caller holds no pin */
  policy_index_ref(p);
  conn->nPinned++;
  *pp = p;
  return SQLITE_OK;
}

void shebao_scan_release(ShebaoConn *conn, PolicyIndex *p) {
  if (p == 0) return;
  conn->nPinned--;
  policy_index_unref(p);
}

int shebao_call_today(sqlite3_context *ctx) {
  StatementPin *pin = (StatementPin *)sqlite3_get_auxdata(ctx, PIN_AUXDATA);
  if (pin == 0) return shebao_today();
  if (pin->today == 0) pin->today = shebao_today();
  return pin->today;
}
