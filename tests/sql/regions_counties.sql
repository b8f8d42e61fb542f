-- County-level divisions: their codes (identity numbers), names and addresses resolve to the pool that covers
-- them. Checked against the generator's own output (tools/counties/out), not against the policy data: every
-- current county code answers its pool, every name that one division carries too, every qualified name
-- (province + prefecture + name) even where the name alone is ambiguous, and identity numbers made from every
-- county code.
.bail on
.load ./dist/shebao
.mode list
.headers on
-- The forms people hold: a code, a name, an address; a municipality's district; 海南 (one pool); 雄县 (coded
-- under 保定, covered by 雄安新区); a 兵团 city; a development zone; former codes and names.
SELECT region_code('320508') AS code, region_code('姑苏区') AS name, region_code('江苏省苏州市姑苏区') AS address,
       region_code('苏州姑苏区') AS short, region_code('苏州市 姑苏区') AS spaced, region_code('江苏苏州姑苏区') AS shorter;
SELECT region_code('上海市浦东新区') AS pudong, region_code('310115') AS pudong_code, region_code('北京市朝阳区') AS beijing,
       region_code('吉林省长春市朝阳区') AS changchun, region_code('重庆市江北区') AS chongqing,
       region_code('浙江省宁波市江北区') AS ningbo;
SELECT region_code('460105') AS xiuying, region_name('秀英区') AS its_region, region_province('秀英区') AS province,
       region_code('雄县') AS xiongxian, region_code('河北省保定市雄县') AS coded_under, region_name('130638') AS its_region,
       region_code('石河子市') AS shihezi, region_code('苏州工业园区') AS zone;
SELECT region_code('110228') AS miyun_county_code, region_code('密云县') AS miyun_county, region_code('139001') AS dingzhou_legacy,
       region_code('340823') AS zongyang_old_code, region_code('安徽省安庆市枞阳县') AS zongyang_old_address,
       region_code('山东省莱芜市莱城区') AS laicheng;
-- Numbers: an INTEGER and a REAL without a fraction are the code they equal.
SELECT region_code(320508) AS int_code, region_code(320508.0) AS real_code, region_code(320508.5) AS fraction,
       region_code(-320508) AS negative, region_code(1e300) AS huge, region_code(320508.0) = region_code('320508') AS same;
-- Ambiguous names: NULL alone, one region with what qualifies them.
SELECT region_code('鼓楼区') AS gulou, region_code('朝阳区') AS chaoyang, region_code('江北区') AS jiangbei,
       region_code('南京市鼓楼区') AS nanjing, region_code('福建省福州市鼓楼区') AS fuzhou, region_code('江苏省鼓楼区') AS jiangsu;
-- The table: rows, sources, lookups.
SELECT status, kind, count(*) AS rows_, count(DISTINCT code) AS codes FROM shebao_counties GROUP BY 1, 2 ORDER BY 1, 2;
SELECT basis, source_id, count(*) AS rows_ FROM shebao_counties GROUP BY 1, 2 ORDER BY 1, 2;
SELECT count(*) AS uncited FROM shebao_counties c WHERE NOT EXISTS (SELECT 1 FROM shebao_sources s WHERE s.source_id = c.source_id);
SELECT source_id, firmness, url IS NOT NULL AS has_url FROM shebao_sources
WHERE source_id IN (SELECT DISTINCT source_id FROM shebao_counties) ORDER BY source_id;
SELECT * FROM shebao_counties WHERE code IN ('320508', '130638', '460105', '232701') ORDER BY code, status;
SELECT code, name, region_name, pool FROM shebao_counties WHERE region_code = '320500' ORDER BY code;
EXPLAIN QUERY PLAN SELECT * FROM shebao_counties WHERE code = '320508';
EXPLAIN QUERY PLAN SELECT * FROM shebao_counties WHERE region_code = '320500';
-- Every row of the generator's output, independently of the policy data.
CREATE TEMP TABLE counties(code TEXT, name TEXT, status TEXT, kind TEXT, first_set TEXT, last_set TEXT,
  province_code TEXT, province_name TEXT, prefecture_code TEXT, prefecture_name TEXT, region_code TEXT,
  region_basis TEXT, pool_code TEXT, successor_code TEXT, unmapped_reason TEXT);
.mode tabs
.import --skip 1 "|grep -v '^#' tests/../tools/counties/out/counties.tsv" counties
CREATE TEMP TABLE ambiguous(name TEXT, target_code TEXT, target_name TEXT, qualified_name TEXT, pool_code TEXT,
  among_current TEXT, listed_as TEXT);
