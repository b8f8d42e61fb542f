-- Errors of binding_ok and explain_binding, verbatim (.bail off). An identity number that is not valid is no
-- error: the request cannot be granted (0, and explain_binding says why). What cannot be read is an error: a
-- blob, an unknown relation or region, a malformed date, policy data that breaks the checks.
.bail off
.load ./dist/shebao
.mode list
.nullvalue NULL
SELECT binding_ok('110105198001010016', x'3131', '母亲', '2025-03-01');
SELECT binding_ok(x'00', '110105195503020026', '母亲', '2025-03-01');
SELECT binding_ok('110105198001010016', '110105195503020026', '火星人', '2025-03-01');
SELECT binding_ok('110105198001010016', '110105195503020026', '母亲', '2025-02-29');
SELECT binding_ok('110105198001010016', '110105195503020026', '母亲', '2025/03/01');
SELECT binding_ok('110105198001010016', '110105195503020026', '母亲', '2025-03-01', '火星市', '成都市');
SELECT binding_ok('110105198001010016', '110105195503020026', '母亲', '2025-03-01', '苏州市', '吉林');
SELECT binding_ok('110105198001010016', '110105195503020026', '母亲', '2025-03-01', '江苏省', '成都市');
SELECT * FROM explain_binding('110105198001010016', '110105195503020026', '母亲');
SELECT * FROM explain_binding('110105198001010016', '110105195503020026', '母亲', '2025-03-01', '苏州市');
SELECT * FROM explain_binding('110105198001010016', '110105195503020026', '火星人', '2025-03-01');
SELECT * FROM explain_binding WHERE relation = '母亲';
-- Not errors: what is not a valid number gives 0; NULL or a blank cell gives NULL (no rows from the table).
SELECT binding_ok('火星人', '110105195503020026', '母亲', '2025-03-01') AS not_a_number,
       binding_ok('110105198001010016', 110105195503020026.0, '母亲', '2025-03-01') AS a_real,
       binding_ok('110105198001010016', '', '火星人', '2025-03-01') AS blank_wins,
       binding_ok(NULL, x'00', '火星人', 'x') AS null_wins,
       (SELECT count(*) FROM explain_binding('110105198001010016', ' ', '母亲', '2025-03-01')) AS explain_rows;
SELECT detail FROM explain_binding('火星人', '110105195503020026', '母亲', '2025-03-01') WHERE rule = 'payer_id';
SELECT detail FROM explain_binding(printf('%.*c', 100000, '1'), '110105195503020026', '母亲', '2025-03-01')
  WHERE rule = 'payer_id';
-- Policy data that breaks the checks, in a layer: a list of another unit, a marriage age that is no number.
SELECT shebao_create_layer('temp') > 0 AS layer;
INSERT INTO temp.shebao_policy_sources(source_id, title) VALUES ('broken', 'a broken layer');
INSERT INTO temp.shebao_policy_parameters VALUES ('relation_female', '000000', NULL, '58', 'codes', NULL, 'broken', NULL);
SELECT binding_ok('110105198001010016', '110105195503020026', '继母', '2025-03-01');
SELECT binding_ok('110105198001010016', '110105195503020026', '母亲', '2025-03-01') AS kin_path_says_it;
DELETE FROM temp.shebao_policy_parameters;
INSERT INTO temp.shebao_policy_parameters VALUES ('marriage_min_age_female', '000000', '2021-01-01', 'twenty', 'years', NULL, 'broken', NULL);
SELECT binding_ok('110105198001010016', '110105198206150020', '妻子', '2025-03-01');
SELECT binding_ok('110105198001010016', '110105195503020026', '母亲', '2025-03-01') AS not_a_spouse_still_answers;
DELETE FROM temp.shebao_policy_parameters;
-- A layer that removes a list: the check it made is no longer made (a man as 'grandmother' is then not refused
-- on sex); what the kin paths say stays (a man as 母亲 is).
INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_parameters', 'relation_female|000000|', 'broken', NULL);
SELECT binding_ok('110105198001010016', '110105193001010013', 'grandmother', '2025-03-01') AS without_the_list,
       binding_ok('110105198001010016', '110105195503020018', '母亲', '2025-03-01') AS by_the_kin_path;
