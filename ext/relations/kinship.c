/*
** Kin-path derivation (see kinship.h).
**
** B's relation to A is A's path reversed (from A to the householder H) followed by B's (from H to B). Where the
** two walks meet at a person M, the last step of the one (X, M) and the first step of the other (M, Y) are
** reduced:
**   X and Y both parents of M    the same person where both have one sex (one father, one mother); different
**                                people where the sexes differ; else either. Two different parents are married
**                                (Y is X's spouse, and the walk goes on) or not (no kinship through them, 'x')
**   X and Y both children of M   the same person, or siblings (kept as written); never the same person where
**                                the sexes differ, or where one is older and the other younger than the same
**                                sibling (兄 and 弟 of one householder)
**   X and Y both spouses of M    the same person (one spouse); impossible where the sexes differ
**   X M's spouse, Y M's child    X's own child 'c' or step-child 'C'
**   X M's child, Y M's spouse    X's other parent 'p' or step-parent 'P'
** A step-parent or step-child step never makes two people certainly one: where one meets, every reading is kept
** and a parent met that way is '?'. A reading that cancels to the empty path says B is A; the two are
** different people, so it is dropped.
*/
#include "relations/kinship.h"
#include <stdio.h>
#include <string.h>

#define WALK_MAX (2 * KIN_PATH_MAX + 2)
#define PERSON_MAX (2 * KIN_PATH_MAX + 2) /* the householder, and each step's person on either side */
#define ORDER_MAX (2 * KIN_PATH_MAX)

const char *const kinship_assumption_text[KIN_ASSUMPTIONS] = {
    "the same person",
    "two different parents",
    "married to each other",
    "not married to each other",
    "two different children: siblings",
    "the spouse's child is their own",
    "the spouse's child is a step-child",
    "the parent's spouse is the other parent",
    "the parent's spouse is a step-parent",
    "one of them is unspecified or outside the family",
};

/* One step of a walk: its kind, and the person it reaches. */
typedef struct Step {
  char kind; /* generic letter: p c s P C */
  unsigned char who;
} Step;

/* A person the walks pass: the sex the letters give, and, once two persons are found to be one, the other. */
typedef struct Person {
  char sex;           /* 'M', 'F', or 0 if unknown */
  unsigned char same; /* union-find: itself, or a person it is */
} Person;

/* What a '+' or '-' says: who is older (+1) or younger (-1) than whom (both siblings of one parent). */
typedef struct Order {
  unsigned char who, than;
  signed char older;
} Order;

/* Two walks meeting at a person M: left from A to M, right from M to B, over the persons they pass. Person 0
** is the householder. */
typedef struct Meet {
  int nLeft, nRight, nPerson, nOrder;
  unsigned char leftStart; /* A */
  Step left[WALK_MAX];
  Step right[WALK_MAX];
  Person aPerson[PERSON_MAX];
  Order aOrder[ORDER_MAX];
  unsigned assume; /* KinAssumption bits taken so far */
} Meet;

typedef enum Family { FAMILY_PARENT, FAMILY_CHILD, FAMILY_SPOUSE } Family;

static Family family(char kind) {
  return kind == 'p' || kind == 'P'   ? FAMILY_PARENT
         : kind == 'c' || kind == 'C' ? FAMILY_CHILD
                                      : FAMILY_SPOUSE;
}

static int is_step_kind(char kind) {
  return kind == 'P' || kind == 'C';
}

static char inverse_kind(char kind) {
  return kind == 'p' ? 'c' : kind == 'c' ? 'p' : kind == 'P' ? 'C' : kind == 'C' ? 'P' : kind;
}

static char opposite_sex(char sex) {
  return sex == 'M' ? 'F' : sex == 'F' ? 'M' : 0;
}

/* The kind and sex a letter spells; 0 for a letter that is none. */
static int parse_letter(char c, char *pKind, char *pSex) {
  static const char zLetters[] = "pfmcbgshwPC";
  static const char zKind[] = "pppcccsssPC";
  static const char zSex[] = "-MF-MF-MF--";
  const char *pos = c ? strchr(zLetters, c) : 0;
  if (pos == 0) return 0;
  *pKind = zKind[pos - zLetters];
  *pSex = zSex[pos - zLetters] == '-' ? 0 : zSex[pos - zLetters];
  return 1;
}

