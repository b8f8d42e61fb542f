/*
** explain_binding: the binding_ok() decision, one row per check in order, each with its outcome, why in English
** (detail) and in Chinese for the person at the counter (detail_zh), and the document behind it.
**
**   SELECT rule, outcome, detail_zh FROM explain_binding('11010519491231002X', '110105197001010019', '儿子',
**                                                        '2025-03-01');
**
**   rule: payer_id, relative_id, same_person, relation, sex, birth_order, marriage_age, mutual_aid, outcome
**
** The rows come from the same binding_decide() that binding_ok() calls, so that the explanation and the answer
** cannot disagree. The mutual-aid and outcome rows: binding/explain_aid.c. The table itself: policy/explain.c.
*/
#include "binding/binding.h"
SQLITE_EXTENSION_INIT3
#include "util/date.h"
#include "util/text.h"

#define FN "explain_binding"
#define ID_SOURCE "gb-11643-1999"

static const char *const azInvalidEn[] = {
    "", "is not an identity number: 18 characters (17 digits, then a digit or X) or 15 digits",
    "has no real birth date in it", "has the wrong check character: a character is mistyped",
    "does not start with the code of a province"};
static const char *const azInvalidZh[] = {
    "", "格式不对：应为18位（前17位是数字，最后一位是数字或X）或15位数字", "中的出生日期不存在",
    "的校验码不对，有号码写错", "的前两位不是省级行政区代码"};

/* One identity number: valid (its sex and birth date), or why not. */
static void explain_id(Explanation *e, const char *zRule, const BindingId *id, const char *zWhoZh) {
  char q[TEXT_QUOTE_SIZE], qz[BINDING_QUOTE_ZH_SIZE], zDate[DATE_TEXT_LEN + 1], zDateZh[BINDING_DATE_ZH_SIZE];
  const IdCard *c = &id->card;
  BindingIdStatus st = binding_id_status(id);
  text_quote(q, sizeof(q), id->z, id->n);
  binding_quote_zh(q, qz);
  if (st != BID_VALID) {
    explain_add(e, 0, zRule, sqlite3_mprintf("invalid"), ID_SOURCE,
                sqlite3_mprintf("%s %s", q, azInvalidEn[st]));
    explain_add_zh(e, sqlite3_mprintf("%s身份证号码%s%s，请核对。", zWhoZh, qz, azInvalidZh[st]));
    return;
  }
  date_format(c->birthDay, zDate);
  binding_date_zh(c->birthDay, zDateZh);
  explain_add(e, 0, zRule, sqlite3_mprintf("valid"), ID_SOURCE,
              c->legacy ? sqlite3_mprintf("%s: valid, %s, born %s; the 15-digit form of %s", q,
                                          binding_sex_en(c->sex), zDate, c->zNumber)
                        : sqlite3_mprintf("%s: valid, %s, born %s", q, binding_sex_en(c->sex), zDate));
  explain_add_zh(e, c->legacy ? sqlite3_mprintf("%s身份证号码有效：%s，%s出生（15位旧号码，即%s）。", zWhoZh,
                                                binding_sex_zh(c->sex), zDateZh, c->zNumber)
                              : sqlite3_mprintf("%s身份证号码有效：%s，%s出生。", zWhoZh,
                                                binding_sex_zh(c->sex), zDateZh));
}

static void explain_same_person(Explanation *e, const BindingArgs *a, CheckOutcome c) {
  if (c == CHECK_SKIPPED) {
    explain_add(e, 0, "same_person", sqlite3_mprintf("not checked"), 0,
                sqlite3_mprintf("not checked: an identity number is not valid"));
    explain_add_zh(e, sqlite3_mprintf("身份证号码有误，无法核对是否同一人。"));
  } else if (c == CHECK_FAIL) {
    explain_add(e, 0, "same_person", sqlite3_mprintf("same"), ID_SOURCE,
                sqlite3_mprintf("both numbers are %s: one person, who cannot be bound to themself",
                                a->payer.card.zNumber));
    explain_add_zh(
        e, sqlite3_mprintf("两个号码是同一个人（%s），不能把自己绑定为亲属。", a->payer.card.zNumber));
  } else {
    explain_add(e, 0, "same_person", sqlite3_mprintf("different"), ID_SOURCE,
                sqlite3_mprintf("two people: %s and %s", a->payer.card.zNumber, a->relative.card.zNumber));
    explain_add_zh(e, sqlite3_mprintf("申请人和亲属是两个人。"));
  }
}

