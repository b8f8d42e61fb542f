/*
** The rules of policy data (see policy/validate.h), as a table: one line per column rule, so that a new
** policy table or column gets its checks by adding lines here.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/validate.h"
#include "util/date.h"
#include "relations/kinship.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef enum CheckKind {
  CK_REQUIRED,           /* not NULL */
  CK_NONEMPTY,           /* not NULL and not '' */
  CK_DATE,               /* NULL or an ISO date 'YYYY-MM-DD' that exists */
  CK_ENUM,               /* NULL or one of zArg's '|'-separated words */
  CK_CODE2,              /* two digits, 01-99 */
  CK_CODE6,              /* six digits */
  CK_KIN_PATHS,          /* NULL or kin paths with '|' between alternatives */
  CK_KIN_PATH,           /* one kin path */
  CK_SOURCE,             /* a source_id of shebao_policy_sources */
  CK_REGION,             /* a region code */
  CK_REGION_OR_NATIONAL, /* '000000' or a region code */
  CK_PROVINCE,           /* the code of a province or municipality */
  CK_RELATION,           /* NULL or a relation code */
  CK_CLASS,              /* a kinship class */
  CK_CERT_RULE,          /* a rule of shebao_policy_cert_rules */
  CK_CERT_RULE_OR_NULL,  /* NULL or a rule of shebao_policy_cert_rules */
  CK_MONTH_DAY,          /* NULL or a day of the year 'MM-DD' (02-29 allowed) */
  CK_COUNT,              /* NULL or a whole number from 1 to 100000 */
  CK_TABLE               /* the name of a policy table */
} CheckKind;

typedef struct ColumnRule {
  PolicyTableId t;
  int iCol;
  CheckKind kind;
  const char *zArg;
} ColumnRule;

