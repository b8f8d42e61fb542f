/* Pension certification: the rule kinds against independent computations over every day of many years, the
** status window edges, the regional rules of the policy facts for every region, the caching of rule_or_region, and
** the decisions on data that cannot be used (unknown rule, no rule, bad reminder window). */
#include "harness.h"
#include "cert/cert.h"
#include "util/date.h"
#include "policy/policy.h"
#include <stdio.h>
#include <string.h>

/* ---- an independent calendar: one day at a time ------------------------------------------------------- */

typedef struct Ymd {
  int y, m, d;
} Ymd;

static int naive_leap(int y) {
  return y % 400 == 0 || (y % 4 == 0 && y % 100 != 0);
}

static int naive_month_length(int y, int m) {
  static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 ? 28 + naive_leap(y) : len[m - 1];
}

static Ymd naive_next(Ymd t) {
  if (++t.d > naive_month_length(t.y, t.m)) {
    t.d = 1;
    if (++t.m > 12) {
      t.m = 1;
      t.y++;
    }
  }
  return t;
}

/* The last day of the month `months` after the start month: walk forward while the day is still in it. */
static Ymd naive_month_end(Ymd start, int months) {
  int target = start.y * 12 + start.m - 1 + months;
  Ymd t = start, u;
  for (u = naive_next(t); u.y * 12 + u.m - 1 <= target; u = naive_next(u))
    t = u;
  return t;
}

/* month_end_12: the end of the 12th month after the start month. */
static Ymd naive_month_end_12(Ymd start) {
  return naive_month_end(start, 12);
}

/* anniversary: the last day of next year's same month that is not after the same day of the month. */
static Ymd naive_anniversary(Ymd start) {
  Ymd t = start, best = {0, 0, 0};
  while (t.y < start.y + 1 || (t.y == start.y + 1 && t.m <= start.m)) {
    if (t.y == start.y + 1 && t.m == start.m && t.d <= start.d) best = t;
    t = naive_next(t);
  }
  return best;
}

/* days_365: count the days of the cycle, the certification day being day 1. */
static Ymd naive_days_365(Ymd start) {
  Ymd t = start;
  int n;
  for (n = 1; n < 365; n++)
    t = naive_next(t);
  return t;
}

/* month_end_counting 12: the certification month is the first of 12, so the deadline is the end of the 11th. */
static Ymd naive_month_end_counting_12(Ymd start) {
  return naive_month_end(start, 11);
}

/* natural_year: the last day of the next year. */
static Ymd naive_natural_year(Ymd start) {
  Ymd t = {start.y + 1, 12, 31};
  return t;
}

/* yearly_window 04-01..06-20: the end of the window of the year if the day is before that year's window, else
** of the next year's. */
static Ymd naive_window(Ymd start) {
  Ymd t = {start.m < 4 ? start.y : start.y + 1, 6, 20};
  return t;
}

/* The rules of the default data, as kinds with parameters. */
static const CertRule ruleMonthEnd12 = {0, "month_end_12", CERT_MONTH_END, 12, 0, 0};
static const CertRule ruleCounting12 = {0, "month_end_12_counting", CERT_MONTH_END_COUNTING, 12, 0, 0};
static const CertRule ruleMonthEnd6 = {0, "month_end_6", CERT_MONTH_END, 6, 0, 0};
static const CertRule ruleAnniversary = {0, "anniversary", CERT_SAME_DAY, 12, 0, 0};
static const CertRule ruleDays365 = {0, "days_365", CERT_DAYS, 365, 0, 0};
static const CertRule ruleNaturalYear = {0, "natural_year", CERT_NATURAL_YEAR, 0, 0, 0};
static const CertRule ruleWindow = {0, "window_0401_0620", CERT_YEARLY_WINDOW, 0, 401, 620};

Test(cert, every_day_1900_to_2100_under_every_kind_against_day_stepping) {
  static const CertRule *const apRule[] = {&ruleMonthEnd12, &ruleCounting12, &ruleAnniversary,
                                           &ruleDays365,    &ruleNaturalYear, &ruleWindow};
  Ymd t = {1900, 1, 1};
  int day = date_from_ymd(1900, 1, 1), n = 0;
  while (t.y <= 2100) {
    Ymd want[6];
    int a;
    want[0] = naive_month_end_12(t);
    want[1] = naive_month_end_counting_12(t);
    want[2] = naive_anniversary(t);
    want[3] = naive_days_365(t);
    want[4] = naive_natural_year(t);
    want[5] = naive_window(t);
    for (a = 0; a < 6; a++) {
      int deadline = 0, y, m, d;
      cr_assert_eq(cert_deadline(apRule[a], day, &deadline), 0);
      date_to_ymd(deadline, &y, &m, &d);
      cr_assert(y == want[a].y && m == want[a].m && d == want[a].d,
                "%s(%04d-%02d-%02d) = %04d-%02d-%02d, want %04d-%02d-%02d", apRule[a]->zName, t.y, t.m, t.d, y,
                m, d, want[a].y, want[a].m, want[a].d);
    }
    t = naive_next(t);
    day++;
    n++;
  }
  cr_assert_eq(n, 73414, "201 years of days");
}

