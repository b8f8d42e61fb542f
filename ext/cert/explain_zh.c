/*
** The Chinese of explain_cert_deadline's rows (detail_zh): what a 12333 clerk reads out to the pensioner, the
** same facts as the English detail. explain_zh (policy/explain.c) adds the title of the document each row cites.
**
**   “西安市”即西安市（610100），依次按西安市、陕西省、全国的规定查找认证规则。
**   陕西省（企业职工基本养老保险）自2021年1月1日起适用：上次认证满一年的同一天。
**   上次认证是2024年3月15日，按“上次认证后第12个自然月的月末”，最迟须在2025年3月31日前（含当天）再次认证。
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "cert/cert.h"
#include "policy/explain.h"
#include "regions/regions.h"
#include "util/date.h"
#include <string.h>

/* What a rule of the data means, in Chinese; a rule no table here knows (a layer's) by its name. */
static const char *rule_zh(const char *zRule, char *buf, int nBuf) {
  static const char *const azRule[][2] = {
      {"month_end_12", "上次认证后第12个自然月的月末"},
      {"month_end_12_counting", "认证当月算第1个月，第12个月的月末"},
      {"month_end_6", "上次认证后第6个月的月末"},
      {"anniversary", "上次认证满一年的同一天（2月29日认证的，次年2月28日）"},
      {"days_365", "以认证当天为第一天的365天周期的最后一天"},
      {"natural_year", "每个自然年认证一次，最迟在次年12月31日"},
      {"window_0401_0620", "每年4月1日至6月20日的认证期"},
  };
  size_t k;
  for (k = 0; k < sizeof(azRule) / sizeof(azRule[0]); k++) {
    if (strcmp(azRule[k][0], zRule) == 0) return azRule[k][1];
  }
  sqlite3_snprintf(nBuf, buf, "规则“%s”", zRule);
  return buf;
}

const char *cert_scheme_zh(const char *zScheme) {
  if (zScheme && strcmp(zScheme, "employee") == 0) return "企业职工基本养老保险";
  if (zScheme && strcmp(zScheme, "resident") == 0) return "城乡居民基本养老保险";
  return "各类养老保险";
}

char *cert_zh_by_rule(const char *zRule) {
  char buf[96];
  return sqlite3_mprintf("指定了规则：%s；提醒期按全国的规定。", rule_zh(zRule, buf, sizeof(buf)));
}

char *cert_zh_national(int given) {
  return sqlite3_mprintf(given ? "指定的是全国：按全国的默认规则。" : "没有指定地区：按全国的默认规则。");
}

char *cert_zh_region(const PolicyIndex *p, const CertChoice *c, const char *zGiven) {
  sqlite3_str *s = sqlite3_str_new(0);
  char zScope[128];
  int k;
  sqlite3_str_appendf(s, "“%s”即%s（%s），依次按", zGiven, c->pRegion->zName, c->pRegion->zCode);
  for (k = 0; k < c->nChain; k++) {
    cert_scope_name(p, c->azChain[k], zScope, sizeof(zScope));
    /* "西安市 610100" -> "西安市": the name is enough read out loud */
    sqlite3_str_appendf(s, "%s%.*s", k ? "、" : "", (int)strcspn(zScope, " "), zScope);
  }
  sqlite3_str_appendall(s, "的规定查找认证规则。");
  return sqlite3_str_finish(s);
}

char *cert_zh_depends_on_scheme(const char *zGiven) {
  return sqlite3_mprintf(
      "“%s”的认证规则因养老保险险种而不同，下面分别列出；next_cert_deadline()和cert_status()"
      "需要在地区后写明险种，例如“%s:employee”或“%s:resident”。",
      zGiven, zGiven, zGiven);
}

char *cert_zh_scheme_written(const char *zScheme) {
  return sqlite3_mprintf("地区后写明了险种：%s。", cert_scheme_zh(zScheme));
}

