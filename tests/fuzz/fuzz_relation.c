/*
** Fuzz target: relation terms (ext/util/text.c normalisation, ext/relations/ lookups and kin-path derivation).
** The input is a term; bytes after a 0x1F byte are a second term (for the two-member form). Besides the
** sanitizers, it checks that the functions agree with each other:
**   - relation_code(x) = c (not NULL) => relation_code(c) = c, relation_name(x) = relation_name(c), not NULL,
**     and is_near_relative(x) answers (no error), but for a code written with one digit ('1' for 01), which a
**     decision refuses; blank text is NULL everywhere (no rows from a table);
**   - is_near_relative(x) raises "is_near_relative(): unknown relation '...' (relation)" exactly when
**     can_share(x, '2025-01-01') raises its error for the relation, and then relation_code(x) is NULL;
**   - is_near_relative(a, b) raises an error only when a or b is unknown (or an ambiguous pinyin key), naming
**     that argument; can_share_between(a, b, '2025-01-01') answers as it does (every near relative may share
**     from 2024-08-01) or raises the same error, and explain_can_share_between ends with its outcome;
**   - explain_can_share(x, date) ends with the outcome can_share(x, date) gives: yes 1, no 0, undecided NULL;
**   - the same term as a blob is the error "... must be text, not a blob".
** Seeds: fixtures/fuzz/relation.
*/
#include "fuzz.h"
#include "util/text.h"

static void check_explain(const uint8_t *z, size_t n, const char *zDate) {
  sqlite3_stmt *share = fuzz_stmt("SELECT can_share(?1, ?2)");
  sqlite3_stmt *explain = fuzz_stmt("SELECT outcome FROM explain_can_share(?1, ?2) WHERE rule = 'outcome'");
  FuzzResult a, b;
  sqlite3_bind_text(share, 1, (const char *)z, (int)n, SQLITE_TRANSIENT);
  sqlite3_bind_text(share, 2, zDate, -1, SQLITE_STATIC);
  fuzz_step(share, "can_share(): ", &a);
  sqlite3_bind_text(explain, 1, (const char *)z, (int)n, SQLITE_TRANSIENT);
  sqlite3_bind_text(explain, 2, zDate, -1, SQLITE_STATIC);
  fuzz_step(explain, "explain_can_share(): ", &b);
  if (text_is_blank((const char *)z, (int)n)) { /* blank text is NULL: NULL, and no rows */
    FUZZ_CHECK(a.rc == SQLITE_OK && a.isNull && b.rc == SQLITE_OK && b.isNull && b.zText[0] == 0, "%s / %s",
               a.zText, b.zText);
    return;
  }
  FUZZ_CHECK((a.rc == SQLITE_OK) == (b.rc == SQLITE_OK), "can_share: %s; explain_can_share: %s", a.zText,
             b.zText);
  if (a.rc == SQLITE_OK) {
    const char *zWant = a.isNull ? "undecided" : strcmp(a.zText, "1") == 0 ? "yes" : "no";
    FUZZ_CHECK(strcmp(b.zText, zWant) == 0, "can_share %s, explain_can_share outcome %s", a.zText, b.zText);
  } else {
    FUZZ_CHECK(strcmp(a.zText + strlen("can_share"), b.zText + strlen("explain_can_share")) == 0,
               "different errors: %s / %s", a.zText, b.zText);
  }
}