Test(cert, facts_examples_and_leap_days) {
  static const struct {
    int y, m, d;
    const CertRule *r;
    const char *want;
  } cases[] = {
      /* the regional rules of docs/policy-data.md */
      {2024, 3, 15, &ruleMonthEnd12, "2025-03-31"},
      {2024, 3, 15, &ruleAnniversary, "2025-03-15"},
      {2024, 3, 15, &ruleDays365, "2025-03-14"},
      {2024, 2, 29, &ruleDays365, "2025-02-27"},
      {2020, 5, 10, &ruleCounting12, "2021-04-30"}, /* 重庆: 2020-05 -> 2021-04 */
      {2024, 3, 15, &ruleCounting12, "2025-02-28"}, /* the article's example read literally */
      {2022, 3, 10, &ruleMonthEnd6, "2022-09-30"},  /* 广西 dependants: 2022-03 -> 2022-09-30 */
      {2021, 1, 15, &ruleAnniversary, "2022-01-15"}, /* 陕西 since 2021 */
      {2020, 11, 10, &ruleNaturalYear, "2021-12-31"},
      {2024, 3, 15, &ruleWindow, "2024-06-20"}, /* 中山: before the 2024 window */
      {2024, 4, 1, &ruleWindow, "2025-06-20"},
      {2024, 6, 21, &ruleWindow, "2025-06-20"}, /* late: counts for its year */
      /* 02-29 under every rule */
      {2024, 2, 29, &ruleMonthEnd12, "2025-02-28"},
      {2024, 2, 29, &ruleAnniversary, "2025-02-28"},
      {2024, 2, 29, &ruleCounting12, "2025-01-31"},
      {2024, 2, 29, &ruleMonthEnd6, "2024-08-31"},
      {2024, 2, 29, &ruleNaturalYear, "2025-12-31"},
      {2024, 2, 29, &ruleWindow, "2024-06-20"},
      {2000, 2, 29, &ruleAnniversary, "2001-02-28"},
      /* the year before a leap year: the cycle takes in 02-29 */
      {2023, 2, 28, &ruleMonthEnd12, "2024-02-29"},
      {2023, 2, 28, &ruleAnniversary, "2024-02-28"},
      {2023, 3, 1, &ruleDays365, "2024-02-28"},
      {2023, 2, 1, &ruleMonthEnd12, "2024-02-29"},
      {2023, 3, 15, &ruleCounting12, "2024-02-29"},
      {2023, 8, 31, &ruleMonthEnd6, "2024-02-29"},
      /* 1900 and 2100 are not leap years */
      {1899, 2, 15, &ruleMonthEnd12, "1900-02-28"},
      {2099, 2, 28, &ruleMonthEnd12, "2100-02-28"},
      {2099, 3, 1, &ruleCounting12, "2100-02-28"},
      /* month ends and year ends */
      {2024, 1, 31, &ruleMonthEnd12, "2025-01-31"},
      {2024, 1, 31, &ruleAnniversary, "2025-01-31"},
      {2024, 1, 31, &ruleCounting12, "2024-12-31"},
      {2024, 12, 31, &ruleMonthEnd12, "2025-12-31"},
      {2024, 12, 31, &ruleAnniversary, "2025-12-31"},
      {2024, 12, 31, &ruleDays365, "2025-12-30"},
      {2024, 12, 31, &ruleNaturalYear, "2025-12-31"},
      {2025, 1, 1, &ruleNaturalYear, "2026-12-31"},
      {2025, 12, 31, &ruleDays365, "2026-12-30"},
      {2024, 1, 1, &ruleDays365, "2024-12-30"},
      {2025, 1, 1, &ruleDays365, "2025-12-31"},
      {2024, 4, 30, &ruleMonthEnd12, "2025-04-30"},
      /* the last representable deadlines */
      {9998, 12, 31, &ruleMonthEnd12, "9999-12-31"},
      {9999, 1, 1, &ruleDays365, "9999-12-31"},
      {9999, 1, 31, &ruleCounting12, "9999-12-31"},
      {9998, 12, 31, &ruleNaturalYear, "9999-12-31"},
  };
  size_t i;
  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    int deadline;
    char buf[16];
    cr_assert_eq(cert_deadline(cases[i].r, date_from_ymd(cases[i].y, cases[i].m, cases[i].d), &deadline), 0);
    date_format(deadline, buf);
    cr_assert_str_eq(buf, cases[i].want, "%s %04d-%02d-%02d", cases[i].r->zName, cases[i].y, cases[i].m,
                     cases[i].d);
  }
  {
    int deadline;
    cr_assert_eq(cert_deadline(&ruleMonthEnd12, date_from_ymd(9999, 1, 1), &deadline), -1);
    cr_assert_eq(cert_deadline(&ruleAnniversary, date_from_ymd(9999, 1, 1), &deadline), -1);
    cr_assert_eq(cert_deadline(&ruleDays365, date_from_ymd(9999, 1, 2), &deadline), -1);
    cr_assert_eq(cert_deadline(&ruleNaturalYear, date_from_ymd(9999, 1, 1), &deadline), -1);
    cr_assert_eq(cert_deadline(&ruleWindow, date_from_ymd(9999, 7, 1), &deadline), -1);
  }
}

