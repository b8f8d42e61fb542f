/*
** The resolution of what users write for a region, as regions/names.c does it, for regions/messages.c, which
** explains what it found (the candidates of an ambiguous name) or did not find (the nearest names).
*/
#ifndef SHEBAO_REGIONS_NAMES_H
#define SHEBAO_REGIONS_NAMES_H
#include "regions/regions.h"
#include "util/text.h"

#define NAME_MATCH_LIST 16 /* entries kept for a message: one per region found */

/* What a text names: how many distinct regions (0, 1, or 2 for several), the first; with collect set, the
** entries of the name map that named them (aName indexes), one per region, for the message of an ambiguity. */
typedef struct NameMatch {
  int nRegion;
  int iRegion;
  int collect;
  int nEntry;
  int aEntry[NAME_MATCH_LIST];
} NameMatch;

/* Resolves z[0..n) as region_resolve does, into *m (which the caller zeroes, and sets collect in). */
void region_match(const RegionIndex *ri, const char *z, int n, NameMatch *m);

/* z[0..n) in the form a name of the map would have: normalised (util/text.h), then as a pinyin key if it is
** pinyin, else in simplified characters; writes into out (NAME_FORM_MAX bytes) and returns its
** length, 0 when blank, -1 when it is no text (invalid UTF-8, too long). */
#define NAME_FORM_MAX (TEXT_KEY_MAX * 4 / 3 + 2)
int region_name_form(const char *z, int n, char *out);

#endif
