-- Layer tables however made, checked and tracked from the moment shebao is loaded: tables that were there
-- before .load, a new connection that reads a layer table first, tables made by sql/schema.sql or by hand
-- afterwards, a renamed table, a table without a column, a table dropped inside a transaction, and a file
-- that has a table named like shebao's journal. Errors verbatim (.bail off).
.bail off
.mode list
.headers on
-- Layer tables made without shebao (sql/schema.sql), then shebao loaded: the very first write is checked...
.open build/import.db
.read sql/schema.sql
.import --csv --skip 1 --schema main fixtures/policy/sources.csv shebao_policy_sources
.load ./dist/shebao
.import --csv --skip 1 --schema main fixtures/policy/enable-batch-bad.csv shebao_policy_region_enablement
SELECT code, valid_from FROM main.shebao_policy_region_enablement ORDER BY code;
SELECT count(*) AS problems FROM shebao_check;
-- ... and a write before the first call of shebao is undone by ROLLBACK, in the answers too
.open build/before-load.db
.read sql/schema.sql
.import --csv --skip 1 --schema main fixtures/policy/sources.csv shebao_policy_sources
.load ./dist/shebao
BEGIN;
INSERT INTO main.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', NULL, 'exact', 'js-2025-03-batch', NULL);
SELECT region_enabled('南京市', '2025-03-01') AS in_transaction;
ROLLBACK;
SELECT region_enabled('南京市', '2025-03-01') AS after_rollback;
INSERT INTO main.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', NULL, 'exact', 'js-2025-03-batch', NULL);
-- A new connection (as every call of a cluster's shell is) whose first statement reads a layer table.
.open build/before-load.db
.load ./dist/shebao
SELECT region_enabled('南京市', '2025-03-01') AS nanjing, (SELECT count(*) FROM main.shebao_policy_region_enablement) AS rows;
.open build/before-load.db
.load ./dist/shebao
SELECT (SELECT count(*) FROM main.shebao_policy_region_enablement) AS rows, region_enabled('南京市', '2025-03-01') AS nanjing;
SELECT source_id, region_enabled('南京市', '2025-03-01') AS nanjing FROM main.shebao_policy_sources;
-- Tables made after shebao was loaded, by sql/schema.sql: read, validated and tracked at once; checked as
-- they are written once shebao_create_layer has put its guards on them.
.open build/after-load.db
.load ./dist/shebao
SELECT region_enabled('南京市', '2025-03-01') AS before_tables;
.read sql/schema.sql
INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('my-notice', '某市医保局通知');
INSERT INTO main.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', NULL, 'exact', 'my-notice', NULL);
SELECT region_enabled('南京市', '2025-03-01') AS from_new_table;
INSERT INTO main.shebao_policy_region_enablement VALUES ('320200', 'cross_province', '2025-02-30', NULL, 'exact', 'my-notice', NULL);
SELECT layer, table_name, row, column_name, value, problem FROM shebao_check;
DELETE FROM main.shebao_policy_region_enablement WHERE code = '320200';
SELECT shebao_create_layer('main') AS guarded;
INSERT INTO main.shebao_policy_region_enablement VALUES ('320200', 'cross_province', '2025-02-30', NULL, 'exact', 'my-notice', NULL);
-- a what-if table made by hand inside a transaction takes effect, and is gone with the ROLLBACK
BEGIN;
CREATE TABLE temp.shebao_policy_retractions(table_name TEXT, key TEXT, source_id TEXT, note TEXT);
INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_region_enablement', '320100|cross_province|2025-03-01', 'my-notice', 'what if not');
SELECT region_enabled('南京市', '2025-03-01') AS hand_made_what_if;
ROLLBACK;
SELECT region_enabled('南京市', '2025-03-01') AS after_rollback;
-- A table dropped inside a transaction is no longer read; ROLLBACK brings it back.
BEGIN;
DROP TABLE main.shebao_policy_region_enablement;
SELECT region_enabled('南京市', '2025-03-01') AS table_dropped;
ROLLBACK;
SELECT region_enabled('南京市', '2025-03-01') AS table_back;
INSERT INTO main.shebao_policy_region_enablement VALUES ('320200', 'cross_province', '2025-02-30', NULL, 'exact', 'my-notice', NULL);
-- A renamed table takes its guards with it no more: shebao_create_layer makes the table again, guarded, and
-- the renamed one is a table like any other.
ALTER TABLE main.shebao_policy_sources RENAME TO old_sources;
SELECT shebao_create_layer('main') AS tables;
INSERT INTO main.shebao_policy_sources(source_id, title, published) VALUES ('bad-date', 'x', '2025-13-01');
INSERT INTO old_sources(source_id, title, published) VALUES ('bad-date', 'x', '2025-13-01');
SELECT count(*) AS guards_on_old_sources FROM temp.sqlite_schema WHERE type = 'trigger' AND tbl_name = 'old_sources';
-- A table without a column of sql/schema.sql: reported, its rows left out, its writes refused.
.open build/missing-column.db
CREATE TABLE shebao_policy_sources(source_id TEXT PRIMARY KEY, doc_number TEXT, title TEXT NOT NULL, issuer TEXT, published TEXT, effective TEXT, url TEXT, note TEXT);
CREATE TABLE shebao_policy_region_enablement(code TEXT, scope TEXT, valid_from TEXT, valid_to TEXT, precision TEXT, source_id TEXT);
INSERT INTO shebao_policy_sources(source_id, title) VALUES ('my-notice', '某市医保局通知');
INSERT INTO shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', NULL, 'exact', 'my-notice');
.load ./dist/shebao
SELECT layer, table_name, row, column_name, value, problem FROM shebao_check;
SELECT region_enabled('南京市', '2025-03-01');
INSERT INTO shebao_policy_region_enablement VALUES ('320200', 'cross_province', '2025-03-01', NULL, 'exact', 'my-notice');
SELECT region_code('南京') AS lookups_still_answer;
-- A file with a table named like shebao's journal: the journal is shebao's own, in TEMP; ROLLBACK undoes a
-- what-if all the same, and nothing is written to the file's table.
.open build/journal-named.db
CREATE TABLE shebao_layer_journal(change);
.load ./dist/shebao
SELECT shebao_create_layer('main') AS main_tables, shebao_create_layer('temp') AS temp_tables;
INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('my-notice', '某市医保局通知');
BEGIN;
INSERT INTO temp.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', NULL, 'exact', 'my-notice', 'what if');
SELECT region_enabled('南京市', '2025-03-01') AS what_if;
ROLLBACK;
SELECT region_enabled('南京市', '2025-03-01') AS after_rollback, (SELECT count(*) FROM main.shebao_layer_journal) AS file_table_rows;
