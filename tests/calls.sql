-- Every SQL function form and every table of shebao, with a good call: the list that the reliability tests go
-- through. Adding a function or a table to shebao means adding its row here; the tests compare this list
-- with pragma_function_list and pragma_module_list and FAIL for anything registered without a row.
--
--   tests/sql/bad_input.sql      the bad-input matrix through the shell, verbatim (golden file)
--   tests/unit/test_matrix.c     the same matrix in-process, checked against the error policy
--   tests/unit/test_alloc.c      every call with the Nth allocation failing, N = 1, 2, ...
--   tests/threads/threads.c      every call from 8 threads at once
--
-- Columns:
--   name    the function or module
--   narg    the function's number of arguments; for a table-valued function, how many it is given
--   kind    'lookup'   NULL for what it does not recognise; an error only for a blob
--           'decision' an error naming the function, quoting the value and naming the argument
--           'table'    a table-valued function: a decision, as rows
--           'view'     a policy table; params are columns it is searched by (WHERE col = value)
--           'other'    no arguments
--   params  the argument names as error messages name them (a view: its columns), comma-separated
--   a1..a4  the arguments of a good call (a view: a value for each column in params)
--   note    why the row is there, when it is not obvious
CREATE TEMP TABLE IF NOT EXISTS shebao_calls(name TEXT, narg INT, kind TEXT, params TEXT, a1, a2, a3, a4, note TEXT);
INSERT INTO shebao_calls VALUES
  ('shebao_version',    0, 'other',    '', NULL, NULL, NULL, NULL, NULL),
  ('relation_code',     1, 'lookup',   'term', '外婆', NULL, NULL, NULL, NULL),
  ('relation_name',     1, 'lookup',   'code_or_term', '64', NULL, NULL, NULL, NULL),
  ('is_near_relative',  1, 'decision', 'relation', '外婆', NULL, NULL, NULL, NULL),
  ('is_near_relative',  2, 'decision', 'a_to_head,b_to_head', '20', '51', NULL, NULL, NULL),
  ('region_code',       1, 'lookup',   'code_or_name', '恩施州', NULL, NULL, NULL, NULL),
  ('region_name',       1, 'lookup',   'code_or_name', '139002', NULL, NULL, NULL, NULL),
  ('region_province',   1, 'lookup',   'code_or_name', '潜江市', NULL, NULL, NULL, NULL),
  ('region_enabled',    1, 'decision', 'region', '苏州市', NULL, NULL, NULL, 'reads the clock'),
  ('region_enabled',    2, 'decision', 'region,on_date', '苏州市', '2024-12-02', NULL, NULL, NULL),
  ('can_share',         2, 'decision', 'relation,on_date', '祖父', '2024-08-01', NULL, NULL, NULL),
  ('can_share',         4, 'decision', 'relation,on_date,payer_region,relative_region',
                                       '祖父', '2025-03-01', '苏州市', '成都市', NULL),
  ('explain_can_share', 2, 'table',    'relation,on_date', '继母', '2021-04-22', NULL, NULL, NULL),
  ('explain_can_share', 4, 'table',    'relation,on_date,payer_region,relative_region',
                                       '27', '2025-09-22', '南京市', '杭州市', 'two readings, two provinces'),
  ('shebao_sources',    0, 'view',     'source_id,title', 'civil-code', '中华人民共和国民法典', NULL, NULL, NULL),
  ('shebao_relations',  0, 'view',     'code,name', '27', '养子或继子', NULL, NULL, NULL),
  ('shebao_relation_terms', 0, 'view', 'term,code', '外婆', '64', NULL, NULL, NULL),
  ('shebao_regions',    0, 'view',     'code,province,province_code', '320500', '江苏省', '320000', NULL, NULL),
  ('shebao_region_enablement', 0, 'view', 'code,valid_from', '000000', '2026-01-09', NULL, NULL, NULL),
  ('shebao_sharing_scopes', 0, 'view', 'region_code,class', '510000', 'spouse', NULL, NULL, NULL),
  ('shebao_parameters', 0, 'view',     'name,region_code', 'face_photo_age_line', '000000', NULL, NULL, NULL);

-- The bad input every argument (and every searched column) is given in turn, the others staying good:
-- label, and the SQL expression that makes the value.
CREATE TEMP TABLE IF NOT EXISTS shebao_bad_values(label TEXT, expr TEXT);
INSERT INTO shebao_bad_values VALUES
  ('NULL', 'NULL'),
  ('integer', '51'),
  ('negative integer', '-9223372036854775808'),
  ('real', '51.5'),
  ('huge real', '1e300'),
  ('blob', 'x''3531'''),
  ('empty blob', 'zeroblob(0)'),
  ('empty string', ''''''),
  ('spaces', ''' ' || char(9, 12288, 160) || ' '''),
  ('1 MB string', 'printf(''%.*c'', 1000000, ''x'')'),
  ('1 MB of spaces', 'printf(''%.*c'', 1000000, '' '')'),
  ('invalid UTF-8', 'cast(x''ff'' AS TEXT)'),
  ('truncated UTF-8', 'cast(x''e5a4'' AS TEXT)'),
  ('embedded NUL', 'cast(x''3531003531'' AS TEXT)'),
  ('full-width digits', '''２０２４－０３－１５'''),
  ('impossible date', '''2023-02-29'''),
  ('date far before any policy', '''0001-01-01'''),
  ('date far after any policy', '''9999-12-31'''),
  ('datetime with zone', '''2024-12-02T23:59:59+08:00''');