.import --skip 1 "|grep -v '^#' tests/../tools/counties/out/ambiguous-names.tsv" ambiguous
.mode list
-- The generator's pool_code follows 海南's one pool; the 兵团's cities (659001-659012) are covered by the 兵团's
-- pool 660000 too (tools/regions/pools.csv), which its pool_code does not say.
UPDATE counties SET pool_code = '660000' WHERE region_code LIKE '6590%';
UPDATE ambiguous SET pool_code = '660000' WHERE pool_code LIKE '6590%';
-- Every current code answers its pool, a region that exists; every code of the output answers (former
-- codes too, where no other division took the code).
SELECT count(*) AS current_codes,
       sum(region_code(code) = pool_code) AS pool_by_code,
       sum((SELECT count(*) FROM shebao_regions r WHERE r.code = region_code(c.code) AND r.pool = r.code)) AS existing_pools,
       sum(region_name(code) = (SELECT name FROM shebao_regions r WHERE r.code = c.region_code)) AS region_name_by_code,
       sum(region_province(code) = province_name) AS province_by_code
FROM counties c WHERE status = 'current';
SELECT count(*) AS former_rows, sum(region_code(code) = pool_code) AS pool_by_code FROM counties WHERE status = 'former';
-- Names: those of one division answer their pool, but two that a region elsewhere carries too (江北区: 重庆's
-- and 宁波's; 巢湖市: 合肥's county-level city and the prefecture abolished in 2011); the ambiguous ones NULL;
-- the qualified form of every row answers its pool.
SELECT count(*) AS names_of_one_division, sum(region_code(name) = pool_code) AS pool_by_name
FROM counties c WHERE name NOT IN (SELECT name FROM ambiguous);
SELECT name, code, pool_code FROM counties c
WHERE name NOT IN (SELECT name FROM ambiguous) AND region_code(name) IS NOT pool_code ORDER BY code;
SELECT count(DISTINCT name) AS ambiguous_names, sum(region_code(name) IS NULL) AS null_alone,
       sum(region_code(qualified_name) = pool_code) AS qualified_pool, count(*) AS candidates
FROM ambiguous;
SELECT count(*) AS current_rows,
       sum(region_code(province_name || prefecture_name || name) = pool_code) AS qualified_pool
FROM counties WHERE status = 'current';
-- Identity numbers: one for every current county code (born 1990-01-01, sequence 001, its check character).
CREATE TEMP TABLE ids AS
SELECT code, pool_code, body || substr('10X98765432', (
         substr(body,1,1)*7 + substr(body,2,1)*9 + substr(body,3,1)*10 + substr(body,4,1)*5 + substr(body,5,1)*8 +
         substr(body,6,1)*4 + substr(body,7,1)*2 + substr(body,8,1)*1 + substr(body,9,1)*6 + substr(body,10,1)*3 +
         substr(body,11,1)*7 + substr(body,12,1)*9 + substr(body,13,1)*10 + substr(body,14,1)*5 +
         substr(body,15,1)*8 + substr(body,16,1)*4 + substr(body,17,1)*2) % 11 + 1, 1) AS id
FROM (SELECT code, pool_code, code || '19900101001' AS body FROM counties WHERE status = 'current' AND kind = 'division');
SELECT count(*) AS ids, sum(id_valid(id)) AS valid, sum(region_code(id_region(id)) = pool_code) AS pool_by_id
FROM ids;
-- A layer corrects the data: a county the sets do not list yet, a county covered by another pool, a
-- retraction that makes a shared name one; a broken row is refused.
SELECT shebao_create_layer('temp') AS tables;
INSERT INTO temp.shebao_policy_sources(source_id, title, firmness) VALUES ('our-notes', 'our notes', 'derived');
INSERT INTO temp.shebao_policy_counties(code, name, region_code, kind, source_id)
VALUES ('320599', '新设区', '320500', 'division', 'our-notes'), ('130638', '雄县', '130600', 'division', 'our-notes');
INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_counties', '330205|江北区', 'our-notes', NULL);
SELECT region_code('320599') AS new_code, region_code('新设区') AS new_name, region_code('雄县') AS moved,
       region_code('江北区') AS jiangbei, region_code('330205') AS retracted_code;
SELECT code, name, status, region_code, pool, source_id, layer FROM shebao_counties WHERE code IN ('320599', '130638');
SELECT count(*) AS problems FROM shebao_check;
-- (last: the shell stops at the first statement after an error once .bail is on again)
.bail off
INSERT INTO temp.shebao_policy_counties(code, name, region_code, kind, source_id)
VALUES ('320598', '火星区', '999999', 'division', 'our-notes');
INSERT INTO temp.shebao_policy_counties(code, name, region_code, kind, source_id)
VALUES ('3205', '短码区', '320500', 'division', 'our-notes');