Test(cert, rule_names_are_read_like_other_terms) {
  PolicyIndex *p = 0;
  char *zErr = 0;
  cr_assert_eq(policy_index_build(0, &p, &zErr), SQLITE_OK);
  cr_assert_str_eq(cert_rule(p, cert_rule_find(p, "month_end_12", 12))->zName, "month_end_12");
  cr_assert_str_eq(cert_rule(p, cert_rule_find(p, " Month-End-12 ", 14))->zName, "month_end_12");
  cr_assert_str_eq(cert_rule(p, cert_rule_find(p, "ANNIVERSARY", 11))->zName, "anniversary");
  cr_assert_str_eq(cert_rule(p, cert_rule_find(p, "days 365", 8))->zName, "days_365");
  cr_assert_str_eq(cert_rule(p, cert_rule_find(p, "Month End 12 Counting", 21))->zName, "month_end_12_counting");
  cr_assert_eq(cert_rule_find(p, "days_366", 8), CERT_UNKNOWN_RULE);
  cr_assert_eq(cert_rule_find(p, "", 0), CERT_UNKNOWN_RULE);
  cr_assert_eq(cert_rule_find(p, "江门", 6), CERT_UNKNOWN_RULE);
  policy_index_unref(p);
}

/* ---- through SQL: a second, independent computation with SQLite's own date functions ------------------ */

Test(cert, every_day_1600_to_2400_through_sql_against_sqlite_date_arithmetic) {
  sqlite3 *db = open_shebao();
  /* SQLite's date() rolls 02-29 + 1 year over to 03-01, so the anniversary of 02-29 is taken from 02-28; the
  ** end of a month is the first of the next month minus a day (the first of a month never rolls over). */
  ASSERT_Q(db,
           "WITH RECURSIVE d(x) AS (SELECT '1600-01-01' UNION ALL SELECT date(x, '+1 day') FROM d"
           "  WHERE x < '2400-12-31')"
           "SELECT printf('%d %d %d %d', count(*),"
           "  sum(next_cert_deadline(x) = date(x, 'start of month', '+13 months', '-1 day')),"
           "  sum(next_cert_deadline(x, 'anniversary') = CASE WHEN substr(x, 6) = '02-29'"
           "      THEN date(x, '-1 day', '+1 year') ELSE date(x, '+1 year') END),"
           "  sum(next_cert_deadline(x, 'days_365') = date(x, '+364 days'))) FROM d",
           "292560 292560 292560 292560");
  /* The same with the rule from the data, the argument varying per row (the memo, not auxiliary data). */
  ASSERT_Q(
      db,
      "WITH RECURSIVE d(i, x) AS (SELECT 0, '2021-01-01' UNION ALL SELECT i + 1, date(x, '+1 day') FROM d"
      "  WHERE x < '2032-12-31')"
      "SELECT printf('%d %d', count(*), sum(next_cert_deadline(x, CASE i % 4 WHEN 0 THEN '福建省:resident'"
      "  WHEN 1 THEN '西安市:employee' WHEN 2 THEN '江门市' ELSE 'days_365' END) ="
      "  CASE i % 4 WHEN 0 THEN date(x, '+364 days') WHEN 1 THEN CASE WHEN substr(x, 6) = '02-29'"
      "    THEN date(x, '-1 day', '+1 year') ELSE date(x, '+1 year') END"
      "  WHEN 2 THEN date(x, 'start of month', '+13 months', '-1 day') ELSE date(x, '+364 days') END)) FROM "
      "d",
      "4383 4383");
  sqlite3_close(db);
}

