// ambiguity.mjs: names that several divisions carry (鼓楼区 is in 南京, 徐州, 福州 and 开封). A lookup by such a
// name alone cannot choose; its province and prefecture can (江苏省南京市鼓楼区), and so can a code.
//
// A former row counts as the division that continues it (its successor, or its code where that code is still
// current): 崇川区 320602 and 崇川区 320613 are one division, 南通's, not two.

// The division a row stands for today.
const targetOf = (row) => (row.status === 'current' ? row.code : row.successor_code ?? row.code);

// [{ name, target, rows }] for every name carried by more than one division, sorted by name and code.
export function ambiguousNames(rows) {
  const byName = new Map(); // name -> Map target -> rows
  for (const row of rows) {
    if (!byName.has(row.name)) byName.set(row.name, new Map());
    const targets = byName.get(row.name);
    const t = targetOf(row);
    targets.set(t, [...(targets.get(t) ?? []), row]);
  }
  const out = [];
  for (const [name, targets] of byName) {
    if (targets.size < 2) continue;
    for (const [target, group] of targets) out.push({ name, target, rows: group });
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => cmp(a.name, b.name) || cmp(a.target, b.target));
}

// Does a name stay ambiguous when only current divisions count?
export function ambiguousAmongCurrent(entries) {
  const count = new Map();
  for (const e of entries) {
    if (e.rows.some((r) => r.status === 'current')) count.set(e.name, (count.get(e.name) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n > 1).map(([name]) => name));
}
