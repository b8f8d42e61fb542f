/*
** Kin-path derivation (see kinship.h).
**
** Reduction rules where A's reversed path (ending at the householder H) meets B's path (starting at H):
**   p|c   A's parent's child        = A (the steps cancel) or A's sibling (kept as 'pc')
**   c|p   A's child's parent        = A (cancel) or A's child's other parent: married to A or not ('?')
**   s|s   A's spouse's spouse       = A (cancel)
**   s|c   A's spouse's child        = A's child 'c' or A's step-child 'C'
**   p|s   A's parent's spouse       = A's other parent 'p' or A's step-parent 'P'
** A reading that cancels to the empty path says B is A; the two are different people, so it is dropped.
*/
#include "relations/kinship.h"
#include <string.h>

#define MAX_READINGS 32

typedef struct Readings {
  int n;
  int overflow;
  char a[MAX_READINGS][2 * KIN_PATH_MAX + 2];
} Readings;

static char lower(char c) {
  return c == 'P' ? 'p' : c == 'C' ? 'c' : c;
}

static void add_reading(Readings *r, const char *z) {
  if (r->n == MAX_READINGS) {
    r->overflow = 1;
    return;
  }
  strcpy(r->a[r->n++], z);
}

/* Expands left|right into every reading. left and right are private copies the function may change. */
static void expand(const char *zLeft, int nLeft, const char *zRight, int nRight, Readings *r) {
  char buf[2 * KIN_PATH_MAX + 2];
  char x, y;
  if (nLeft == 0 || nRight == 0) {
    memcpy(buf, zLeft, (size_t)nLeft);
    memcpy(buf + nLeft, zRight, (size_t)nRight);
    buf[nLeft + nRight] = 0;
    add_reading(r, buf);
    return;
  }
  x = lower(zLeft[nLeft - 1]);
  y = lower(zRight[0]);
  if ((x == 'p' && y == 'c') || (x == 'c' && y == 'p') || (x == 's' && y == 's')) {
    /* The two steps cancel: the person reached is the one we started from at this point. */
    expand(zLeft, nLeft - 1, zRight + 1, nRight - 1, r);
    if (x == 's') return;
    if (x == 'c') {
      add_reading(r, "?"); /* a child's other parent: spouse or not, the codes cannot say */
      return;
    }
    /* else: a sibling, kept as written */
  } else if (x == 's' && y == 'c') {
    char own[KIN_PATH_MAX + 2], step[KIN_PATH_MAX + 2];
    own[0] = 'c';
    step[0] = 'C';
    memcpy(own + 1, zRight + 1, (size_t)nRight - 1);
    memcpy(step + 1, zRight + 1, (size_t)nRight - 1);
    expand(zLeft, nLeft - 1, own, nRight, r);
    expand(zLeft, nLeft - 1, step, nRight, r);
    return;
  } else if (x == 'p' && y == 's') {
    char own[KIN_PATH_MAX + 2], step[KIN_PATH_MAX + 2];
    memcpy(own, zLeft, (size_t)nLeft);
    memcpy(step, zLeft, (size_t)nLeft);
    own[nLeft - 1] = 'p';
    step[nLeft - 1] = 'P';
    expand(own, nLeft, zRight + 1, nRight - 1, r);
    expand(step, nLeft, zRight + 1, nRight - 1, r);
    return;
  }
  memcpy(buf, zLeft, (size_t)nLeft);
  memcpy(buf + nLeft, zRight, (size_t)nRight);
  buf[nLeft + nRight] = 0;
  add_reading(r, buf);
}

/* The verdict for one path (no alternatives). */
static KinVerdict single_verdict(const char *z, int n, KinClassLookup xLookup, const void *pCtx) {
  char low[2 * KIN_PATH_MAX + 2];
  int i, hasStep = 0, v;
  if (n == 1 && z[0] == '?') return KIN_UNDECIDABLE;
  v = xLookup(pCtx, z, n);
  if (v >= 0) return (KinVerdict)v;
  for (i = 0; i < n; i++) {
    low[i] = lower(z[i]);
    if (low[i] != z[i]) hasStep = 1;
  }
  if (!hasStep) return KIN_NOT_NEAR;
  /* A step relation is a near relation only with support (art. 1072): conditional if its blood form is
  ** near. */
  v = xLookup(pCtx, low, n);
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

KinVerdict kinship_verdict(const char *zPaths, KinClassLookup xLookup, const void *pCtx) {
  const char *z = zPaths, *zAlt;
  int n, first = 1;
  KinVerdict acc = KIN_UNDECIDABLE;
  while ((n = next_alternative(&z, &zAlt)) >= 0) {
    acc = combine(&first, acc, single_verdict(zAlt, n, xLookup, pCtx));
  }
  return acc;
}

static int is_special(const char *z, int n) {
  return n == 1 && (z[0] == '?' || z[0] == 'o' || z[0] == 'x');
}

KinVerdict kinship_derive(const char *zPathsA, const char *zPathsB, KinClassLookup xLookup,
                          const void *pCtx) {
  const char *za = zPathsA, *zAltA;
  int nA, first = 1;
  KinVerdict acc = KIN_UNDECIDABLE;
  while ((nA = next_alternative(&za, &zAltA)) >= 0) {
    const char *zb = zPathsB, *zAltB;
    int nB;
    while ((nB = next_alternative(&zb, &zAltB)) >= 0) {
      char reversed[KIN_PATH_MAX + 1];
      Readings r;
      int i, k;
      if (nA == 0 && nB == 0) continue; /* both the householder: the same person */
      if (nA == 0 || nB == 0) {
        /* One of them is the householder: the other's own relation (near-relation is symmetric). */
        acc = combine(&first, acc, single_verdict(nA == 0 ? zAltB : zAltA, nA == 0 ? nB : nA, xLookup, pCtx));
        continue;
      }
      if (is_special(zAltA, nA) || is_special(zAltB, nB) || nA > KIN_PATH_MAX || nB > KIN_PATH_MAX) {
        /* Unspecified or outside the family on one side: nothing follows about the two of them. */
        acc = combine(&first, acc, KIN_UNDECIDABLE);
        continue;
      }
      for (i = 0; i < nA; i++) {
        char c = zAltA[nA - 1 - i];
        reversed[i] = c == 'p' ? 'c' : c == 'c' ? 'p' : c == 'P' ? 'C' : c == 'C' ? 'P' : c;
      }
      reversed[nA] = 0;
      r.n = 0;
      r.overflow = 0;
      expand(reversed, nA, zAltB, nB, &r);
      if (r.overflow) {
        acc = combine(&first, acc, KIN_UNDECIDABLE);
        continue;
      }
      for (k = 0; k < r.n; k++) {
        int len = (int)strlen(r.a[k]);
        if (len == 0) continue; /* "B is A": two members are two people */
        acc = combine(&first, acc, single_verdict(r.a[k], len, xLookup, pCtx));
      }
    }
  }
  /* Every reading said B is A: the codes contradict each other (two spouses of one householder). */
  return first ? KIN_UNDECIDABLE : acc;
}

int kinship_path_valid(const char *z) {
  const char *zAlt;
  int n, i;
  if (z == 0) return 0;
  while ((n = next_alternative(&z, &zAlt)) >= 0) {
    if (is_special(zAlt, n)) continue;
    if (n > KIN_PATH_MAX) return 0;
    for (i = 0; i < n; i++) {
      if (strchr("pcsPC", zAlt[i]) == 0 || zAlt[i] == 0) return 0;
    }
  }
  return 1;
}