Test(cert, status_window_edges) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT cert_status('2024-03-15', '2024-03-15')", "ok");
  ASSERT_Q(db, "SELECT cert_status('2024-03-15', '2025-03-01')", "ok");
  ASSERT_Q(db, "SELECT cert_status('2024-03-15', '2025-03-02')", "due");
  ASSERT_Q(db, "SELECT cert_status('2024-03-15', '2025-03-31')", "due");
  ASSERT_Q(db, "SELECT cert_status('2024-03-15', '2025-04-01')", "overdue");
  ASSERT_Q(db, "SELECT cert_status('2024-03-15', '2025-02-13', 'anniversary')", "ok");
  ASSERT_Q(db, "SELECT cert_status('2024-03-15', '2025-02-14', 'anniversary')", "due");
  ASSERT_Q(db, "SELECT cert_status('2024-03-15', '2025-03-15 23:59:59', 'anniversary')", "due");
  ASSERT_Q(db, "SELECT cert_status('2024-03-15', '2025-03-16T00:00:00+08:00', 'anniversary')", "overdue");
  ASSERT_Q(db, "SELECT cert_status('2024-02-29', '2025-02-27', '福建省:resident')", "due");
  ASSERT_Q(db, "SELECT cert_status('2024-02-29', '2025-02-28', '福建省:resident')", "overdue");
  ASSERT_Q(db, "SELECT cert_status('2000-01-01', '9999-12-31')", "overdue");
  ASSERT_Q(db, "SELECT cert_status('9999-06-01', '9999-12-31')", "ok"); /* its deadline is in year 10000 */
  /* Every (last_cert, on_date) pair over two and a half years of each, against the window computed in SQL:
  ** due when deadline - 30 days < on_date <= deadline. */
  ASSERT_Q(db,
           "WITH RECURSIVE l(x) AS (SELECT '2023-01-01' UNION ALL SELECT date(x, '+7 days') FROM l"
           "  WHERE x < '2025-06-30'),"
           " o(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM o WHERE k < 420),"
           " c AS (SELECT x, date(x, '+' || k || ' days') AS on_date, r.column1 AS rule FROM l, o,"
           "   (VALUES ('month_end_12'), ('anniversary'), ('days_365')) r),"
           " e AS (SELECT *, next_cert_deadline(x, rule) AS dl FROM c)"
           "SELECT printf('%d %d', count(*), sum(cert_status(x, on_date, rule) = CASE"
           "  WHEN on_date > dl THEN 'overdue' WHEN on_date > date(dl, '-30 days') THEN 'due' ELSE 'ok' "
           "END)) FROM e",
           "166716 166716");
  sqlite3_close(db);
}

/* ---- regional rules, for every region ------------------------------------------------------------------ */

/* The rule and deadline of the default data for a certification on 2024-03-15, by region and scheme. */
typedef struct Expected {
  const char *zDeadline, *zRule;
} Expected;

static Expected expected_rule(const char *zCode, const char *zProvince, const char *zScheme) {
  static const Expected monthEnd = {"2025-03-31", "month_end_12"}, anniversary = {"2025-03-15", "anniversary"},
                        days = {"2025-03-14", "days_365"}, counting = {"2025-02-28", "month_end_12_counting"},
                        window = {"2024-06-20", "window_0401_0620"};
  int employee = strcmp(zScheme, "employee") == 0;
  if (strcmp(zCode, "350500") == 0) return employee ? monthEnd : days; /* 泉州 */
  if (strcmp(zCode, "442000") == 0) return window;                     /* 中山 */
  if (strcmp(zProvince, "500000") == 0) return counting;                /* 重庆 */
  if (strcmp(zProvince, "610000") == 0 && employee) return anniversary; /* 陕西 since 2021 */
  if (strcmp(zProvince, "350000") == 0) return employee ? anniversary : days;
  return monthEnd;
}

Test(cert, every_region_and_scheme_gets_the_rule_of_facts) {
  sqlite3 *db = open_shebao();
  sqlite3_stmt *stmt;
  int nRegion = 0, nScheme = 0;
  cr_assert_eq(sqlite3_prepare_v2(db, "SELECT code, province_code, name FROM shebao_regions", -1, &stmt, 0),
               SQLITE_OK);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    char zCode[16], zProvince[16], sql[256], want[512];
    Expected employee, resident;
    snprintf(zCode, sizeof(zCode), "%s", sqlite3_column_text(stmt, 0));
    snprintf(zProvince, sizeof(zProvince), "%s", sqlite3_column_text(stmt, 1));
    employee = expected_rule(zCode, zProvince, "employee");
    resident = expected_rule(zCode, zProvince, "resident");
    snprintf(sql, sizeof(sql), "SELECT next_cert_deadline('2024-03-15', '%s:employee')", zCode);
    ASSERT_Q(db, sql, employee.zDeadline);
    snprintf(sql, sizeof(sql), "SELECT next_cert_deadline('2024-03-15', '%s：resident')", zCode);
    ASSERT_Q(db, sql, resident.zDeadline);
    snprintf(sql, sizeof(sql), "SELECT next_cert_deadline('2024-03-15', '%s')", zCode);
    if (strcmp(employee.zRule, resident.zRule) == 0) {
      ASSERT_Q(db, sql, employee.zDeadline);
    } else {
      snprintf(want, sizeof(want),
               "error: next_cert_deadline(): the pension scheme is needed for '%s' (rule_or_region): "
               "employee uses %s, resident uses %s; write '%s:employee' or '%s:resident'",
               zCode, employee.zRule, resident.zRule, zCode, zCode);
      ASSERT_Q(db, sql, want);
      nScheme++;
    }
    nRegion++;
  }
  sqlite3_finalize(stmt);
  cr_assert_eq(nRegion, 464);
  cr_assert_eq(nScheme, 12 + 11, "every region of 陕西 and 福建 needs the scheme");
  sqlite3_close(db);
}

