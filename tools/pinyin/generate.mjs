// generate.mjs: pinyin (and English) lookup keys for the everyday relation terms and the regions of shebao,
// with the keys that name several relations or regions (suzhou: 苏州 or 宿州).
//
// What it writes (deterministically), under tools/pinyin/out/:
//   relation-keys.tsv   key, spaced form, relation code (or kin path) and the term, for every Chinese relation
//                       term and every plain GB/T 4761 name of sql/default/10-relations.sql (爸爸 baba);
//   region-keys.tsv     key, spaced form, region code, for every region name and alias of
//                       sql/default/20-regions.sql (苏州市 suzhoushi, 苏州 suzhou) and every English name of
//                       english-names.tsv (Harbin, Inner Mongolia); provincial pools (XX9900) left out;
//   ambiguous-keys.tsv  the keys of either file that name more than one relation or region, one row each;
//   corrections.tsv     every stored name whose pinyin-pro reading readings.tsv corrects.
//
// How to run:   cd tools/pinyin && npm ci && node generate.mjs && node test.mjs

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTsv } from '../lib/tsv.mjs';
import { relationNames, regionNames } from '../lib/stored-names.mjs';
import { pinyinPackage, readReadings, syllablesOf, keysOf, englishKey } from './syllables.mjs';
import { writeOutputs } from './output.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const pkg = pinyinPackage();
const readings = readReadings(join(here, 'readings.tsv'));
const corrections = new Map(); // name -> { domain, package, syllables, words }

function read(name, domain) {
  const r = syllablesOf(name, readings);
  if (r.words.length && r.package.join(' ') !== r.syllables.join(' ')) corrections.set(name, { domain, ...r });
  return r.syllables;
}

// GB/T 4761 names that join several relations (养子或继子, 堂兄弟、堂姐妹, 其他儿子) are no everyday words.
const COMPOUND = /或|、|其他|的|关系/;

function relationRows() {
  const terms = relationNames(repo).filter((r) => r.kind === 'relation_term' || !COMPOUND.test(r.name));
  return terms.flatMap((t) => keysOf(read(t.name, 'relation'))
    .map((k) => ({ ...k, code: t.code, kin_path: t.code ? null : t.kin_path, term: t.name, from: t.kind })));
}

function regionRows() {
  const all = regionNames(repo).filter((r) => r.level !== 'provincial_pool');
  const canonical = new Map(all.filter((r) => r.kind === 'region_name').map((r) => [r.code, r.name]));
  const pinyinRows = all.flatMap((r) => keysOf(read(r.name, 'region')).map((k) => ({ ...k, code: r.code,
    region_name: canonical.get(r.code), written: r.name, source: 'pinyin', from: r.alias_kind ?? 'name' })));
  const byName = new Map(all.filter((r) => r.kind === 'region_name').map((r) => [r.name, r.code]));
  const englishRows = readTsv(join(here, 'english-names.tsv')).rows.map((e) => {
    if (!byName.has(e.name)) throw new Error(`english-names.tsv: ${e.name} is no region name of 20-regions.sql`);
    return { ...englishKey(e.english), code: byName.get(e.name), region_name: e.name, written: e.english,
      source: 'english', from: 'english' };
  });
  return [...pinyinRows, ...englishRows];
}

const outDir = process.argv[2] ?? join(here, 'out');
mkdirSync(outDir, { recursive: true });
const counts = writeOutputs(outDir, { pkg, relations: relationRows(), regions: regionRows(), corrections, readings });
process.stderr.write(`pinyin-pro@${pkg.version}: ${counts}\n`);
