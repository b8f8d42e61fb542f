/*
** Fuzz target: resident identity numbers (ext/identity/idcard.c parsing and check character, ext/identity/
** functions). The input is a number as a user writes it; bytes after a 0x1F byte are a date for id_age and
** needs_face_photo. Besides the sanitizers, it checks:
**   - idcard_parse: on ID_OK, the 18-character form is 17 digits and the check character idcard_check_char
**     computes; its birth date and sex are those its digits say; parsing the 18-character form again gives
** the
**     same number (the normal form is a fixed point);
**   - id_valid(x) is 0 or 1, never an error for text, and 1 only where idcard_parse says ID_OK;
**   - id_normalize(x) is NULL exactly when id_valid(x) is 0; otherwise it is valid, its own normal form, and
**     id_birth_date, id_sex and id_region agree between x and it;
**   - id_age(x, date) and needs_face_photo(x, date): no error for a valid number and a real date; an error
** for
**     an impossible or malformed date names on_date; needs_face_photo's error for what is neither a number
**     nor a date names id_or_birth_date;
**   - the number as an INTEGER (when it is digits only) is as valid as the text.
** Seeds: fixtures/fuzz/identity.
*/
#include "fuzz.h"
#include "util/date.h"
#include "util/text.h"
#include "identity/idcard.h"

static void check_parse(const uint8_t *z, size_t n, IdStatus *pStatus) {
  IdCard c, again;
  char zDay[DATE_TEXT_LEN + 1];
  int i;
  *pStatus = idcard_parse((const char *)z, (int)n, &c);
  if (*pStatus != ID_OK) return;
  FUZZ_CHECK(strlen(c.zNumber) == IDCARD_LEN, "normal form %s", c.zNumber);
  for (i = 0; i < IDCARD_LEN - 1; i++)
    FUZZ_CHECK(c.zNumber[i] >= '0' && c.zNumber[i] <= '9', "%s", c.zNumber);
  FUZZ_CHECK(idcard_check_char(c.zNumber) == c.zNumber[17], "%s: check character %c", c.zNumber,
             idcard_check_char(c.zNumber));
  date_format(c.birthDay, zDay);
  FUZZ_CHECK(memcmp(zDay, c.zNumber + 6, 4) == 0 && memcmp(zDay + 5, c.zNumber + 10, 2) == 0 &&
                 memcmp(zDay + 8, c.zNumber + 12, 2) == 0,
             "%s born %s", c.zNumber, zDay);
  FUZZ_CHECK(c.sex == ((c.zNumber[16] - '0') % 2 ? 'M' : 'F'), "%s sex %c", c.zNumber, c.sex);
  FUZZ_CHECK(c.prefix == (c.zNumber[0] - '0') * 10 + (c.zNumber[1] - '0'), "%s prefix %d", c.zNumber,
             c.prefix);
  FUZZ_CHECK(idcard_parse(c.zNumber, IDCARD_LEN, &again) == ID_OK && strcmp(again.zNumber, c.zNumber) == 0 &&
                 again.birthDay == c.birthDay && !again.legacy,
             "%s does not parse to itself", c.zNumber);
}

