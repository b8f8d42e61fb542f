/*
** explain_binding's last two rows: the mutual-aid decision (can_share's, summed up with the document that
** decided it; explain_can_share() shows each of its rules), and the outcome, which repeats the row that decided
** it: the first check that failed, else the first that could not decide.
*/
#include "binding/binding.h"
SQLITE_EXTENSION_INIT3
#include "policy/dated.h"
#include "policy/observe.h"
#include "util/date.h"
#include <string.h>

/* What a clerk cites: the document number, or nothing (a title is too long for a sentence). */
static const char *source_doc(const PolicyIndex *p, const char *zSourceId) {
  const PolicyRow *src = zSourceId ? policy_source(p, zSourceId) : 0;
  return src && POLICY_CELL(src, SRC_DOC_NUMBER) ? POLICY_CELL(src, SRC_DOC_NUMBER) : "";
}

static const ShareReading *reading_with(const ShareDecision *s, Tri result) {
  int i;
  for (i = 0; i < s->nReading; i++) {
    if (s->aReading[i].result == result) return &s->aReading[i];
  }
  return 0;
}

static const char *class_en(const ShareReading *r) {
  return r && r->pClass ? POLICY_CELL(r->pClass, KC_CLASS) : "other";
}

static const char *class_zh(const ShareReading *r) {
  return r && r->pClass ? POLICY_CELL(r->pClass, KC_NAME_ZH) : "其他亲属";
}

/* From when a verdict's rows see it on, in both languages: "from 2024-12-02" / "2024年12月2日起", or with a
** source that only saw it on by then, "by 2024-12-02" / "最晚2024年12月2日起"; "" where it never is. */
static void start_words(const ObsVerdict *v, int iPrecision, char *zEn, char *zZh) {
  char zDay[DATE_TEXT_LEN + 1], zDayZh[BINDING_DATE_ZH_SIZE];
  int by = v->pFirstOn && strcmp(POLICY_CELL(v->pFirstOn, iPrecision), "by") == 0;
  zEn[0] = zZh[0] = 0;
  if (v->firstOn == DAY_MAX) return;
  if (v->firstOn == DAY_MIN) {
    sqlite3_snprintf(64, zEn, "always");
    sqlite3_snprintf(64, zZh, "一直");
    return;
  }
  date_format(v->firstOn, zDay);
  binding_date_zh(v->firstOn, zDayZh);
  sqlite3_snprintf(64, zEn, "%s %s", by ? "by" : "from", zDay);
  sqlite3_snprintf(64, zZh, "%s%s起", by ? "最晚" : "", zDayZh);
}

/* The row a verdict cites: the observation on or before the day, else the one after it. */
static const PolicyRow *verdict_row(const ObsVerdict *v) {
  return v->before.state != OBS_NONE  ? v->before.pRow
         : v->after.state != OBS_NONE ? v->after.pRow
                                      : v->pFirstOn;
}

static void aid_yes(Explanation *e, const ShareDecision *s, const char *zDayZh) {
  const ShareReading *r = reading_with(s, TRI_YES);
  const PolicyRow *row = r ? (r->scope.pFirstOn ? r->scope.pFirstOn : verdict_row(&r->scope)) : 0;
  const char *zSource = row ? POLICY_CELL(row, SCOPE_SOURCE_ID) : 0;
  const char *zPlaceZh = s->place == PLACE_NONE               ? ""
                         : s->placeNeeds == PLACE_NEEDS_NONE  ? "，两人在同一统筹区"
                         : s->placeNeeds == SCOPE_IN_PROVINCE ? "，两地均已开通省内共济"
                                                              : "，两地均已开通跨省共济";
  char zFrom[64], zFromZh[64];
  const char *zDoc;
  zFrom[0] = zFromZh[0] = 0;
  if (r) start_words(&r->scope, SCOPE_PRECISION, zFrom, zFromZh);
  explain_add(e, 0, "mutual_aid", sqlite3_mprintf("yes"), zSource,
              sqlite3_mprintf("can_share = 1: %s may use the account%s%s%s", class_en(r), zFrom[0] ? " " : "",
                              zFrom, s->place == PLACE_NONE ? "" : ", and the place rule allows it"));
  zDoc = source_doc(e->p, zSource);
  explain_add_zh(e, sqlite3_mprintf("%s可以家庭共济使用个人账户%s%s%s%s%s%s，%s可以。", class_zh(r),
                                    zFromZh[0] || zDoc[0] ? "（" : "", zFromZh,
                                    zFromZh[0] && zDoc[0] ? "，" : "", zDoc,
                                    zFromZh[0] || zDoc[0] ? "）" : "", zPlaceZh, zDayZh));
}