Test(cert, regions_by_name_short_name_and_code) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15', '福建:resident')", "2025-03-14");
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15', '福州市: Resident ')", "2025-03-14");
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15', '厦门：EMPLOYEE')", "2025-03-15");
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15', 610100 || ':employee')", "2025-03-15");
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15', '江门')", "2025-03-31");
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15', 440700)", "2025-03-31");
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15', '北京市:resident')", "2025-03-31");
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15', '000000')", "2025-03-31");
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15', ' Days_365 ')", "2025-03-14");
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15 10:00:00', 'anniversary')", "2025-03-15");
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15T10:00:00Z')", "2025-03-31");
  ASSERT_Q(db, "SELECT next_cert_deadline(NULL, '火星市')", "NULL");
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15', NULL)", "NULL");
  ASSERT_Q(db, "SELECT cert_status('2024-03-15', NULL, '西安市')", "NULL");
  sqlite3_close(db);
}

/* ---- caching: the answer must not depend on how often or where an argument appears -------------------- */

Test(cert, cached_resolutions_give_the_same_answers) {
  sqlite3 *db = open_shebao();
  sqlite3_stmt *stmt;
  int i;
  /* Two call sites with different constants in one statement, run many times (auxiliary data per site). */
  cr_assert_eq(sqlite3_prepare_v2(db,
                                  "SELECT next_cert_deadline(?1, '福建省:resident') || ' ' ||"
                                  " next_cert_deadline(?1, '福建省:employee') || ' ' ||"
                                  " next_cert_deadline(?1, '福建省:resident')",
                                  -1, &stmt, 0),
               SQLITE_OK);
  for (i = 0; i < 5; i++) {
    sqlite3_bind_text(stmt, 1, "2024-02-29", -1, SQLITE_STATIC);
    cr_assert_eq(sqlite3_step(stmt), SQLITE_ROW);
    cr_assert_str_eq((const char *)sqlite3_column_text(stmt, 0), "2025-02-27 2025-02-28 2025-02-27");
    sqlite3_reset(stmt);
  }
  sqlite3_finalize(stmt);
  /* Many distinct regions through a column: more than the memo holds, with collisions. */
  exec_ok(db, "CREATE TABLE r AS SELECT code, province_code FROM shebao_regions");
  for (i = 0; i < 3; i++) {
    ASSERT_Q(db,
             "SELECT count(*) FROM r WHERE next_cert_deadline('2024-03-15', code || ':resident') IS NOT CASE"
             " WHEN province_code = '350000' THEN '2025-03-14' WHEN province_code = '500000' THEN '2025-02-28'"
             " WHEN code = '442000' THEN '2024-06-20' ELSE '2025-03-31' END",
             "0");
    ASSERT_Q(
        db,
        "SELECT count(*) FROM r, (VALUES (1), (2)) WHERE next_cert_deadline('2024-03-15', 'anniversary') ||"
        " next_cert_deadline('2024-03-15', code || ':employee') IS NOT '2025-03-15' || CASE WHEN code ="
        " '350500' THEN '2025-03-31' WHEN province_code IN ('350000', '610000') THEN '2025-03-15' WHEN"
        " province_code = '500000' THEN '2025-02-28' WHEN code = '442000' THEN '2024-06-20' ELSE '2025-03-31' END",
        "0");
  }
  /* An argument too long to cache is still resolved (and here unknown). */
  ASSERT_Q(db, "SELECT next_cert_deadline('2024-03-15', printf('%.300c', 'x'))",
           "error: next_cert_deadline(): unknown rule or region "
           "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' (rule_or_region): no code or name of "
           "shebao_regions or shebao_counties; the rules are listed in shebao_cert_rules");
  sqlite3_close(db);
}

/* ---- decisions over data that cannot be used: a modified policy index, rebuilt ------------------------ */

typedef struct TestPolicy {
  PolicyIndex *p;
  PolicyRow aAssign[16];
  PolicyRow aParam[4];
} TestPolicy;

