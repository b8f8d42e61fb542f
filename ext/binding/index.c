/*
** The binding index: a memo of what each relation implies (binding/traits.c), so that a scan of binding
** requests reads the parameter lists once per relation, not once per row. One entry per term of the relation
** index (a RelationTerm's place in it), so entries never collide. Like the memos of sharing/decide.c it lives in
** the policy index and depends on it alone: an index is used by one connection at a time, and a change of the
** policy data builds a new one. An entry holds for the days on which the parameter rows it was read from are
** all in force.
*/
#include "binding/binding.h"
SQLITE_EXTENSION_INIT3

typedef struct TraitsMemo {
  int filled;
  BindingTraits traits;
} TraitsMemo;

typedef struct BindingIndex {
  int nMemo;
  TraitsMemo *aMemo; /* per term of p->pRelations->aTerm */
} BindingIndex;

int binding_index_build(PolicyIndex *p, char **pzErr) {
  BindingIndex *bi = arena_alloc(&p->arena, sizeof(BindingIndex));
  (void)pzErr;
  if (bi == 0) return SQLITE_NOMEM;
  bi->nMemo = p->pRelations->nTerm;
  bi->aMemo = arena_alloc(&p->arena, sizeof(TraitsMemo) * (size_t)(bi->nMemo + 1));
  if (bi->aMemo == 0) return SQLITE_NOMEM;
  p->pBinding = bi;
  return SQLITE_OK;
}

/* A connection's fork of the shared default index: a memo of its own, empty. */
int binding_index_fork(PolicyIndex *p) {
  return binding_index_build(p, 0);
}

int binding_traits_memo(const PolicyIndex *p, const char *zFunc, const RelationTerm *t, int day,
                        BindingTraits *tr, char **pzErr) {
  const BindingIndex *bi = p->pBinding;
  long long i = t - p->pRelations->aTerm;
  TraitsMemo *m = i >= 0 && i < bi->nMemo ? &bi->aMemo[i] : 0;
  int rc;
  if (m && m->filled && m->traits.validFrom <= day && day <= m->traits.validTo) {
    *tr = m->traits;
    return SQLITE_OK;
  }
  rc = binding_traits(p, zFunc, t, day, tr, pzErr);
  if (m && rc == SQLITE_OK && tr->validFrom <= day && day <= tr->validTo) {
    m->traits = *tr;
    m->filled = 1;
  }
  return rc;
}