/* The classes of the relation's readings, joined ('child|step_child'), or in Chinese ('子女或继子女'). */
static char *reading_classes(const ShareDecision *s, int zh) {
  sqlite3_str *str = sqlite3_str_new(0);
  int i;
  for (i = 0; i < s->nReading; i++) {
    const PolicyRow *cls = s->aReading[i].pClass;
    const char *z = cls ? POLICY_CELL(cls, zh ? KC_NAME_ZH : KC_CLASS) : zh ? "其他" : "other";
    sqlite3_str_appendf(str, "%s%s", i == 0 ? "" : zh ? "或" : "|", z);
  }
  return sqlite3_str_finish(str);
}

/* The source of what the relation's kin paths say: its code's row, or its term's where it has no code. */
static const char *relation_source(const PolicyIndex *p, const RelationTerm *t) {
  return t->iCode >= 0 ? POLICY_CELL(p->pRelations->aCode[t->iCode].pRow, REL_SOURCE_ID)
                       : POLICY_CELL(t->pRow, TERM_SOURCE_ID);
}

/* The relation: its code and standard name, what it makes the relative, or that it is the payer themself. */
static void explain_relation(Explanation *e, const BindingArgs *a, const BindingDecision *d, const char *q,
                             const char *qz) {
  const RelationTerm *t = a->share.pTerm;
  const RelationCode *code = t->iCode >= 0 ? &e->p->pRelations->aCode[t->iCode] : 0;
  const char *zSource = relation_source(e->p, t);
  char *zZh = reading_classes(&d->share, 1);
  if (d->traits.isSelf) {
    explain_add(e, 0, "relation", sqlite3_mprintf("self"), zSource,
                sqlite3_mprintf("%s names the payer themself: binding adds another person", q));
    explain_add_zh(e, sqlite3_mprintf("关系%s指申请人本人，不能把本人作为亲属绑定。", qz));
  } else if (code) {
    explain_add(
        e, 0, "relation", reading_classes(&d->share, 0), zSource,
        sqlite3_mprintf("%s is GB/T 4761-2008 code %s %s, the relative's relation to the payer; kin path "
                        "'%s'",
                        q, t->zCode, t->zName, t->zKinPath));
    explain_add_zh(e, sqlite3_mprintf("关系%s即家庭关系代码%s“%s”：亲属是申请人的%s。", qz, t->zCode,
                                      t->zName, zZh ? zZh : ""));
  } else {
    explain_add(
        e, 0, "relation", reading_classes(&d->share, 0), zSource,
        sqlite3_mprintf("%s has no single GB/T 4761-2008 code: the relative's relation to the payer; kin "
                        "path '%s'",
                        q, t->zKinPath));
    explain_add_zh(e, sqlite3_mprintf("关系%s：亲属是申请人的%s。", qz, zZh ? zZh : ""));
  }
  if (zZh == 0) e->rc = SQLITE_NOMEM;
  sqlite3_free(zZh);
}

/* A check that could not be made because an identity number is not valid. */
static void explain_skipped(Explanation *e, const char *zRule, const char *zWhatZh) {
  explain_add(e, 0, zRule, sqlite3_mprintf("not checked"), 0,
              sqlite3_mprintf("not checked: an identity number is not valid"));
  explain_add_zh(e, sqlite3_mprintf("身份证号码有误，无法核对%s。", zWhatZh));
}

