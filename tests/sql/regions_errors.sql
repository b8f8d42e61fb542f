-- Errors of the region functions, verbatim (.bail off: each failing statement prints its message).
.bail off
.load ./dist/shebao
.mode list
SELECT region_enabled('火星市', '2025-01-01');
SELECT region_enabled('吉林', '2025-01-01');
SELECT region_enabled('海南');
SELECT region_enabled('苏州市', '2021-02-31');
SELECT region_enabled('苏州市', '20250101');
SELECT region_enabled('苏州市', 20250101);
SELECT region_enabled(x'e88b8fe5b79e', '2025-01-01');
SELECT region_code(x'e88b8fe5b79e');
SELECT region_enabled('', '2025-01-01');
SELECT region_enabled('苏州市', '');
SELECT 'lookups stay quiet' AS note, region_code('火星市'), region_name('吉林'), region_province(''), region_enabled(NULL), region_enabled('苏州市', NULL);