/* can_share_between on a date when every near relative may share: is_near_relative(a, b)'s answer, or its
** error; and its explanation ends with the same outcome. */
static void check_between(const uint8_t *a, size_t nA, const uint8_t *b, size_t nB, const FuzzResult *pair) {
  sqlite3_stmt *share = fuzz_stmt("SELECT can_share_between(?1, ?2, '2025-01-01')");
  sqlite3_stmt *explain =
      fuzz_stmt("SELECT outcome FROM explain_can_share_between(?1, ?2, '2025-01-01') WHERE rule = 'outcome'");
  FuzzResult s, e;
  const char *zWant;
  sqlite3_bind_text(share, 1, (const char *)a, (int)nA, SQLITE_TRANSIENT);
  sqlite3_bind_text(share, 2, (const char *)b, (int)nB, SQLITE_TRANSIENT);
  fuzz_step(share, "can_share_between(): ", &s);
  sqlite3_bind_text(explain, 1, (const char *)a, (int)nA, SQLITE_TRANSIENT);
  sqlite3_bind_text(explain, 2, (const char *)b, (int)nB, SQLITE_TRANSIENT);
  fuzz_step(explain, "explain_can_share_between(): ", &e);
  FUZZ_CHECK((s.rc == SQLITE_OK) == (pair->rc == SQLITE_OK), "is_near_relative: %s; can_share_between: %s",
             pair->zText, s.zText);
  if (text_is_blank((const char *)a, (int)nA) || text_is_blank((const char *)b, (int)nB)) {
    FUZZ_CHECK(s.rc == SQLITE_OK && s.isNull && e.rc == SQLITE_OK && e.isNull && e.zText[0] == 0, "%s / %s",
               s.zText, e.zText);
    return;
  }
  if (s.rc != SQLITE_OK) {
    FUZZ_CHECK(strcmp(s.zText + strlen("can_share_between"), pair->zText + strlen("is_near_relative")) == 0,
               "different errors: %s / %s", pair->zText, s.zText);
    return;
  }
  FUZZ_CHECK(s.isNull == pair->isNull && (s.isNull || strcmp(s.zText, pair->zText) == 0),
             "is_near_relative %s, can_share_between %s", pair->zText, s.zText);
  zWant = s.isNull ? "undecided" : strcmp(s.zText, "1") == 0 ? "yes" : "no";
  FUZZ_CHECK(e.rc == SQLITE_OK && strcmp(e.zText, zWant) == 0, "can_share_between %s, explain outcome %s",
             s.zText, e.zText);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const uint8_t *sep = memchr(data, 0x1f, size);
  size_t nA = sep ? (size_t)(sep - data) : size;
  const uint8_t *b = sep ? sep + 1 : data;
  size_t nB = sep ? size - nA - 1 : size;
  FuzzResult code, name, near, share, pair;
  int shortCode;
  if (size > 100000) return 0;

  fuzz_text1("SELECT relation_code(?1)", "relation_code(): ", data, nA, &code);
  FUZZ_CHECK(code.rc == SQLITE_OK, "relation_code is a lookup: %s", code.zText);
  fuzz_text1("SELECT relation_name(?1)", "relation_name(): ", data, nA, &name);
  FUZZ_CHECK(name.rc == SQLITE_OK, "relation_name is a lookup: %s", name.zText);
  fuzz_text1("SELECT is_near_relative(?1)", "is_near_relative(): ", data, nA, &near);
  fuzz_text1("SELECT can_share(?1, '2025-01-01')", "can_share(): ", data, nA, &share);
  FUZZ_CHECK((near.rc == SQLITE_OK) == (share.rc == SQLITE_OK), "is_near_relative: %s; can_share: %s",
             near.zText, share.zText);
  /* A code written with one digit ('1' for 01): the lookup pads it, a decision refuses it. */
  shortCode = near.rc != SQLITE_OK && strstr(near.zText, "' is not a relation code (relation): ") != 0;
  if (shortCode) {
    FUZZ_CHECK(!code.isNull && code.zText[0] == '0', "refused as a short code, but relation_code %s: %s",
               code.zText, near.zText);
  } else if (near.rc != SQLITE_OK) {
    FUZZ_CHECK(code.isNull, "relation_code %s but is_near_relative: %s", code.zText, near.zText);
    FUZZ_CHECK((strncmp(near.zText, "is_near_relative(): unknown relation '", 38) == 0 ||
                strncmp(near.zText, "is_near_relative(): ambiguous relation '", 40) == 0) &&
                   strstr(near.zText, "' (relation)") != 0,
               "%s", near.zText);
  }
  if (!code.isNull) {
    FuzzResult again, name2;
    FUZZ_CHECK(near.rc == SQLITE_OK || shortCode, "relation_code %s but is_near_relative: %s", code.zText,
               near.zText);
    FUZZ_CHECK(!name.isNull, "relation_code %s but relation_name NULL", code.zText);
    fuzz_text1("SELECT relation_code(?1)", 0, (const uint8_t *)code.zText, strlen(code.zText), &again);
    FUZZ_CHECK(strcmp(again.zText, code.zText) == 0, "relation_code(%s) = %s", code.zText, again.zText);
    fuzz_text1("SELECT relation_name(?1)", 0, (const uint8_t *)code.zText, strlen(code.zText), &name2);
    FUZZ_CHECK(strcmp(name2.zText, name.zText) == 0, "relation_name %s / %s", name.zText, name2.zText);
  }
  check_explain(data, nA, "2025-01-01");
  check_explain(data, nA, "2021-04-22");

  {
    sqlite3_stmt *stmt = fuzz_stmt("SELECT is_near_relative(?1, ?2)");
    FuzzResult nearB;
    fuzz_text1("SELECT is_near_relative(?1)", "is_near_relative(): ", b, nB, &nearB);
    sqlite3_bind_text(stmt, 1, (const char *)data, (int)nA, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 2, (const char *)b, (int)nB, SQLITE_TRANSIENT);
    fuzz_step(stmt, "is_near_relative(): ", &pair);
    if (text_is_blank((const char *)data, (int)nA) || text_is_blank((const char *)b, (int)nB)) {
      FUZZ_CHECK(pair.rc == SQLITE_OK && pair.isNull, "a blank argument, but %s", pair.zText);
    } else if (near.rc == SQLITE_OK && nearB.rc == SQLITE_OK) {
      FUZZ_CHECK(pair.rc == SQLITE_OK, "both known, but %s", pair.zText);
    } else {
      FUZZ_CHECK(pair.rc != SQLITE_OK && strstr(pair.zText, near.rc ? "(a_to_head)" : "(b_to_head)"), "%s",
                 pair.zText);
    }
    check_between(data, nA, b, nB, &pair);
  }
  {
    sqlite3_stmt *stmt = fuzz_stmt("SELECT relation_code(?1)");
    FuzzResult blob;
    sqlite3_bind_blob(stmt, 1, data, (int)nA, SQLITE_TRANSIENT);
    fuzz_step(stmt, "relation_code(): ", &blob);
    FUZZ_CHECK(blob.rc == SQLITE_ERROR &&
                   strcmp(blob.zText, "relation_code(): term must be text, not a blob") == 0,
               "%s", blob.zText);
  }
  return 0;
}
