/*
** The policy store: the tables of sql/schema.sql, the rows in effect, and the in-memory index that every
** function answers from. The store calls nothing above it (no SQL function, no ShebaoConn): core/conn.c
** keeps each connection's index current, the capabilities read it.
**
** Data flow:
**   sql/schema.sql + sql/default/NN-*.sql  --(build: tools/embed-policy.sh)-->  policy_default_tables[]
**   policy_default_tables[] (+ user layers)  --(policy_index_build)-->  PolicyIndex
**        rows per table (PolicyRows), validated (policy/validate.c), then one index per capability
**
**   policy/tables.c     the tables and their columns, as C knows them
**   policy/index.c      building an index: default rows, layers, validation, the capabilities' builders
**   policy/layers.c     reading the user's layer tables and merging them over the default
**   policy/validate.c   validating the rows in effect (rules.c: the rules of each column)
**   policy/problems.c   what is wrong with the data, and whether a decision may use a table
**   policy/triggers.c   the TEMP triggers that check and track writes to the layer tables
**   policy/dated.c      rows valid for a period: the row in effect on a day
**
** An index is immutable once built (but for caches that depend on it alone) and reference counted: a
** connection swaps in a new one when the policy changes, while a virtual-table cursor that still reads the
** old one keeps it alive.
*/
#ifndef SHEBAO_POLICY_H
#define SHEBAO_POLICY_H
#include "sqlite3ext.h"
#include "util/arena.h"
#include "util/strmap.h"

/* Where a row comes from, lowest precedence first. */
typedef enum PolicyLayer { LAYER_DEFAULT = 0, LAYER_MAIN = 1, LAYER_TEMP = 2 } PolicyLayer;
extern const char *const policy_layer_names[]; /* "default", "main", "temp": also the schemas of the layers */

/* The policy tables, in the order of sql/schema.sql. */
typedef enum PolicyTableId {
  PT_SOURCES,
  PT_KINSHIP_CLASSES,
  PT_RELATIONS,
  PT_RELATION_TERMS,
  PT_REGIONS,
  PT_REGION_ALIASES,
  PT_PARAMETERS,
  PT_CERT_RULES,
  PT_CERT_ASSIGNMENTS,
  PT_REGION_ENABLEMENT,
  PT_SHARING_SCOPES,
  PT_ID_PREFIXES,
  PT_CERT_FACTS,
  PT_REGION_POOLS,
  PT_SHARING_FACTS,
  PT_COUNTIES,
  PT_RETRACTIONS,
  PT_COUNT
} PolicyTableId;

