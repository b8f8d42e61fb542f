// stored-names.mjs: the Chinese names and terms that shebao's default data stores, which the character and
// pinyin tables must serve: relation names and terms (sql/default/10-relations.sql), region names and aliases
// (sql/default/20-regions.sql), county-level names (tools/counties/out/counties.tsv).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSqlRows } from './sql-rows.mjs';
import { readTsv } from './tsv.mjs';

const HAN = /\p{Script=Han}/u;

// [{ name, kind, code, kin_path }] for the relations: kind 'relation_name' (the GB/T 4761 name of a code) or
// 'relation_term' (a Chinese word for a relation: 爸爸, 外婆, 老公; code null where the term names a kin path only).
export function relationNames(repo) {
  const file = join(repo, 'sql', 'default', '10-relations.sql');
  const names = readSqlRows(file, 'shebao_policy_relations').map((r) => ({ name: r.name, kind: 'relation_name', code: r.code }));
  const terms = readSqlRows(file, 'shebao_policy_relation_terms').filter((t) => t.lang === 'zh')
    .map((t) => ({ name: t.term, kind: 'relation_term', code: t.code, kin_path: t.kin_path }));
  return [...names, ...terms];
}

// [{ name, kind, code, level }] for the regions: kind 'region_name' (canonical) or 'region_alias' (short and
// former names and other names; legacy codes are digits and left out).
export function regionNames(repo) {
  const file = join(repo, 'sql', 'default', '20-regions.sql');
  const regions = readSqlRows(file, 'shebao_policy_regions');
  const level = new Map(regions.map((r) => [r.code, r.level]));
  const names = regions.map((r) => ({ name: r.name, kind: 'region_name', code: r.code, level: r.level }));
  const aliases = readSqlRows(file, 'shebao_policy_region_aliases').filter((a) => HAN.test(a.alias))
    .map((a) => ({ name: a.alias, kind: 'region_alias', alias_kind: a.kind, code: a.code, level: level.get(a.code) }));
  return [...names, ...aliases];
}

// [{ name, kind: 'county_name', code }]: every county-level name, current and former, of tools/counties.
export function countyNames(repo) {
  const file = join(repo, 'tools', 'counties', 'out', 'counties.tsv');
  if (!existsSync(file)) throw new Error(`${file} is missing: run tools/counties first`);
  return readTsv(file).rows.map((r) => ({ name: r.name, kind: 'county_name', code: r.code }));
}