/* Grouped by table, the groups in the order of PolicyTableId: policy_check_row reads a table's own group only
** (policy_rules_grouped() says whether the list still is, for a unit test). */
static const ColumnRule aRule[] = {
    {PT_SOURCES, SRC_ID, CK_NONEMPTY, 0},
    {PT_SOURCES, SRC_TITLE, CK_NONEMPTY, 0},
    {PT_SOURCES, SRC_PUBLISHED, CK_DATE, 0},
    {PT_SOURCES, SRC_EFFECTIVE, CK_DATE, 0},
    {PT_SOURCES, SRC_FIRMNESS, CK_ENUM, "official|secondary|derived"},

    {PT_KINSHIP_CLASSES, KC_KIN_PATH, CK_KIN_PATH, 0},
    {PT_KINSHIP_CLASSES, KC_CLASS, CK_NONEMPTY, 0},
    {PT_KINSHIP_CLASSES, KC_NAME_ZH, CK_NONEMPTY, 0},
    {PT_KINSHIP_CLASSES, KC_NEAR_RELATIVE, CK_REQUIRED, 0},
    {PT_KINSHIP_CLASSES, KC_NEAR_RELATIVE, CK_ENUM, "yes|no|conditional|unknown"},
    {PT_KINSHIP_CLASSES, KC_VALID_FROM, CK_DATE, 0},
    {PT_KINSHIP_CLASSES, KC_VALID_TO, CK_DATE, 0},
    {PT_KINSHIP_CLASSES, KC_SOURCE_ID, CK_SOURCE, 0},

    {PT_RELATIONS, REL_CODE, CK_CODE2, 0},
    {PT_RELATIONS, REL_NAME, CK_NONEMPTY, 0},
    {PT_RELATIONS, REL_KIN_PATH, CK_REQUIRED, 0},
    {PT_RELATIONS, REL_KIN_PATH, CK_KIN_PATHS, 0},
    {PT_RELATIONS, REL_VALID_FROM, CK_DATE, 0},
    {PT_RELATIONS, REL_VALID_TO, CK_DATE, 0},
    {PT_RELATIONS, REL_SOURCE_ID, CK_SOURCE, 0},

    {PT_RELATION_TERMS, TERM_TERM, CK_NONEMPTY, 0},
    {PT_RELATION_TERMS, TERM_CODE, CK_RELATION, 0},
    {PT_RELATION_TERMS, TERM_KIN_PATH, CK_KIN_PATHS, 0},
    {PT_RELATION_TERMS, TERM_LANG, CK_REQUIRED, 0},
    {PT_RELATION_TERMS, TERM_LANG, CK_ENUM, "zh|en|pinyin"},
    {PT_RELATION_TERMS, TERM_SOURCE_ID, CK_SOURCE, 0},

    {PT_REGIONS, REG_CODE, CK_CODE6, 0},
    {PT_REGIONS, REG_NAME, CK_NONEMPTY, 0},
    {PT_REGIONS, REG_LEVEL, CK_REQUIRED, 0},
    {PT_REGIONS, REG_LEVEL, CK_ENUM, "province|municipality|provincial_unit|provincial_pool|prefecture|county"},
    {PT_REGIONS, REG_PROVINCE_CODE, CK_PROVINCE, 0},
    {PT_REGIONS, REG_VALID_FROM, CK_DATE, 0},
    {PT_REGIONS, REG_VALID_TO, CK_DATE, 0},
    {PT_REGIONS, REG_SOURCE_ID, CK_SOURCE, 0},

    {PT_REGION_ALIASES, ALIAS_ALIAS, CK_NONEMPTY, 0},
    {PT_REGION_ALIASES, ALIAS_CODE, CK_REGION, 0},
    {PT_REGION_ALIASES, ALIAS_KIND, CK_REQUIRED, 0},
    {PT_REGION_ALIASES, ALIAS_KIND, CK_ENUM, "short_name|former_name|legacy_code|other_name|pinyin|english"},
    {PT_REGION_ALIASES, ALIAS_VALID_FROM, CK_DATE, 0},
    {PT_REGION_ALIASES, ALIAS_VALID_TO, CK_DATE, 0},
    {PT_REGION_ALIASES, ALIAS_SOURCE_ID, CK_SOURCE, 0},

    {PT_PARAMETERS, PARAM_NAME, CK_NONEMPTY, 0},
    {PT_PARAMETERS, PARAM_REGION_CODE, CK_REGION_OR_NATIONAL, 0},
    {PT_PARAMETERS, PARAM_VALUE, CK_NONEMPTY, 0},
    {PT_PARAMETERS, PARAM_VALID_FROM, CK_DATE, 0},
    {PT_PARAMETERS, PARAM_VALID_TO, CK_DATE, 0},
    {PT_PARAMETERS, PARAM_SOURCE_ID, CK_SOURCE, 0},

    {PT_CERT_RULES, CRULE_RULE, CK_NONEMPTY, 0},
    {PT_CERT_RULES, CRULE_DESCRIPTION, CK_NONEMPTY, 0},
    {PT_CERT_RULES, CRULE_SOURCE_ID, CK_SOURCE, 0},
    {PT_CERT_RULES, CRULE_KIND, CK_REQUIRED, 0},
    {PT_CERT_RULES, CRULE_KIND, CK_ENUM, "month_end|month_end_counting|same_day|days|natural_year|yearly_window"},
    {PT_CERT_RULES, CRULE_LENGTH, CK_COUNT, 0},
    {PT_CERT_RULES, CRULE_WINDOW_FROM, CK_MONTH_DAY, 0},
    {PT_CERT_RULES, CRULE_WINDOW_TO, CK_MONTH_DAY, 0},

    {PT_CERT_ASSIGNMENTS, CASSIGN_REGION_CODE, CK_REGION_OR_NATIONAL, 0},
    {PT_CERT_ASSIGNMENTS, CASSIGN_SCHEME, CK_REQUIRED, 0},
    {PT_CERT_ASSIGNMENTS, CASSIGN_SCHEME, CK_ENUM, "any|employee|resident|dependant"},
    {PT_CERT_ASSIGNMENTS, CASSIGN_VALID_FROM, CK_DATE, 0},
    {PT_CERT_ASSIGNMENTS, CASSIGN_RULE, CK_CERT_RULE, 0},
    {PT_CERT_ASSIGNMENTS, CASSIGN_VALID_TO, CK_DATE, 0},
    {PT_CERT_ASSIGNMENTS, CASSIGN_SOURCE_ID, CK_SOURCE, 0},
    {PT_CERT_ASSIGNMENTS, CASSIGN_ALTERNATIVE_RULE, CK_CERT_RULE_OR_NULL, 0},
    {PT_CERT_ASSIGNMENTS, CASSIGN_FIRST_CYCLE, CK_ENUM,
     "from_first_payment|year_after_first_payment|from_entitlement_start"},

    {PT_REGION_ENABLEMENT, ENABLE_CODE, CK_REGION_OR_NATIONAL, 0},
    {PT_REGION_ENABLEMENT, ENABLE_SCOPE, CK_REQUIRED, 0},
    {PT_REGION_ENABLEMENT, ENABLE_SCOPE, CK_ENUM, "cross_province|in_province"},
    {PT_REGION_ENABLEMENT, ENABLE_VALID_FROM, CK_REQUIRED, 0},
    {PT_REGION_ENABLEMENT, ENABLE_VALID_FROM, CK_DATE, 0},
    {PT_REGION_ENABLEMENT, ENABLE_VALID_TO, CK_DATE, 0},
    {PT_REGION_ENABLEMENT, ENABLE_PRECISION, CK_REQUIRED, 0},
    {PT_REGION_ENABLEMENT, ENABLE_PRECISION, CK_ENUM, "exact|by|off|some"},
    {PT_REGION_ENABLEMENT, ENABLE_SOURCE_ID, CK_SOURCE, 0},

    {PT_SHARING_SCOPES, SCOPE_REGION_CODE, CK_REGION_OR_NATIONAL, 0},
    {PT_SHARING_SCOPES, SCOPE_CLASS, CK_CLASS, 0},
    {PT_SHARING_SCOPES, SCOPE_VALID_FROM, CK_DATE, 0},
    {PT_SHARING_SCOPES, SCOPE_VALID_TO, CK_DATE, 0},
    {PT_SHARING_SCOPES, SCOPE_PRECISION, CK_REQUIRED, 0},
    {PT_SHARING_SCOPES, SCOPE_PRECISION, CK_ENUM, "exact|by|off|some"},
    {PT_SHARING_SCOPES, SCOPE_SOURCE_ID, CK_SOURCE, 0},

    {PT_ID_PREFIXES, IDP_PREFIX, CK_CODE2, 0},
    {PT_ID_PREFIXES, IDP_NAME, CK_NONEMPTY, 0},
    {PT_ID_PREFIXES, IDP_SOURCE_ID, CK_SOURCE, 0},

    {PT_CERT_FACTS, CFACT_REGION_CODE, CK_REGION_OR_NATIONAL, 0},
    {PT_CERT_FACTS, CFACT_ITEM, CK_REQUIRED, 0},
    {PT_CERT_FACTS, CFACT_ITEM, CK_ENUM, "overdue|recertified|basis|method"},
    {PT_CERT_FACTS, CFACT_VALID_FROM, CK_DATE, 0},
    {PT_CERT_FACTS, CFACT_OUTCOME, CK_NONEMPTY, 0},
    {PT_CERT_FACTS, CFACT_DETAIL, CK_NONEMPTY, 0},
    {PT_CERT_FACTS, CFACT_VALID_TO, CK_DATE, 0},
    {PT_CERT_FACTS, CFACT_SOURCE_ID, CK_SOURCE, 0},

    {PT_REGION_POOLS, POOL_CODE, CK_REGION, 0},
    {PT_REGION_POOLS, POOL_POOL_CODE, CK_REGION, 0},
    {PT_REGION_POOLS, POOL_SOURCE_ID, CK_SOURCE, 0},

    {PT_SHARING_FACTS, SFACT_REGION_CODE, CK_REGION_OR_NATIONAL, 0},
    {PT_SHARING_FACTS, SFACT_SCOPE, CK_REQUIRED, 0},
    {PT_SHARING_FACTS, SFACT_SCOPE, CK_ENUM, "family|in_province|cross_province"},
    {PT_SHARING_FACTS, SFACT_ITEM, CK_REQUIRED, 0},
    {PT_SHARING_FACTS, SFACT_ITEM, CK_ENUM, "recipient|relation|quota|uses|clearing"},
    {PT_SHARING_FACTS, SFACT_VALID_FROM, CK_DATE, 0},
    {PT_SHARING_FACTS, SFACT_OUTCOME, CK_NONEMPTY, 0},
    {PT_SHARING_FACTS, SFACT_DETAIL, CK_NONEMPTY, 0},
    {PT_SHARING_FACTS, SFACT_VALID_TO, CK_DATE, 0},
    {PT_SHARING_FACTS, SFACT_SOURCE_ID, CK_SOURCE, 0},

    {PT_COUNTIES, COUNTY_CODE, CK_CODE6, 0},
    {PT_COUNTIES, COUNTY_NAME, CK_NONEMPTY, 0},
    {PT_COUNTIES, COUNTY_REGION_CODE, CK_REGION, 0},
    {PT_COUNTIES, COUNTY_KIND, CK_REQUIRED, 0},
    {PT_COUNTIES, COUNTY_KIND, CK_ENUM, "division|zone"},
    {PT_COUNTIES, COUNTY_FIRST_LISTED, CK_DATE, 0},
    {PT_COUNTIES, COUNTY_LAST_LISTED, CK_DATE, 0},
    {PT_COUNTIES, COUNTY_UNLISTED_BY, CK_DATE, 0},
    {PT_COUNTIES, COUNTY_SOURCE_ID, CK_SOURCE, 0},

    {PT_RETRACTIONS, RETRACT_TABLE_NAME, CK_TABLE, 0},
    {PT_RETRACTIONS, RETRACT_KEY, CK_REQUIRED, 0},
    {PT_RETRACTIONS, RETRACT_SOURCE_ID, CK_SOURCE, 0},
};