static int find(const Meet *m, int who) {
  while (m->aPerson[who].same != who)
    who = m->aPerson[who].same;
  return who;
}

static char sex_of(const Meet *m, int who) {
  return m->aPerson[find(m, who)].sex;
}

/* Parses one alternative z[0..n) (not a special path) into steps over new persons, the first step leaving
** person `from`. 0 if it is not well formed. */
static int parse_path(const char *z, int n, int from, Meet *m, Step *a, int *pn) {
  int i, k = 0;
  if (n > KIN_PATH_MAX) return 0;
  for (i = 0; i < n; i++) {
    if (z[i] == '+' || z[i] == '-') {
      /* A sibling: a child step right after a parent step, blood relations only, once. */
      int before = k >= 3 ? a[k - 3].who : from;
      if (k < 2 || a[k - 1].kind != 'c' || a[k - 2].kind != 'p' || m->nOrder == ORDER_MAX) return 0;
      if (m->nOrder && m->aOrder[m->nOrder - 1].who == a[k - 1].who) return 0;
      m->aOrder[m->nOrder].who = a[k - 1].who;
      m->aOrder[m->nOrder].than = (unsigned char)before;
      m->aOrder[m->nOrder++].older = z[i] == '+' ? 1 : -1;
    } else {
      Person *p = &m->aPerson[m->nPerson];
      char sex;
      if (!parse_letter(z[i], &a[k].kind, &sex)) return 0;
      p->sex = sex;
      p->same = (unsigned char)m->nPerson;
      a[k++].who = (unsigned char)m->nPerson++;
      /* A spouse of known sex tells the sex of the person before. */
      if (a[k - 1].kind == 's' && sex) {
        Person *q = &m->aPerson[k >= 2 ? a[k - 2].who : from];
        if (q->sex == 0) q->sex = opposite_sex(sex);
      }
    }
  }
  *pn = k;
  return 1;
}

/* A's walk, reversed into m->left: from A back to the householder. */
static void reverse_left(Meet *m, const Step *a, int n) {
  int k;
  m->nLeft = n;
  m->leftStart = n ? a[n - 1].who : 0;
  for (k = 0; k < n; k++) {
    int i = n - 1 - k; /* left[k] reverses a[i], back to the person before it */
    m->left[k].kind = inverse_kind(a[i].kind);
    m->left[k].who = i ? a[i - 1].who : 0;
  }
}

/* 1 if x and y cannot be one person: different sexes, or one older and the other younger than one person,
** or one older or younger than the other. */
static int distinct(const Meet *m, int x, int y) {
  int i, j;
  char sx = sex_of(m, x), sy = sex_of(m, y);
  x = find(m, x);
  y = find(m, y);
  if (x == y) return 0;
  if (sx && sy && sx != sy) return 1;
  for (i = 0; i < m->nOrder; i++) {
    const Order *a = &m->aOrder[i];
    int who = find(m, a->who), than = find(m, a->than);
    if ((who == x && than == y) || (who == y && than == x)) return 1;
    if (who != x) continue;
    for (j = 0; j < m->nOrder; j++) {
      const Order *b = &m->aOrder[j];
      if (find(m, b->who) == y && find(m, b->than) == than && b->older != a->older) return 1;
    }
  }
  return 0;
}

static void add_reading(KinReadings *r, const char *zPath, unsigned assume) {
  int i;
  for (i = 0; i < r->n; i++) {
    if (strcmp(r->a[i].zPath, zPath) == 0) {
      r->a[i].assume &= assume; /* what both ways to this reading assume */
      return;
    }
  }
  if (r->n == KIN_MAX_READINGS) {
    r->overflow = 1;
    return;
  }
  strcpy(r->a[r->n].zPath, zPath);
  r->a[r->n++].assume = assume;
}

/* The reading the two walks spell as they stand. */
static void add_walks(const Meet *m, KinReadings *r) {
  char buf[KIN_READING_MAX];
  int i, n = 0;
  for (i = 0; i < m->nLeft; i++)
    buf[n++] = m->left[i].kind;
  for (i = 0; i < m->nRight; i++)
    buf[n++] = m->right[i].kind;
  buf[n] = 0;
  if (n) add_reading(r, buf, m->assume); /* else B is A: two members are two people */
}

static void meet(const Meet *m, KinReadings *r);