/* The default index with the given assignment rows (9 cells each) and parameter rows (8 cells each). */
static void test_policy(TestPolicy *t, const char *const (*azAssign)[9], int nAssign,
                        const char *const (*azParam)[8], int nParam) {
  char *zErr = 0;
  int i;
  t->p = 0;
  policy_index_build(0, &t->p, &zErr);
  cr_assert(t->p != 0, "%s", zErr ? zErr : "");
  for (i = 0; i < nAssign; i++) {
    t->aAssign[i].azCell = azAssign[i];
    t->aAssign[i].layer = LAYER_TEMP;
    t->aAssign[i].rowid = i + 1;
  }
  t->p->aTable[PT_CERT_ASSIGNMENTS].aRow = t->aAssign;
  t->p->aTable[PT_CERT_ASSIGNMENTS].nRow = nAssign;
  if (azParam) {
    for (i = 0; i < nParam; i++) {
      t->aParam[i].azCell = azParam[i];
      t->aParam[i].layer = LAYER_MAIN;
      t->aParam[i].rowid = i + 1;
    }
    t->p->aTable[PT_PARAMETERS].aRow = t->aParam;
    t->p->aTable[PT_PARAMETERS].nRow = nParam;
    cr_assert_eq(parameters_index_build(t->p, &zErr), SQLITE_OK, "%s", zErr ? zErr : "");
  }
  cr_assert_eq(cert_index_build(t->p, &zErr), SQLITE_OK, "%s", zErr ? zErr : "");
}

/* The deadline, or the error, for a certification on zLast under zArg. */
static const char *decide(const PolicyIndex *p, const char *zLast, const char *zArg) {
  static char buf[700];
  char *zErr = 0;
  CertChoice c;
  int a, last, deadline, rc;
  cr_assert_eq(date_parse(zLast, (int)strlen(zLast), &last), DATE_OK);
  rc = cert_resolve(p, "f", zArg, (int)strlen(zArg), &c, &zErr);
  if (rc == SQLITE_OK) rc = cert_rule_on(p, &c, last, "f", zArg, (int)strlen(zArg), &a, &zErr);
  if (rc != SQLITE_OK) {
    cr_assert_eq(rc, SQLITE_ERROR);
    snprintf(buf, sizeof(buf), "%s", zErr);
    sqlite3_free(zErr);
    return buf;
  }
  cert_deadline(cert_rule(p, a), last, &deadline);
  date_format(deadline, buf);
  return buf;
}

Test(cert, an_unknown_rule_in_the_data_is_an_error_where_it_would_decide) {
  static const char *const rows[][9] = {
      {"000000", "any", NULL, "month_end_12", NULL, "article-shebao-2025-08-11", NULL},
      {"610000", "employee", NULL, "fixed_window", NULL, "cert-practice-shaanxi", NULL},
  };
  TestPolicy t;
  test_policy(&t, rows, 2, 0, 0);
  cr_assert_str_eq(decide(t.p, "2024-03-15", "西安市:resident"), "2025-03-31");
  cr_assert_str_eq(
      decide(t.p, "2024-03-15", "西安市:employee"),
      "f(): cannot decide '西安市:employee' (rule_or_region): the policy assigns the rule 'fixed_window', "
      "which cannot be computed (shebao_policy_cert_assignments row 2, temp layer)");
  cr_assert_str_eq(decide(t.p, "2024-03-15", "西安市"),
                   "f(): cannot decide '西安市' (rule_or_region): the policy assigns the rule 'fixed_window', "
                   "which cannot be computed (shebao_policy_cert_assignments row 2, temp layer)");
  policy_index_unref(t.p);
}

Test(cert, dated_assignments_change_the_rule_on_their_dates) {
  /* 陕西 employees: the national rule until 2021-12-31, anniversary from 2022-01-01, days_365 in 2030 only;
  ** nothing before 2000 (no rule in effect). */
  static const char *const rows[][9] = {
      {"000000", "any", "2000-01-01", "month_end_12", NULL, "article-shebao-2025-08-11", NULL},
      {"610000", "employee", "2022-01-01", "anniversary", "2029-12-31", "cert-practice-shaanxi", NULL},
      {"610000", "employee", "2030-01-01", "days_365", "2030-12-31", "cert-practice-shaanxi", NULL},
      {"610000", "employee", "2031-01-01", "anniversary", NULL, "cert-practice-shaanxi", NULL},
  };
  TestPolicy t;
  test_policy(&t, rows, 4, 0, 0);
  cr_assert_str_eq(decide(t.p, "2021-12-31", "西安市:employee"), "2022-12-31");
  cr_assert_str_eq(decide(t.p, "2022-01-01", "西安市:employee"), "2023-01-01");
  cr_assert_str_eq(decide(t.p, "2029-12-31", "西安市:employee"), "2030-12-31");
  cr_assert_str_eq(decide(t.p, "2030-01-01", "西安市:employee"), "2030-12-31");
  cr_assert_str_eq(decide(t.p, "2030-12-31", "西安市:employee"), "2031-12-30");
  cr_assert_str_eq(decide(t.p, "2031-01-01", "西安市:employee"), "2032-01-01");
  cr_assert_str_eq(decide(t.p, "2021-06-15", "西安市"), "2022-06-30"); /* both schemes agree before 2022 */
  cr_assert_str_eq(
      decide(t.p, "2022-06-15", "西安市"),
      "f(): the pension scheme is needed for '西安市' (rule_or_region): employee uses anniversary, "
      "resident uses month_end_12; write '西安市:employee' or '西安市:resident'");
  cr_assert_str_eq(
      decide(t.p, "1999-12-31", "西安市:resident"),
      "f(): no certification rule in effect on 1999-12-31 for '西安市:resident' (rule_or_region)");
  cr_assert_str_eq(decide(t.p, "1999-12-31", "anniversary"), "2000-12-31"); /* a rule named needs no data */
  policy_index_unref(t.p);
}