char *cert_zh_assignment(const PolicyRow *row, const char *zScope) {
  const char *zValidFrom = POLICY_CELL(row, CASSIGN_VALID_FROM);
  char zFrom[EXPLAIN_DATE_ZH_SIZE] = "一直", buf[96];
  int day;
  if (zValidFrom && date_parse(zValidFrom, (int)strlen(zValidFrom), &day) == DATE_OK) {
    explain_date_zh(day, zFrom);
    memcpy(zFrom + strlen(zFrom), "起", 4);
  }
  return sqlite3_mprintf("%.*s（%s）%s适用：%s。", (int)strcspn(zScope, " "), zScope,
                         cert_scheme_zh(POLICY_CELL(row, CASSIGN_SCHEME)), zFrom,
                         rule_zh(POLICY_CELL(row, CASSIGN_RULE), buf, sizeof(buf)));
}

char *cert_zh_deadline(const char *zRule, int lastCert, int deadline, int alternative) {
  char zLast[EXPLAIN_DATE_ZH_SIZE], zDeadline[EXPLAIN_DATE_ZH_SIZE], buf[96];
  explain_date_zh(lastCert, zLast);
  explain_date_zh(deadline, zDeadline);
  return sqlite3_mprintf("%s上次认证是%s，按“%s”，最迟须在%s前（含当天）再次认证。",
                         alternative ? "资料也可以这样理解（next_cert_deadline()不采用）：" : "", zLast,
                         rule_zh(zRule, buf, sizeof(buf)), zDeadline);
}

char *cert_zh_first_cycle(int yearAfter, int start, int deadline) {
  char zStart[EXPLAIN_DATE_ZH_SIZE], zDeadline[EXPLAIN_DATE_ZH_SIZE];
  explain_date_zh(start, zStart);
  explain_date_zh(deadline, zDeadline);
  return sqlite3_mprintf("新领取养老金的人：第一个认证周期%s，从%s起算，首次认证最迟在%s。",
                         yearAfter ? "从首次发放满一年起" : "从首次发放（或待遇确认）起", zStart, zDeadline);
}

char *cert_zh_reminder(int window, int from, int deadline) {
  char zFrom[EXPLAIN_DATE_ZH_SIZE], zDeadline[EXPLAIN_DATE_ZH_SIZE];
  if (window == 0) return sqlite3_mprintf("没有提醒期：过了截止日就是逾期。");
  explain_date_zh(from, zFrom);
  explain_date_zh(deadline, zDeadline);
  return sqlite3_mprintf("从%s到截止日%s（最后%d天），cert_status()显示“due”（应尽快认证）。", zFrom,
                         zDeadline, window);
}

/* The Chinese of the default data's outcomes (a layer's fact in English has only its item and title). */
static const char *const azFactWords[][2] = {
    {"payment suspended", "暂停发放养老金，认证后恢复"},
    {"payment suspended from the 13th month", "从第13个月开始暂停发放养老金"},
    {"resumed with back pay", "认证后恢复发放，并补发暂停期间的养老金"},
    {"entitlement verified",
     "社会保险经办机构通过数据比对和自助认证核验领取资格（社会保险经办条例第二十六条）"},
    {"no centralised yearly certification",
     "自2018年起不再集中认证：周期内随时可以通过数据比对、手机应用人脸识别"
     "（支付宝、微信、掌上12333）、线下窗口或上门服务认证"},
};

char *cert_zh_fact(int item, const char *zOutcome, const char *zDetail, int deadline) {
  static const char *const azItem[] = {"逾期未认证", "重新认证后", "资格认证的依据", "认证方式"};
  const char *zWords = explain_fact_zh(zOutcome, zDetail, azFactWords, SHEBAO_COUNT(azFactWords));
  const char *zItem = item >= 0 && item < (int)(sizeof(azItem) / sizeof(azItem[0])) ? azItem[item] : "其他";
  char zDeadline[EXPLAIN_DATE_ZH_SIZE] = "";
  if (item == CERT_FACT_OVERDUE) explain_date_zh(deadline, zDeadline);
  return sqlite3_mprintf("%s%s%s：%s。", zDeadline, zDeadline[0] ? "之后" : "", zItem,
                         zWords ? zWords : "见所依据的文件");
}
