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