/* The sex the relation implies, and a spouse's: of the other sex. */
static void explain_sex(Explanation *e, const BindingArgs *a, const BindingDecision *d, const char *q,
                        const char *qz) {
  const BindingTraits *tr = &d->traits;
  char rel = a->relative.card.sex, pay = a->payer.card.sex;
  const char *zSource =
      tr->pSexRow ? POLICY_CELL(tr->pSexRow, PARAM_SOURCE_ID) : relation_source(e->p, a->share.pTerm);
  if (d->aCheck[BC_SEX] == CHECK_SKIPPED) {
    explain_skipped(e, "sex", "性别");
  } else if (d->aCheck[BC_SEX] == CHECK_NONE) {
    explain_add(e, 0, "sex", sqlite3_mprintf("not implied"), 0, sqlite3_mprintf("%s implies no sex", q));
    explain_add_zh(e, sqlite3_mprintf("关系%s不限定性别。", qz));
  } else if (tr->sex && tr->sex != rel) {
    explain_add(e, 0, "sex", sqlite3_mprintf("contradicts"), zSource,
                sqlite3_mprintf("%s is %s, but the relative's number says %s", q, binding_sex_en(tr->sex),
                                binding_sex_en(rel)));
    explain_add_zh(e, sqlite3_mprintf("关系%s应为%s，但亲属身份证号码显示为%s，关系与证件不符。", qz,
                                      binding_sex_zh(tr->sex), binding_sex_zh(rel)));
  } else if (tr->isSpouse) {
    int ok = rel != pay;
    explain_add(e, 0, "sex", sqlite3_mprintf(ok ? "consistent" : "contradicts"), "civil-code",
                sqlite3_mprintf("a spouse is of the other sex (Civil Code art. 1049): the payer is %s, the "
                                "relative %s",
                                binding_sex_en(pay), binding_sex_en(rel)));
    explain_add_zh(
        e, ok ? sqlite3_mprintf("配偶应为异性：申请人为%s，亲属为%s，相符。", binding_sex_zh(pay),
                                binding_sex_zh(rel))
              : sqlite3_mprintf("配偶应为异性，但申请人和亲属的身份证号码都显示为%s。", binding_sex_zh(pay)));
  } else {
    explain_add(e, 0, "sex", sqlite3_mprintf("consistent"), zSource,
                sqlite3_mprintf("%s is %s, as the relative's number says", q, binding_sex_en(tr->sex)));
    explain_add_zh(e, sqlite3_mprintf("关系%s应为%s，亲属身份证号码也是%s，相符。", qz,
                                      binding_sex_zh(tr->sex), binding_sex_zh(rel)));
  }
}

/* Per reading of a relation with several, whether its order of birth holds: "子女： 不可能; 继子女： 可能". */
static char *readings_order(const BindingDecision *d, int zh) {
  sqlite3_str *str = sqlite3_str_new(0);
  int i;
  for (i = 0; i < d->traits.nReading; i++) {
    const PolicyRow *cls = d->share.aReading[i].pClass;
    const char *zClass = cls ? POLICY_CELL(cls, zh ? KC_NAME_ZH : KC_CLASS) : zh ? "其他" : "other";
    if (zh)
      sqlite3_str_appendf(str, "%s按“%s”%s", i ? "，" : "", zClass, d->aOrderOk[i] ? "可能" : "不可能");
    else
      sqlite3_str_appendf(str, "%sas %s %s", i ? ", " : "", zClass,
                          d->aOrderOk[i] ? "possible" : "impossible");
  }
  return sqlite3_str_finish(str);
}