static void text1(const char *zSql, const char *zPrefix, const char *z, FuzzResult *r) {
  fuzz_text1(zSql, zPrefix, (const uint8_t *)z, strlen(z), r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const uint8_t *sep = memchr(data, 0x1f, size);
  size_t nId = sep ? (size_t)(sep - data) : size;
  const uint8_t *zDate = sep ? sep + 1 : (const uint8_t *)"2024-06-01";
  size_t nDate = sep ? size - nId - 1 : 10;
  IdStatus st;
  FuzzResult valid, norm, age, face;
  int dateOk, dateBlank, day;
  if (size > 100000) return 0;
  check_parse(data, nId, &st);

  fuzz_text1("SELECT id_valid(?1)", "id_valid(): ", data, nId, &valid);
  if (text_is_blank((const char *)data, (int)nId)) { /* blank text is NULL */
    FUZZ_CHECK(valid.rc == SQLITE_OK && valid.isNull, "id_valid of blank text: %s", valid.zText);
    return 0;
  }
  FUZZ_CHECK(valid.rc == SQLITE_OK && (strcmp(valid.zText, "0") == 0 || strcmp(valid.zText, "1") == 0), "%s",
             valid.zText);
  FUZZ_CHECK(st == ID_OK || strcmp(valid.zText, "0") == 0, "idcard_parse says %d, id_valid 1", st);
  fuzz_text1("SELECT id_normalize(?1)", "id_normalize(): ", data, nId, &norm);
  FUZZ_CHECK(norm.rc == SQLITE_OK && norm.isNull == (strcmp(valid.zText, "0") == 0),
             "id_valid %s, id_normalize %s", valid.zText, norm.zText);
  if (!norm.isNull) {
    static const char *const azField[] = {"SELECT id_birth_date(?1)", "SELECT id_sex(?1)",
                                          "SELECT id_region(?1)"};
    FuzzResult again;
    size_t f;
    text1("SELECT id_valid(?1)", 0, norm.zText, &again);
    FUZZ_CHECK(strcmp(again.zText, "1") == 0, "id_valid(%s) = %s", norm.zText, again.zText);
    text1("SELECT id_normalize(?1)", 0, norm.zText, &again);
    FUZZ_CHECK(strcmp(again.zText, norm.zText) == 0, "id_normalize(%s) = %s", norm.zText, again.zText);
    for (f = 0; f < sizeof(azField) / sizeof(azField[0]); f++) {
      FuzzResult a, b;
      fuzz_text1(azField[f], 0, data, nId, &a);
      text1(azField[f], 0, norm.zText, &b);
      FUZZ_CHECK(!a.isNull && strcmp(a.zText, b.zText) == 0, "%s: %s / %s", azField[f], a.zText, b.zText);
    }
  }

  dateBlank = text_is_blank((const char *)zDate, (int)nDate); /* NULL, as NULL is: no error */
  dateOk = date_parse((const char *)zDate, (int)nDate, &day) == DATE_OK || dateBlank;
  {
    sqlite3_stmt *stmt = fuzz_stmt("SELECT id_age(?1, ?2)");
    sqlite3_bind_text(stmt, 1, (const char *)data, (int)nId, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 2, (const char *)zDate, (int)nDate, SQLITE_TRANSIENT);
    fuzz_step(stmt, "id_age(): ", &age);
    FUZZ_CHECK((age.rc == SQLITE_OK) == dateOk, "date %s, id_age %s", dateOk ? "ok" : "bad", age.zText);
    if (age.rc) FUZZ_CHECK(strstr(age.zText, "(on_date)") != 0, "%s", age.zText);
    if (norm.isNull && age.rc == SQLITE_OK)
      FUZZ_CHECK(age.isNull, "id_age of an invalid number: %s", age.zText);
    else if (age.rc == SQLITE_OK && !age.isNull)
      FUZZ_CHECK(atoi(age.zText) >= 0, "age %s", age.zText);
  }
  {
    sqlite3_stmt *stmt = fuzz_stmt("SELECT needs_face_photo(?1, ?2)");
    sqlite3_bind_text(stmt, 1, (const char *)data, (int)nId, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 2, (const char *)zDate, (int)nDate, SQLITE_TRANSIENT);
    fuzz_step(stmt, "needs_face_photo(): ", &face);
    if (face.rc == SQLITE_OK) {
      FUZZ_CHECK(face.isNull ? dateBlank : strcmp(face.zText, "0") == 0 || strcmp(face.zText, "1") == 0, "%s",
                 face.zText);
    } else {
      FUZZ_CHECK(strstr(face.zText, "(on_date)") || strstr(face.zText, "(id_or_birth_date)"), "%s",
                 face.zText);
      if (!norm.isNull && dateOk) FUZZ_CHECK(strstr(face.zText, "born after") != 0, "%s", face.zText);
    }
  }

  /* digits only: the same number as an INTEGER */
  if (nId > 0 && nId < 19) {
    size_t i;
    int digits = 1;
    for (i = 0; i < nId; i++)
      digits &= data[i] >= '0' && data[i] <= '9';
    if (digits && data[0] != '0') {
      sqlite3_stmt *stmt = fuzz_stmt("SELECT id_valid(?1)");
      FuzzResult asInt;
      char buf[32];
      memcpy(buf, data, nId);
      buf[nId] = 0;
      sqlite3_bind_int64(stmt, 1, strtoll(buf, 0, 10));
      fuzz_step(stmt, "id_valid(): ", &asInt);
      FUZZ_CHECK(strcmp(asInt.zText, valid.zText) == 0, "%s: as text %s, as integer %s", buf, valid.zText,
                 asInt.zText);
    }
  }
  return 0;
}