/* valid_from and valid_to of the tables that have them: a row whose range is inverted is broken. */
static const struct {
  PolicyTableId t;
  int iFrom, iTo;
} aRange[] = {
    {PT_KINSHIP_CLASSES, KC_VALID_FROM, KC_VALID_TO},
    {PT_RELATIONS, REL_VALID_FROM, REL_VALID_TO},
    {PT_REGIONS, REG_VALID_FROM, REG_VALID_TO},
    {PT_REGION_ALIASES, ALIAS_VALID_FROM, ALIAS_VALID_TO},
    {PT_PARAMETERS, PARAM_VALID_FROM, PARAM_VALID_TO},
    {PT_CERT_ASSIGNMENTS, CASSIGN_VALID_FROM, CASSIGN_VALID_TO},
    {PT_REGION_ENABLEMENT, ENABLE_VALID_FROM, ENABLE_VALID_TO},
    {PT_SHARING_SCOPES, SCOPE_VALID_FROM, SCOPE_VALID_TO},
    {PT_CERT_FACTS, CFACT_VALID_FROM, CFACT_VALID_TO},
    {PT_SHARING_FACTS, SFACT_VALID_FROM, SFACT_VALID_TO},
};

const DatedTableDef policy_dated_tables[] = {
    {PT_PARAMETERS, 2, {PARAM_NAME, PARAM_REGION_CODE}, PARAM_VALID_FROM, PARAM_VALID_TO},
    {PT_CERT_ASSIGNMENTS, 2, {CASSIGN_REGION_CODE, CASSIGN_SCHEME}, CASSIGN_VALID_FROM, CASSIGN_VALID_TO},
    {PT_CERT_FACTS, 2, {CFACT_REGION_CODE, CFACT_ITEM}, CFACT_VALID_FROM, CFACT_VALID_TO},
    {PT_SHARING_FACTS, 3, {SFACT_REGION_CODE, SFACT_SCOPE, SFACT_ITEM}, SFACT_VALID_FROM, SFACT_VALID_TO},
};
/* Not here: shebao_policy_region_enablement and shebao_policy_sharing_scopes, whose rows are observations of a
** day (several may hold at once, and disagree: the answer is then unknown, not a broken row). */
const int policy_dated_table_count = (int)(sizeof(policy_dated_tables) / sizeof(policy_dated_tables[0]));