/* The relation is not in the scope of mutual aid on the day: not a near relative, or not then. */
static void aid_no_relation(Explanation *e, const ShareDecision *s, const char *zDay, const char *zDayZh) {
  const ShareReading *r = reading_with(s, TRI_NO);
  const PolicyRow *row = r ? verdict_row(&r->scope) : 0;
  char zFrom[64] = "", zFromZh[64] = "";
  if (r && r->verdict == KIN_NOT_NEAR && r->zPath[0] != 0 && r->zPath[0] != '|') {
    /* Not a near relative, even where a region's scope names its class (四川 2019: the spouse's parents). */
    explain_add(e, 0, "mutual_aid", sqlite3_mprintf("no"),
                r->pClass ? POLICY_CELL(r->pClass, KC_SOURCE_ID) : 0,
                sqlite3_mprintf("can_share = 0: %s (%s) is not a near relative (Civil Code art. 1045)",
                                class_en(r), class_zh(r)));
    explain_add_zh(e,
                   sqlite3_mprintf("%s不属于近亲属（民法典第一千零四十五条），不能家庭共济。", class_zh(r)));
    return;
  }
  if (r && r->scope.firstOn > s->day) start_words(&r->scope, SCOPE_PRECISION, zFrom, zFromZh);
  explain_add(e, 0, "mutual_aid", sqlite3_mprintf("no"), row ? POLICY_CELL(row, SCOPE_SOURCE_ID) : 0,
              sqlite3_mprintf("can_share = 0: on %s %s may not use the account%s%s", zDay, class_en(r),
                              zFrom[0] ? ": it may " : "", zFrom));
  explain_add_zh(e, sqlite3_mprintf("%s%s还不能家庭共济%s%s%s。", zDayZh, class_zh(r), zFromZh[0] ? "（" : "",
                                    zFromZh, zFromZh[0] ? "可以）" : ""));
}

/* The place rule: a region without the mutual aid it needs on the day, and from when the data has it. */
static void aid_no_place(Explanation *e, const ShareDecision *s, const char *zDayZh) {
  int payerOff = s->payerOn.answer == OBS_NO;
  const Region *off = payerOff ? s->pPayer : s->pRelative;
  const ObsVerdict *v = payerOff ? &s->payerOn : &s->relativeOn;
  const PolicyRow *row = verdict_row(v);
  const char *zSource =
      row ? POLICY_CELL(row, ENABLE_SOURCE_ID) : POLICY_CELL(s->pPlaceRule, PARAM_SOURCE_ID);
  int cross = s->placeNeeds == SCOPE_CROSS_PROVINCE;
  char zFrom[64] = "", zFromZh[64] = "";
  if (v->firstOn > s->day) start_words(v, ENABLE_PRECISION, zFrom, zFromZh);
  explain_add(
      e, 0, "mutual_aid", sqlite3_mprintf("no"), zSource,
      sqlite3_mprintf("can_share = 0: %s and %s both need %s mutual aid, which %s does not have on that "
                      "date%s%s%s",
                      s->pPayer->zName, s->pRelative->zName, cross ? "cross-province" : "in-province",
                      off->zName, zFrom[0] ? " (on " : "", zFrom, zFrom[0] ? ")" : ""));
  explain_add_zh(e, sqlite3_mprintf("%s与%s需都开通%s共济，%s在%s还未开通%s%s%s。", s->pPayer->zName,
                                    s->pRelative->zName, cross ? "跨省" : "省内", off->zName, zDayZh,
                                    zFromZh[0] ? "（" : "", zFromZh, zFromZh[0] ? "开通）" : ""));
}

/* What the sources leave open: the observations on either side of the day (off on one day, on by a later). */
static void aid_open(Explanation *e, const ObsVerdict *v, int iSource, const char *zWhat,
                     const char *zWhatZh) {
  const PolicyRow *row = verdict_row(v);
  sqlite3_str *en = sqlite3_str_new(0), *zh = sqlite3_str_new(0);
  char zDay[DATE_TEXT_LEN + 1], zDayZh[BINDING_DATE_ZH_SIZE];
  const ObsBound *aBound[2];
  int k;
  aBound[0] = &v->before;
  aBound[1] = &v->after;
  for (k = 0; k < 2; k++) {
    if (aBound[k]->state == OBS_NONE) continue;
    date_format(aBound[k]->day, zDay);
    binding_date_zh(aBound[k]->day, zDayZh);
    sqlite3_str_appendf(en, "%s%s %s", sqlite3_str_length(en) ? "; " : ": ",
                        aBound[k]->state == OBS_ON    ? "on by"
                        : aBound[k]->state == OBS_OFF ? "off on"
                                                      : "only some on",
                        zDay);
    sqlite3_str_appendf(zh, "%s%s的来源说%s", sqlite3_str_length(zh) ? "，" : "（", zDayZh,
                        aBound[k]->state == OBS_ON    ? "已开始"
                        : aBound[k]->state == OBS_OFF ? "尚未"
                                                      : "部分");
  }
  if (sqlite3_str_length(zh)) sqlite3_str_appendall(zh, "）");
  explain_add(e, 0, "mutual_aid", sqlite3_mprintf("undecided"), row ? POLICY_CELL(row, iSource) : 0,
              sqlite3_mprintf("can_share = NULL: the sources leave open whether %s on that date%s", zWhat,
                              sqlite3_str_value(en) ? sqlite3_str_value(en) : ""));
  explain_add_zh(e, sqlite3_mprintf("数据来源无法确定当日%s%s。", zWhatZh,
                                    sqlite3_str_value(zh) ? sqlite3_str_value(zh) : ""));
  sqlite3_free(sqlite3_str_finish(en));
  sqlite3_free(sqlite3_str_finish(zh));
}

