/* Observations (policy/observe.c): every line of the reading table of docs/regions.md, on rows made here, the
** exemption of a region seen on from its province's and the nation's 'off' and 'some', and national starts. */
#include "harness.h"
#include "policy/observe.h"
#include "util/date.h"
#include <string.h>

/* Rows of one table shaped like the enablement table: code, scope, valid_from, valid_to, precision, source,
** note. Each level is one code. */
typedef struct Levels {
  PolicyRow aRow[16];
  PolicyRows rows;
  DatedIndex d;
  ObsTable t;
  Arena arena;
} Levels;

static void levels_build(Levels *l, const char *const (*azRow)[7], int nRow) {
  static const int aiKey[] = {ENABLE_CODE, ENABLE_SCOPE};
  char *zErr = 0;
  int i;
  memset(l, 0, sizeof(*l));
  for (i = 0; i < nRow; i++) {
    l->aRow[i].azCell = azRow[i];
    l->aRow[i].rowid = i + 1;
  }
  l->rows.aRow = l->aRow;
  l->rows.nRow = nRow;
  cr_assert_eq(dated_index_build(&l->d, &l->arena, PT_REGION_ENABLEMENT, &l->rows, aiKey, 2, ENABLE_VALID_FROM,
                                 ENABLE_VALID_TO, &zErr),
               SQLITE_OK);
  cr_assert_eq(obs_table_build(&l->t, &l->arena, &l->d, ENABLE_PRECISION), SQLITE_OK);
}

/* The answer for day under the chain of codes (most specific first), as "1", "0" or "NULL". */
static const char *answer(Levels *l, const char *const *azCode, int nCode, const char *zDay, ObsVerdict *v) {
  ObsLevel aLevel[3];
  int c, day;
  cr_assert_eq(date_parse(zDay, 10, &day), DATE_OK);
  for (c = 0; c < nCode; c++) {
    const char *azKey[2];
    azKey[0] = azCode[c];
    azKey[1] = "cross_province";
    aLevel[c].t = &l->t;
    aLevel[c].aRow = 0;
    aLevel[c].nRow = dated_rows(&l->d, azKey, &aLevel[c].aRow);
    aLevel[c].nationalStart = c > 0 && strcmp(azCode[c], "000000") == 0;
  }
  observe(aLevel, nCode, day, v);
  return v->answer == OBS_YES ? "1" : v->answer == OBS_NO ? "0" : "NULL";
}

#define R(code, from, to, precision) {code, "cross_province", from, to, precision, "s", NULL}

Test(observe, every_line_of_the_reading_table) {
  static const char *const rows[][7] = {
      R("320500", "2024-12-02", NULL, "by"),   R("000000", "2024-10-31", NULL, "off"),
      R("000000", "2024-12-02", NULL, "off"),  R("320000", "2025-02-04", NULL, "some"),
      R("440000", "2025-05-08", NULL, "off"),  R("440000", "2025-09-22", NULL, "off"),
      R("350000", "2025-06-30", NULL, "by"),   R("350000", "2025-07-01", NULL, "exact"),
      R("110000", "2025-06-30", NULL, "by"),   R("110000", "2025-09-22", NULL, "some"),
      R("510000", "2019-03-01", NULL, "exact"), R("510000", "2025-07-04", NULL, "off"),
  };
  static const struct {
    const char *zCode, *zDay, *zWant;
  } cases[] = {
      {"320500", "2024-10-30", "0"},    /* nothing before, off after */
      {"320500", "2024-10-31", "0"},    /* an observation of the day decides */
      {"320500", "2024-11-15", "NULL"}, /* off before, on after: the unknown window */
      {"320500", "2024-12-02", "1"},
      {"320500", "2025-03-01", "1"},    /* its own 'on' exempts it from the province's 'some' */
      {"320100", "2025-01-01", "NULL"}, /* off before, 'some' after */
      {"320100", "2025-03-01", "NULL"}, /* 'some' before */
      {"440100", "2025-07-01", "0"},    /* off before and after */
      {"440100", "2025-10-01", "NULL"}, /* off, never seen on, nothing after: it may have started */
      {"350100", "2025-06-30", "NULL"}, /* on by, and not yet on (exact from 07-01): they disagree */
      {"350100", "2025-07-01", "1"},
      {"110000", "2025-07-15", "1"},    /* on before, 'some' after */
      {"110000", "2025-09-22", "NULL"},
      {"510100", "2019-02-28", "0"},    /* exact: off the day before */
      {"510100", "2020-01-01", "NULL"}, /* on before, off after: an end nobody dated */
      {"510100", "2025-08-01", "0"},    /* seen on, then off, nothing after: it ended */
  };
  Levels l;
  size_t i;
  levels_build(&l, rows, (int)(sizeof(rows) / sizeof(rows[0])));
  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    const char *azCode[3] = {cases[i].zCode, 0, "000000"};
    char zProvince[7];
    ObsVerdict v;
    int n = 3;
    memcpy(zProvince, cases[i].zCode, 2);
    memcpy(zProvince + 2, "0000", 5);
    azCode[1] = zProvince;
    if (strcmp(zProvince, cases[i].zCode) == 0) {
      azCode[1] = "000000";
      n = 2;
    }
    cr_assert_str_eq(answer(&l, azCode, n, cases[i].zDay, &v), cases[i].zWant, "%s %s", cases[i].zCode,
                     cases[i].zDay);
  }
  arena_free(&l.arena);
}

