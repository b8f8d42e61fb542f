// sql-rows.mjs: reads rows back from the generated or hand-written INSERT statements of sql/default/*.sql
// (one row a line: `  ('a', NULL, 'it''s'),`), so that a generator can build on the data already there.

import { readFileSync } from 'node:fs';

// One SQL row line to its values (strings, or null for NULL).
function parseValues(line, file) {
  const values = [];
  const re = /\s*(?:'((?:[^']|'')*)'|(NULL))\s*(,|\))/y;
  re.lastIndex = line.indexOf('(') + 1;
  for (;;) {
    const m = re.exec(line);
    if (!m) throw new Error(`${file}: cannot read ${line}`);
    values.push(m[2] ? null : m[1].replace(/''/g, "'"));
    if (m[3] === ')') return values;
  }
}

// The rows of every `INSERT INTO table (columns) VALUES` statement of the text, as objects.
export function sqlRows(sql, table, file = 'SQL') {
  const rows = [];
  const re = new RegExp(`INSERT INTO ${table} \\(([^)]*)\\) VALUES\\n((?:  \\(.*\\)[,;]\\n)+)`, 'g');
  for (const m of sql.matchAll(re)) {
    const columns = m[1].split(', ');
    for (const line of m[2].trimEnd().split('\n')) {
      const values = parseValues(line, file);
      if (values.length !== columns.length) throw new Error(`${file}: ${line}`);
      rows.push(Object.fromEntries(columns.map((c, i) => [c, values[i]])));
    }
  }
  if (!rows.length) throw new Error(`${file}: no rows for ${table}`);
  return rows;
}

export const readSqlRows = (path, table) => sqlRows(readFileSync(path, 'utf8'), table, path);