Test(cert, many_boundaries_fall_back_to_lookups_with_the_same_answers) {
  /* More validity boundaries than a timeline holds: each year its own rule. */
  static const char *const rows[][9] = {
      {"000000", "any", NULL, "month_end_12", NULL, "article-shebao-2025-08-11", NULL},
      {"350000", "resident", "2020-01-01", "days_365", "2020-12-31", "x", NULL},
      {"350000", "resident", "2021-01-01", "anniversary", "2021-12-31", "x", NULL},
      {"350000", "resident", "2022-01-01", "days_365", "2022-12-31", "x", NULL},
      {"350000", "resident", "2023-01-01", "anniversary", "2023-12-31", "x", NULL},
      {"350000", "resident", "2024-01-01", "days_365", "2024-12-31", "x", NULL},
      {"350000", "resident", "2025-01-01", "anniversary", "2025-12-31", "x", NULL},
      {"350000", "resident", "2026-01-01", "days_365", "2026-12-31", "x", NULL},
      {"350000", "resident", "2027-01-01", "anniversary", "2027-12-31", "x", NULL},
  };
  TestPolicy t;
  CertChoice c;
  char *zErr = 0;
  int y;
  test_policy(&t, rows, 9, 0, 0);
  cr_assert_eq(
      cert_resolve(t.p, "f", "福州市:resident", (int)strlen("福州市:resident"), &c, &zErr),
      SQLITE_OK);
  cr_assert_eq(c.aRule[0].nSeg, 0, "too many boundaries for a timeline");
  for (y = 2019; y <= 2028; y++) {
    char zLast[24], want[24];
    int last = date_from_ymd(y, 6, 15), deadline;
    const CertRule *a = y < 2020 || y > 2027 ? &ruleMonthEnd12 : (y % 2 == 0 ? &ruleDays365 : &ruleAnniversary);
    snprintf(zLast, sizeof(zLast), "%04d-06-15", y);
    cert_deadline(a, last, &deadline);
    date_format(deadline, want);
    cr_assert_str_eq(decide(t.p, zLast, "福州市:resident"), want, "%s", zLast);
  }
  policy_index_unref(t.p);
}

Test(cert, reminder_window_from_the_data) {
  static const char *const rows[][9] = {{"000000", "any", NULL, "month_end_12", NULL, "article-shebao-2025-08-11", NULL}};
  static const char *const params[][8] = {
      {"cert_reminder_days", "000000", NULL, "30", "days", NULL, "cert-shebao", NULL},
      {"cert_reminder_days", "350000", "2025-01-01", "0", "days", "2025-12-31", "x", NULL},
      {"cert_reminder_days", "440700", NULL, "thirty", "days", NULL, "x", NULL},
  };
  TestPolicy t;
  CertChoice c;
  char *zErr = 0;
  int days = -5;
  test_policy(&t, rows, 1, params, 3);
  cr_assert_eq(cert_resolve(t.p, "f", "福州市", 9, &c, &zErr), SQLITE_OK);
  cr_assert_eq(cert_reminder_on(t.p, &c, date_from_ymd(2024, 12, 31), "f", &days, 0, &zErr),
               SQLITE_OK);
  cr_assert_eq(days, 30, "the national window before the province's own");
  cr_assert_eq(cert_reminder_on(t.p, &c, date_from_ymd(2025, 1, 1), "f", &days, 0, &zErr),
               SQLITE_OK);
  cr_assert_eq(days, 0);
  cr_assert_eq(cert_resolve(t.p, "f", "江门市", 9, &c, &zErr), SQLITE_OK);
  cr_assert_eq(
      cert_reminder_on(t.p, &c, date_from_ymd(2025, 1, 1), "f", &days, 0, &zErr),
      SHEBAO_POLICY_ERROR); /* an error of the policy, not of the arguments: it raises under on_error */
  cr_assert_str_eq(zErr, "f(): policy parameter cert_reminder_days is not a whole number of days: 'thirty' "
                         "(shebao_policy_parameters row 3, main layer)");
  sqlite3_free(zErr);
  policy_index_unref(t.p);
}

