// convert.mjs: OpenCC's conversion algorithm over a phrase table and a character table: at each position the
// longest phrase that starts there, else the character's own mapping, else the character unchanged. The same
// function converts traditional to simplified (TS tables) and simplified to traditional (ST tables).

export function makeConverter(phrases, chars) {
  let longest = 1;
  for (const key of phrases.keys()) longest = Math.max(longest, Array.from(key).length);
  return (text) => {
    const cps = Array.from(text);
    let out = '';
    for (let i = 0; i < cps.length;) {
      let n = Math.min(longest, cps.length - i);
      for (; n >= 2 && !phrases.has(cps.slice(i, i + n).join('')); n--);
      if (n >= 2) out += phrases.get(cps.slice(i, i + n).join(''));
      else out += chars.get(cps[i]) ?? cps[i];
      i += Math.max(n, 1);
    }
    return out;
  };
}

// Every way of writing a simplified text with traditional characters, each character in any of its forms
// (itself included, so that half-converted text counts too), plus OpenCC's own conversion. A form counts where
// both directions agree: STCharacters lists it for the simplified character and TSCharacters lists that
// character for it (夫 -> 伕 does not count: 伕 is no traditional 夫). Beyond `cap` combinations: OpenCC's
// conversion and each single-character change only.
export function traditionalForms(text, stChars, tsChars, s2t, cap = 256) {
  const agree = (c) => (t) => t === c || (tsChars.get(t) ?? []).includes(c);
  const options = Array.from(text).map((c) => [...new Set([c, ...(stChars.get(c) ?? []).filter(agree(c))])]);
  const forms = new Set([s2t(text)]);
  const total = options.reduce((n, o) => n * o.length, 1);
  if (total <= cap) {
    let partial = [''];
    for (const o of options) partial = partial.flatMap((p) => o.map((c) => p + c));
    partial.forEach((f) => forms.add(f));
  } else {
    options.forEach((o, i) => o.forEach((c) => forms.add(options.map((x, j) => (j === i ? c : x[0])).join(''))));
  }
  return forms;
}
