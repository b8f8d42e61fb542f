-- Regions in other scripts: every region and county name in traditional characters
-- (tools/hanzi/out/names-traditional.tsv) reads as the simplified one, and every pinyin key and English name
-- of tools/pinyin/out/region-keys.tsv names its region (the keys of several regions are ambiguous).
.bail on
.load ./dist/shebao
.mode list
.headers on
SELECT region_code('蘇州市') AS suzhou, region_code('廣州') AS guangzhou, region_name('瀋陽市') AS shenyang,
       region_code('江蘇省蘇州市姑蘇區') AS address, region_code('姑蘇區') AS county, region_code('烏魯木齊') AS urumqi,
       region_code('乾縣') AS qianxian, region_code('新乾縣') AS xinganxian;
SELECT region_code('Chengdu') AS chengdu, region_code('chengdu') AS lower_, region_code('Cheng Du') AS spaced,
       region_code('Chéngdū') AS tones, region_code('Xi''an') AS xian, region_code('Inner Mongolia') AS nei_menggu,
       region_code('Harbin') AS harbin, region_code('Shaanxi') AS shaanxi, region_code('lvliang') = region_code('luliang') AS v_u;
SELECT region_code('Suzhou') AS suzhou, region_code('Shanxi') AS shanxi, region_code('Jiangsu Suzhou') AS jiangsu_suzhou,
       region_code('Anhui Suzhou') AS anhui_suzhou, region_code('ｃｈｅｎｇｄｕ') AS full_width, region_code('Gusu') AS county_pinyin;
CREATE TEMP TABLE traditional(traditional TEXT, simplified TEXT, kinds TEXT);
.mode tabs
.import --skip 1 "|grep -v '^#' tests/../tools/hanzi/out/names-traditional.tsv" traditional
CREATE TEMP TABLE keys(key TEXT, spaced TEXT, code TEXT, region_name TEXT, written TEXT, source TEXT, from_ TEXT);
.import --skip 1 "|grep -v '^#' tests/../tools/pinyin/out/region-keys.tsv" keys
.mode list
SELECT count(*) AS region_forms,
       sum(region_code(traditional) IS NOT region_code(simplified)) AS other_code,
       sum(region_name(traditional) IS NOT region_name(simplified)) AS other_name,
       sum(region_code(traditional) IS NULL AND region_code(simplified) IS NOT NULL) AS not_found
FROM traditional WHERE kinds LIKE '%region%' OR kinds LIKE '%county%';
-- Each key names its region's pool; a key of several regions is NULL; the spaced form and the English name
-- as written answer the same.
CREATE TEMP TABLE shared AS SELECT key FROM keys GROUP BY key HAVING count(DISTINCT code) > 1;
SELECT count(*) AS keys,
       sum(region_code(key) IS NOT (SELECT pool FROM shebao_regions r WHERE r.code = k.code)) AS other_code,
       sum(region_code(spaced) IS NOT region_code(key)) AS spaced_differs,
       sum(region_code(written) IS NOT region_code(key)) AS written_differs
FROM keys k WHERE key NOT IN (SELECT key FROM shared) AND source = 'english';
SELECT count(*) AS keys,
       sum(region_code(key) IS NOT (SELECT pool FROM shebao_regions r WHERE r.code = k.code)) AS other_code,
       sum(region_code(spaced) IS NOT region_code(key)) AS spaced_differs
FROM keys k WHERE key NOT IN (SELECT key FROM shared) AND source = 'pinyin';
SELECT key, group_concat(code, ' ') AS codes, region_code(key) AS lookup FROM keys
WHERE key IN (SELECT key FROM shared) GROUP BY key ORDER BY key;
-- Pinyin and English names are aliases, shown with the others.
SELECT code, name, aliases FROM shebao_regions WHERE code IN ('150000', '510100', '610100') ORDER BY code;
SELECT source_id, firmness FROM shebao_sources WHERE source_id LIKE 'shebao-region-%' ORDER BY source_id;
