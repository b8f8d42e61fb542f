/*
** Kin paths: who is whose near relative (近亲属), from the relation each person has to the householder.
**
** A kin path spells a relation outward from a person, one step a letter:
**   p parent   c child   s spouse   P step-parent   C step-child
** so 'pc' is a sibling, 'pp' a grandparent, 'cs' a child's spouse. Special paths: '' the person themself,
** '?' an unspecified relation, 'o' another relative that is not a near relative, 'x' no kinship.
** A relation code may allow several paths, separated by '|': 27 养子或继子 is 'c|C'.
**
** Which paths are near relatives is policy data (shebao_policy_kinship_classes, Civil Code art. 1045 and
** 1072). This file only derives paths: the relation of member B to member A is the reverse of A's path to
** the householder followed by B's path, reduced where two steps meet. Where a meeting has two readings (the
** householder's child, seen from another child of the householder, is a sibling or the same person; a
** spouse's child is one's own child or a step-child), every reading is kept, and the answer is known only if
** all readings agree. Never a guess.
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

#define KIN_PATH_MAX 15 /* longest single path a relation can have (data longer than this is rejected) */

/* How the policy data classifies a single path: the verdict given by shebao_policy_kinship_classes, looked
** up through a callback so that this file knows no table. Returns -1 for a path the data does not list. */
typedef int (*KinClassLookup)(const void *pCtx, const char *zPath, int nPath);

/* The verdict for a path with alternatives ('c|C'), as the relation of someone to the householder. */
KinVerdict kinship_verdict(const char *zPaths, KinClassLookup xLookup, const void *pCtx);

/* The verdict for two members of one household given each one's path to the householder. */
KinVerdict kinship_derive(const char *zPathsA, const char *zPathsB, KinClassLookup xLookup, const void *pCtx);

/* 1 if z is a well-formed path list: alternatives of [pcsPC]{0,KIN_PATH_MAX} or one of '?', 'o', 'x'. */
int kinship_path_valid(const char *z);

#endif
