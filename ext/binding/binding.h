/*
** Binding a relative to a payer's account (新增绑定): may this person, by identity number, be bound to that
** person's account as this relation on this date? The checks, in order (binding/decide.c):
**
**   payer_id, relative_id  both valid numbers (GB 11643-1999; 15 digits too)            else 0
**   same_person            two people (a 15-digit number and its 18-digit form are one)  else 0
**   relation               recognised (an error if not), and not the payer themself       else 0
**   sex                    the sex the relation implies (its kin paths, else the policy parameters
**                          relation_female and relation_male); a spouse of the other sex   else 0
**   birth_order            parents and grandparents born before the payer, children and
**                          grandchildren after; elder siblings not after, younger not
**                          before (the kin paths' '+' and '-')                           else 0
**   marriage_age           a spouse, and the payer, of legal marriage age on the date
**                          (marriage_min_age_male, marriage_min_age_female)              else 0
**   mutual_aid             the decision of can_share, exactly (sharing/decide.c)          0, 1 or NULL
**
** An impossibility is 0; what the numbers cannot show (adoption, support) stays NULL, as can_share leaves it.
** An invalid identity number is a request that cannot be granted (0, with the reason), not an error: a batch
** of requests lists it among the refused ones. What cannot be read at all is an error: a blob, an unknown
** relation or region, a malformed date.
**
**   binding/args.c      the arguments
**   binding/traits.c    what a relation implies: sex, order of birth, spouse, the payer themself
**   binding/index.c     the binding index: a memo of what each relation implies
**   binding/decide.c    the checks
**   binding/functions.c binding_ok(), and the registration
**   binding/explain.c   explain_binding(): one row per check, in English and in Chinese
**   binding/explain_aid.c  its mutual-aid and outcome rows
**   binding/words.c     the words both languages share: dates, sexes, orders of birth
*/
#ifndef SHEBAO_BINDING_H
#define SHEBAO_BINDING_H
#include "sharing/sharing.h"
#include "identity/identity.h"
#include "policy/explain.h"
#include "util/text.h"

/* How an identity-number argument reads. */
typedef enum BindingIdStatus {
  BID_VALID = 0,
  BID_MALFORMED,     /* not 18 characters or 15 digits */
  BID_BAD_DATE,      /* no such birth date */
  BID_BAD_CHECK,     /* the check character does not match */
  BID_UNKNOWN_PREFIX /* the first two digits are no province */
} BindingIdStatus;

typedef struct BindingId {
  int valid;
  IdCard card;   /* when valid */
  const char *z; /* the argument as given (valid during the call), and its length */
  int n;
  int isReal; /* it was a REAL, which holds no identity number */
} BindingId;

/* Why a number is not valid, or BID_VALID: parsed again, for explanations only. */
BindingIdStatus binding_id_status(const BindingId *id);

typedef struct BindingArgs {
  BindingId payer, relative;
  ShareArgs share; /* relation, on_date and the regions, read as can_share reads them */
} BindingArgs;

/* Reads payer_id, relative_id, relation, on_date and, if argc is 6, payer_region and relative_region.
** SQLITE_OK or an error naming zFunc; the caller has checked the arguments for NULL and blank text
** (shebao_null_args), once. */
int binding_args(const PolicyIndex *p, const char *zFunc, int argc, sqlite3_value *const *argv,
                 BindingArgs *a, char **pzErr);

/* The policy tables the decision reads. */
unsigned binding_deps(const BindingArgs *a);

/* What the relation says about the relative's birth compared with the payer's, per reading. */
typedef enum BirthOrder {
  ORDER_NONE,      /* nothing */
  ORDER_BEFORE,    /* a parent or grandparent: born before */
  ORDER_AFTER,     /* a child or grandchild: born after */
  ORDER_NOT_AFTER, /* an elder sibling: not after (twins share the date) */
  ORDER_NOT_BEFORE /* a younger sibling: not before */
} BirthOrder;

