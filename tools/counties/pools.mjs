// pools.mjs: which region of sql/default/20-regions.sql covers a county-level division, and which pooling
// region (统筹区) that is.
//
// region_code: the finest region of 20-regions.sql that contains the division. region_basis says why:
//   county_pool   the division is a region itself: the districts and counties of 重庆, the county-level cities
//                 and areas directly under a province (济源 419001, 仙桃 429004, 潜江, 天门, 神农架, 海南's
//                 469xxx, 新疆's 兵团 cities 659xxx), and the province-managed 辛集 130181 and 定州 130682;
//   municipality  a district of 北京, 天津 or 上海: the municipality (110000, 120000, 310000);
//   prefecture    its prefecture, the XXXX00 of its code;
//   xiongan       雄县, 容城县, 安新县: coded under 保定 but administered by 雄安新区 (133100), a pool of its own;
//   and for former codes and names (see poolOfFormer): legacy_code, successor, same_code, legacy_prefecture.
// pool_code: the pooling region. The same as region_code except in 海南, which is one province-wide pool
// (employee medical insurance pooled province-wide, one fund since 2020): every 海南 division has pool_code
// 460000, though 20-regions.sql still models 海南's cities and counties as regions of their own.

import { NEWEST, SETS } from './sets.mjs';
import { legacyTargets } from './regions-sql.mjs';

const XIONGAN_POOL = '133100';
const XIONGAN_COUNTIES = new Set(['130629', '130632', '130638']); // 容城县, 安新县, 雄县
const HAINAN = { province: '46', pool: '460000' };

const levelOf = ({ regions }, code) => regions.get(code)?.level;

function withPool(row, region_code, region_basis) {
  const pool_code = row.code.startsWith(HAINAN.province) ? HAINAN.pool : region_code;
  return { region_code, region_basis, pool_code, unmapped_reason: null };
}

const unmapped = (reason) => ({ region_code: null, region_basis: null, pool_code: null, unmapped_reason: reason });

// The region that contains a code by its digits alone: itself, its municipality, or its prefecture.
function regionByCode(code, data) {
  if (levelOf(data, code) === 'county') return [code, 'county_pool'];
  if (XIONGAN_COUNTIES.has(code)) return [XIONGAN_POOL, 'xiongan'];
  const province = `${code.slice(0, 2)}0000`;
  if (levelOf(data, province) === 'municipality' && province !== '500000') return [province, 'municipality'];
  const prefecture = `${code.slice(0, 4)}00`;
  if (levelOf(data, prefecture) === 'prefecture') return [prefecture, 'prefecture'];
  return [null, null];
}

export function poolOfCurrent(row, data) {
  const [code, basis] = regionByCode(row.code, data);
  if (!code) return unmapped(`no region of 20-regions.sql contains ${row.code} (nor ${row.code.slice(0, 4)}00)`);
  return withPool(row, code, basis);
}

// ---------------------------------------------------------------------------------------------------------------
// Former codes and names.

const nextYear = (year) => SETS[SETS.findIndex((s) => s.year === year) + 1]?.year ?? NEWEST + 1;

// Names a division may carry after 撤县设区, 撤县设市 or 撤市设区: 密云县 -> 密云区, 滦县 -> 滦州市, 赣县 -> 赣县区.
function successorNames(name) {
  const names = new Set([name, `${name}区`]);
  const stem = name.replace(/(县|市|区)$/, '');
  if (stem !== name && stem.length >= 2) for (const s of ['区', '市', '县']) names.add(stem + s);
  return names;
}

// The division that continues a former one: a successor name, listed from the very set after the former
// one's last, of the same kind, in the same prefecture, or else (枞阳县 moved from 安庆 to 铜陵) alone in the
// province. The successor may itself be former (错那县 542232 -> 540530 -> 错那市 540581).
export function findSuccessor(row, rows) {
  const names = successorNames(row.name);
  const candidates = rows.filter((c) => c.kind === row.kind && names.has(c.name) && c.code !== row.code
    && c.province_code === row.province_code && c.first_set === nextYear(row.last_set));
  const samePrefecture = candidates.filter((c) => c.code.slice(0, 4) === row.code.slice(0, 4));
  if (samePrefecture.length === 1) return samePrefecture[0];
  if (samePrefecture.length === 0 && candidates.length === 1) return candidates[0];
  return null;
}

// The current row a former row leads to, and how. A code still current under another name is the same
// division renamed (庐山区 360402 is now 濂溪区; the new 庐山市 360483 is the former 星子县), unless the very same
// name moved to another code (加格达奇区: 232701 in 2017, 232761 from 2018, when 232701 became 漠河市).
function successorOf(row, rows) {
  const current = (code) => rows.find((c) => c.code === code && c.status === 'current');
  const first = findSuccessor(row, rows);
  const sameCode = current(row.code);
  if (sameCode && (!first || first.name !== row.name)) return [sameCode, 'same_code'];
  let r = row;
  for (let next = first, hops = 0; next; next = findSuccessor(r, rows)) {
    if (++hops > rows.length) throw new Error(`successor loop from ${row.code} ${row.name}`);
    r = next;
  }
  if (r === row) return [null, null];
  const end = r.status === 'current' ? r : current(r.code);
  return end ? [end, 'successor'] : [null, null];
}

// The region of a former code or name, by the first rule that applies:
//   legacy_code        20-regions.sql lists the code as a legacy code of one region (469003 -> 460400);
//   successor          the division continues under another code (see findSuccessor): that code's region;
//   same_code          the code is current under another name (桥东区 130502 is now 襄都区): its region;
//   prefecture, municipality: the code's digits, as for a current code;
//   legacy_prefecture  the code's XXXX00 is a legacy code of one region (莱芜 371200 -> 济南 370100).
export function poolOfFormer(row, rows, data) {
  const legacy = legacyTargets(data, row.code);
  const [successor, how] = successorOf(row, rows);
  const legacyRow = legacy.length === 1 ? rows.find((c) => c.code === legacy[0] && c.status === 'current') : null;
  const successor_code = successor?.code ?? legacyRow?.code ?? null;
  if (legacy.length === 1) {
    if (successor && successor.region_code !== legacy[0]) {
      throw new Error(`${row.code} ${row.name}: legacy code of ${legacy[0]}, but successor ${successor.code} is in ${successor.region_code}`);
    }
    return { successor_code, ...withPool(row, legacy[0], 'legacy_code') };
  }
  if (successor) return { successor_code, ...withPool(row, successor.region_code, how) };
  const [code, basis] = regionByCode(row.code, data);
  if (code) return { successor_code, ...withPool(row, code, basis) };
  const viaPrefecture = legacyTargets(data, `${row.code.slice(0, 4)}00`);
  if (viaPrefecture.length === 1) return { successor_code, ...withPool(row, viaPrefecture[0], 'legacy_prefecture') };
  return { successor_code, ...unmapped(`former code; no successor, and ${row.code.slice(0, 4)}00 names `
    + `${viaPrefecture.length ? `several regions (${viaPrefecture.join(', ')})` : 'no region'}`) };
}
