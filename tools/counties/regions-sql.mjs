// regions-sql.mjs: the regions and their aliases of sql/default/20-regions.sql (the generated output of
// tools/regions), so that every county maps to a region code that exists there.

import { sqlRows } from '../lib/sql-rows.mjs';

// { regions: Map code -> { code, name, province_code, level }, aliases: [{ alias, code, kind }] }
export function readRegions(sql) {
  const regions = new Map(sqlRows(sql, 'shebao_policy_regions', '20-regions.sql').map((r) => [r.code, r]));
  const aliases = sqlRows(sql, 'shebao_policy_region_aliases', '20-regions.sql');
  for (const a of aliases) if (!regions.has(a.code)) throw new Error(`alias ${a.alias} of unknown region ${a.code}`);
  return { regions, aliases };
}

// The regions a legacy code names (341400, the abolished 巢湖市, names three).
export function legacyTargets({ aliases }, code) {
  return aliases.filter((a) => a.kind === 'legacy_code' && a.alias === code).map((a) => a.code);
}
