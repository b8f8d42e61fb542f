/*
** Pinyin as a lookup key: what a user types for a word in pinyin, folded to the form the keys are stored in
** (tools/pinyin/README.md): lower-case letters only, tone marks and tone numbers dropped, ü as v, no spaces,
** apostrophes or hyphens.
**
**   pinyin_key("Lao Gong") -> "laogong"    pinyin_key("wài pó") -> "waipo"    pinyin_key("nü'er") -> "nver"
**   pinyin_key("ba4ba")    -> "baba"       pinyin_key("父亲")   -> 0 (not pinyin)
*/
#ifndef SHEBAO_PINYIN_H
#define SHEBAO_PINYIN_H

/* Writes the key of z[0..n) into out, NUL-terminated. Returns its length; 0 if z is not pinyin (a character
** other than letters, tone-marked vowels, ü, spaces, apostrophes, hyphens and tone numbers, or no letter at
** all), or if the key would not fit in nOut bytes. */
int pinyin_key(const char *z, int n, char *out, int nOut);

#endif