Test(cert, no_reminder_window_is_an_error) {
  static const char *const rows[][9] = {{"000000", "any", NULL, "month_end_12", NULL, "article-shebao-2025-08-11", NULL}};
  static const char *const params[][8] = {
      {"cert_reminder_days", "000000", "2025-01-01", "30", "days", NULL, "cert-shebao", NULL},
  };
  TestPolicy t;
  CertChoice c;
  char *zErr = 0;
  int days;
  test_policy(&t, rows, 1, params, 1);
  cr_assert_eq(cert_resolve(t.p, "f", "anniversary", 11, &c, &zErr), SQLITE_OK);
  cr_assert_eq(cert_reminder_on(t.p, &c, date_from_ymd(2024, 12, 31), "f", &days, 0, &zErr),
               SHEBAO_POLICY_ERROR);
  cr_assert_str_eq(zErr, "f(): no policy parameter cert_reminder_days in effect on 2024-12-31");
  sqlite3_free(zErr);
  policy_index_unref(t.p);
}

/* ---- the table-valued function ------------------------------------------------------------------------ */

Test(cert, explain_rows_agree_with_the_functions) {
  sqlite3 *db = open_shebao();
  ASSERT_Q(db,
           "SELECT group_concat(rule, ',') FROM (SELECT rule FROM explain_cert_deadline('2024-03-15',"
           " '福建省:resident') ORDER BY step)",
           "rule_or_region,scheme,assignment,days_365,first_cycle,cert_reminder_days,overdue,recertified,basis,"
           "method");
  /* The source's second reading, and a first cycle, computed as the functions would. */
  ASSERT_Q(db,
           "SELECT group_concat(rule || '=' || outcome, ' ') FROM explain_cert_deadline('2024-03-15')"
           " WHERE rule IN ('month_end_12', 'alternative')",
           "month_end_12=2025-03-31 alternative=2025-02-28");
  ASSERT_Q(db,
           "SELECT outcome = next_cert_deadline('2024-03-15', 'month_end_12_counting') FROM"
           " explain_cert_deadline('2024-03-15') WHERE rule = 'alternative'",
           "1");
  ASSERT_Q(db,
           "SELECT instr(detail, 'the cycle starts 2025-03-15 and the first certification is due by 2026-03-15')"
           " > 0 FROM explain_cert_deadline('2024-03-15', '福建省:employee') WHERE rule = 'first_cycle'",
           "1");
  ASSERT_Q(
      db,
      "SELECT outcome FROM explain_cert_deadline('2024-02-29', '福建省:resident') WHERE rule = 'days_365'",
      "2025-02-27");
  ASSERT_Q(db, "SELECT count(*) FROM explain_cert_deadline('2024-03-15', '西安市') WHERE scheme IS NOT NULL",
           "11"); /* employee 5 rows; resident 6, with the article's second reading */
  ASSERT_Q(
      db,
      "SELECT group_concat(scheme || ':' || outcome, ' ') FROM explain_cert_deadline('2024-03-15', '西安市')"
      " WHERE rule IN ('anniversary', 'month_end_12')",
      "employee:2025-03-15 resident:2025-03-31");
  /* Constraints on output columns and on rowid are SQLite's to check, never an error. */
  ASSERT_Q(db, "SELECT step FROM explain_cert_deadline('2024-03-15') WHERE rowid = 3", "3");
  ASSERT_Q(db, "SELECT count(*) FROM explain_cert_deadline('2024-03-15') WHERE step > 100", "0");
  ASSERT_Q(db, "SELECT source_doc FROM explain_cert_deadline('2024-03-15') WHERE rule = 'basis'",
           "国务院令第765号");
  ASSERT_Q(db, "SELECT count(*) FROM explain_cert_deadline(NULL, 'anniversary')", "0");
  ASSERT_Q(db, "SELECT count(*) FROM explain_cert_deadline('2024-03-15', NULL)", "0");
  /* Every deadline the explanation shows is the function's, for every rule and a year of days. */
  ASSERT_Q(db,
           "WITH RECURSIVE d(x) AS (SELECT '2023-12-25' UNION ALL SELECT date(x, '+1 day') FROM d"
           "  WHERE x < '2025-01-05'), r(rule) AS (SELECT rule FROM shebao_cert_rules)"
           "SELECT printf('%d %d', count(*), sum(e.outcome = next_cert_deadline(d.x, r.rule))) FROM d, r,"
           " explain_cert_deadline(d.x, r.rule) e WHERE e.rule = r.rule",
           "2646 2646");
  sqlite3_close(db);
}
