/*
** explain_binding's last two rows: the mutual-aid decision (can_share's, summed up with the document that
** decided it; explain_can_share() shows each of its rules), and the outcome, which repeats the row that decided
** it: the first check that failed, else the first that could not decide.
*/
#include "binding/binding.h"
SQLITE_EXTENSION_INIT3
#include "policy/dated.h"
#include "util/date.h"
#include <string.h>

/* What a clerk cites: the document number, else the title. */
static const char *source_doc(const PolicyIndex *p, const char *zSourceId) {
  const PolicyRow *src = zSourceId ? policy_source(p, zSourceId) : 0;
  if (src == 0) return "";
  return POLICY_CELL(src, SRC_DOC_NUMBER) ? POLICY_CELL(src, SRC_DOC_NUMBER) : POLICY_CELL(src, SRC_TITLE);
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

static void aid_yes(Explanation *e, const ShareDecision *s, const char *zDayZh) {
  char zFromZh[BINDING_DATE_ZH_SIZE];
  const ShareReading *r = reading_with(s, TRI_YES);
  const PolicyRow *row = r ? r->pScope : 0;
  const char *zSource = row ? POLICY_CELL(row, SCOPE_SOURCE_ID) : 0;
  const char *zFrom = row && POLICY_CELL(row, SCOPE_VALID_FROM) ? POLICY_CELL(row, SCOPE_VALID_FROM) : 0;
  const char *zPlaceZh = s->place == PLACE_NONE               ? ""
                         : s->placeNeeds == PLACE_NEEDS_NONE  ? "，两人在同一统筹区"
                         : s->placeNeeds == SCOPE_IN_PROVINCE ? "，两地均已开通省内共济"
                                                              : "，两地均已开通跨省共济";
  explain_add(e, 0, "mutual_aid", sqlite3_mprintf("yes"), zSource,
              sqlite3_mprintf("can_share = 1: %s may use the account %s%s%s", class_en(r),
                              zFrom ? "from " : "always", zFrom ? zFrom : "",
                              s->place == PLACE_NONE ? "" : ", and the place rule allows it"));
  binding_text_date_zh(zFrom, zFromZh);
  explain_add_zh(e, sqlite3_mprintf("%s可以家庭共济使用个人账户（%s%s%s）%s，%s可以。", class_zh(r), zFromZh,
                                    zFrom ? "起，" : "", source_doc(e->p, zSource), zPlaceZh, zDayZh));
}

/* The relation is not in the scope of mutual aid on the day: not a near relative, or not yet. */
static void aid_no_relation(Explanation *e, const ShareDecision *s, const char *zDay, const char *zDayZh) {
  char zFromZh[BINDING_DATE_ZH_SIZE];
  const ShareReading *r = reading_with(s, TRI_NO);
  const PolicyRow *row = r ? r->pFirst : 0;
  const char *zFrom = row ? POLICY_CELL(row, SCOPE_VALID_FROM) : 0;
  if (r && r->verdict == KIN_NOT_NEAR && r->zScopeClass == 0) {
    explain_add(e, 0, "mutual_aid", sqlite3_mprintf("no"),
                r->pClass ? POLICY_CELL(r->pClass, KC_SOURCE_ID) : 0,
                sqlite3_mprintf("can_share = 0: %s (%s) is not a near relative (Civil Code art. 1045)",
                                class_en(r), class_zh(r)));
    explain_add_zh(e,
                   sqlite3_mprintf("%s不属于近亲属（民法典第一千零四十五条），不能家庭共济。", class_zh(r)));
  } else {
    explain_add(e, 0, "mutual_aid", sqlite3_mprintf("no"), row ? POLICY_CELL(row, SCOPE_SOURCE_ID) : 0,
                sqlite3_mprintf("can_share = 0: on %s %s may not use the account%s%s", zDay, class_en(r),
                                zFrom ? ": from " : "", zFrom ? zFrom : ""));
    binding_text_date_zh(zFrom, zFromZh);
    explain_add_zh(e, sqlite3_mprintf("%s%s还不能家庭共济%s%s%s。", zDayZh, class_zh(r), zFrom ? "（自" : "",
                                      zFromZh, zFrom ? "起）" : ""));
  }
}

/* The place rule: a region without the mutual aid it needs on the day, and from when the data has it. */
static void aid_no_place(Explanation *e, const ShareDecision *s, const char *zDayZh) {
  const Region *off = s->pPayerOn ? s->pRelative : s->pPayer;
  const RegionInterval *first = s->pPayerOn ? s->pRelativeFirst : s->pPayerFirst;
  const char *zSource =
      first ? POLICY_CELL(first->pRow, ENABLE_SOURCE_ID) : POLICY_CELL(s->pPlaceRule, PARAM_SOURCE_ID);
  int cross = s->placeNeeds == SCOPE_CROSS_PROVINCE, by = 0;
  char zFrom[DATE_TEXT_LEN + 1] = "", zFromZh[BINDING_DATE_ZH_SIZE] = "";
  if (first && first->from != DAY_MIN) {
    by = strcmp(POLICY_CELL(first->pRow, ENABLE_PRECISION), "by") == 0;
    date_format(first->from, zFrom);
    binding_date_zh(first->from, zFromZh);
  }
  explain_add(e, 0, "mutual_aid", sqlite3_mprintf("no"), zSource,
              sqlite3_mprintf(
                  "can_share = 0: %s and %s both need %s mutual aid, which %s does not have on that "
                  "date%s%s%s",
                  s->pPayer->zName, s->pRelative->zName, cross ? "cross-province" : "in-province", off->zName,
                  zFrom[0] ? (by ? " (on by " : " (on from ") : "", zFrom, zFrom[0] ? ")" : ""));
  explain_add_zh(e, sqlite3_mprintf("%s与%s需都开通%s共济，%s在%s还未开通%s%s%s。", s->pPayer->zName,
                                    s->pRelative->zName, cross ? "跨省" : "省内", off->zName, zDayZh,
                                    zFromZh[0] ? (by ? "（最晚" : "（") : "", zFromZh,
                                    zFromZh[0] ? (by ? "已开通）" : "起开通）") : ""));
}

static void aid_undecided(Explanation *e, const ShareDecision *s) {
  const ShareReading *r = reading_with(s, TRI_UNKNOWN);
  const char *zSource = r && r->pClass ? POLICY_CELL(r->pClass, KC_SOURCE_ID) : 0;
  if (r && r->verdict == KIN_CONDITIONAL) {
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
    explain_add_zh(e, sqlite3_mprintf("关系不明确，无法判断是否属于近亲属，需要核实。"));
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
