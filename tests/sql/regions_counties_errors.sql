-- Errors for the county, script and number forms of a region, verbatim (.bail off: each failing statement
-- prints its message). Decisions raise what lookups answer NULL for; NULL and blank text are NULL in both.
.bail off
.load ./dist/shebao
.mode list
-- ambiguous: the candidates, in code order, counties with the region that covers them
SELECT region_enabled('鼓楼区', '2025-01-01');
SELECT region_enabled('朝阳区', '2025-01-01');
SELECT can_share('配偶', '2025-01-01', '江北区', '苏州市');
SELECT region_enabled('江苏省鼓楼区', '2025-01-01');
SELECT region_enabled('Suzhou', '2025-01-01');
SELECT region_enabled('shanxi', '2025-01-01');
SELECT region_enabled('巢湖市', '2025-01-01');
SELECT region_enabled('鼓樓區', '2025-01-01');
-- unknown: the nearest names, or where the accepted ones are listed
SELECT region_enabled('浦东', '2025-01-01');
SELECT region_enabled('江苏省苏州市姑苏区观前街', '2025-01-01');
SELECT region_enabled('恩施土家', '2025-01-01');
SELECT region_enabled('Chengd', '2025-01-01');
SELECT region_enabled('320502', '2025-01-01');
SELECT region_enabled('火星市', '2025-01-01');
SELECT region_enabled('Gusu', '2025-01-01');
SELECT region_enabled('江苏省杭州市西湖区', '2025-01-01');
-- numbers: a whole number is the code it equals; any other is no code
SELECT region_enabled(320508, '2025-01-01') AS int_code, region_enabled(320508.0, '2025-01-01') AS real_code;
SELECT region_enabled(320508.5, '2025-01-01');
SELECT region_enabled(-320508, '2025-01-01');
SELECT region_enabled(1e300, '2025-01-01');
SELECT region_enabled(320502, '2025-01-01');
SELECT region_enabled(x'333230353038', '2025-01-01');
-- NULL and blank text: NULL, in decisions too
SELECT 'blank is NULL' AS note, region_enabled(NULL, '2025-01-01'), region_enabled('', '2025-01-01'),
       region_enabled(' 　', '2025-01-01'), can_share('配偶', '2025-01-01', '', '苏州市');
SELECT 'lookups stay quiet' AS note, region_code('鼓楼区'), region_code('浦东'), region_code(320508.5), region_code(''),
       region_name('Suzhou'), region_province('江苏省杭州市西湖区');
