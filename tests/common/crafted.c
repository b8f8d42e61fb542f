/* Colliding source ids (see crafted.h): the old hash inverted, for 7-byte keys. */
#include "crafted.h"
#include <stdio.h>
#include <string.h>

#define OLD_SEED 0x9E3779B97F4A7C15ULL
#define OLD_MUL 0xC4CEB9FE1A85EC53ULL

/* The hash of ext/util/strmap.c before its maps were keyed, for keys shorter than 8 bytes. */
static unsigned old_hash_short(const char *z, int n) {
  unsigned long long h = OLD_SEED ^ (unsigned long long)n, w = 0;
  int i;
  for (i = 0; i < n; i++)
    w |= (unsigned long long)(unsigned char)z[i] << (8 * i);
  h = (h ^ w) * OLD_MUL;
  h ^= h >> 32;
  return (unsigned)h;
}

unsigned crafted_old_slot(const char *z, int n, unsigned mask) {
  return old_hash_short(z, n) & mask;
}

/* The inverse of OLD_MUL modulo 2^64 (Newton's iteration: each step doubles the correct low bits). */
static unsigned long long inverse(unsigned long long a) {
  unsigned long long x = a;
  int i;
  for (i = 0; i < 6; i++)
    x *= 2 - a * x;
  return x;
}

static unsigned long long rngState = 0x5EBA0CAFEULL;
static unsigned long long rng(void) {
  rngState ^= rngState << 13;
  rngState ^= rngState >> 7;
  rngState ^= rngState << 17;
  return rngState;
}

/* A 7-byte key (no NUL byte) whose old hash has its low 18 bits equal to `target`: the same slot in any map of
** up to 2^18 slots (the maps of 120,000 ids have 2^18). Found by choosing the product and dividing back. */
static void colliding_key(unsigned target, char out[8]) {
  static const unsigned mask = (1u << 18) - 1;
  unsigned long long inv = inverse(OLD_MUL);
  for (;;) {
    unsigned long long hi = rng() & 0xffffffffULL, lo = rng() & 0xffffffffULL, w;
    int i, ok = 1;
    lo = (lo & ~(unsigned long long)mask) | ((target ^ (unsigned)hi) & mask);
    w = ((hi << 32 | lo) * inv) ^ OLD_SEED ^ 7ULL;
    if (w >> 56) continue;
    for (i = 0; i < 7 && ok; i++) {
      out[i] = (char)(w >> (8 * i));
      ok = out[i] != 0 && out[i] != '|';
    }
    if (!ok) continue;
    out[7] = 0;
    return;
  }
}

int crafted_sources(sqlite3 *db, int n, int colliding) {
  sqlite3_stmt *stmt = 0;
  int i,
      rc = sqlite3_exec(db,
                        "CREATE TABLE IF NOT EXISTS main.shebao_policy_sources(source_id TEXT PRIMARY KEY, "
                        "doc_number TEXT, title TEXT NOT NULL, issuer TEXT, published TEXT, effective TEXT, "
                        "url TEXT, note TEXT, firmness TEXT); BEGIN",
                        0, 0, 0);
  if (rc == SQLITE_OK) {
    rc = sqlite3_prepare_v2(
        db, "INSERT OR IGNORE INTO main.shebao_policy_sources(source_id, title) VALUES (?1, 't')", -1, &stmt,
        0);
  }
  for (i = 0; rc == SQLITE_OK && i < n;) {
    char zId[16];
    if (colliding)
      colliding_key(0x2A5A5, zId);
    else
      snprintf(zId, sizeof(zId), "src-%d", i);
    sqlite3_bind_text(stmt, 1, zId, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
    if (sqlite3_changes(db)) i++;
    sqlite3_reset(stmt);
  }
  sqlite3_finalize(stmt);
  if (rc == SQLITE_OK) rc = sqlite3_exec(db, "COMMIT", 0, 0, 0);
  return rc;
}
