-- Policy layers through the real shell: a persistent layer with replacements and retractions, a what-if in
-- TEMP undone by ROLLBACK and ROLLBACK TO, and what shebao_check says.
.bail on
.load ./dist/shebao
.mode list
.headers on
SELECT shebao_create_layer('main') AS main_tables, shebao_create_layer('temp') AS temp_tables;
SELECT count(*) AS problems FROM shebao_check;
-- a newer batch, imported from CSV into the main layer
.import --csv --skip 1 --schema main fixtures/policy/sources.csv shebao_policy_sources
.import --csv --skip 1 --schema main fixtures/policy/enable-batch.csv shebao_policy_region_enablement
SELECT region_enabled('南京市', '2025-02-28') AS before_batch, region_enabled('南京市', '2025-03-01') AS from_batch,
       can_share('配偶', '2025-03-01', '南京市', '成都市') AS nanjing_chengdu;
SELECT code, name, cross_province_from, cross_province_precision, cross_province_source FROM shebao_regions WHERE code = '320100';
SELECT code, valid_from, source_id, layer FROM shebao_region_enablement WHERE layer = 'main' ORDER BY code;
-- a regional certification rule
.import --csv --skip 1 --schema main fixtures/policy/cert-rule.csv shebao_policy_cert_assignments
SELECT next_cert_deadline('2026-03-15', '南京市:employee') AS employee, next_cert_deadline('2026-03-15', '南京市:resident') AS resident,
       next_cert_deadline('2025-03-15', '南京市:employee') AS before_rule;
-- a row with the same key replaces the default's: 石家庄 from 2024-12-02 to 2024-12-31 only, instead of on by
-- 2024-12-02; 河北's province-wide row (on by 2025-02-04) still applies after
INSERT INTO main.shebao_policy_region_enablement VALUES ('130100', 'cross_province', '2024-12-02', '2024-12-31', 'exact', 'js-2025-03-batch', 'ended');
SELECT region_enabled('石家庄市', '2024-12-31') AS dec31, region_enabled('石家庄市', '2025-01-01') AS jan1, region_enabled('石家庄市', '2025-02-04') AS province_wide;
-- a retraction removes a default row
INSERT INTO main.shebao_policy_retractions VALUES ('shebao_policy_relation_terms', '外婆', 'js-2025-03-batch', 'example');
SELECT relation_code('外婆') AS retracted_term, relation_code('外祖母') AS standard_name_stays;
DELETE FROM main.shebao_policy_retractions;
SELECT relation_code('外婆') AS term_back;
-- what-if in TEMP, undone by ROLLBACK
BEGIN;
INSERT INTO temp.shebao_policy_region_enablement VALUES ('440000', 'cross_province', '2025-10-01', NULL, 'exact', 'js-2025-03-batch', 'what if 广东 joined on 2025-10-01');
SELECT region_enabled('广州市', '2025-10-15') AS what_if;
ROLLBACK;
SELECT quote(region_enabled('广州市', '2025-10-15')) AS after_rollback;
-- and by ROLLBACK TO a savepoint
BEGIN;
SAVEPOINT before_change;
INSERT INTO temp.shebao_policy_sharing_scopes VALUES ('320000', 'sibling', '2024-10-20', NULL, 'off', 'js-2025-03-batch', 'what if 江苏 had not adopted it by then');
SELECT can_share('姐姐', '2024-10-20', '苏州市', '苏州市') AS in_savepoint;
ROLLBACK TO before_change;
SELECT can_share('姐姐', '2024-10-20', '苏州市', '苏州市') AS after_rollback_to;
COMMIT;
-- TEMP over main: a temp row replaces the main row of the same key
INSERT INTO temp.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', '2025-03-31', 'exact', 'js-2025-03-batch', 'what if it ended');
SELECT region_enabled('南京市', '2025-04-01') AS temp_over_main;
SELECT layer, valid_to FROM shebao_region_enablement WHERE code = '320100';
DELETE FROM temp.shebao_policy_region_enablement;
SELECT region_enabled('南京市', '2025-04-01') AS main_again;
-- a row that breaks later: its source is deleted
DELETE FROM main.shebao_policy_sources WHERE source_id = 'js-2025-03-batch';
SELECT layer, table_name, row, column_name, value, problem FROM shebao_check ORDER BY table_name, row;
SELECT region_code('南京') AS lookups_still_answer;
