/*
** Policy parameters (shebao_policy_parameters): dated values, national ('000000') or per province or region.
*/
#ifndef SHEBAO_PARAMETERS_H
#define SHEBAO_PARAMETERS_H
#include "policy/dated.h"

/* The row in effect on day for parameter zName at the first of azRegion (most specific first, e.g. a region,
** its province, then '000000') that has one; NULL if none has. */
const PolicyRow *policy_parameter(const PolicyIndex *p, const char *zName, const char *const *azRegion,
                                  int nRegion, int day);

#endif
