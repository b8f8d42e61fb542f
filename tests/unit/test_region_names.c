/* Region names: the resolution of what users write (ext/regions/names.c) on the index itself, the structure of
** the name maps, and what the messages say (ext/regions/messages.c). The answers are written out here,
** independently of sql/. */
#include "harness.h"
#include "policy/policy.h"
#include "policy/validate.h"
#include "regions/names.h"
#include <string.h>

static PolicyIndex *build(void) {
  PolicyIndex *p = 0;
  char *zErr = 0;
  cr_assert_eq(policy_index_build(0, &p, &zErr), SQLITE_OK, "%s", zErr ? zErr : "");
  return p;
}

/* The code region_resolve answers for z (the region's own, not its pool's), "ambiguous" or "unknown". */
static const char *resolve(const PolicyIndex *p, const char *z) {
  const Region *r = 0;
  switch (region_resolve(p->pRegions, z, (int)strlen(z), &r)) {
  case REGION_FOUND:
    return r->zCode;
  case REGION_AMBIGUOUS:
    return "ambiguous";
  default:
    return "unknown";
  }
}

#define ASSERT_RESOLVES(p, z, want) cr_assert_str_eq(resolve((p), (z)), (want), "%s", (z))

Test(region_names, counties_by_code_name_and_address) {
  PolicyIndex *p = build();
  ASSERT_RESOLVES(p, "320508", "320500"); /* 姑苏区: its prefecture */
  ASSERT_RESOLVES(p, "姑苏区", "320500");
  ASSERT_RESOLVES(p, "江苏省苏州市姑苏区", "320500"); /* province, prefecture, county */
  ASSERT_RESOLVES(p, "江苏苏州姑苏区", "320500");     /* short names */
  ASSERT_RESOLVES(p, " 苏州市　姑苏区 ", "320500");   /* spaces, an ideographic one inside */
  ASSERT_RESOLVES(p, "上海市浦东新区", "310000");     /* a municipality's district */
  ASSERT_RESOLVES(p, "460105", "460100");             /* 海口's 秀英区: the region; its pool is 460000 */
  ASSERT_RESOLVES(p, "雄县", "133100");               /* covered by 雄安新区 ... */
  ASSERT_RESOLVES(p, "河北省保定市雄县", "133100");   /* ... and found under the prefecture of its code */
  ASSERT_RESOLVES(p, "110228", "110000");             /* a former code: 密云县 */
  ASSERT_RESOLVES(p, "安徽省安庆市枞阳县", "340700"); /* moved to 铜陵 in 2016 */
  ASSERT_RESOLVES(p, "重庆市江北区", "500105");       /* a region, and a county of 宁波 elsewhere */
  ASSERT_RESOLVES(p, "浙江省宁波市江北区", "330200");
  policy_index_unref(p);
}

Test(region_names, what_is_inside_what) {
  PolicyIndex *p = build();
  ASSERT_RESOLVES(p, "吉林省吉林", "220200");    /* a region is not inside itself */
  ASSERT_RESOLVES(p, "江苏省杭州市", "unknown"); /* 杭州 is not in 江苏 */
  ASSERT_RESOLVES(p, "江苏省杭州市西湖区", "unknown");
  ASSERT_RESOLVES(p, "杭州市西湖区", "330100");
  ASSERT_RESOLVES(p, "江苏省鼓楼区", "ambiguous"); /* 南京's and 徐州's */
  ASSERT_RESOLVES(p, "南京鼓楼区", "320100");
  ASSERT_RESOLVES(p, "姑苏区苏州市", "unknown"); /* the county first: no */
  ASSERT_RESOLVES(p, "苏州市苏州市", "unknown");
  ASSERT_RESOLVES(p, "江苏省苏州市姑苏区观前街", "unknown"); /* more than a county: no guess */
  policy_index_unref(p);
}

Test(region_names, other_scripts_only_when_nothing_is_found) {
  PolicyIndex *p = build();
  ASSERT_RESOLVES(p, "蘇州市", "320500");
  ASSERT_RESOLVES(p, "江蘇省蘇州市姑蘇區", "320500");
  ASSERT_RESOLVES(p, "鼓樓區", "ambiguous");
  ASSERT_RESOLVES(p, "乾縣", "610400"); /* 乾县 keeps its 乾 (a phrase of tools/hanzi) */
  ASSERT_RESOLVES(p, "Chengdu", "510100");
  ASSERT_RESOLVES(p, "Chéng Dū", "510100");  /* tone marks, a space */
  ASSERT_RESOLVES(p, "cheng2du1", "510100"); /* tone numbers */
  ASSERT_RESOLVES(p, "Xi'an", "610100");
  ASSERT_RESOLVES(p, "xi’an", "610100"); /* the apostrophe phones type */
  ASSERT_RESOLVES(p, "INNER-MONGOLIA", "150000");
  ASSERT_RESOLVES(p, "Suzhou", "ambiguous");
  ASSERT_RESOLVES(p, "Jiangsu Suzhou", "320500");
  ASSERT_RESOLVES(p, "anhuisuzhou", "341300");
  ASSERT_RESOLVES(p, "Shaanxi", "610000");
  ASSERT_RESOLVES(p, "Shanxi", "ambiguous");
  ASSERT_RESOLVES(p, "Gusu", "unknown"); /* counties have no pinyin keys */
  policy_index_unref(p);
}

