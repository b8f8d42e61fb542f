/*
** The Chinese of explain_can_share's rows (detail_zh): what a 12333 clerk reads out to the person, the same
** facts as the English detail, row by row. explain_zh (policy/explain.c) adds the title of the document each
** row cites.
**
**   关系“祖父”即家庭关系代码61“祖父”（GB/T 4761-2008）。
**   祖父母、外祖父母属于近亲属（民法典第一千零四十五条）。
**   2025年3月1日，祖父母、外祖父母在家庭共济的范围内（参保地、所在省和全国的规定）。
**   苏州市（江苏省）和成都市（四川省）不在同一省份：两地都须在当天开通跨省共济。
**   结论：可以，2025年3月1日职工医保个人账户可以为这位亲属支付。
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "sharing/sharing.h"
#include "policy/explain.h"
#include <string.h>

/* "第1种理解（共2种）：" where the relation has several readings, else "". */
static void reading_prefix(int i, int n, char *buf, int nBuf) {
  buf[0] = 0;
  if (n > 1) sqlite3_snprintf(nBuf, buf, "第%d种理解（共%d种）：", i + 1, n);
}

static const char *class_zh(const ShareReading *r) {
  return r->pClass ? POLICY_CELL(r->pClass, KC_NAME_ZH) : "其他亲属";
}

char *share_zh_relation(const char *zTerm, const RelationCode *code) {
  if (code) {
    return sqlite3_mprintf("关系“%s”即家庭关系代码%s“%s”（GB/T 4761-2008）。", zTerm,
                           POLICY_CELL(code->pRow, REL_CODE), POLICY_CELL(code->pRow, REL_NAME));
  }
  return sqlite3_mprintf("关系“%s”没有单一的家庭关系代码，按它所指的亲属关系理解。", zTerm);
}

char *share_zh_near(const ShareReading *r, int i, int n) {
  char zPrefix[64];
  reading_prefix(i, n, zPrefix, sizeof(zPrefix));
  switch (r->verdict) {
  case KIN_NEAR:
    return sqlite3_mprintf("%s%s属于近亲属（民法典第一千零四十五条）。", zPrefix, class_zh(r));
  case KIN_CONDITIONAL:
    return sqlite3_mprintf("%s%s只有形成抚养教育关系才是近亲属（民法典第一千零七十二条），仅凭关系看不出来。",
                           zPrefix, class_zh(r));
  case KIN_UNDECIDABLE:
    return sqlite3_mprintf("%s关系没有具体说明，可能是也可能不是近亲属。", zPrefix);
  default:
    if (r->zPath[0] == 0 || r->zPath[0] == '|') return sqlite3_mprintf("%s是参保人本人。", zPrefix);
    return sqlite3_mprintf("%s%s不属于近亲属（民法典第一千零四十五条）。", zPrefix, class_zh(r));
  }
}

/* "在…范围内", "不在…范围内", or that the sources leave the day open. */
static const char *answer_zh(ObsAnswer a, const char *zYes, const char *zNo, const char *zOpen) {
  return a == OBS_YES ? zYes : a == OBS_NO ? zNo : zOpen;
}

char *share_zh_scope(const ShareDecision *d, const ShareReading *r, int i, int n) {
  char zPrefix[64], zDay[EXPLAIN_DATE_ZH_SIZE];
  reading_prefix(i, n, zPrefix, sizeof(zPrefix));
  explain_date_zh(d->day, zDay);
  return sqlite3_mprintf("%s%s，%s%s（%s）。", zPrefix, zDay, class_zh(r),
                         answer_zh(r->scope.answer, "在家庭共济的范围内", "不在家庭共济的范围内",
                                   "是否在家庭共济的范围内，现有资料无法确定"),
                         d->pPayer ? "参保地、所在省和全国的规定" : "全国的规定");
}

char *share_zh_later_bound(void) {
  return sqlite3_mprintf("这一天之后的一条资料；前后两条资料之间，这一天的情况无法确定。");
}

static const char *needs_zh(const ShareDecision *d) {
  return d->placeNeeds == PLACE_NEEDS_NONE    ? "对参保地没有要求"
         : d->placeNeeds == SCOPE_IN_PROVINCE ? "两地都须实行省内共济"
                                              : "两地都须在当天开通跨省共济";
}