/* What a relation implies (binding/traits.c). */
typedef struct BindingTraits {
  char sex;                 /* 'M', 'F', or 0: the relative's sex, as the relation says it */
  const PolicyRow *pSexRow; /* the parameter row whose list said it, or NULL: the kin paths did */
  int isSpouse;             /* every reading is a spouse: of the other sex, of marriage age */
  int isSelf;               /* every reading is the payer themself */
  int nReading;             /* the readings of the relation ('b|C': two) */
  BirthOrder aOrder[SHARE_MAX_READINGS];
  int validFrom, validTo; /* the days on which the parameter rows read are all in force (empty: unknown) */
} BindingTraits;

/* Reads what the relation implies on day: SQLITE_OK, or an error naming zFunc (a parameter of the wrong unit). */
int binding_traits(const PolicyIndex *p, const char *zFunc, const RelationTerm *t, int day, BindingTraits *tr,
                   char **pzErr);

/* The same through the index's memo (binding/index.c): a relation's traits are read once for all the days on
** which the same parameter rows are in force. */
int binding_traits_memo(const PolicyIndex *p, const char *zFunc, const RelationTerm *t, int day,
                        BindingTraits *tr, char **pzErr);

/* The parameter zName ('000000') in effect on day, or *ppRow NULL; a row whose unit is not zUnit is an error. */
int binding_parameter(const PolicyIndex *p, const char *zFunc, const char *zName, const char *zUnit, int day,
                      const PolicyRow **ppRow, char **pzErr);

/* The checks, in the order they are made and explained. */
typedef enum BindingCheck {
  BC_PAYER_ID,
  BC_RELATIVE_ID,
  BC_SAME_PERSON,
  BC_RELATION,
  BC_SEX,
  BC_BIRTH_ORDER,
  BC_MARRIAGE_AGE,
  BC_MUTUAL_AID,
  BC_COUNT
} BindingCheck;

/* How a check came out. */
typedef enum CheckOutcome {
  CHECK_PASS,     /* consistent */
  CHECK_FAIL,     /* impossible: the answer is 0 */
  CHECK_NONE,     /* the relation implies nothing to check */
  CHECK_SKIPPED,  /* an identity number is invalid: nothing to compare */
  CHECK_PARTLY,   /* some readings of the relation are impossible, not all */
  CHECK_UNDECIDED /* cannot be decided: the answer is NULL unless another check fails */
} CheckOutcome;

typedef struct BindingDecision {
  BindingTraits traits;
  CheckOutcome aCheck[BC_COUNT];
  int aOrderOk[SHARE_MAX_READINGS]; /* per reading: its order of birth holds (or it implies none) */
  /* The marriage age: the minimum of each one's sex, its parameter row, and each one's age on the date. */
  int payerMin, relativeMin, payerAge, relativeAge;
  const PolicyRow *pPayerMinRow, *pRelativeMinRow;
  ShareDecision share;
  int iDecisive; /* the first check that failed, else the first undecided one, else -1 */
  Tri result;
} BindingDecision;

/* Makes every check (all of them, so that binding_ok and explain_binding raise the same errors): SQLITE_OK
** with *d, or an error naming zFunc. */
int binding_decide(const PolicyIndex *p, const char *zFunc, const BindingArgs *a, BindingDecision *d,
                   char **pzErr);

/* explain_binding (binding/explain.c, the mutual-aid and outcome rows in binding/explain_aid.c). */
int binding_register_explain(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);
void binding_explain_aid(Explanation *e, const BindingArgs *a, const BindingDecision *d);
void binding_explain_outcome(Explanation *e, const BindingArgs *a, const BindingDecision *d, int iFirstRow);

/* The words of the explanation in both languages (binding/words.c). */
#define BINDING_DATE_ZH_SIZE 32
void binding_date_zh(int day, char *buf);                /* "1949年12月31日" */
void binding_text_date_zh(const char *zDate, char *buf); /* the same from 'YYYY-MM-DD' */
#define BINDING_QUOTE_ZH_SIZE (TEXT_QUOTE_SIZE + 8)
void binding_quote_zh(const char *zQuoted, char *buf); /* text_quote()'s '...' as “...” */
const char *binding_sex_en(char sex);                  /* "male", "female" */
const char *binding_sex_zh(char sex);                  /* "男性", "女性" */
const char *binding_order_en(BirthOrder o);
const char *binding_order_zh(BirthOrder o);

#endif
