-- Policy layers, errors verbatim (.bail off): refused rows, a failed import that changes nothing, decisions
-- over broken data.
.bail off
.load ./dist/shebao
.mode list
.headers on
SELECT shebao_create_layer('main');
SELECT shebao_create_layer('attached');
SELECT shebao_create_layer(NULL) AS null_is_null;
.import --csv --skip 1 --schema main fixtures/policy/sources.csv shebao_policy_sources
-- refused rows: impossible date, unknown region, missing source, unknown value, inverted range
INSERT INTO main.shebao_policy_region_enablement VALUES ('320600', 'cross_province', '2025-02-30', NULL, 'exact', 'js-2025-03-batch', NULL);
INSERT INTO main.shebao_policy_region_enablement VALUES ('999999', 'cross_province', '2025-03-01', NULL, 'exact', 'js-2025-03-batch', NULL);
INSERT INTO main.shebao_policy_region_enablement VALUES ('320600', 'cross_province', '2025-03-01', NULL, 'exact', 'no-such-source', NULL);
INSERT INTO main.shebao_policy_region_enablement VALUES ('320600', 'everywhere', '2025-03-01', NULL, 'exact', 'js-2025-03-batch', NULL);
INSERT INTO main.shebao_policy_region_enablement VALUES ('320600', 'cross_province', '2025-03-01', '2025-01-01', 'exact', 'js-2025-03-batch', NULL);
INSERT INTO main.shebao_policy_relation_terms VALUES ('舅姥爷', '98', NULL, 'zh', 'js-2025-03-batch');
UPDATE main.shebao_policy_sources SET published = '2025-13-01';
SELECT count(*) AS enablement_rows FROM main.shebao_policy_region_enablement;
-- a failed import leaves the policy exactly as before: stage the CSV, then insert it in one statement
CREATE TEMP TABLE staging AS SELECT * FROM main.shebao_policy_region_enablement WHERE 0;
.import --csv --skip 1 fixtures/policy/enable-batch-bad.csv staging
INSERT INTO main.shebao_policy_region_enablement SELECT * FROM staging;
SELECT count(*) AS after_failed_import, region_enabled('徐州市', '2025-03-01') AS xuzhou FROM main.shebao_policy_region_enablement;
-- a broken row written past the triggers (as by a connection without shebao) is left out and reported
DROP TRIGGER temp."shebao_main_shebao_policy_region_enablement_check_insert";
INSERT INTO main.shebao_policy_region_enablement VALUES ('320600', 'cross_province', '2025-02-30', NULL, 'exact', 'js-2025-03-batch', NULL);
SELECT layer, table_name, row, column_name, value, problem FROM shebao_check;
SELECT region_enabled('南通市', '2025-03-01');
SELECT can_share('配偶', '2025-03-01', '南通市', '成都市');
SELECT * FROM explain_can_share('配偶', '2025-03-01', '南通市', '成都市');
SELECT 'other decisions still answer' AS note, is_near_relative('外婆'), can_share('配偶', '2025-03-01'), region_code('南通');
DELETE FROM main.shebao_policy_region_enablement WHERE valid_from = '2025-02-30';
SELECT count(*) AS problems_after_fix, region_enabled('南通市', '2025-03-01') AS nantong FROM shebao_check;