static void drop_first_right(Meet *c) {
  c->nRight--;
  memmove(c->right, c->right + 1, sizeof(Step) * (size_t)c->nRight);
}

/* X and Y are one person: both steps are dropped and the walks meet again, a step further out. */
static void cancel(const Meet *m, unsigned assume, KinReadings *r) {
  Meet c = *m;
  int x = find(&c, c.nLeft >= 2 ? c.left[c.nLeft - 2].who : c.leftStart), y = find(&c, c.right[0].who);
  if (c.aPerson[x].sex == 0) c.aPerson[x].sex = c.aPerson[y].sex;
  c.aPerson[y].same = (unsigned char)x;
  c.nLeft--;
  drop_first_right(&c);
  c.assume |= assume;
  meet(&c, r);
}

/* The meeting steps replaced: the left walk's last step by the kind leftKind (0: dropped), the right walk's
** first by rightKind (0: dropped); then the walks meet again. */
static void replace(const Meet *m, char leftKind, char rightKind, unsigned assume, KinReadings *r) {
  Meet c = *m;
  if (leftKind) {
    c.left[c.nLeft - 1].kind = leftKind;
    c.left[c.nLeft - 1].who = c.right[0].who; /* now reaching Y */
  } else {
    c.nLeft--;
  }
  if (rightKind) {
    c.right[0].kind = rightKind;
  } else {
    drop_first_right(&c);
  }
  c.assume |= assume;
  meet(&c, r);
}

/* X and Y are both parents of M; either may be a step-parent (xStep, yStep). */
static void meet_two_parents(const Meet *m, int x, int y, int xStep, int yStep, KinReadings *r) {
  if (xStep || yStep) {
    /* A step-parent is not a parent; two step-parents may be one. Beyond that the codes say nothing. */
    if (xStep == yStep && !distinct(m, x, y)) cancel(m, KIN_SAME_PERSON, r);
    add_reading(r, "?", m->assume | KIN_OTHER_PARENT);
    return;
  }
  if (find(m, x) == find(m, y) || (sex_of(m, x) && sex_of(m, x) == sex_of(m, y))) {
    cancel(m, 0, r); /* one father, one mother */
    return;
  }
  if (!distinct(m, x, y)) cancel(m, KIN_SAME_PERSON, r);
  /* Two parents of M: married (Y is X's spouse, and on), or not (no kinship through them). */
  replace(m, 0, 's', KIN_OTHER_PARENT | KIN_MARRIED, r);
  add_reading(r, "x", m->assume | KIN_OTHER_PARENT | KIN_NOT_MARRIED);
}

/* X and Y are both children of M (either may be a step-child): one person, or siblings (the walks kept as
** written). A child and a step-child of one person are two people. */
static void meet_two_children(const Meet *m, int x, int y, int xStep, int yStep, KinReadings *r) {
  Meet c = *m;
  if (xStep == yStep && !distinct(m, x, y)) {
    cancel(m, KIN_SAME_PERSON, r);
    c.assume |= KIN_SIBLINGS;
  }
  add_walks(&c, r);
}

static void meet(const Meet *m, KinReadings *r) {
  int x, y, xStep, yStep;
  Family fx, fy;
  if (m->nLeft == 0 || m->nRight == 0) {
    add_walks(m, r);
    return;
  }
  x = m->nLeft >= 2 ? m->left[m->nLeft - 2].who : m->leftStart;
  y = m->right[0].who;
  fx = family(m->left[m->nLeft - 1].kind);
  fy = family(m->right[0].kind);
  xStep = is_step_kind(m->left[m->nLeft - 1].kind);
  yStep = is_step_kind(m->right[0].kind);
  if (fx == FAMILY_CHILD && fy == FAMILY_PARENT) {
    meet_two_parents(m, x, y, xStep, yStep, r);
  } else if (fx == FAMILY_PARENT && fy == FAMILY_CHILD) {
    meet_two_children(m, x, y, xStep, yStep, r);
  } else if (fx == FAMILY_SPOUSE && fy == FAMILY_SPOUSE) {
    if (!sex_of(m, x) || sex_of(m, x) == sex_of(m, y) || !sex_of(m, y))
      cancel(m, 0, r); /* one spouse; of another sex, the codes contradict each other */
  } else if (fx == FAMILY_SPOUSE && fy == FAMILY_CHILD) {
    replace(m, 0, 'c', KIN_OWN_CHILD, r);
    replace(m, 0, 'C', KIN_STEP_CHILD, r);
  } else if (fx == FAMILY_PARENT && fy == FAMILY_SPOUSE) {
    replace(m, 'p', 0, KIN_OWN_PARENT, r);
    replace(m, 'P', 0, KIN_STEP_PARENT, r);
  } else {
    add_walks(m, r);
  }
}