/* Column numbers of each table, in schema order (checked against the embedded schema when an index is
** built, so the C and the SQL cannot drift apart). */
enum {
  SRC_ID,
  SRC_DOC_NUMBER,
  SRC_TITLE,
  SRC_ISSUER,
  SRC_PUBLISHED,
  SRC_EFFECTIVE,
  SRC_URL,
  SRC_NOTE,
  SRC_FIRMNESS
};
enum { KC_KIN_PATH, KC_CLASS, KC_NAME_ZH, KC_NEAR_RELATIVE, KC_VALID_FROM, KC_VALID_TO, KC_SOURCE_ID };
enum { REL_CODE, REL_NAME, REL_KIN_PATH, REL_VALID_FROM, REL_VALID_TO, REL_SOURCE_ID };
enum { TERM_TERM, TERM_CODE, TERM_KIN_PATH, TERM_LANG, TERM_SOURCE_ID };
enum { REG_CODE, REG_NAME, REG_PROVINCE_CODE, REG_LEVEL, REG_VALID_FROM, REG_VALID_TO, REG_SOURCE_ID };
enum { ALIAS_ALIAS, ALIAS_CODE, ALIAS_KIND, ALIAS_VALID_FROM, ALIAS_VALID_TO, ALIAS_SOURCE_ID };
enum {
  PARAM_NAME,
  PARAM_REGION_CODE,
  PARAM_VALID_FROM,
  PARAM_VALUE,
  PARAM_UNIT,
  PARAM_VALID_TO,
  PARAM_SOURCE_ID,
  PARAM_NOTE
};
enum {
  ENABLE_CODE,
  ENABLE_SCOPE,
  ENABLE_VALID_FROM,
  ENABLE_VALID_TO,
  ENABLE_PRECISION,
  ENABLE_SOURCE_ID,
  ENABLE_NOTE
};
enum {
  SCOPE_REGION_CODE,
  SCOPE_CLASS,
  SCOPE_VALID_FROM,
  SCOPE_VALID_TO,
  SCOPE_PRECISION,
  SCOPE_SOURCE_ID,
  SCOPE_NOTE
};
enum {
  COUNTY_CODE,
  COUNTY_NAME,
  COUNTY_REGION_CODE,
  COUNTY_KIND,
  COUNTY_BASIS,
  COUNTY_FIRST_LISTED,
  COUNTY_LAST_LISTED,
  COUNTY_UNLISTED_BY,
  COUNTY_SUCCESSOR_CODE,
  COUNTY_SOURCE_ID
};
enum { RETRACT_TABLE_NAME, RETRACT_KEY, RETRACT_SOURCE_ID, RETRACT_NOTE };
enum {
  CRULE_RULE,
  CRULE_DESCRIPTION,
  CRULE_SOURCE_ID,
  CRULE_KIND,
  CRULE_LENGTH,
  CRULE_WINDOW_FROM,
  CRULE_WINDOW_TO
};
enum {
  CASSIGN_REGION_CODE,
  CASSIGN_SCHEME,
  CASSIGN_VALID_FROM,
  CASSIGN_RULE,
  CASSIGN_VALID_TO,
  CASSIGN_SOURCE_ID,
  CASSIGN_NOTE,
  CASSIGN_ALTERNATIVE_RULE,
  CASSIGN_FIRST_CYCLE
};
enum { IDP_PREFIX, IDP_NAME, IDP_SOURCE_ID };
enum {
  CFACT_REGION_CODE,
  CFACT_ITEM,
  CFACT_VALID_FROM,
  CFACT_OUTCOME,
  CFACT_DETAIL,
  CFACT_VALID_TO,
  CFACT_SOURCE_ID
};
enum { POOL_CODE, POOL_POOL_CODE, POOL_SOURCE_ID, POOL_NOTE };
enum {
  SFACT_REGION_CODE,
  SFACT_SCOPE,
  SFACT_ITEM,
  SFACT_VALID_FROM,
  SFACT_OUTCOME,
  SFACT_DETAIL,
  SFACT_VALID_TO,
  SFACT_SOURCE_ID
};

typedef struct PolicyTableDef {
  const char *zName; /* e.g. "shebao_policy_relations" */
  int nCol;
  const char *const *azCol; /* column names in schema order */
  int nKey;                 /* the first nKey columns identify a row (what a layer row replaces) */
} PolicyTableDef;
extern const PolicyTableDef policy_table_defs[PT_COUNT];

/* For a layer table of t that cannot be read: how to add the columns added to t since shebao 0.1, as
** "; a table made by shebao 0.1 lacks ...: add them with ALTER TABLE ..." (sqlite3_malloc'd), or NULL. */
/* The problem of a layer table that lacks column iCol of t: how to add it, when shebao 0.1 did not have it
** (sqlite3_malloc'd; NULL when out of memory). */
char *policy_missing_column_problem(PolicyTableId t, int iCol, const char *zSchema);
char *policy_upgrade_hint(PolicyTableId t, const char *zSchema);

/* The region code of national rows (parameters, enablement, scopes, rules): the whole country. */
#define NATIONAL_CODE "000000"

/* A row's key for maps: the parts joined with U+001F, a NULL part as ''. Returns the length, or -1 if it does
** not fit in buf. */
#define POLICY_KEY_SEPARATOR '\x1f'
int policy_join_key(const char *const *azPart, int nPart, char *buf, int nBuf);
/* The longest key a row may have, its parts and separators together (policy/rules.c refuses a longer one:
** every buffer that holds a key has room for it). */
#define POLICY_KEY_MAX 500

/* The embedded default policy, generated at build time from sql/ (build/gen/policy_default.c). */
typedef struct PolicyDefaultTable {
  const char *zName;
  int nCol;
  const char *const *azCol;
  int nRow;
  const char *const *azCell; /* nRow * nCol cells, row-major; NULL for SQL NULL */
} PolicyDefaultTable;
extern const PolicyDefaultTable policy_default_tables[];
extern const int policy_default_table_count;
extern const char policy_schema_sql[]; /* the text of sql/schema.sql */