const PolicyTableId policy_check_order[PT_COUNT] = {
    PT_SOURCES,        PT_KINSHIP_CLASSES, PT_RELATIONS,  PT_RELATION_TERMS,   PT_REGIONS,
    PT_REGION_ALIASES, PT_PARAMETERS,      PT_CERT_RULES, PT_CERT_ASSIGNMENTS, PT_REGION_ENABLEMENT,
    PT_SHARING_SCOPES, PT_ID_PREFIXES,     PT_CERT_FACTS, PT_REGION_POOLS,     PT_SHARING_FACTS,
    PT_COUNTIES,       PT_RETRACTIONS,
};

const char *policy_layer_cell(PolicyTableId t, int iCol, const char *z) {
  if (z == 0 || z[0] != 0) return z;
  if ((t == PT_KINSHIP_CLASSES && iCol == KC_KIN_PATH) || (t == PT_RELATIONS && iCol == REL_KIN_PATH))
    return z;
  return 0;
}

int policy_table_by_name(const char *zName) {
  int t;
  for (t = 0; zName && t < PT_COUNT; t++) {
    if (strcmp(policy_table_defs[t].zName, zName) == 0) return t;
  }
  return -1;
}

static int in_enum(const char *z, const char *zList) {
  size_t n = strlen(z);
  const char *p = zList;
  while (p) {
    const char *e = strchr(p, '|');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len == n && memcmp(p, z, n) == 0) return 1;
    p = e ? e + 1 : 0;
  }
  return 0;
}

