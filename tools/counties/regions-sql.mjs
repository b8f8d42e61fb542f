// regions-sql.mjs: reads the regions and their aliases back from sql/default/20-regions.sql (the generated
// output of tools/regions), so that every county maps to a region code that exists there.

// One SQL row `  ('a', NULL, 'it''s'),` to its values (strings or null).
function parseValues(line) {
  const values = [];
  const re = /\s*(?:'((?:[^']|'')*)'|(NULL))\s*(,|\))/y;
  re.lastIndex = line.indexOf('(') + 1;
  for (;;) {
    const m = re.exec(line);
    if (!m) throw new Error(`20-regions.sql: cannot read ${line}`);
    values.push(m[2] ? null : m[1].replace(/''/g, "'"));
    if (m[3] === ')') return values;
  }
}

function rowsOf(sql, table) {
  const rows = [];
  const re = new RegExp(`INSERT INTO ${table} \\(([^)]*)\\) VALUES\\n((?:  \\(.*\\)[,;]\\n)+)`, 'g');
  for (const m of sql.matchAll(re)) {
    const columns = m[1].split(', ');
    for (const line of m[2].trimEnd().split('\n')) {
      const values = parseValues(line);
      if (values.length !== columns.length) throw new Error(`20-regions.sql: ${line}`);
      rows.push(Object.fromEntries(columns.map((c, i) => [c, values[i]])));
    }
  }
  if (!rows.length) throw new Error(`20-regions.sql: no rows for ${table}`);
  return rows;
}

// { regions: Map code -> { code, name, province_code, level }, aliases: [{ alias, code, kind }] }
export function readRegions(sql) {
  const regions = new Map(rowsOf(sql, 'shebao_policy_regions').map((r) => [r.code, r]));
  const aliases = rowsOf(sql, 'shebao_policy_region_aliases');
  for (const a of aliases) if (!regions.has(a.code)) throw new Error(`alias ${a.alias} of unknown region ${a.code}`);
  return { regions, aliases };
}

// The regions a legacy code names (341400, the abolished 巢湖市, names three).
export function legacyTargets({ aliases }, code) {
  return aliases.filter((a) => a.kind === 'legacy_code' && a.alias === code).map((a) => a.code);
}
