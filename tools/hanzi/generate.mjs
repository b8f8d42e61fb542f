// generate.mjs: the traditional -> simplified character and phrase tables of shebao, from OpenCC's dictionaries,
// checked against every name and term shebao stores.
//
// What it writes (deterministically), under tools/hanzi/out/:
//   ts-characters.tsv    every traditional character OpenCC's TSCharacters converts (its default target);
//   ts-one-to-many.tsv   the characters for which OpenCC lists several targets, the one chosen, and the stored
//                        names that keep another one (乾 -> 干, but 乾安县 and 乾县 keep 乾);
//   ts-phrases.tsv       OpenCC's TSPhrases, plus the phrases shebao adds so that every stored name converts
//                        back to itself (source 'shebao');
//   names-traditional.tsv  the traditional form (OpenCC's s2t) of every stored name that has one, and the name
//                        it must convert back to: golden data for the consumer's tests.
// Conversion (tools/hanzi/convert.mjs, OpenCC's algorithm): at each position the longest phrase of
// ts-phrases.tsv, else the character of ts-characters.tsv, else the character unchanged.
//
// The check: every stored name (relations, regions, counties), written in every combination of its characters'
// traditional forms (STCharacters; 苏州市 -> 蘇州市, 苏州縣 ...) and as itself, converts back to the stored name.
// Where it does not, the form becomes a 'shebao' phrase; a form two names would need is an error.
//
// How to run:   cd tools/hanzi && npm ci && node generate.mjs && node test.mjs   (after tools/counties)

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openccPackage, readDictionary, defaults } from './opencc.mjs';
import { makeConverter, traditionalForms } from './convert.mjs';
import { resolveOneToMany } from './resolve.mjs';
import { relationNames, regionNames, countyNames } from '../lib/stored-names.mjs';
import { writeOutputs } from './output.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');

const pkg = openccPackage();
const dict = Object.fromEntries(['TSCharacters', 'TSPhrases', 'STCharacters', 'STPhrases']
  .map((n) => [n, readDictionary(pkg, `${n}.txt`)]));
const openccPhrases = defaults(dict.TSPhrases);
const s2t = makeConverter(defaults(dict.STPhrases), defaults(dict.STCharacters));

const kinds = new Map(); // stored name -> Set of kinds
for (const n of [...relationNames(repo), ...regionNames(repo), ...countyNames(repo)]) {
  if (!kinds.has(n.name)) kinds.set(n.name, new Set());
  kinds.get(n.name).add(n.kind);
}
const names = [...kinds.keys()];
const { chars, resolutions } = resolveOneToMany(dict.TSCharacters, dict.STCharacters, names);

// Every (form, name) pair the conversion must honour; a form wanted by two names cannot be honoured.
function requiredForms() {
  const want = new Map(); // form -> name
  for (const name of names) {
    for (const form of traditionalForms(name, dict.STCharacters, dict.TSCharacters, s2t)) {
      if (want.has(form) && want.get(form) !== name) {
        throw new Error(`${form} is a traditional form of both ${want.get(form)} and ${name}`);
      }
      want.set(form, name);
    }
  }
  return want;
}

// The phrases shebao adds: each form that OpenCC's tables do not bring back to its name.
function projectPhrases(want) {
  const added = new Map();
  for (let round = 0; round < 3; round++) {
    const t2s = makeConverter(new Map([...openccPhrases, ...added]), chars);
    const failures = [...want].filter(([form, name]) => t2s(form) !== name);
    if (!failures.length) return added;
    for (const [form, name] of failures) added.set(form, name);
  }
  throw new Error('the added phrases do not settle: some stored names still convert wrongly');
}

const want = requiredForms();
const added = projectPhrases(want);
const outDir = process.argv[2] ?? join(here, 'out');
mkdirSync(outDir, { recursive: true });
const counts = writeOutputs(outDir, { pkg, dict, chars, resolutions, openccPhrases, added, kinds, s2t, formsChecked: want.size });
process.stderr.write(`${pkg.name}@${pkg.version}: ${counts}\n`);