/* Every key is in one map only (regions/regions.h): a name found in one map is never shadowed in another. */
Test(region_names, each_key_lives_in_one_map) {
  PolicyIndex *p = build();
  const RegionIndex *ri = p->pRegions;
  int k, nCounty = 0, nPinyin = 0;
  for (k = 0; k < ri->nName; k++) {
    const RegionName *e = &ri->aName[k];
    int inName = strmap_get(&ri->byName, e->zKey, e->nKey) >= 0;
    int inCounty = strmap_get(&ri->byCounty, e->zKey, e->nKey) >= 0;
    int inPinyin = strmap_get(&ri->byPinyin, e->zKey, e->nKey) >= 0;
    cr_assert_eq(inName + inCounty + inPinyin, 1, "%.*s", e->nKey, e->zKey);
    nCounty += inCounty;
    nPinyin += inPinyin;
  }
  cr_assert_gt(nCounty, 6000); /* names and codes of 3,224 rows, less what regions share */
  cr_assert_gt(nPinyin, 900);
  for (k = 1; k < ri->nCounty; k++) { /* sorted by code: shebao_counties' code lookups */
    cr_assert_leq(strcmp(ri->aCounty[k - 1].zCode, ri->aCounty[k].zCode), 0);
  }
  policy_index_unref(p);
}

Test(region_names, candidates_in_code_order_and_hints) {
  PolicyIndex *p = build();
  const RegionIndex *ri = p->pRegions;
  static const struct {
    const char *z, *zCandidates;
  } aAmbiguous[] = {
      {"吉林", "吉林省 220000, 吉林市 220200"},
      {"朝阳区", "朝阳区 110105 (北京市), 朝阳区 220104 (长春市)"},
      {"江北区", "江北区 330205 (宁波市), 江北区 500105"},
      {"suzhou", "苏州市 320500, 宿州市 341300"},
  };
  static const struct {
    const char *z, *zHint;
  } aUnknown[] = {
      {"浦东", "did you mean 浦东新区 310115 (上海市)?"},
      {"江苏省苏州市姑苏区观前街", "did you mean '江苏省苏州市姑苏区' (苏州市 320500)?"},
      {"江苏省杭州市西湖区", "did you mean '杭州市西湖区' (杭州市 330100)?"},
      {"320502", "no county of shebao_counties has this code; 320500 is 苏州市"},
      {"火星市", "no code or name of shebao_regions or shebao_counties"},
      {"", "no code or name of shebao_regions or shebao_counties"},
      {"\xff", "no code or name of shebao_regions or shebao_counties"},
  };
  size_t i;
  for (i = 0; i < sizeof(aAmbiguous) / sizeof(aAmbiguous[0]); i++) {
    char *z = region_candidates(ri, aAmbiguous[i].z, (int)strlen(aAmbiguous[i].z));
    cr_assert_str_eq(z, aAmbiguous[i].zCandidates);
    sqlite3_free(z);
  }
  for (i = 0; i < sizeof(aUnknown) / sizeof(aUnknown[0]); i++) {
    char *z = region_unknown_hint(ri, aUnknown[i].z, (int)strlen(aUnknown[i].z));
    cr_assert_str_eq(z, aUnknown[i].zHint);
    sqlite3_free(z);
  }
  policy_index_unref(p);
}

Test(region_names, numbers_are_the_code_they_equal) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT region_code(320508)", "320500");
  ASSERT_Q(db, "SELECT region_code(320508.0)", "320500");
  ASSERT_Q(db, "SELECT region_code(139001)", "130682"); /* a legacy code */
  ASSERT_Q(db, "SELECT region_code(320508.5)", "NULL");
  ASSERT_Q(db, "SELECT region_code(-320508)", "NULL");
  ASSERT_Q(db, "SELECT region_code(1e300)", "NULL");
  ASSERT_Q(db, "SELECT region_code(9223372036854775807)", "NULL");
  ASSERT_Q(
      db, "SELECT region_enabled(320508.5, '2025-01-01')",
      "error: region_enabled(): unknown region '320508.5' (region): no code or name of shebao_regions or "
      "shebao_counties");
  ASSERT_Q(db, "SELECT region_enabled('', '2025-01-01')", "NULL");
  ASSERT_Q(db, "SELECT region_enabled(' ', '2025-01-01')", "NULL");
  sqlite3_close(db);
}

/* The county rows made the index build check thousands more rows: the rules are read a table's group at a
** time, which needs them grouped in table order. */
Test(region_names, the_column_rules_are_grouped_by_table) {
  cr_assert(policy_rules_grouped());
}
