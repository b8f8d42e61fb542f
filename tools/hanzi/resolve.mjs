// resolve.mjs: the choice of one target for the characters that OpenCC maps to several (乾 -> 干 乾,
// 甯 -> 甯 宁), for the names and terms shebao stores. OpenCC's default stays unless the stored names use
// another candidate and never the default: 甯, 甦 and 澂 are only ever traditional forms of 宁 (南宁, 宁夏),
// 苏 (苏州) and 澄 (澄迈) there, so they map to those. Where the names use both (干: 新干县; 乾: 乾安县, 乾县),
// the default stays and phrases keep the other.

// The characters a stored name may be written with, by each traditional form: Map form -> Set of characters.
function formsInNames(names, stChars, tsChars) {
  const usage = new Map();
  const note = (form, c) => {
    if (!usage.has(form)) usage.set(form, new Set());
    usage.get(form).add(c);
  };
  for (const name of names) {
    for (const c of Array.from(name)) {
      note(c, c);
      for (const t of stChars.get(c) ?? []) if ((tsChars.get(t) ?? []).includes(c)) note(t, c);
    }
  }
  return usage;
}

// { chars: Map traditional -> simplified (every TSCharacters key), resolutions: [one row per one-to-many key] }
export function resolveOneToMany(tsChars, stChars, names) {
  const usage = formsInNames(names, stChars, tsChars);
  const chars = new Map();
  const resolutions = [];
  for (const [trad, candidates] of tsChars) {
    const opencc = candidates[0];
    const used = candidates.filter((c) => usage.get(trad)?.has(c));
    let chosen = opencc;
    let resolution = used.length ? 'opencc default; the stored names use it' : 'opencc default; no stored name needs it';
    if (used.length === 1 && used[0] !== opencc) {
      chosen = used[0];
      resolution = `shebao: the stored names use ${chosen} only (opencc default ${opencc})`;
    } else if (used.length > 1) {
      resolution = `opencc default; the stored names also use ${used.filter((c) => c !== opencc).join(' ')}: phrases`;
    }
    chars.set(trad, chosen);
    if (candidates.length > 1) resolutions.push({ trad, chosen, candidates, resolution });
  }
  return { chars, resolutions };
}