char *share_zh_place(const PolicyIndex *p, const ShareDecision *d) {
  const char *zPayerProvince = region_at(p->pRegions, d->pPayer->iProvince)->zName;
  if (d->place == PLACE_SAME_REGION)
    return sqlite3_mprintf("申请人和亲属都在%s参保：%s。", d->pPayer->zName, needs_zh(d));
  if (d->place == PLACE_SAME_PROVINCE) {
    return sqlite3_mprintf("%s和%s是%s的两个统筹区：%s。", d->pPayer->zName, d->pRelative->zName,
                           zPayerProvince, needs_zh(d));
  }
  return sqlite3_mprintf("%s（%s）和%s（%s）不在同一省份：%s。", d->pPayer->zName, zPayerProvince,
                         d->pRelative->zName, region_at(p->pRegions, d->pRelative->iProvince)->zName,
                         needs_zh(d));
}

char *share_zh_region(const PolicyIndex *p, const Region *r, const ObsVerdict *v, int needs, int day) {
  char zDay[EXPLAIN_DATE_ZH_SIZE];
  const char *zScope = needs == SCOPE_CROSS_PROVINCE ? "跨省共济" : "省内共济";
  explain_date_zh(day, zDay);
  return sqlite3_mprintf("%s（%s，%s）%s%s%s%s。", r->zName, r->zCode,
                         region_at(p->pRegions, r->iProvince)->zName, zDay,
                         answer_zh(v->answer, "已开通", "尚未开通", "是否已开通"), zScope,
                         v->answer == OBS_UNKNOWN ? "，现有资料无法确定" : "");
}

/* The Chinese of the default data's outcomes (a layer's fact in English has only its item and title). */
static const char *const azFactWords[][2] = {
    {"a relative enrolled in basic medical insurance",
     "已参保的近亲属，职工医保或居民医保均可；共济的只是钱，亲属用自己的医保卡"},
    {"own share and resident contributions",
     "支付近亲属参加居民医保的个人缴费，以及在定点医药机构就医购药的个人自付费用"},
    {"a near relative", "转给近亲属的医保钱包；转账人和收款人的地区都须开通医保钱包"},
    {"medical costs and resident contributions", "可以跨省用于近亲属缴纳居民医保和支付医疗费用"},
    {"a near relative insured in either scheme", "8类近亲属（配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙"
                                                 "子女、外孙子女），参加职工医保或居民医保均可"},
    {"a standing relation",
     "共济关系由双方自愿建立或解除，可一对多、双向共济；任何一方参保终止或跨统筹地区转移时自动终止"},
    {"a quota frozen for the payer",
     "转出人在医保钱包设定共济额度，这部分个人账户资金自己不能使用；关系解除后未用完的额度退回"},
    {"own share, resident and long-term-care contributions",
     "支付近亲属在定点医疗机构的个人负担、在定点药店购买药品器械耗材，以及居民医保和长期护理险的个人缴费"},
    {"monthly clearing", "资金按月全额清算，与异地就医相同：国家统一清分、省市分级清算"},
};

char *share_zh_fact(const char *zItem, const char *zOutcome, const char *zDetail) {
  static const char *const azItem[][2] = {{"recipient", "共济对象"},
                                          {"relation", "共济关系"},
                                          {"quota", "额度"},
                                          {"uses", "用途"},
                                          {"clearing", "结算"}};
  const char *zItemZh = zItem;
  const char *zWords = explain_fact_zh(zOutcome, zDetail, azFactWords, SHEBAO_COUNT(azFactWords));
  size_t k;
  for (k = 0; k < sizeof(azItem) / sizeof(azItem[0]); k++) {
    if (strcmp(azItem[k][0], zItem) == 0) zItemZh = azItem[k][1];
  }
  return zWords ? sqlite3_mprintf("%s：%s。", zItemZh, zWords)
                : sqlite3_mprintf("%s：见所依据的文件。", zItemZh);
}

char *share_zh_outcome(const ShareDecision *d, int dependsOnFamily) {
  char zDay[EXPLAIN_DATE_ZH_SIZE];
  explain_date_zh(d->day, zDay);
  if (d->result == TRI_YES)
    return sqlite3_mprintf("结论：可以，%s职工医保个人账户可以为这位亲属支付。", zDay);
  if (d->relation == TRI_NO) return sqlite3_mprintf("结论：不可以，%s这一关系不在家庭共济的范围内。", zDay);
  if (d->placeResult == TRI_NO)
    return sqlite3_mprintf("结论：不可以，按参保地的规定，%s两地之间不能共济。", zDay);
  if (d->relation == TRI_UNKNOWN && dependsOnFamily)
    return sqlite3_mprintf("结论：无法确定，要看关系本身看不出来的情况（例如是否形成抚养教育关系）。");
  return sqlite3_mprintf("结论：无法确定，现有资料对%s没有定论（见上面各行）。", zDay);
}