static int all_digits(const char *z, size_t n) {
  size_t i;
  if (strlen(z) != n) return 0;
  for (i = 0; i < n; i++) {
    if (z[i] < '0' || z[i] > '9') return 0;
  }
  return 1;
}

/* How many alternatives a kin_path lists: one more than its '|'. */
static int alternatives(const char *z) {
  int n = 1;
  for (; *z; z++)
    n += *z == '|';
  return n;
}

/* 'MM-DD', a day that some year has (02-29 included). */
static int month_day(const char *z) {
  int d;
  char buf[DATE_TEXT_LEN + 1];
  if (strlen(z) != 5 || z[2] != '-' || !isdigit((unsigned char)z[0]) || !isdigit((unsigned char)z[1]) ||
      !isdigit((unsigned char)z[3]) || !isdigit((unsigned char)z[4])) {
    return 0;
  }
  sqlite3_snprintf(sizeof(buf), buf, "2000-%s", z);
  return date_parse(buf, DATE_TEXT_LEN, &d) == DATE_OK;
}

static int strict_date(const char *z, int *pDay) {
  return strlen(z) == DATE_TEXT_LEN && date_parse(z, DATE_TEXT_LEN, pDay) == DATE_OK;
}

/* What each reference kind refers to, for its message. */
static const struct {
  CheckKind kind;
  PolicyRef ref;
  const char *zProblem;
} aRefKind[] = {
    {CK_SOURCE, REF_SOURCE, "names no source in shebao_policy_sources"},
    {CK_REGION, REF_REGION, "is not a known region code"},
    {CK_PROVINCE, REF_PROVINCE, "is not the code of a province or municipality"},
    {CK_RELATION, REF_RELATION, "is not a known relation code"},
    {CK_CLASS, REF_CLASS, "is not a class of shebao_policy_kinship_classes"},
    {CK_CERT_RULE, REF_CERT_RULE, "is not a rule of shebao_policy_cert_rules"},
    {CK_CERT_RULE_OR_NULL, REF_CERT_RULE, "is not a rule of shebao_policy_cert_rules"},
};

