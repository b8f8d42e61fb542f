-- The default policy against the public record (docs/policy-data.md): the NHSA reports' figures, the unknown
-- windows and their explanations, the provinces' own scopes, the pools, the certification rules, and how firm
-- every source is.
.bail on
.load ./dist/shebao
.mode list
.headers on
SELECT count(*) AS problems FROM shebao_check;

-- Every NHSA report's figure lies between the pools answering 1 (lower) and those answering 1 or NULL (upper).
-- A pool: a region that is its own pool, not a province (but 海南, a province that is one pool). The reports
-- may count pools differently from the data: the 兵团 is one pool here (the NHSA may count one per division),
-- 海南 one, each municipality one, and special pools (森工, 农垦, 华北油田, ...) are not in the data.
CREATE TEMP TABLE pools AS SELECT code FROM shebao_regions
WHERE pool = code AND (level <> 'province' OR code IN (SELECT pool FROM shebao_regions WHERE pool <> code));
SELECT count(*) AS pools FROM pools;
CREATE TEMP TABLE reports(day TEXT, figure INTEGER, source_id TEXT);
INSERT INTO reports VALUES ('2024-12-02', 31, 'nhsa-2024-12-cross-province-pilot'), ('2024-12-31', 41, 'cqrb-2025-01-19-nhsa'),
  ('2025-02-04', 81, 'nhsa-2025-02-expansion'), ('2025-03-14', 146, 'xinhua-2025-03-15-nhsa'),
  ('2025-05-08', 227, 'jnsb-2025-05-23-nhsa'), ('2025-06-30', 337, 'bjyouth-2025-07-10-nhsa');
SELECT r.day, r.figure, sum(region_enabled(p.code, r.day) = 1) AS lower, sum(region_enabled(p.code, r.day) IS NOT 0) AS upper,
       sum(region_enabled(p.code, r.day) = 1) <= r.figure AND r.figure <= sum(region_enabled(p.code, r.day) IS NOT 0) AS figure_inside,
       (SELECT count(*) FROM shebao_sources s WHERE s.source_id = r.source_id) AS cited
FROM reports r, pools p GROUP BY r.day ORDER BY r.day;
-- nothing across provinces before the wallet
SELECT count(*) AS on_or_unknown_2024_10_31 FROM pools WHERE region_enabled(code, '2024-10-31') IS NOT 0;

-- An unknown window: known off on one day, known on by a later one; both bounds, both sources, their firmness.
SELECT region_enabled('苏州市', '2024-10-31') AS off_day, quote(region_enabled('苏州市', '2024-11-15')) AS window,
       region_enabled('苏州市', '2024-12-02') AS on_by;
SELECT step, outcome, source_id, source_firmness, detail FROM explain_can_share('配偶', '2024-11-15', '苏州市', '成都市')
WHERE rule = 'payer_region';
-- after an 'off' of something never seen on: unknown; a conflict of two sources on one day: unknown
SELECT step, rule, outcome, source_id, detail FROM explain_can_share('配偶', '2026-01-09', '苏州市', '广州市') WHERE rule = 'relative_region';
SELECT step, rule, outcome, source_id, detail FROM explain_can_share('配偶', '2025-06-30', '苏州市', '福州市') WHERE rule = 'relative_region';
-- the scope's window: 江苏 spouse between the national document and the day it had in-province mutual aid
SELECT step, outcome, source_id, source_doc, detail FROM explain_can_share('配偶', '2022-06-01', '南京市', '南京市') WHERE rule = 'scope';

-- Scopes as the provinces wrote them.
SELECT '四川' AS province, can_share('配偶', '2019-02-28', '成都市', '成都市') AS spouse_0228, can_share('配偶', '2019-03-01', '成都市', '成都市') AS spouse_0301,
       can_share('岳父', '2019-03-01', '成都市', '成都市') AS parent_in_law_2019, quote(can_share('岳父', '2023-01-01', '成都市', '成都市')) AS parent_in_law_2023,
       can_share('岳父', '2025-07-04', '成都市', '成都市') AS parent_in_law_2025, can_share('岳父', '2019-03-01') AS national;
SELECT step, outcome, source_id, detail FROM explain_can_share('岳父', '2026-03-01', '成都市', '成都市') WHERE rule = 'scope';
SELECT '上海' AS province, can_share('母亲', '2022-07-31', '上海市', '上海市') AS mother_0731, can_share('母亲', '2022-08-01', '上海市', '上海市') AS mother_0801,
       quote(can_share('姐姐', '2024-12-01', '上海市', '上海市')) AS sister_1201, can_share('姐姐', '2024-11-26', '上海市', '上海市') AS sister_1126,
       can_share('姐姐', '2024-12-09', '上海市', '上海市') AS sister_1209;
SELECT '北京' AS province, can_share('儿子', '2021-08-16', '北京市', '北京市') AS son_2021, quote(can_share('儿子', '2022-06-01', '北京市', '北京市')) AS son_2022,
       can_share('儿子', '2022-12-01', '北京市', '北京市') AS son_1201;
WITH c(city) AS (VALUES ('石家庄市'), ('南京市'), ('成都市'), ('杭州市'), ('广州市'), ('合肥市'))
SELECT region_province(c.city) AS province, quote(can_share('孙子', '2024-07-31', c.city, c.city)) AS grandson_0731,
       quote(can_share('孙子', '2024-08-15', c.city, c.city)) AS grandson_0815, quote(can_share('孙子', '2024-10-20', c.city, c.city)) AS grandson_1020,
       quote(can_share('孙子', '2024-11-26', c.city, c.city)) AS grandson_1126, quote(can_share('孙子', '2024-12-09', c.city, c.city)) AS grandson_1209