/* ---- paths -------------------------------------------------------------------------------------------- */

static int is_special(const char *z, int n) {
  return n == 1 && (z[0] == '?' || z[0] == 'o' || z[0] == 'x');
}

/* The next alternative of a '|'-separated list at *pz; its length, or -1 at the end. */
static int next_alternative(const char **pz, const char **pStart) {
  const char *z = *pz, *e;
  if (z == 0) return -1;
  e = strchr(z, '|');
  *pStart = z;
  if (e) {
    *pz = e + 1;
    return (int)(e - z);
  }
  *pz = 0;
  return (int)strlen(z);
}

int kinship_generic(const char *z, int n, char *out) {
  int i, len = 0;
  for (i = 0; i < n; i++) {
    char kind, sex;
    if (z[i] == '+' || z[i] == '-') continue;
    out[len++] = parse_letter(z[i], &kind, &sex) ? kind : z[i];
  }
  out[len] = 0;
  return len;
}

int kinship_path_valid(const char *z) {
  const char *zAlt;
  int n, nStep;
  if (z == 0) return 0;
  while ((n = next_alternative(&z, &zAlt)) >= 0) {
    Meet m;
    m.nPerson = 1;
    m.nOrder = 0;
    m.aPerson[0].sex = 0;
    m.aPerson[0].same = 0;
    if (!is_special(zAlt, n) && !parse_path(zAlt, n, 0, &m, m.right, &nStep)) return 0;
  }
  return 1;
}

int kinship_path_generic(const char *z) {
  size_t n;
  if (z == 0 || strchr(z, '|') || !kinship_path_valid(z)) return 0;
  n = strlen(z);
  return is_special(z, (int)n) || strspn(z, "pcsPC") == n;
}

/* The words for a step, and for a sibling (a parent step then a child step) by the child step's letter. */
static const char *step_word(char c) {
  static const char zLetters[] = "pfmcbgshwPC";
  static const char *const azWord[] = {"parent", "father",  "mother", "child",       "son",       "daughter",
                                       "spouse", "husband", "wife",   "step-parent", "step-child"};
  const char *pos = c ? strchr(zLetters, c) : 0;
  return pos ? azWord[pos - zLetters] : "?";
}

static const char *sibling_word(char c) {
  return c == 'b' ? "brother" : c == 'g' ? "sister" : "sibling";
}

char *kinship_describe(const char *z, int n, char *out, int nOut) {
  int i, len = 0;
  out[0] = 0;
  if (n == 0 || (n == 1 && is_special(z, n))) {
    const char *zWord = n == 0        ? "themself"
                        : z[0] == '?' ? "unspecified"
                        : z[0] == 'o' ? "another relative"
                                      : "no kin";
    snprintf(out, (size_t)nOut, "%s", zWord);
    return out;
  }
  for (i = 0; i < n && len < nOut; i++) {
    const char *zAge = "", *zWord;
    int sibling = strchr("pfm", z[i]) && i + 1 < n && strchr("cbg", z[i + 1]);
    if (sibling) {
      zWord = sibling_word(z[++i]);
      if (i + 1 < n && (z[i + 1] == '+' || z[i + 1] == '-')) zAge = z[++i] == '+' ? "elder " : "younger ";
    } else {
      zWord = step_word(z[i]);
    }
    len += snprintf(out + len, (size_t)(nOut - len), "%s%s%s", len ? "'s " : "", zAge, zWord);
  }
  return out;
}

/* ---- verdicts ----------------------------------------------------------------------------------------- */

