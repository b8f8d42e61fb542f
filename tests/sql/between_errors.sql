-- Errors of can_share_between and explain_can_share_between, verbatim: bad input in each argument (NULL, '',
-- blob, integer, real, unknown, ambiguous, malformed date), and the forms of the table. This file runs with
-- .bail off: each failing statement prints its message and the next one runs.
.bail off
.load ./dist/shebao
.mode list
SELECT can_share_between('火星人', '51', '2025-03-01');
SELECT can_share_between('51', '火星人', '2025-03-01');
SELECT can_share_between('', '51', '2025-03-01');
SELECT can_share_between('51', x'3531', '2025-03-01');
SELECT can_share_between(51.0, '61', '2025-03-01');
SELECT can_share_between(51, 98, '2025-03-01');
SELECT can_share_between('fu', '61', '2025-03-01');
SELECT can_share_between('51', 'FU', '2025-03-01');
SELECT can_share_between('51', '61', '2025/03/01');
SELECT can_share_between('51', '61', '2023-02-29');
SELECT can_share_between('51', '61', 20250301);
SELECT can_share_between('51', '61', '2025-03-01', '火星市', '成都市');
SELECT can_share_between('51', '61', '2025-03-01', '苏州市', '吉林');
SELECT can_share_between('51', '61', '2025-03-01', '江苏省', '成都市');
SELECT can_share_between('51', '61', '2025-03-01', 320500, '成都市');
SELECT can_share_between('51', '61', '2025-03-01', '苏州市', 1.5);
SELECT * FROM explain_can_share_between('fu', '61', '2025-03-01');
SELECT * FROM explain_can_share_between('51', '61');
SELECT * FROM explain_can_share_between('51', '61', '2025-03-01', '苏州市');
SELECT * FROM explain_can_share_between WHERE b_to_head = '61';
SELECT * FROM explain_can_share_between('51', '61', 'yesterday');
SELECT * FROM explain_can_share_between('51', '61', '2025-03-01', '苏州市', '吉林');
SELECT 'still running' AS after_errors,
       can_share_between(NULL, '火星人', 'x') IS NULL AS null_in_null_out,
       can_share_between('火星人', '51', NULL) IS NULL AS null_wins_over_an_error,
       (SELECT count(*) FROM explain_can_share_between('51', NULL, '2025-03-01')) AS no_rows_for_null,
       relation_code('fu') IS NULL AS ambiguous_lookup_is_null;
