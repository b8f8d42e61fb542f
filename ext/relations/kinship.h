/*
** Kin paths: who is whose near relative (近亲属), from the relation each person has to the householder.
**
** A kin path spells a relation outward from a person, one step a letter:
**   p parent    f father     m mother         c child    b son    g daughter
**   s spouse    h husband    w wife           P step-parent       C step-child
** and, right after a child step that follows a parent step (a sibling), '+' if that sibling is older than the
** person the parent step started from, '-' if younger. So 'pc' is a sibling, 'pb+' an elder brother (兄),
** 'ff' the father's father (祖父), 'mf' the mother's father (外祖父), 'bw' a son's wife (儿媳), 'fpb+' the
** father's elder brother (伯父). Special paths: '' the person themself, '?' an unspecified relation, 'o' another
** relative that is not a near relative, 'x' no kinship. A relation code may allow several paths, separated by
** '|': 27 养子或继子 is 'b|C'.
**
** Which paths are near relatives is policy data (shebao_policy_kinship_classes, Civil Code art. 1045 and
** 1072), keyed by the generic form of a path (p, c, s, P, C only: 'fpb+' is 'ppc'). This file only derives
** paths: the relation of member B to member A is the reverse of A's path to the householder followed by B's
** path, reduced where two steps meet. Where a meeting has several readings (two children of one parent may be
** one person or siblings; a spouse's child is one's own child or a step-child; two parents of one child may or
** may not be married), every reading is kept, and the answer is known only if all readings agree. What the
** letters say is used where it decides: a person has one father and one mother and one spouse, a son is not a
** daughter, an elder brother is not a younger one. Never a guess.
*/
#ifndef SHEBAO_KINSHIP_H
#define SHEBAO_KINSHIP_H
#include "util/strmap.h"

/* The answer to "near relatives?" */
typedef enum KinVerdict {
  KIN_NOT_NEAR = 0,
  KIN_NEAR = 1,
  KIN_CONDITIONAL = 2, /* only with a relationship of support and education (step relations) */
  KIN_UNDECIDABLE = 3  /* the codes allow answers that differ */
} KinVerdict;

#define KIN_PATH_MAX 15 /* longest single path a relation can have, in letters (data longer is rejected) */
#define KIN_READING_MAX (2 * KIN_PATH_MAX + 2) /* a derived reading's generic path, with its NUL */
#define KIN_MAX_READINGS 32                    /* more readings than this: undecidable */
/* A kin_path of the policy data has at most this many alternatives ('c|C'): the decisions keep each one's
** outcome (ext/sharing, ext/binding), and a row with more is refused rather than read in part. */
#define KIN_PATH_MAX_ALTERNATIVES 4

/* What a reading takes for granted where the codes allow more than one family (bits of KinReading.assume). */
typedef enum KinAssumption {
  KIN_SAME_PERSON = 1,   /* two steps of unknown sex or order reach one person */
  KIN_OTHER_PARENT = 2,  /* two parents of one child are different people */
  KIN_MARRIED = 4,       /* ... and married to each other */
  KIN_NOT_MARRIED = 8,   /* ... and not married to each other */
  KIN_SIBLINGS = 16,     /* two children of one parent are different people */
  KIN_OWN_CHILD = 32,    /* a spouse's child is one's own */
  KIN_STEP_CHILD = 64,   /* ... or a step-child */
  KIN_OWN_PARENT = 128,  /* a parent's spouse is one's other parent */
  KIN_STEP_PARENT = 256, /* ... or a step-parent */
  KIN_UNSPECIFIED = 512  /* one of them is unspecified or outside the family: nothing follows */
} KinAssumption;
#define KIN_ASSUMPTIONS 10

/* The words for assumption bit i (1 << i), for explanations. */
extern const char *const kinship_assumption_text[KIN_ASSUMPTIONS];

/* One reading of B's relation to A. */
typedef struct KinReading {
  char zPath[KIN_READING_MAX]; /* generic: p c s P C, or '?' (unspecified), 'x' (no kinship) */
  unsigned assume;             /* KinAssumption bits this reading rests on */
} KinReading;

typedef struct KinReadings {
  int n;
  int overflow; /* more than KIN_MAX_READINGS: the relation is undecidable */
  KinReading a[KIN_MAX_READINGS];
} KinReadings;

/* How the policy data classifies a single generic path: the verdict given by shebao_policy_kinship_classes,
** looked up through a callback so that this file knows no table. Returns -1 for a path the data does not
** list. */
typedef int (*KinClassLookup)(const void *pCtx, const char *zPath, int nPath);

/* The verdict for a path with alternatives ('b|C'), as the relation of someone to the householder. */
KinVerdict kinship_verdict(const char *zPaths, KinClassLookup xLookup, const void *pCtx);

/* Every reading of member B's relation to member A, given each one's paths to the householder; readings with
** one generic path are merged. Two members are two people: a reading where B is A is dropped, so codes that
** contradict each other (two spouses of one householder) leave none. */
void kinship_readings(const char *zPathsA, const char *zPathsB, KinReadings *r);

/* The verdict of a set of readings: the one they all agree on, else undecidable (also for none). */
KinVerdict kinship_readings_verdict(const KinReadings *r, KinClassLookup xLookup, const void *pCtx);

/* The verdict for two members of one household given each one's paths to the householder. */
KinVerdict kinship_derive(const char *zPathsA, const char *zPathsB, KinClassLookup xLookup, const void *pCtx);

/* 1 if z is a well-formed path list: alternatives of at most KIN_PATH_MAX letters, or one of '?', 'o', 'x'. */
int kinship_path_valid(const char *z);

/* 1 if z is a single path in generic letters only (p, c, s, P, C) or a special path: a kinship class's key. */
int kinship_path_generic(const char *z);

/* A single path in words, into out (NUL-terminated, cut short if it would not fit in nOut bytes):
** 'fpb+' -> "father's elder brother", 'Cc' -> "step-child's child", '' -> "themself". Returns out. */
char *kinship_describe(const char *z, int n, char *out, int nOut);

/* The generic form of path z[0..n) into out (at least n+1 bytes): 'fpb+' -> 'ppc'. Returns its length. */
int kinship_generic(const char *z, int n, char *out);

#endif