/* Kinds for which NULL is a value (a NULL cell passes); for every other kind NULL "is missing". */
static int allows_null(CheckKind kind) {
  return kind == CK_DATE || kind == CK_ENUM || kind == CK_KIN_PATHS || kind == CK_RELATION ||
         kind == CK_CERT_RULE_OR_NULL || kind == CK_MONTH_DAY || kind == CK_COUNT;
}

/* The problem with a cell that must name something that exists, or NULL. */
static const char *check_reference(const ColumnRule *r, const char *z, const CheckRefs *refs) {
  size_t i;
  if (r->kind == CK_REGION_OR_NATIONAL) {
    return strcmp(z, NATIONAL_CODE) == 0 || refs->xHave(refs->pArg, REF_REGION, z)
               ? 0
               : "is not '000000' or a known region code";
  }
  if (r->kind == CK_TABLE) return policy_table_by_name(z) >= 0 ? 0 : "is not the name of a policy table";
  for (i = 0; i < sizeof(aRefKind) / sizeof(aRefKind[0]); i++) {
    if (aRefKind[i].kind == r->kind)
      return refs->xHave(refs->pArg, aRefKind[i].ref, z) ? 0 : aRefKind[i].zProblem;
  }
  return 0;
}

/* The problem with one cell, or NULL. */
static const char *check_cell(const ColumnRule *r, const char *z, const CheckRefs *refs) {
  int day;
  if (z == 0) return allows_null(r->kind) ? 0 : "is missing";
  switch (r->kind) {
  case CK_REQUIRED:
    return 0;
  case CK_NONEMPTY:
    return z[0] ? 0 : "is empty";
  case CK_DATE:
    if (strict_date(z, &day)) return 0;
    return strlen(z) == DATE_TEXT_LEN && date_parse(z, DATE_TEXT_LEN, &day) == DATE_IMPOSSIBLE
               ? "is an impossible date"
               : "is not a date (YYYY-MM-DD)";
  case CK_ENUM:
    return in_enum(z, r->zArg) ? 0 : "is not one of the allowed values";
  case CK_CODE2:
    return all_digits(z, 2) && strcmp(z, "00") != 0 ? 0 : "is not a two-digit code";
  case CK_CODE6:
    return all_digits(z, 6) ? 0 : "is not a six-digit code";
  case CK_MONTH_DAY:
    return month_day(z) ? 0 : "is not a day of the year (MM-DD)";
  case CK_COUNT:
    return strlen(z) <= 6 && all_digits(z, strlen(z)) && atoi(z) >= 1 && atoi(z) <= 100000
               ? 0
               : "is not a whole number from 1 to 100000";
  case CK_KIN_PATHS:
    if (!kinship_path_valid(z)) return "is not a kin path";
    return alternatives(z) <= KIN_PATH_MAX_ALTERNATIVES ? 0 : "has more than 4 alternatives (between '|')";
  case CK_KIN_PATH:
    return kinship_path_generic(z) ? 0 : "is not a single kin path";
  default:
    return check_reference(r, z, refs);
  }
}

