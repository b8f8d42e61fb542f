// syllables.mjs: the toneless pinyin of a name, one syllable per character (ü written v), from pinyin-pro,
// with the hand-checked readings of readings.tsv put in where the package reads a word wrongly.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { readTsv } from '../lib/tsv.mjs';

const require = createRequire(import.meta.url);
const pinned = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).dependencies['pinyin-pro'];

export function pinyinPackage() {
  const pkg = require('pinyin-pro/package.json');
  if (pkg.version !== pinned) throw new Error(`pinyin-pro@${pkg.version} installed, package.json pins ${pinned}: run npm ci`);
  return { name: 'pinyin-pro', version: pkg.version, license: pkg.license };
}

// [{ word, syllables, note }] from readings.tsv; each word has one syllable per character.
export function readReadings(path) {
  return readTsv(path).rows.map((r) => {
    const syllables = r.pinyin.split(' ');
    if (syllables.length !== Array.from(r.word).length) throw new Error(`readings.tsv: ${r.word} ${r.pinyin}`);
    return { word: r.word, syllables, note: r.note };
  });
}

// { package: [syllables as the package reads them], syllables: [as corrected], words: [corrections used] }.
// Characters that are not Han (、) give no syllable.
export function syllablesOf(name, readings) {
  const chars = Array.from(name);
  const read = pinyin(name, { toneType: 'none', type: 'array', v: true });
  if (read.length !== chars.length) throw new Error(`pinyin-pro gives ${read.length} syllables for ${name}`);
  const fixed = [...read];
  const words = [];
  for (const { word, syllables } of readings) {
    const w = Array.from(word);
    for (let i = 0; i + w.length <= chars.length; i++) {
      if (chars.slice(i, i + w.length).join('') !== word) continue;
      syllables.forEach((s, j) => { fixed[i + j] = s; });
      words.push(word);
    }
  }
  const han = (_, i) => /\p{Script=Han}/u.test(chars[i]);
  for (const s of fixed.filter(han)) if (!/^[a-z]+$/.test(s)) throw new Error(`${name}: syllable ${s}`);
  return { package: read.filter(han), syllables: fixed.filter(han), words: [...new Set(words)] };
}

// The lookup keys of a reading: lower-case letters only, no spaces (suzhou), with the spaced form beside it
// (su zhou); ü as v (lvliang) and, as a second key, as u (luliang).
export function keysOf(syllables) {
  const forms = [syllables];
  if (syllables.some((s) => s.includes('v'))) forms.push(syllables.map((s) => s.replace(/v/g, 'u')));
  return forms.map((f) => ({ key: f.join(''), spaced: f.join(' ') }));
}

// The key of an English name: lower-case letters only (Xi'an -> xian, Inner Mongolia -> innermongolia).
export function englishKey(english) {
  const spaced = english.toLowerCase().replace(/[^a-z ]/g, '').replace(/ +/g, ' ').trim();
  return { key: spaced.replace(/ /g, ''), spaced };
}