/* The verdict for one path (no alternatives), in any letters. */
static KinVerdict single_verdict(const char *z, int n, KinClassLookup xLookup, const void *pCtx) {
  char path[KIN_READING_MAX], blood[KIN_READING_MAX];
  int i, hasStep = 0, v;
  if (n >= KIN_READING_MAX) return KIN_NOT_NEAR; /* longer than any class */
  n = kinship_generic(z, n, path);
  if (n == 1 && path[0] == '?') return KIN_UNDECIDABLE;
  v = xLookup(pCtx, path, n);
  if (v >= 0) return (KinVerdict)v;
  for (i = 0; i <= n; i++) {
    blood[i] = path[i] == 'P' ? 'p' : path[i] == 'C' ? 'c' : path[i];
    if (blood[i] != path[i]) hasStep = 1;
  }
  if (!hasStep) return KIN_NOT_NEAR;
  /* A step relation is a near relation only with support (art. 1072): conditional if its blood form is
  ** near. */
  v = xLookup(pCtx, blood, n);
  if (v == KIN_NEAR || v == KIN_CONDITIONAL) return KIN_CONDITIONAL;
  return v < 0 ? KIN_NOT_NEAR : (KinVerdict)v;
}

/* Folds one more verdict into the running answer: it stands only if every reading agrees. */
static KinVerdict combine(int *pFirst, KinVerdict acc, KinVerdict v) {
  if (*pFirst) {
    *pFirst = 0;
    return v;
  }
  return acc == v ? acc : KIN_UNDECIDABLE;
}

KinVerdict kinship_verdict(const char *zPaths, KinClassLookup xLookup, const void *pCtx) {
  const char *z = zPaths, *zAlt;
  int n, first = 1;
  KinVerdict acc = KIN_UNDECIDABLE;
  while ((n = next_alternative(&z, &zAlt)) >= 0) {
    acc = combine(&first, acc, single_verdict(zAlt, n, xLookup, pCtx));
  }
  return acc;
}

/* The readings of one alternative of A's path and one of B's. */
static void readings_of_pair(const char *zA, int nA, const char *zB, int nB, KinReadings *r) {
  Meet m;
  Step a[KIN_PATH_MAX];
  int n;
  if (nA == 0 && nB == 0) return; /* both the householder: one person */
  if (is_special(zA, nA) || is_special(zB, nB)) {
    /* Unspecified or outside the family: only the householder's own relation is known ('?', 'o', 'x'). */
    char zOwn[2] = {nA ? zA[0] : zB[0], 0};
    add_reading(r, nA == 0 || nB == 0 ? zOwn : "?", nA == 0 || nB == 0 ? 0 : KIN_UNSPECIFIED);
    return;
  }
  m.nPerson = 1; /* the householder */
  m.nOrder = 0;
  m.aPerson[0].sex = 0;
  m.aPerson[0].same = 0;
  if (!parse_path(zA, nA, 0, &m, a, &n) || !parse_path(zB, nB, 0, &m, m.right, &m.nRight)) {
    add_reading(r, "?", KIN_UNSPECIFIED);
    return;
  }
  reverse_left(&m, a, n);
  m.assume = 0;
  meet(&m, r);
}

void kinship_readings(const char *zPathsA, const char *zPathsB, KinReadings *r) {
  const char *za = zPathsA, *zAltA;
  int nA;
  r->n = 0;
  r->overflow = 0;
  while ((nA = next_alternative(&za, &zAltA)) >= 0) {
    const char *zb = zPathsB, *zAltB;
    int nB;
    while ((nB = next_alternative(&zb, &zAltB)) >= 0)
      readings_of_pair(zAltA, nA, zAltB, nB, r);
  }
}

KinVerdict kinship_readings_verdict(const KinReadings *r, KinClassLookup xLookup, const void *pCtx) {
  int k, first = 1;
  KinVerdict acc = KIN_UNDECIDABLE;
  if (r->overflow) return KIN_UNDECIDABLE;
  for (k = 0; k < r->n; k++) {
    acc = combine(&first, acc, single_verdict(r->a[k].zPath, (int)strlen(r->a[k].zPath), xLookup, pCtx));
  }
  /* No reading at all: every one said B is A, or the sexes contradict (two spouses of one householder). */
  return first ? KIN_UNDECIDABLE : acc;
}

KinVerdict kinship_derive(const char *zPathsA, const char *zPathsB, KinClassLookup xLookup,
                          const void *pCtx) {
  KinReadings r;
  kinship_readings(zPathsA, zPathsB, &r);
  return kinship_readings_verdict(&r, xLookup, pCtx);
}