/* A certification rule's parameters must fit its kind: a length for the counted kinds, a window for
** 'yearly_window', nothing else. */
static int cert_rule_problem(const char *const *azCell, int *piCol, char *zBuf, int nBuf) {
  const char *zKind = azCell[CRULE_KIND];
  int windowed = zKind && strcmp(zKind, "yearly_window") == 0;
  int counted = zKind && !windowed && strcmp(zKind, "natural_year") != 0;
  if (zKind == 0) return 0; /* reported by the column rules */
  if (counted != (azCell[CRULE_LENGTH] != 0)) {
    *piCol = CRULE_LENGTH;
    sqlite3_snprintf(nBuf, zBuf, "length %s for kind %s", counted ? "is needed" : "must be NULL", zKind);
    return 1;
  }
  if (windowed != (azCell[CRULE_WINDOW_FROM] != 0) || windowed != (azCell[CRULE_WINDOW_TO] != 0)) {
    *piCol = azCell[CRULE_WINDOW_FROM] && windowed ? CRULE_WINDOW_TO : CRULE_WINDOW_FROM;
    sqlite3_snprintf(nBuf, zBuf, "window_from and window_to %s for kind %s",
                     windowed ? "are needed" : "must be NULL", zKind);
    return 1;
  }
  return 0;
}

#define N_RULE (sizeof(aRule) / sizeof(aRule[0]))

/* The first rule of table t, found by bisection: every row of every table is checked when an index is built
** (thousands of county rows), and a scan of every rule for each of them cost a third of the build. */
static size_t first_rule(PolicyTableId t) {
  size_t lo = 0, hi = N_RULE;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (aRule[mid].t < t)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

int policy_rules_grouped(void) {
  size_t i;
  for (i = 1; i < N_RULE; i++) {
    if (aRule[i].t < aRule[i - 1].t) return 0;
  }
  return 1;
}

int policy_check_row(PolicyTableId t, const char *const *azCell, const CheckRefs *refs, int *piCol,
                     char *zBuf, int nBuf) {
  char zKey[POLICY_KEY_MAX + 2]; /* policy_join_key leaves room for a NUL and one more byte */
  size_t i;
  for (i = first_rule(t); i < N_RULE && aRule[i].t == t; i++) {
    const ColumnRule *r = &aRule[i];
    const char *zProblem;
    if (r->kind == CK_PROVINCE && azCell[REG_CODE] && azCell[REG_PROVINCE_CODE] &&
        strcmp(azCell[REG_CODE], azCell[REG_PROVINCE_CODE]) == 0) {
      continue; /* a province (or municipality) is its own province; its level is checked by its own rule */
    }
    zProblem = check_cell(r, azCell[r->iCol], refs);
    if (zProblem) {
      *piCol = r->iCol;
      sqlite3_snprintf(nBuf, zBuf, "%s %s", policy_table_defs[t].azCol[r->iCol], zProblem);
      return 1;
    }
  }
  for (i = 0; i < sizeof(aRange) / sizeof(aRange[0]); i++) {
    int from, to;
    if (aRange[i].t != t || !azCell[aRange[i].iFrom] || !azCell[aRange[i].iTo]) continue;
    if (strict_date(azCell[aRange[i].iFrom], &from) && strict_date(azCell[aRange[i].iTo], &to) && from > to) {
      *piCol = aRange[i].iTo;
      sqlite3_snprintf(nBuf, zBuf, "valid_to is before valid_from %s", azCell[aRange[i].iFrom]);
      return 1;
    }
  }
  if (policy_join_key(azCell, policy_table_defs[t].nKey, zKey, sizeof(zKey)) < 0) {
    /* Every buffer that holds a key (merging, dated rows) has room for this much. */
    *piCol = 0;
    sqlite3_snprintf(nBuf, zBuf, "%s makes a key longer than %d bytes", policy_table_defs[t].azCol[0],
                     POLICY_KEY_MAX);
    return 1;
  }
  if (t == PT_CERT_RULES && cert_rule_problem(azCell, piCol, zBuf, nBuf)) return 1;
  if (t == PT_RELATION_TERMS && azCell[TERM_CODE] == 0 && azCell[TERM_KIN_PATH] == 0) {
    *piCol = TERM_KIN_PATH;
    sqlite3_snprintf(nBuf, zBuf, "kin_path is needed when code is NULL");
    return 1;
  }
  return 0;
}
