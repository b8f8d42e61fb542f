-- Errors of can_share and explain_can_share, verbatim (.bail off).
.bail off
.load ./dist/shebao
.mode list
SELECT can_share('火星人', '2025-01-01');
SELECT can_share('配偶', '2025-02-30');
SELECT can_share('配偶', '2025.01.01');
SELECT can_share('配偶', '2025-01-01', '火星市', '苏州市');
SELECT can_share('配偶', '2025-01-01', '苏州市', '吉林');
SELECT can_share('配偶', '2025-01-01', '江苏省', '苏州市');
SELECT can_share('配偶', '2025-01-01', '苏州市', x'00');
SELECT * FROM explain_can_share('火星人', '2025-01-01');
SELECT * FROM explain_can_share('配偶');
SELECT * FROM explain_can_share('配偶', '2025-01-01', '苏州市');
SELECT * FROM explain_can_share('配偶', '2025-13-01', '苏州市', '成都市');
SELECT * FROM explain_can_share WHERE on_date = '2025-01-01';
SELECT 'NULL in, NULL out' AS note, can_share(NULL, '2025-01-01'), can_share('配偶', NULL), can_share('配偶', '2025-01-01', NULL, '苏州市'),
       (SELECT count(*) FROM explain_can_share('配偶', NULL)) AS explain_rows;
-- A place rule the data breaks: a value that is no kind of mutual aid, a rule retracted. The national form has
-- no place rule and still answers.
SELECT shebao_create_layer('temp');
INSERT INTO temp.shebao_policy_parameters VALUES
  ('sharing_place_same_province', '000000', NULL, 'everywhere', NULL, NULL, 'gbf-2021-14', NULL);
INSERT INTO temp.shebao_policy_retractions VALUES
  ('shebao_policy_parameters', 'sharing_place_cross_province|000000|', 'gbf-2021-14', NULL);
SELECT can_share('配偶', '2025-03-01', '苏州市', '南京市');
SELECT * FROM explain_can_share('配偶', '2025-03-01', '苏州市', '南京市');
SELECT can_share('配偶', '2025-03-01', '苏州市', '成都市');
SELECT can_share('配偶', '2025-03-01', '苏州市', '苏州市'), can_share('配偶', '2025-03-01');
