// tsv.mjs: the plain TSV files that the data generators under tools/ write and their tests read back.
// A file is '#' comment lines (the provenance: data set, version, licence, how to regenerate), one line of
// column names, then one line per row; fields are separated by tabs, an empty field means "none", and no
// field holds a tab or a line break.

import { readFileSync } from 'node:fs';

const field = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  if (/[\t\n\r]/.test(s)) throw new Error(`a TSV field may not hold a tab or a line break: ${JSON.stringify(s)}`);
  return s;
};

// The text of a TSV file: header comment (text, lines joined by '\n'), columns, rows as objects or arrays.
export function formatTsv(header, columns, rows) {
  const comment = header.split('\n').map((l) => (l ? `# ${l}` : '#')).join('\n');
  const line = (values) => values.map(field).join('\t');
  const body = rows.map((r) => line(Array.isArray(r) ? r : columns.map((c) => r[c])));
  return `${comment}\n${line(columns)}\n${body.map((l) => `${l}\n`).join('')}`;
}

// { comments: [lines without '# '], columns, rows: [objects; empty fields as ''] }
export function readTsv(path) {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.pop() !== '') throw new Error(`${path}: no final newline`);
  const comments = [];
  while (lines.length && lines[0].startsWith('#')) comments.push(lines.shift().replace(/^# ?/, ''));
  const columns = lines.shift().split('\t');
  const rows = lines.map((l, i) => {
    const values = l.split('\t');
    if (values.length !== columns.length) throw new Error(`${path}: row ${i + 1} has ${values.length} fields`);
    return Object.fromEntries(columns.map((c, j) => [c, values[j]]));
  });
  return { comments, columns, rows };
}

export const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