/* One row in effect, with where it came from (for explanations and for shebao_check). */
typedef struct PolicyRow {
  const char *const *azCell; /* the table's nCol cells */
  int layer;                 /* PolicyLayer */
  long long rowid;           /* rowid in its layer table; for the default, the row's position in sql/ */
} PolicyRow;

typedef struct PolicyRows {
  int nRow;
  PolicyRow *aRow;
} PolicyRows;

struct RelationIndex;
struct DatedIndex;
struct PolicyKeys;
struct RegionIndex;
struct SharingIndex;
struct IdentityIndex;
struct CertIndex;
struct BindingIndex;

/* Something wrong with a row of policy data (listed by shebao_check). */
typedef struct PolicyProblem {
  int layer;
  PolicyTableId t;
  long long rowid;    /* in its layer; -1 when the problem is the layer table itself */
  int iCol;           /* the column, or -1 */
  const char *zValue; /* the offending value, or NULL */
  const char *zProblem;
} PolicyProblem;

/* Which layers the index read tables from. */
#define LAYER_BIT_MAIN 1u
#define LAYER_BIT_TEMP 2u

typedef struct PolicyIndex PolicyIndex; /* C11 allows the same typedef in two headers */
struct PolicyIndex {
  int nRef;
  Arena arena;
  PolicyRows aTable[PT_COUNT];
  /* Problems, and the tables that have them (bit t): a decision that reads such a table raises an error. */
  int nProblem, nProblemAlloc;
  PolicyProblem *aProblem;
  unsigned brokenMask;
  /* What the index was built from, so that a connection can tell cheaply whether it is still current. */
  unsigned layerMask;       /* LAYER_BIT_*: layers that have policy tables */
  unsigned aLayerTables[3]; /* per layer (LAYER_MAIN, LAYER_TEMP): bit t when it has table t */
  int serial;               /* the connection's build number: caches key on it, not on the address */
  int gen;                  /* the connection's layer-change generation */
  unsigned dvMain, dvTemp;  /* SQLITE_FCNTL_DATA_VERSION of main and temp */
  StrMap sourceById;        /* source_id -> row of aTable[PT_SOURCES] */
  struct PolicyKeys *pKeys; /* what rows may refer to (policy/validate.h) */
  struct RelationIndex *pRelations;
  struct DatedIndex *pParameters;
  struct RegionIndex *pRegions;
  struct SharingIndex *pSharing;
  struct IdentityIndex *pIdentity;
  struct CertIndex *pCert;
  /* The rest of the stamp (core/conn.c): the schema cookies of main and temp, which this connection's own
  ** uncommitted DDL moves; whether a layer table has no guards in this connection (its writes there are
  ** reported by no trigger), and then sqlite3_total_changes() when stamped. */
  int cookieMain, cookieTemp;
  int hasUnguarded, changes;
  struct BindingIndex *pBinding;
  /* A connection's fork of the embedded default (policy_default_index): everything but the caches is the
  ** process's shared index, which this one must neither change nor free. NULL for an index of its own. */
  const struct PolicyIndex *pShared;
};

/* Builds the index of the policy in effect: the embedded default and, when db is not NULL, the layer tables
** of its main and temp databases. Bad rows are not failures: they are left out and recorded as problems.
** SQLITE_OK with *pp (one reference), or an error. */
int policy_index_build(sqlite3 *db, PolicyIndex **pp, char **pzErr);
void policy_index_ref(PolicyIndex *p);
void policy_index_unref(PolicyIndex *p);

/* The embedded default for one connection: a fork (one reference) of the index built once per process, under
** a mutex, and shared, immutable, by every connection. The fork holds the connection's own caches (written
** during calls); the rest is read from the shared index, which stays as long as a fork of it does. */
int policy_default_index(PolicyIndex **pp, char **pzErr);

/* Reads the layer tables of db and merges them into p's default rows (policy/layers.c). */
int policy_merge_layers(PolicyIndex *p, sqlite3 *db, char **pzErr);
/* Which policy tables exist in main (aMask[0]) and temp (aMask[1]). */
int policy_layer_tables(sqlite3 *db, unsigned aMask[2]);
/* The guards of the layer tables, and the journal: policy/guards.h. */

