/*
** Traditional Chinese characters read as simplified ones, for names and terms typed in traditional script:
**
**   hanzi_to_simplified("父親", 6, out, sizeof(out))          -> "父亲"
**   hanzi_to_simplified("江蘇省蘇州市", 18, out, sizeof(out))  -> "江苏省苏州市"
**
** The tables are OpenCC's, as tools/hanzi chose them for the names shebao stores (tools/hanzi/README.md), made
** C arrays at build time (tools/embed-hanzi.sh). At each position the longest phrase that starts there (two
** characters or more: 乾縣 stays 乾县) is replaced, else the character, else the text is kept as it is. Callers
** look a value up as given first and convert only when that finds nothing: the common case costs nothing.
*/
#ifndef SHEBAO_HANZI_H
#define SHEBAO_HANZI_H

/* Writes z[0..n) in simplified characters into out, NUL-terminated. Returns the length written, or -1 if it
** would not fit in nOut bytes (a character may grow from 3 to 4 bytes: 4 * n / 3 + 1 bytes always fit). Text
** with no traditional character comes back unchanged. Bytes that are not UTF-8 are copied as they are. */
int hanzi_to_simplified(const char *z, int n, char *out, int nOut);

/* The tables' sizes and the entries by number, in byte order of the traditional form (for the tests). */
int hanzi_character_count(void);
int hanzi_phrase_count(void);
const char *hanzi_character(int i, const char **pzSimplified);
const char *hanzi_phrase(int i, const char **pzSimplified);

#endif