/* The order of birth the relation implies, with both dates. */
static void explain_order(Explanation *e, const BindingArgs *a, const BindingDecision *d, const char *q,
                          const char *qz) {
  static const char *const azOutcome[] = {"consistent", "contradicts", "", "", "partly"};
  const BindingTraits *tr = &d->traits;
  CheckOutcome c = d->aCheck[BC_BIRTH_ORDER];
  const char *zSource = relation_source(e->p, a->share.pTerm);
  char zRel[DATE_TEXT_LEN + 1], zPay[DATE_TEXT_LEN + 1], zRelZh[BINDING_DATE_ZH_SIZE],
      zPayZh[BINDING_DATE_ZH_SIZE];
  char *zEn, *zZh;
  BirthOrder o = ORDER_NONE;
  int i;
  if (c == CHECK_SKIPPED) {
    explain_skipped(e, "birth_order", "出生先后");
    return;
  }
  if (c == CHECK_NONE) {
    explain_add(e, 0, "birth_order", sqlite3_mprintf("not implied"), 0,
                sqlite3_mprintf("%s implies no order of birth", q));
    explain_add_zh(e, sqlite3_mprintf("关系%s不涉及出生先后。", qz));
    return;
  }
  for (i = 0; i < tr->nReading && o == ORDER_NONE; i++)
    o = tr->aOrder[i];
  date_format(a->relative.card.birthDay, zRel);
  date_format(a->payer.card.birthDay, zPay);
  binding_date_zh(a->relative.card.birthDay, zRelZh);
  binding_date_zh(a->payer.card.birthDay, zPayZh);
  zEn = c == CHECK_PARTLY ? readings_order(d, 0)
                          : sqlite3_mprintf("%s", c == CHECK_PASS ? "consistent" : "impossible");
  zZh = c == CHECK_PARTLY ? readings_order(d, 1) : sqlite3_mprintf("%s", c == CHECK_PASS ? "相符" : "不可能");
  explain_add(e, 0, "birth_order", sqlite3_mprintf("%s", azOutcome[c]), zSource,
              zEn ? sqlite3_mprintf("%s (%s): the relative was born on %s, the payer on %s: %s",
                                    binding_order_en(o), q, zRel, zPay, zEn)
                  : 0);
  explain_add_zh(e, zZh ? sqlite3_mprintf("%s（关系%s）：亲属%s出生，申请人%s出生，%s。", binding_order_zh(o),
                                          qz, zRelZh, zPayZh, zZh)
                        : 0);
  sqlite3_free(zEn);
  sqlite3_free(zZh);
}

/* A spouse and the payer of marriage age on the date, each by the least age for their sex. */
static void explain_marriage(Explanation *e, const BindingArgs *a, const BindingDecision *d) {
  CheckOutcome c = d->aCheck[BC_MARRIAGE_AGE];
  int payerUnder = d->payerAge < d->payerMin;
  const PolicyRow *row = payerUnder ? d->pPayerMinRow : d->pRelativeMinRow;
  const char *zSource = row ? POLICY_CELL(row, PARAM_SOURCE_ID) : 0;
  const char *zWhoZh = payerUnder ? "申请人" : "亲属";
  char zDay[DATE_TEXT_LEN + 1], zDayZh[BINDING_DATE_ZH_SIZE];
  char sex = payerUnder ? a->payer.card.sex : a->relative.card.sex;
  int age = payerUnder ? d->payerAge : d->relativeAge, least = payerUnder ? d->payerMin : d->relativeMin;
  date_format(a->share.day, zDay);
  binding_date_zh(a->share.day, zDayZh);
  if (c == CHECK_SKIPPED) {
    explain_skipped(e, "marriage_age", "法定婚龄");
  } else if (c == CHECK_NONE) {
    explain_add(e, 0, "marriage_age", sqlite3_mprintf("not applicable"), 0, sqlite3_mprintf("not a spouse"));
    explain_add_zh(e, sqlite3_mprintf("不是配偶关系，不涉及法定婚龄。"));
  } else if (c == CHECK_UNDECIDED) {
    explain_add(e, 0, "marriage_age", sqlite3_mprintf("no rule"), 0,
                sqlite3_mprintf("no marriage age in the policy data on %s (marriage_min_age_male, "
                                "marriage_min_age_female): not checked",
                                zDay));
    explain_add_zh(e, sqlite3_mprintf("政策数据中没有%s适用的法定婚龄，无法核对。", zDayZh));
  } else if (c == CHECK_FAIL) {
    explain_add(e, 0, "marriage_age", sqlite3_mprintf("under age"), zSource,
                sqlite3_mprintf("on %s the %s is %d, under %d, the least age at which a %s may marry", zDay,
                                payerUnder ? "payer" : "relative", age < 0 ? 0 : age, least,
                                sex == 'M' ? "man" : "woman"));
    explain_add_zh(e, sqlite3_mprintf("法定婚龄%s不得早于%d周岁，%s%s仅%d周岁，不可能是配偶。",
                                      sex == 'M' ? "男" : "女", least, zDayZh, zWhoZh, age < 0 ? 0 : age));
  } else {
    explain_add(e, 0, "marriage_age", sqlite3_mprintf("of age"), zSource,
                sqlite3_mprintf("on %s the payer is %d (at least %d) and the relative %d (at least %d)", zDay,
                                d->payerAge, d->payerMin, d->relativeAge, d->relativeMin));
    explain_add_zh(e, sqlite3_mprintf("%s申请人%d周岁、亲属%d周岁，均已达到法定婚龄（%s%d周岁、%s%d周岁）。",
                                      zDayZh, d->payerAge, d->relativeAge, binding_sex_zh(a->payer.card.sex),
                                      d->payerMin, binding_sex_zh(a->relative.card.sex), d->relativeMin));
  }
}