FROM c;

-- Pools as they are: 海南 one pool, the 兵团 its own province.
SELECT region_code('海口市') AS haikou, region_code('三亚市') AS sanya, region_code('469002') AS qionghai, region_code('海南省本级') AS old_pool,
       region_code('石河子市') AS shihezi, region_province('石河子市') AS geography;
SELECT step, rule, outcome, detail FROM explain_can_share('配偶', '2025-03-01', '海口市', '三亚市') WHERE rule IN ('place', 'outcome');
SELECT can_share('配偶', '2025-03-01', '海南省', '海口市') AS province_is_the_pool, region_enabled('海口市', '2025-06-30') AS haikou_0630;
SELECT step, rule, outcome, detail FROM explain_can_share('配偶', '2025-05-08', '石河子市', '乌鲁木齐市') WHERE rule IN ('place', 'payer_region', 'relative_region');
SELECT code, name, level, province_code, pool FROM shebao_regions WHERE code IN ('460000', '460100', '469030', '660000', '659001') ORDER BY code;
SELECT count(*) AS id_prefix_66 FROM shebao_id_prefixes WHERE prefix = '66';

-- The notice of 2026-01-09: what it changes, in the explanation of a cross-province case from that day.
SELECT step, rule, outcome, source_id FROM explain_can_share('配偶', '2026-01-08', '苏州市', '成都市') WHERE step > 6;
SELECT step, rule, outcome, source_id FROM explain_can_share('配偶', '2026-01-09', '苏州市', '成都市') WHERE step > 6;
SELECT title, issuer, published, quote(doc_number) AS doc_number, firmness FROM shebao_sources WHERE source_id = 'nhsa-mof-2026-01-09';

-- Certification as the regions wrote it, with month ends and leap days.
CREATE TEMP TABLE certs(r TEXT, d TEXT);
INSERT INTO certs VALUES ('重庆', '2020-05-10'), ('重庆', '2024-02-29'), ('重庆', '2024-01-31'), ('重庆', '2023-03-31'),
  ('中山', '2024-03-31'), ('中山', '2024-04-01'), ('中山', '2024-06-20'), ('中山', '2024-06-21'), ('中山', '2023-12-31'),
  ('陕西:employee', '2020-12-31'), ('陕西:employee', '2021-01-01'), ('陕西:employee', '2024-02-29'), ('陕西:resident', '2024-02-29'),
  ('广西', '2024-02-29'), ('广西:dependant', '2024-02-29'), ('广西:dependant', '2024-08-31'), ('广东', '2024-01-31'),
  ('福建:employee', '2024-02-29'), ('福建:resident', '2024-02-29'), ('泉州:employee', '2024-02-29'), ('泉州:resident', '2024-02-29'),
  ('厦门:employee', '2024-02-29'), ('江门', '2018-06-30'), ('江门', '2018-07-01'), ('000000', '2024-03-15');
SELECT r, d, next_cert_deadline(d, r) AS deadline,
       (SELECT rule FROM explain_cert_deadline(d, r) WHERE rule NOT IN ('rule_or_region', 'scheme', 'assignment') LIMIT 1) AS rule,
       (SELECT outcome FROM explain_cert_deadline(d, r) WHERE rule = 'alternative') AS alternative
FROM certs;
SELECT rule, outcome, source_id, source_firmness FROM explain_cert_deadline('2024-03-15', '中山市') WHERE rule IN ('assignment', 'window_0401_0620');
SELECT rule, outcome, detail FROM explain_cert_deadline('2019-08-20', '重庆') WHERE rule = 'first_cycle';
SELECT rule, outcome, detail FROM explain_cert_deadline('2024-02-29', '福建省:employee') WHERE rule = 'first_cycle';
SELECT cert_status('2024-03-15', '2024-05-21', '中山') AS may_window, cert_status('2024-03-15', '2024-06-21', '中山') AS after_window;

-- How firm every source is: every default source says it, every explanation row that cites a source shows it.
SELECT firmness, count(*) AS sources FROM shebao_sources WHERE layer = 'default' GROUP BY firmness ORDER BY firmness;
SELECT count(*) AS unstated FROM shebao_sources WHERE firmness IS NULL;
SELECT count(*) AS rows_, count(source_firmness) AS with_firmness FROM explain_can_share('祖父', '2024-11-01', '广州市', '苏州市') WHERE source_id IS NOT NULL;

-- A layer table made by shebao 0.1 cannot be read, and the problem says how to upgrade it; after the ALTER it
-- is read again (each step in a new connection to the database file, as an application would open it).
.open build/old-layer.db
CREATE TABLE shebao_policy_sources (source_id TEXT PRIMARY KEY, doc_number TEXT, title TEXT NOT NULL, issuer TEXT,
  published TEXT, effective TEXT, url TEXT, note TEXT);
INSERT INTO shebao_policy_sources(source_id, title) VALUES ('old-notice', 'a notice of the old layer');
.load ./dist/shebao
SELECT layer, table_name, quote(row) AS row_, problem FROM shebao_check;
ALTER TABLE main.shebao_policy_sources ADD COLUMN firmness TEXT CHECK (firmness IN ('official', 'secondary', 'derived', ''));
.open build/old-layer.db
.load ./dist/shebao
SELECT count(*) AS problems_after_upgrade FROM shebao_check;
SELECT source_id, quote(firmness) AS firmness, layer FROM shebao_sources WHERE source_id = 'old-notice';
