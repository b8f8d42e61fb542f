/*
** Normalisation of the words users type for relations and regions, so that one table lookup finds them:
** surrounding white space (also U+3000 ideographic and U+00A0 no-break space) is trimmed, full-width ASCII
** forms (U+FF01-U+FF5E: '５１', 'ＷＩＦＥ') become ASCII, ASCII letters become lower case, and each run of
** spaces, '-' and '_' inside becomes one space ('Father-In-Law' and 'father in law' are the same term).
*/
#ifndef SHEBAO_TEXT_H
#define SHEBAO_TEXT_H

#define TEXT_KEY_MAX 192 /* longer input is no term or name shebao knows */

/* Writes the normalised form of z[0..n) into out (NUL-terminated, at most TEXT_KEY_MAX bytes). Returns its
** length, or -1 if the input is not valid UTF-8 or its normal form would not fit. */
int text_normalize(const char *z, int n, char *out);

/* 1 if z[0..n) is empty or only white space (ASCII, U+3000, U+00A0): what .import makes of an empty CSV cell,
** which the arguments of shebao read as NULL. */
int text_is_blank(const char *z, int n);

/* 1 if z[0..n) is valid UTF-8 (no overlong forms, no surrogates). */
int text_is_utf8(const char *z, int n);

/* A value as error messages show it, quoted: '火星市'. At most TEXT_QUOTE_CHARS characters, then an ellipsis;
** a quote is doubled; bytes that are not printable UTF-8 are shown as \xNN, never printed raw. Writes a
** NUL-terminated string into buf, which a buffer of TEXT_QUOTE_SIZE bytes always holds. */
#define TEXT_QUOTE_CHARS 48
#define TEXT_QUOTE_SIZE 256
void text_quote(char *buf, int nBuf, const char *z, int n);

/* 1 if z[0..n) is one to nDigitMax ASCII digits; their value in *pValue. */
int text_all_digits(const char *z, int n, int nDigitMax, int *pValue);

#endif
