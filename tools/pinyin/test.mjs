// test.mjs: sanity checks of tools/pinyin/out/: shape, counts, the hand-checked readings of polyphonic place
// names, the ambiguous keys, and (when npm ci has been run here) that the generator reproduces the committed
// files. Run: node test.mjs (needs no package otherwise).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsPackages, assertReproduces } from '../lib/reproduce.mjs';
import { readTsv, compareText } from '../lib/tsv.mjs';
import { readSqlRows } from '../lib/sql-rows.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const out = (f) => readTsv(join(here, 'out', f));
const relations = out('relation-keys.tsv');
const regions = out('region-keys.tsv');
const ambiguous = out('ambiguous-keys.tsv');
const corrections = out('corrections.tsv');
const FILES = ['relation-keys.tsv', 'region-keys.tsv', 'ambiguous-keys.tsv', 'corrections.tsv'];

const targets = (rows, key, col) => [...new Set(rows.filter((r) => r.key === key).map((r) => r[col]))].sort();
const region = (key) => targets(regions.rows, key, 'code');
const relation = (key) => targets(relations.rows, key, 'code');

test('headers name pinyin-pro, its version and licence', () => {
  for (const f of FILES) assert.match(out(f).comments.join('\n'), /pinyin-pro@3\.29\.4 \(licence MIT\)/, f);
});

test('keys are lower-case letters, the spaced form matches, rows sorted by key', () => {
  for (const rows of [relations.rows, regions.rows]) {
    for (const r of rows) {
      assert.match(r.key, /^[a-z]+$/);
      assert.match(r.spaced, /^[a-z]+( [a-z]+)*$/);
      assert.equal(r.spaced.replace(/ /g, ''), r.key);
    }
    assert.deepEqual(rows.map((r) => r.key), rows.map((r) => r.key).sort(compareText));
  }
});

test('every target exists in the default data; counts', () => {
  const regionCodes = new Set(readSqlRows(join(repo, 'sql', 'default', '20-regions.sql'), 'shebao_policy_regions').map((r) => r.code));
  const relationCodes = new Set(readSqlRows(join(repo, 'sql', 'default', '10-relations.sql'), 'shebao_policy_relations').map((r) => r.code));
  for (const r of regions.rows) assert.ok(regionCodes.has(r.code), r.code);
  for (const r of relations.rows) assert.ok(r.code ? relationCodes.has(r.code) : r.kin_path, r.term);
  assert.ok(new Set(regions.rows.map((r) => r.key)).size > 900);
  assert.ok(new Set(relations.rows.map((r) => r.key)).size > 150);
  assert.ok(regions.rows.filter((r) => r.source === 'english').length >= 40);
});

test('everyday relation terms', () => {
  const cases = { baba: '51', mama: '52', laogong: '11', laopo: '12', gege: '71', waipo: '64', laolao: '64',
    yeye: '61', nainai: '62', zhangzi: '22', zhangnv: '32', zengsunzi: '47', nver: '30', nuer: '30' };
  for (const [key, code] of Object.entries(cases)) assert.deepEqual(relation(key), [code], key);
  assert.deepEqual(relation('fu'), ['11', '51']); // 夫 or 父
});

test('place names with polyphonic characters read as they are said', () => {
  const cases = { chongqing: '500000', changsha: '430100', xiamen: '350200', bengbu: '340300', luan: '341500',
    lishui: '331100', dali: '532900', leshan: '511100', changzhi: '140400', chengdu: '510100', kashi: '653100',
    changdu: '540300', fengdu: '500230', baise: '451000', dongguan: '441900', lvliang: '141100',
    luliang: '141100', xian: '610100', xiangfan: '420600' };
  for (const [key, code] of Object.entries(cases)) assert.deepEqual(region(key), [code], key);
  for (const key of ['kashen', 'changdou', 'fengdou']) assert.deepEqual(region(key), [], key);
  const corrected = new Set(corrections.rows.map((r) => r.name));
  for (const name of ['喀什', '丰都县', '昌都', '长女', '曾孙子']) assert.ok(corrected.has(name), name);
});

test('English names where they differ from pinyin', () => {
  const cases = { harbin: '230100', haerbin: '230100', innermongolia: '150000', tibet: '540000',
    shaanxi: '610000', urumqi: '650100', hohhot: '150100', lhasa: '540100', kashgar: '653100', xigaze: '540200' };
  for (const [key, code] of Object.entries(cases)) assert.deepEqual(region(key), [code], key);
});

test('ambiguous keys are listed with their candidates, and only those', () => {
  const listed = (domain, key) => ambiguous.rows.filter((r) => r.domain === domain && r.key === key).map((r) => r.target).sort();
  assert.deepEqual(listed('region', 'suzhou'), ['320500', '341300']); // 苏州, 宿州
  assert.deepEqual(listed('region', 'shanxi'), ['140000', '610000']); // 山西, 陕西
  assert.deepEqual(listed('region', 'taizhou'), ['321200', '331000']);
  assert.deepEqual(listed('relation', 'fu'), ['11', '51']);
  const target = (r) => r.code || `path:${r.kin_path}`;
  for (const [domain, rows] of [['region', regions.rows], ['relation', relations.rows]]) {
    for (const key of new Set(rows.map((r) => r.key))) {
      const n = new Set(rows.filter((r) => r.key === key).map(target)).size;
      assert.equal(listed(domain, key).length, n > 1 ? n : 0, `${domain} ${key}`);
    }
  }
});

test('the generator reproduces the committed output', needsPackages(here), () => assertReproduces(here, FILES));