static void aid_undecided(Explanation *e, const ShareDecision *s) {
  const ShareReading *r = reading_with(s, TRI_UNKNOWN);
  const char *zSource = r && r->pClass ? POLICY_CELL(r->pClass, KC_SOURCE_ID) : 0;
  char zWhat[160], zWhatZh[160];
  if (s->relation != TRI_UNKNOWN) { /* the place rule: a region the sources leave open */
    const ObsVerdict *v = s->payerOn.answer == OBS_UNKNOWN ? &s->payerOn : &s->relativeOn;
    const Region *g = s->payerOn.answer == OBS_UNKNOWN ? s->pPayer : s->pRelative;
    int cross = s->placeNeeds == SCOPE_CROSS_PROVINCE;
    sqlite3_snprintf(sizeof(zWhat), zWhat, "%s had %s mutual aid", g->zName,
                     cross ? "cross-province" : "in-province");
    sqlite3_snprintf(sizeof(zWhatZh), zWhatZh, "%s是否已开通%s共济", g->zName, cross ? "跨省" : "省内");
    aid_open(e, v, ENABLE_SOURCE_ID, zWhat, zWhatZh);
  } else if (r && r->verdict != KIN_CONDITIONAL && r->scope.answer == OBS_UNKNOWN) {
    sqlite3_snprintf(sizeof(zWhat), zWhat, "%s could use the account", class_en(r));
    sqlite3_snprintf(sizeof(zWhatZh), zWhatZh, "%s是否已可家庭共济", class_zh(r));
    aid_open(e, &r->scope, SCOPE_SOURCE_ID, zWhat, zWhatZh);
  } else if (r && r->verdict == KIN_CONDITIONAL) {
    explain_add(
        e, 0, "mutual_aid", sqlite3_mprintf("undecided"), zSource,
        sqlite3_mprintf("can_share = NULL: %s (%s) is a near relative only with a relationship of support "
                        "and education (Civil Code art. 1072), which identity numbers cannot show",
                        class_en(r), class_zh(r)));
    explain_add_zh(
        e, sqlite3_mprintf("%s只有形成抚养教育关系才属于近亲属（民法典第一千零七十二条），身份证号码无法"
                           "证明，需要提供证明材料。",
                           class_zh(r)));
  } else {
    explain_add(e, 0, "mutual_aid", sqlite3_mprintf("undecided"), zSource,
                sqlite3_mprintf("can_share = NULL: the relation may or may not be a near relative "
                                "(explain_can_share shows its readings)"));
    explain_add_zh(e, sqlite3_mprintf("关系不明确，无法判断是否属于近亲属。"));
  }
}

void binding_explain_aid(Explanation *e, const BindingArgs *a, const BindingDecision *d) {
  const ShareDecision *s = &d->share;
  char zDay[DATE_TEXT_LEN + 1], zDayZh[BINDING_DATE_ZH_SIZE];
  date_format(a->share.day, zDay);
  binding_date_zh(a->share.day, zDayZh);
  if (s->result == TRI_YES)
    aid_yes(e, s, zDayZh);
  else if (s->result == TRI_UNKNOWN)
    aid_undecided(e, s);
  else if (s->relation == TRI_NO)
    aid_no_relation(e, s, zDay, zDayZh);
  else
    aid_no_place(e, s, zDayZh);
}

void binding_explain_outcome(Explanation *e, const BindingArgs *a, const BindingDecision *d, int iFirstRow) {
  const ExplainRow *r;
  char zDayZh[BINDING_DATE_ZH_SIZE];
  if (e->rc != SQLITE_OK || e->nRow != iFirstRow + BC_COUNT) return; /* a row is missing: the table fails */
  if (d->result == TRI_YES) {
    binding_date_zh(a->share.day, zDayZh);
    explain_add(
        e, 0, "outcome", sqlite3_mprintf("yes"), e->aRow[iFirstRow + BC_MUTUAL_AID].zSourceId,
        sqlite3_mprintf("binding_ok = 1: the numbers agree with the relation, and the account may pay "
                        "for this relative on that date"));
    explain_add_zh(e, sqlite3_mprintf("可以绑定：身份证号码与关系相符，%s可以家庭共济。", zDayZh));
    return;
  }
  r = &e->aRow[iFirstRow + d->iDecisive];
  explain_add(e, 0, "outcome", sqlite3_mprintf("%s", d->result == TRI_NO ? "no" : "undecided"), r->zSourceId,
              sqlite3_mprintf("binding_ok = %s: %s", d->result == TRI_NO ? "0" : "NULL", r->zDetail));
  explain_add_zh(e, sqlite3_mprintf("%s%s", d->result == TRI_NO ? "不能绑定：" : "需要核实：",
                                    r->zDetailZh ? r->zDetailZh : ""));
}
