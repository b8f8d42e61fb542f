/*
** Relations: GB/T 4761-2008 family relation codes, the words people use for them, and the near-relative
** verdict of each (Civil Code art. 1045), indexed for O(1) lookups.
*/
#ifndef SHEBAO_RELATIONS_H
#define SHEBAO_RELATIONS_H
#include "sqlite3ext.h"
#include "core/shebao.h"
#include "policy/policy.h"
#include "relations/kinship.h"

/* One relation code (a row of shebao_policy_relations). */
typedef struct RelationCode {
  const PolicyRow *pRow;
  int number; /* 1..99 */
  KinVerdict verdict;
  const char *zClass; /* the kinship classes of its paths, '|'-separated, e.g. 'child|step_child' */
  const char *zTerms; /* every term that names it, ', '-separated (for shebao_relations) */
} RelationCode;

/* Something a user may write for a relation: a code's standard name or a term. */
typedef struct RelationTerm {
  const PolicyRow *pRow; /* the term's row, or the code's row for a standard name */
  int iCode;             /* index into aCode, or -1 for a term with no single code */
  const char *zKinPath;  /* the term's own path, or its code's */
  KinVerdict verdict;
  int iPath; /* interned path number, for the derivation cache */
  /* What the lookups return, at hand (no pointer chase per call): the code's text and name, or NULL. */
  const char *zCode, *zName;
  int nName;
  int textStatic; /* 1 if both come from the embedded default (returned without a copy) */
  /* A pinyin key that several terms share ('fu': 夫 or 父): the relations it may name ('夫 11, 父亲 51'), for
  ** the error of a decision; NULL for every other term. Such a term names no code and no kin path. */
  const char *zCandidates;
} RelationTerm;

/* The relation of one household member to another, derived from their relations to the householder (see
** relations/kinship.h): every reading, what each assumes, and, as a term, what can_share decides on. */
typedef struct RelationBetween {
  RelationTerm term;          /* iCode -1; zKinPath: the readings for a decision, '|'-separated (see below) */
  KinVerdict verdict;         /* near relatives? */
  int nReading;               /* 0: the codes contradict each other */
  int overflow;               /* more readings than KIN_MAX_READINGS: undecidable */
  const KinReading *aReading; /* every reading: generic path, and what it assumes */
} RelationBetween;

typedef struct RelationIndex {
  int nCode;
  RelationCode *aCode;
  int aCodeByNumber[100]; /* code number -> index into aCode, or -1 */
  int nTerm;
  RelationTerm *aTerm; /* the standard names first (aTerm[i] names aCode[i]), then the terms */
  StrMap termByKey;    /* normalised term -> index into aTerm */
  /* The key (util/pinyin.h) of each pinyin term -> index into aTerm, or -2-k for aAmbiguous[k]: a key that
  ** names several relations. */
  StrMap pinyinByKey;
  int nAmbiguous;
  RelationTerm *aAmbiguous;
  StrMap classByPath; /* kin path -> row of shebao_policy_kinship_classes */
  PolicyRows *pClasses;
  /* Derivation cache: verdict of (path i, path j), -1 until first asked. Paths are interned per index. */
  int nPath;
  const char **azPath;
  signed char *aDerived;
  /* Derived relations, per pair of paths (nPath * nPath, allocated at the first use; entries when first
  ** asked), from the index's arena: written during calls, as the verdict cache is. */
  RelationBetween **apBetween;
  Arena *pArena;
} RelationIndex;

/* What text names: a code, a code's standard name or a term (trimmed, full-width forms and English case
** folded: util/text.h), also written in traditional characters (父親) or in pinyin (baba, wài pó), or nothing
** (NULL). A pinyin key that names several relations gives a term with zCandidates set. */
const RelationTerm *relation_resolve(const RelationIndex *p, const char *z, int n);
/* What an INTEGER or REAL names: an integral number from 1 to 99 is a code. NULL otherwise. */
const RelationTerm *relation_resolve_number(const RelationIndex *p, sqlite3_value *v);

/* The reader of a relation argument (parameter zParam of zFunc), for functions and tables alike: SQLITE_OK
** with *ppTerm, SHEBAO_NULL, or an error (a blob; out of memory). What it does not recognise is *ppTerm NULL
** for a lookup (required 0), and for a decision (required 1) the error
** "<zFunc>(): unknown relation '火星人' (<zParam>)"; an ambiguous pinyin key is NULL for a lookup, and for a
** decision "<zFunc>(): ambiguous relation 'fu' (<zParam>): 夫 11, 父亲 51". */
int relation_arg(const RelationIndex *ri, const char *zFunc, const char *zParam, sqlite3_value *v,
                 int required, const RelationTerm **ppTerm, char **pzErr);

/* The error of a decision for text that names no relation (relations/messages.c): "<zFunc>(): unknown
** relation '外祖' (<zParam>): did you mean 外祖父 63, 外祖母 64?", or where the accepted ones are listed. */
int relation_unknown_error(const RelationIndex *ri, const char *zFunc, const char *zParam, const char *z,
                           int n, char **pzErr);

/* The kinship class row for a single path, or NULL. */
const PolicyRow *relation_class_row(const RelationIndex *p, const char *zPath);

/* Verdict for two household members; cached per pair of paths. */
KinVerdict relation_derive(RelationIndex *p, const RelationTerm *a, const RelationTerm *b);

/* B's relation to A, both given by their relations to the householder; cached per pair of paths. NULL when out
** of memory. Its term's kin path lists what a decision needs to tell the readings apart: the generic path of
** each reading (one longer than any kinship class as 'o', another relative), each once, at most
** RELATION_BETWEEN_PATHS of them; where the readings need more, those that are no near relative are given as
** one 'o', and if that is still too many, or there is no reading, the path is '?' (unspecified). */
#define RELATION_BETWEEN_PATHS 4
const RelationBetween *relation_between(RelationIndex *p, const RelationTerm *a, const RelationTerm *b);

/* shebao_relations and shebao_relation_terms (relations/views.c). */
int relations_register_views(sqlite3 *db, ShebaoConn *conn, char **pzErrMsg);

#endif