/* The tables each kind of decision reads (bit t for table t): a decision raises an error when one of them has
** broken rows. */
#define TABLE_BIT(t) (1u << (t))
#define DEPS_RELATIONS                                                                                       \
  (TABLE_BIT(PT_KINSHIP_CLASSES) | TABLE_BIT(PT_RELATIONS) | TABLE_BIT(PT_RELATION_TERMS))
#define DEPS_REGIONS                                                                                         \
  (TABLE_BIT(PT_REGIONS) | TABLE_BIT(PT_REGION_ALIASES) | TABLE_BIT(PT_REGION_ENABLEMENT) |                 \
   TABLE_BIT(PT_REGION_POOLS) | TABLE_BIT(PT_COUNTIES))
#define DEPS_SHARING                                                                                         \
  (DEPS_RELATIONS | DEPS_REGIONS | TABLE_BIT(PT_SHARING_SCOPES) | TABLE_BIT(PT_PARAMETERS) |                \
   TABLE_BIT(PT_SHARING_FACTS))
#define DEPS_IDENTITY (TABLE_BIT(PT_REGIONS) | TABLE_BIT(PT_ID_PREFIXES) | TABLE_BIT(PT_PARAMETERS))
#define DEPS_CERT                                                                                            \
  (DEPS_REGIONS | TABLE_BIT(PT_CERT_RULES) | TABLE_BIT(PT_CERT_ASSIGNMENTS) | TABLE_BIT(PT_PARAMETERS))

/* ---- problems (policy/problems.c) ---- */

/* Whether a decision of zFunc may use the tables in deps: SQLITE_OK, or SQLITE_ERROR with the first problem
** of one of them ("<zFunc>(): the policy data has a problem: ..."). */
int policy_usable(const PolicyIndex *p, const char *zFunc, unsigned deps, char **pzErr);

/* Records a problem (and marks table t broken). SQLITE_OK or SQLITE_NOMEM. */
int policy_add_problem(PolicyIndex *p, int layer, PolicyTableId t, long long rowid, int iCol,
                       const char *zValue, const char *zProblem);

/* Bad data found by a capability's builder: sets *pzErr to "<table> row <rowid> (<layer> layer): <column>
** <problem> '<value>'" and returns SQLITE_ERROR (SQLITE_NOMEM when the message cannot be made). */
int policy_row_error(char **pzErr, PolicyTableId t, const PolicyRow *row, int iCol, const char *zProblem);

/* The source row for source_id, or NULL. */
const PolicyRow *policy_source(const PolicyIndex *p, const char *zSourceId);
/* The cell of a row of table t (NULL for SQL NULL). */
#define POLICY_CELL(row, col) ((row)->azCell[(col)])
/* How to return a cell of a row as an SQL result: the embedded default's strings are static, returned without
** a copy; a layer's strings live in an index that a policy change frees (maybe mid-statement), so they are
** copied. */
#define POLICY_TEXT_DESTRUCTOR(row) ((row)->layer == LAYER_DEFAULT ? SQLITE_STATIC : SQLITE_TRANSIENT)

/* Capability index builders, called in this order by policy_index_build. Each allocates in p->arena and
** returns SQLITE_OK, SQLITE_NOMEM, or SQLITE_ERROR with *pzErr describing bad data. */
int relations_index_build(PolicyIndex *p, char **pzErr);
int parameters_index_build(PolicyIndex *p, char **pzErr);
int regions_index_build(PolicyIndex *p, char **pzErr);
int sharing_index_build(PolicyIndex *p, char **pzErr);
int identity_index_build(PolicyIndex *p, char **pzErr);
int cert_index_build(PolicyIndex *p, char **pzErr);
int binding_index_build(PolicyIndex *p, char **pzErr);

/* Capability forks (policy_default_index): p is a copy of the shared index; each capability that keeps
** caches in its index replaces its part by a copy in p->arena with empty caches of its own. */
int relations_index_fork(PolicyIndex *p);
int sharing_index_fork(PolicyIndex *p);
int cert_index_fork(PolicyIndex *p);
int binding_index_fork(PolicyIndex *p);

#endif