static int explain_binding(Explanation *e, sqlite3_value *const *apArg, char **pzErr) {
  BindingArgs a;
  BindingDecision d;
  char q[TEXT_QUOTE_SIZE], qz[BINDING_QUOTE_ZH_SIZE];
  const char *zRelation;
  int i, iFirst, rc;
  for (i = 0; i < 4; i++) {
    if (apArg[i] == 0 || (apArg[4] == 0) != (apArg[5] == 0)) {
      return shebao_errorf(pzErr, FN "(): takes payer_id, relative_id, relation and on_date, and optionally "
                                     "payer_region and relative_region together");
    }
  }
  rc = shebao_null_args(apArg[4] ? 6 : 4, apArg);
  if (rc == SQLITE_OK) rc = binding_args(e->p, FN, apArg[4] ? 6 : 4, apArg, &a, pzErr);
  if (rc == SQLITE_OK) rc = policy_usable(e->p, FN, binding_deps(&a), pzErr);
  if (rc == SQLITE_OK) rc = binding_decide(e->p, FN, &a, &d, pzErr);
  if (rc != SQLITE_OK) return rc;
  zRelation = (const char *)sqlite3_value_text(apArg[2]); /* read by sharing_args: no allocation */
  if (zRelation == 0) return SQLITE_NOMEM;
  text_quote(q, sizeof(q), zRelation, sqlite3_value_bytes(apArg[2]));
  binding_quote_zh(q, qz);
  iFirst = e->nRow;
  explain_id(e, "payer_id", &a.payer, "申请人");
  explain_id(e, "relative_id", &a.relative, "亲属");
  explain_same_person(e, &a, d.aCheck[BC_SAME_PERSON]);
  explain_relation(e, &a, &d, q, qz);
  explain_sex(e, &a, &d, q, qz);
  explain_order(e, &a, &d, q, qz);
  explain_marriage(e, &a, &d);
  binding_explain_aid(e, &a, &d);
  binding_explain_outcome(e, &a, &d, iFirst);
  return e->rc;
}

static const ExplainTable explainBinding = {
    .zName = FN,
    .nArg = 6,
    .azArg = {"payer_id", "relative_id", "relation", "on_date", "payer_region", "relative_region"},
    .xExplain = explain_binding,
};

int binding_register_explain(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg) {
  return explain_register(db, conn, &explainBinding, pzErrMsg);
}
