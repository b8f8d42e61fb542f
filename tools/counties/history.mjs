// history.mjs: from the yearly sets to one row per code and name, with the first and last set that list it.
// A code that keeps its name across the sets is one row; a code renamed in place (邢台 130502 桥东区 -> 襄都区)
// or given to another division (大兴安岭 232701: 加格达奇区 in 2017, 漠河市 from 2018) is one row per name.

import { NEWEST, PSEUDO_PREFECTURES } from './sets.mjs';

// xx7x codes are development zones and similar areas of the statistical sets (经济技术开发区, 高新区 ...), not
// divisions of GB/T 2260: kept as kind 'zone', so that an address naming one still finds its prefecture.
const kindOf = (code) => (code[4] === '7' ? 'zone' : 'division');

function periodsByCode(sets) {
  const byCode = new Map(); // code -> [{ year, area }] in set order
  for (const set of sets) {
    for (const area of set.areas) {
      if (!byCode.has(area.code)) byCode.set(area.code, []);
      byCode.get(area.code).push({ year: set.year, area });
    }
  }
  return byCode;
}

// The sets are consecutive years; a code listed, dropped and listed again would make "first" and "last"
// meaningless, so it stops the script.
function checkContiguous(code, listings, years) {
  const idx = listings.map((l) => years.indexOf(l.year));
  for (let i = 1; i < idx.length; i++) {
    if (idx[i] !== idx[i - 1] + 1) throw new Error(`code ${code} is listed, dropped and listed again`);
  }
}

function rowOf(code, listings) {
  const last = listings[listings.length - 1].area;
  return {
    code, name: last.name, kind: kindOf(code),
    status: listings[listings.length - 1].year === NEWEST ? 'current' : 'former',
    first_set: listings[0].year, last_set: listings[listings.length - 1].year,
    prefecture_code: PSEUDO_PREFECTURES.has(last.prefectureName) ? null : `${last.prefecture}00`,
    prefecture_name: PSEUDO_PREFECTURES.has(last.prefectureName) ? null : last.prefectureName,
    province_code: `${last.province}0000`, province_name: last.provinceName,
  };
}

export function buildHistory(sets) {
  const years = sets.map((s) => s.year);
  const rows = [];
  for (const [code, listings] of periodsByCode(sets)) {
    checkContiguous(code, listings, years);
    let start = 0;
    for (let i = 1; i <= listings.length; i++) {
      if (i === listings.length || listings[i].area.name !== listings[start].area.name) {
        rows.push(rowOf(code, listings.slice(start, i)));
        start = i;
      }
    }
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => cmp(a.code, b.code) || a.first_set - b.first_set);
}
