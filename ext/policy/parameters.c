/*
** Policy parameters: dated settings, national or per region (shebao_policy_parameters), looked up by name and
** region code on a day. The table that shows them, shebao_parameters: policy/views.c.
*/
#include "core/shebao.h"
SQLITE_EXTENSION_INIT3
#include "policy/parameters.h"

int parameters_index_build(PolicyIndex *p, char **pzErr) {
  static const int aiKey[] = {PARAM_NAME, PARAM_REGION_CODE};
  p->pParameters = arena_alloc(&p->arena, sizeof(DatedIndex));
  if (p->pParameters == 0) return SQLITE_NOMEM;
  return dated_index_build(p->pParameters, &p->arena, PT_PARAMETERS, &p->aTable[PT_PARAMETERS], aiKey, 2,
                           PARAM_VALID_FROM, PARAM_VALID_TO, pzErr);
}

const PolicyRow *policy_parameter(const PolicyIndex *p, const char *zName, const char *const *azRegion,
                                  int nRegion, int day) {
  int i;
  for (i = 0; i < nRegion; i++) {
    const char *azKey[2];
    const PolicyRow *row;
    azKey[0] = zName;
    azKey[1] = azRegion[i];
    row = dated_lookup(p->pParameters, azKey, day);
    if (row) return row;
  }
  return 0;
}
