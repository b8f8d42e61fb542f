-- Every function family of shebao, run through the cluster and through the sqlite3 shell (tests/cluster/run.sh).
-- One statement per line, each a SELECT: the dqlite shell reads a line as one statement and prints rows only
-- for a statement that starts with SELECT. Lines starting with -- are left out.
-- relations
SELECT relation_code('外婆'), relation_code('姥姥'), relation_code('父亲'), relation_code('wife'), relation_code(51), relation_code('1');
SELECT relation_name('61'), relation_name('wife'), relation_code('火星人'), relation_code(NULL), relation_code('');
SELECT is_near_relative('外婆'), is_near_relative('岳父'), is_near_relative('继子'), is_near_relative('养母'), is_near_relative('本人');
SELECT is_near_relative('子', '儿媳'), is_near_relative('02', '10'), is_near_relative('祖父', '孙子');
SELECT is_near_relative('火星人');
SELECT code, name, kin_path, class, near_relative FROM shebao_relations WHERE code IN ('01', '20', '61', '99') ORDER BY code;
SELECT term, code, lang FROM shebao_relation_terms WHERE term IN ('外婆', 'father-in-law', 'wife') ORDER BY term;
-- regions
SELECT region_code('苏州'), region_code('恩施州'), region_code('襄樊市'), region_code('139001'), region_code('河北省本级'), region_code('成都市');
SELECT region_code('火星市'), region_code(NULL), region_code('');
SELECT region_name('320500'), region_province('成都'), region_name('139900'), region_province('恩施州');
SELECT region_code('320508'), region_code('江苏省苏州市姑苏区'), region_code('蘇州市'), region_code('Chengdu'), region_code('鼓楼区'), region_code(320508.0);
SELECT region_enabled('苏州市', '2024-12-01'), region_enabled('苏州市', '2025-03-01'), region_enabled('广州市', '2025-10-15');
SELECT region_enabled('苏州市') IS NOT NULL;
SELECT region_enabled('火星市', '2025-06-01');
SELECT code, name, province, level FROM shebao_regions WHERE code IN ('320500', '510100', '139900') ORDER BY code;
SELECT count(*) > 300 FROM shebao_regions;
SELECT code, scope, valid_from, precision FROM shebao_region_enablement WHERE code IN ('320500', '510100') ORDER BY code, scope, valid_from;
-- sharing
SELECT can_share('本人', '2020-01-01'), can_share('配偶', '2021-04-21'), can_share('配偶', '2021-04-22'), can_share('祖父', '2024-07-31'), can_share('祖父', '2024-08-01');
SELECT can_share('岳父', '2025-01-01'), can_share('继子', '2025-01-01');
SELECT can_share('祖父', '2025-03-01', '苏州市', '成都市'), can_share('配偶', '2025-10-15', '广州市', '成都市'), can_share('父亲', '2025-06-01', '苏州市', '南京市');
SELECT can_share('火星人', '2025-03-01');
SELECT can_share('配偶', '2021-02-31');
SELECT step, rule, outcome, source_id FROM explain_can_share('祖父', '2025-03-01', '苏州市', '成都市');
SELECT region_code, class, valid_from FROM shebao_sharing_scopes WHERE region_code = '000000' ORDER BY class;
-- certification
SELECT next_cert_deadline('2024-03-15'), next_cert_deadline('2024-02-29', 'anniversary'), next_cert_deadline('2024-03-15', 'days_365'), next_cert_deadline('2024-01-31', 'month_end_12');
SELECT cert_status('2024-03-15', '2025-02-01'), cert_status('2024-03-15', '2025-03-10'), cert_status('2024-03-15', '2025-04-01');
SELECT next_cert_deadline('2021-02-31');
SELECT next_cert_deadline('2024-03-15', 'no_such_rule');
SELECT step, rule, outcome FROM explain_cert_deadline('2024-03-15', 'month_end_12');
SELECT rule, implemented FROM shebao_cert_rules ORDER BY rule;
-- identity
SELECT id_valid('11010519491231002X'), id_valid('11010519491231002x'), id_valid('110105194912310021'), id_valid('110105491231002');
SELECT id_normalize('11010519491231002x'), id_normalize('110105491231002'), id_birth_date('11010519491231002X'), id_sex('11010519491231002X'), id_region('11010519491231002X');
SELECT id_age('11010519491231002X', '2024-12-30'), id_age('11010519491231002X', '2024-12-31'), id_age('not an id', '2024-12-31');
SELECT needs_face_photo('2010-05-01', '2025-06-01'), needs_face_photo('2000-05-01', '2025-06-01');
SELECT prefix, name FROM shebao_id_prefixes ORDER BY prefix;
-- policy tables, the check, parameters, version
SELECT count(*) > 10, count(DISTINCT source_id) = count(*) FROM shebao_sources;
SELECT source_id, doc_number, url IS NOT NULL FROM shebao_sources WHERE source_id IN ('civil-code', 'gbt-4761-2008') ORDER BY source_id;
SELECT count(*) FROM shebao_check;
SELECT name, region_code, value, unit FROM shebao_parameters ORDER BY name, region_code;
SELECT count(*) > 0 FROM shebao_cert_assignments;
SELECT count(*) > 0 FROM shebao_cert_facts;
SELECT shebao_version() GLOB '[0-9]*.[0-9]*.[0-9]*';
