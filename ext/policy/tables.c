/*
** The policy tables as C knows them: names, columns in schema order, and key columns. They mirror
** sql/schema.sql; policy_index.c checks them against the embedded schema when it builds an index.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/policy.h"
#include <string.h>

const char *const policy_layer_names[] = {"default", "main", "temp"};

static const char *const azSourceCol[] = {"source_id", "doc_number", "title", "issuer",  "published",
                                          "effective", "url",        "note",  "firmness"};
static const char *const azKinshipCol[] = {"kin_path",   "class",    "name_zh",  "near_relative",
                                           "valid_from", "valid_to", "source_id"};
static const char *const azRelationCol[] = {"code",       "name",     "kin_path",
                                            "valid_from", "valid_to", "source_id"};
static const char *const azTermCol[] = {"term", "code", "kin_path", "lang", "source_id"};
static const char *const azRegionCol[] = {"code",       "name",     "province_code", "level",
                                          "valid_from", "valid_to", "source_id"};
static const char *const azAliasCol[] = {"alias", "code", "kind", "valid_from", "valid_to", "source_id"};

static const char *const azParameterCol[] = {"name", "region_code", "valid_from", "value",
                                             "unit", "valid_to",    "source_id",  "note"};
static const char *const azCertRuleCol[] = {"rule", "description", "source_id",  "kind",
                                            "length", "window_from", "window_to"};
static const char *const azCertAssignmentCol[] = {"region_code", "scheme", "valid_from",       "rule",
                                                  "valid_to",    "source_id", "note", "alternative_rule",
                                                  "first_cycle"};
static const char *const azIdPrefixCol[] = {"prefix", "name", "source_id"};
static const char *const azCertFactCol[] = {"region_code", "item",     "valid_from", "outcome",
                                            "detail",      "valid_to", "source_id"};

static const char *const azEnablementCol[] = {"code",      "scope",     "valid_from", "valid_to",
                                              "precision", "source_id", "note"};

static const char *const azScopeCol[] = {"region_code", "class",     "valid_from", "valid_to",
                                         "precision",   "source_id", "note"};

static const char *const azRegionPoolCol[] = {"code", "pool_code", "source_id", "note"};

static const char *const azSharingFactCol[] = {"region_code", "scope",    "item",     "valid_from",
                                               "outcome",     "detail",   "valid_to", "source_id"};

static const char *const azCountyCol[] = {"code",           "name",         "region_code", "kind",
                                          "basis",          "first_listed", "last_listed", "unlisted_by",
                                          "successor_code", "source_id"};

static const char *const azRetractionCol[] = {"table_name", "key", "source_id", "note"};

#define COLUMNS(a) (int)(sizeof(a) / sizeof(a[0])), a

const PolicyTableDef policy_table_defs[PT_COUNT] = {
    [PT_SOURCES] = {"shebao_policy_sources", COLUMNS(azSourceCol), 1},
    [PT_KINSHIP_CLASSES] = {"shebao_policy_kinship_classes", COLUMNS(azKinshipCol), 1},
    [PT_RELATIONS] = {"shebao_policy_relations", COLUMNS(azRelationCol), 1},
    [PT_RELATION_TERMS] = {"shebao_policy_relation_terms", COLUMNS(azTermCol), 1},
    [PT_REGIONS] = {"shebao_policy_regions", COLUMNS(azRegionCol), 1},
    [PT_REGION_ALIASES] = {"shebao_policy_region_aliases", COLUMNS(azAliasCol), 2},
    [PT_PARAMETERS] = {"shebao_policy_parameters", COLUMNS(azParameterCol), 3},
    [PT_CERT_RULES] = {"shebao_policy_cert_rules", COLUMNS(azCertRuleCol), 1},
    [PT_CERT_ASSIGNMENTS] = {"shebao_policy_cert_assignments", COLUMNS(azCertAssignmentCol), 3},
    [PT_REGION_ENABLEMENT] = {"shebao_policy_region_enablement", COLUMNS(azEnablementCol), 3},
    [PT_SHARING_SCOPES] = {"shebao_policy_sharing_scopes", COLUMNS(azScopeCol), 3},
    [PT_ID_PREFIXES] = {"shebao_policy_id_prefixes", COLUMNS(azIdPrefixCol), 1},
    [PT_CERT_FACTS] = {"shebao_policy_cert_facts", COLUMNS(azCertFactCol), 3},
    [PT_REGION_POOLS] = {"shebao_policy_region_pools", COLUMNS(azRegionPoolCol), 1},
    [PT_SHARING_FACTS] = {"shebao_policy_sharing_facts", COLUMNS(azSharingFactCol), 4},
    [PT_COUNTIES] = {"shebao_policy_counties", COLUMNS(azCountyCol), 2},
    [PT_RETRACTIONS] = {"shebao_policy_retractions", COLUMNS(azRetractionCol), 2},
};

/* Columns added after shebao 0.1.0, each as ALTER TABLE ... ADD COLUMN declares it: a layer table made by an
** older shebao lacks them, and the message that says so tells how to add them (docs/policy-changelog.md). */
static const struct {
  PolicyTableId t;
  const char *zDecl;
} aAddedColumn[] = {
    {PT_SOURCES, "firmness TEXT CHECK (firmness IN ('official', 'secondary', 'derived', ''))"},
    {PT_CERT_RULES, "kind TEXT"},
    {PT_CERT_RULES, "length INTEGER"},
    {PT_CERT_RULES, "window_from TEXT"},
    {PT_CERT_RULES, "window_to TEXT"},
    {PT_CERT_ASSIGNMENTS, "alternative_rule TEXT"},
    {PT_CERT_ASSIGNMENTS, "first_cycle TEXT"},
};

