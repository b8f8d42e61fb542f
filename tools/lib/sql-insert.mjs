// sql-insert.mjs: the INSERT statements of the generated files of sql/default/ (one row a line, as
// sql-rows.mjs reads them back), and the writing of a generated file: written, or with --check compared
// with the committed one (a test runs the writers with --check, so that nobody edits their output by hand).

import { readFileSync, writeFileSync } from 'node:fs';

export const sqlQuote = (v) => (v === null || v === undefined || v === '' ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);

const CHUNK = 250;

// INSERT INTO table (columns) VALUES ... in statements of at most CHUNK rows; rows are objects.
export function sqlInserts(table, columns, rows) {
  const out = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => `  (${columns.map((c) => sqlQuote(r[c])).join(', ')})`);
    out.push(`INSERT INTO ${table} (${columns.join(', ')}) VALUES\n${values.join(',\n')};\n`);
  }
  return out.join('\n');
}

// Writes text to path, or with --check on the command line compares it with path's content: exits 1 on a
// difference, saying which file and how to make it again.
export function writeOrCheck(path, text, how) {
  if (!process.argv.includes('--check')) {
    writeFileSync(path, text);
    return;
  }
  let committed = null;
  try {
    committed = readFileSync(path, 'utf8');
  } catch {
    // missing: a difference
  }
  if (committed !== text) {
    process.stderr.write(`${path} is not what ${how} writes: run it and commit the result\n`);
    process.exit(1);
  }
}
