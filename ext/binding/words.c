/*
** The words explain_binding() uses in both languages: dates, sexes, who is who, and what each order of birth
** means, so that the English detail and the Chinese detail_zh say the same thing.
*/
#include "binding/binding.h"
SQLITE_EXTENSION_INIT3
#include "util/date.h"
#include <string.h>

void binding_date_zh(int day, char *buf) {
  int y, m, d;
  date_to_ymd(day, &y, &m, &d);
  sqlite3_snprintf(BINDING_DATE_ZH_SIZE, buf, "%d年%d月%d日", y, m, d);
}

void binding_quote_zh(const char *zQuoted, char *buf) {
  int n = (int)strlen(zQuoted);
  if (n >= 2 && zQuoted[0] == '\'' && zQuoted[n - 1] == '\'')
    sqlite3_snprintf(BINDING_QUOTE_ZH_SIZE, buf, "“%.*s”", n - 2, zQuoted + 1);
  else
    sqlite3_snprintf(BINDING_QUOTE_ZH_SIZE, buf, "%s", zQuoted);
}

void binding_text_date_zh(const char *zDate, char *buf) {
  int day;
  if (zDate && date_parse_or(zDate, &day, 0))
    binding_date_zh(day, buf);
  else
    sqlite3_snprintf(BINDING_DATE_ZH_SIZE, buf, "%s", zDate ? zDate : "");
}

const char *binding_sex_en(char sex) {
  return sex == 'M' ? "male" : "female";
}

const char *binding_sex_zh(char sex) {
  return sex == 'M' ? "男性" : "女性";
}

/* Per BirthOrder: the rule, in English and in Chinese. */
static const char *const azOrderEn[] = {
    "", "a parent or grandparent is born before the payer", "a child or grandchild is born after the payer",
    "an elder sibling is born on the payer's date or before (twins share it)",
    "a younger sibling is born on the payer's date or after (twins share it)"};
static const char *const azOrderZh[] = {"", "父母、祖父母应早于申请人出生", "子女、孙子女应晚于申请人出生",
                                        "兄、姐应不晚于申请人出生（双胞胎可同日）",
                                        "弟、妹应不早于申请人出生（双胞胎可同日）"};

const char *binding_order_en(BirthOrder o) {
  return azOrderEn[o];
}

const char *binding_order_zh(BirthOrder o) {
  return azOrderZh[o];
}
