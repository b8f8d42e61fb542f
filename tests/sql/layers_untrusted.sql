-- Policy layers with PRAGMA trusted_schema=OFF, which SQLite advises for applications and which the current
-- sqlite3 shell (3.52) sets by default while 3.40's does not: shebao's TEMP triggers on the layer tables write
-- to shebao_layer_journal and call shebao_check_row, and both must be allowed there. Runs in every shell.
.bail on
.load ./dist/shebao
.mode list
.headers on
PRAGMA trusted_schema = OFF;
SELECT shebao_create_layer('main') AS main_tables, shebao_create_layer('temp') AS temp_tables;
INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('my-notice', '某市医保局通知');
INSERT INTO main.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', NULL, 'exact', 'my-notice', NULL);
SELECT region_enabled('南京市', '2025-02-28') AS before, region_enabled('南京市', '2025-03-01') AS from_notice;
BEGIN;
INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_region_enablement', '320100|cross_province|2025-03-01', 'my-notice', 'what if not');
SELECT region_enabled('南京市', '2025-03-01') AS what_if;
ROLLBACK;
SELECT region_enabled('南京市', '2025-03-01') AS after_rollback;
.bail off
-- a broken row is refused by the BEFORE trigger, as with trusted_schema=ON
INSERT INTO main.shebao_policy_region_enablement VALUES ('999999', 'cross_province', '2025-03-01', NULL, 'exact', 'my-notice', NULL);
SELECT count(*) AS main_rows FROM main.shebao_policy_region_enablement;