Test(observe, bounds_and_first_on_are_the_rows_that_decided) {
  static const char *const rows[][7] = {
      R("320500", "2024-12-02", NULL, "by"),
      R("000000", "2024-10-31", NULL, "off"),
  };
  static const char *const azCode[] = {"320500", "320000", "000000"};
  Levels l;
  ObsVerdict v;
  char zDay[11];
  levels_build(&l, rows, 2);
  cr_assert_str_eq(answer(&l, azCode, 3, "2024-11-15", &v), "NULL");
  cr_assert_eq(v.before.state, OBS_OFF);
  cr_assert_eq(v.before.pRow, &l.aRow[1]);
  cr_assert_eq(v.after.state, OBS_ON);
  cr_assert_eq(v.after.pRow, &l.aRow[0]);
  date_format(v.firstOn, zDay);
  cr_assert_str_eq(zDay, "2024-12-02");
  cr_assert_eq(v.pFirstOn, &l.aRow[0]);
  arena_free(&l.arena);
}

Test(observe, a_national_start_only_bounds_a_region_but_decides_the_nation) {
  static const char *const rows[][7] = {
      R("000000", "2021-04-22", NULL, "exact"),
      R("000000", "2024-10-31", NULL, "by"),
      R("510000", "2019-03-01", NULL, "exact"),
  };
  static const char *const azNation[] = {"000000"};
  static const char *const azJiangsu[] = {"320100", "320000", "000000"};
  static const char *const azSichuan[] = {"510100", "510000", "000000"};
  Levels l;
  ObsVerdict v;
  levels_build(&l, rows, 3);
  cr_assert_str_eq(answer(&l, azNation, 1, "2021-04-21", &v), "0");
  cr_assert_str_eq(answer(&l, azNation, 1, "2021-04-22", &v), "1");
  cr_assert_str_eq(answer(&l, azJiangsu, 3, "2021-04-21", &v), "0");
  cr_assert_str_eq(answer(&l, azJiangsu, 3, "2021-04-22", &v), "NULL");
  cr_assert_str_eq(answer(&l, azJiangsu, 3, "2024-10-31", &v), "1");
  /* a province on before the national start is not bounded by it */
  cr_assert_str_eq(answer(&l, azSichuan, 3, "2020-01-01", &v), "1");
  arena_free(&l.arena);
}

Test(observe, no_rows_at_all_is_no) {
  static const char *const rows[][7] = {R("110000", "2025-06-30", NULL, "by")};
  static const char *const azCode[] = {"320100", "320000", "000000"};
  Levels l;
  ObsVerdict v;
  levels_build(&l, rows, 1);
  cr_assert_str_eq(answer(&l, azCode, 3, "2025-07-01", &v), "0");
  cr_assert_eq(v.firstOn, DAY_MAX);
  arena_free(&l.arena);
}

Test(observe, an_exact_end_is_off_the_day_after) {
  static const char *const rows[][7] = {R("320100", "2025-03-01", "2025-03-31", "exact")};
  static const char *const azCode[] = {"320100", "320000", "000000"};
  Levels l;
  ObsVerdict v;
  levels_build(&l, rows, 1);
  cr_assert_str_eq(answer(&l, azCode, 3, "2025-02-28", &v), "0");
  cr_assert_str_eq(answer(&l, azCode, 3, "2025-03-31", &v), "1");
  cr_assert_str_eq(answer(&l, azCode, 3, "2025-04-01", &v), "0");
  cr_assert_str_eq(answer(&l, azCode, 3, "2026-04-01", &v), "0");
  arena_free(&l.arena);
}