char *policy_missing_column_problem(PolicyTableId t, int iCol, const char *zSchema) {
  const char *zCol = policy_table_defs[t].azCol[iCol];
  size_t i, n = strlen(zCol);
  for (i = 0; i < sizeof(aAddedColumn) / sizeof(aAddedColumn[0]); i++) {
    if (aAddedColumn[i].t == t && strncmp(aAddedColumn[i].zDecl, zCol, n) == 0 && aAddedColumn[i].zDecl[n] == ' ')
      return sqlite3_mprintf("%s is missing from the layer table: shebao 0.1 did not have it; add it with ALTER "
                             "TABLE \"%w\".%s ADD COLUMN %s;",
                             zCol, zSchema, policy_table_defs[t].zName, aAddedColumn[i].zDecl);
  }
  return sqlite3_mprintf("%s is missing from the layer table (sql/schema.sql has its columns)", zCol);
}

char *policy_upgrade_hint(PolicyTableId t, const char *zSchema) {
  sqlite3_str *s = sqlite3_str_new(0);
  size_t i;
  for (i = 0; i < sizeof(aAddedColumn) / sizeof(aAddedColumn[0]); i++) {
    if (aAddedColumn[i].t != t) continue;
    sqlite3_str_appendf(s, "%s ALTER TABLE \"%w\".%s ADD COLUMN %s;",
                        sqlite3_str_length(s) ? "" : "; a table made by shebao 0.1 lacks the columns added since: "
                                                     "add them with",
                        zSchema, policy_table_defs[t].zName, aAddedColumn[i].zDecl);
  }
  return sqlite3_str_finish(s); /* NULL: nothing to add, or out of memory */
}

int policy_join_key(const char *const *azPart, int nPart, char *buf, int nBuf) {
  int n = 0, k;
  for (k = 0; k < nPart; k++) {
    const char *z = azPart[k] ? azPart[k] : "";
    int len = (int)strlen(z);
    if (n + len + 2 > nBuf) return -1;
    if (k) buf[n++] = POLICY_KEY_SEPARATOR;
    memcpy(buf + n, z, (size_t)len);
    n += len;
  }
  buf[n] = 0;
  return n;
}
