-- A write to a layer is checked as strictly as the index build: whatever the build would refuse in the policy
-- that results, the write refuses, with the same words. Errors verbatim (.bail off).
.bail off
.load ./dist/shebao
.mode list
.headers on
SELECT shebao_create_layer('main') AS main_tables, shebao_create_layer('temp') AS temp_tables;
INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('my-notice', '某市医保局通知');
-- a key longer than any the index holds (a 1,100-byte term)
INSERT INTO main.shebao_policy_relation_terms VALUES (printf('%.1100c', '长'), '10', NULL, 'zh', 'my-notice');
INSERT INTO main.shebao_policy_parameters VALUES (printf('%.600c', 'p'), '000000', NULL, '16', 'years', NULL, 'my-notice', NULL);
-- a kin_path with more alternatives than a decision keeps apart (four): refused, not read in part
INSERT INTO main.shebao_policy_relation_terms VALUES ('五种读法', NULL, 'p|c|s|pc|cc', 'zh', 'my-notice');
INSERT INTO main.shebao_policy_relation_terms VALUES ('四种读法', NULL, 'pf|pm|c|s', 'zh', 'my-notice');
SELECT is_near_relative('四种读法') AS four_readings, relation_code('五种读法') AS five_refused;
DELETE FROM main.shebao_policy_relation_terms;
-- a period that overlaps one of the same key: the default's legal marriage age for men, 1981-01-01 to 2020-12-31
-- (region enablement and sharing scopes are not periods but observations of a day, which may overlap)
INSERT INTO main.shebao_policy_parameters VALUES ('marriage_min_age_male', '000000', '2010-01-01', '23', 'years', NULL, 'my-notice', NULL);
-- ... also one written earlier in the same layer, or in the same statement
INSERT INTO main.shebao_policy_parameters VALUES ('wallet_transfers_per_day', '320100', '2025-03-01', '5', 'transfers', '2025-12-31', 'my-notice', NULL);
INSERT INTO main.shebao_policy_parameters VALUES ('wallet_transfers_per_day', '320100', '2025-06-01', '6', 'transfers', NULL, 'my-notice', NULL);
INSERT INTO main.shebao_policy_parameters VALUES ('wallet_transfers_per_day', '320200', '2025-03-01', '5', 'transfers', NULL, 'my-notice', NULL),
  ('wallet_transfers_per_day', '320200', '2025-04-01', '6', 'transfers', NULL, 'my-notice', NULL);
-- ... and a TEMP row against a main row of the same key
INSERT INTO temp.shebao_policy_parameters VALUES ('wallet_transfers_per_day', '320100', '2025-01-01', '4', 'transfers', '2025-03-01', 'my-notice', 'what if');
-- what does not overlap is taken: a row that replaces the default's (the same key), the next period, an UPDATE
-- of a row in its own place, a retraction and the period it frees
INSERT INTO main.shebao_policy_parameters VALUES ('marriage_min_age_male', '000000', '2021-01-01', '22', 'years', '2024-12-31', 'my-notice', 'ended');
INSERT INTO main.shebao_policy_parameters VALUES ('marriage_min_age_male', '000000', '2025-01-01', '22', 'years', NULL, 'my-notice', 'again');
INSERT INTO main.shebao_policy_parameters VALUES ('wallet_transfers_per_day', '320100', '2026-01-01', '7', 'transfers', NULL, 'my-notice', NULL);
UPDATE main.shebao_policy_parameters SET note = 'checked in its own place' WHERE region_code = '320100';
UPDATE main.shebao_policy_parameters SET valid_to = '2026-06-30' WHERE region_code = '320100' AND valid_from = '2025-03-01';
INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_parameters', 'wallet_transfers_per_day|320100|2026-01-01', 'my-notice', 'what if');
UPDATE main.shebao_policy_parameters SET valid_to = '2026-06-30' WHERE region_code = '320100' AND valid_from = '2025-03-01';
SELECT value AS while_retracted FROM shebao_parameters
 WHERE name = 'wallet_transfers_per_day' AND region_code = '320100' AND valid_from <= '2026-03-01' AND coalesce(valid_to, '9999') >= '2026-03-01';
-- (a DELETE is not refused: without the retraction the periods overlap again, and the policy says so)
DELETE FROM temp.shebao_policy_retractions;
SELECT column_name, value, problem FROM shebao_check;
UPDATE main.shebao_policy_parameters SET valid_to = '2025-12-31' WHERE region_code = '320100' AND valid_from = '2025-03-01';
SELECT name, region_code, valid_from, valid_to, note FROM main.shebao_policy_parameters ORDER BY name, region_code, valid_from;
-- a retraction must retract a row of a lower layer
INSERT INTO main.shebao_policy_retractions VALUES ('shebao_policy_relation_terms', '没有这个词', 'my-notice', NULL);
INSERT INTO main.shebao_policy_retractions VALUES ('shebao_policy_region_enablement', '320500|cross_province', 'my-notice', NULL);
INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_parameters', 'wallet_transfers_per_day|320100|2026-01-01', 'my-notice', NULL);
INSERT INTO main.shebao_policy_retractions VALUES ('shebao_policy_relation_terms', '外婆', 'my-notice', NULL);
INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_relation_terms', '外婆', 'my-notice', NULL);
-- a reference names what is in effect: not a source that a layer retracts
INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_sources', 'my-notice', 'civil-code', NULL);
INSERT INTO temp.shebao_policy_region_enablement VALUES ('320300', 'cross_province', '2025-03-01', NULL, 'exact', 'my-notice', NULL);
DELETE FROM temp.shebao_policy_retractions;
INSERT INTO temp.shebao_policy_region_enablement VALUES ('320300', 'cross_province', '2025-03-01', NULL, 'exact', 'my-notice', NULL);
-- nothing refused reached the policy: it is clean, and the other regions answer
SELECT count(*) AS problems FROM shebao_check;
SELECT region_enabled('苏州市', '2024-12-15') AS suzhou_december, region_enabled('南京市', '2025-08-01') AS nanjing,
       region_enabled('徐州市', '2025-03-01') AS xuzhou, region_enabled('太原市', '2025-03-01') AS taiyuan,
       relation_code('外婆') AS retracted_term;
-- what a write has found stays found only while nothing takes it away: here the source's table is dropped
INSERT INTO temp.shebao_policy_region_enablement VALUES ('320400', 'cross_province', '2025-03-01', NULL, 'exact', 'my-notice', NULL);
DROP TABLE main.shebao_policy_sources;
INSERT INTO temp.shebao_policy_region_enablement VALUES ('320600', 'cross_province', '2025-03-01', NULL, 'exact', 'my-notice', NULL);
