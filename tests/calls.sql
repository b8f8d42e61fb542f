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
--   narg    the function's registered number of arguments (-1: any number); a table: 0
--   kind    'lookup'   NULL for what it does not recognise; an error only for a blob
--           'decision' an error naming the function, quoting the value and naming the argument for what it
--                      cannot interpret (an argument marked '?' in params is read as a lookup reads it)
--           'table'    a table-valued function: a decision, as rows
--           'view'     a policy table; params are columns it is searched by (WHERE col = value)
--           'window'   a window function, called as f(...) OVER (): a decision, row by row
--           'internal' called by shebao's own triggers: its errors refuse a row (checked only for crashes,
--                      result codes and readable messages); NULL is a value like any other for it
--           'report'   returns as text the error of the call it names (shebao_problem): its good call reports a
--                      problem; with bad values, checked for crashes, result codes and readable messages
--           'other'    no arguments
--   params  the arguments, as error messages name them (a view: its columns), comma-separated, '?' after one
--           read as a lookup reads it, '!' after one whose NULL is a value (received_at: not received); the call
--           passes one argument per name, so a table-valued function or a function of any number of
--           arguments has a row per form it is called with
--   a1..a6  the arguments of a good call (a view: a value for each column in params)
--
-- Rows that change the connection (shebao_create_layer makes a TEMP layer) come last: the calls before them
-- answer from the embedded default.
CREATE TEMP TABLE IF NOT EXISTS shebao_calls(name TEXT, narg INT, kind TEXT, params TEXT, a1, a2, a3, a4, a5, a6);
INSERT INTO shebao_calls VALUES
  ('shebao_version',    0, 'other',    '', NULL, NULL, NULL, NULL, NULL, NULL),
  ('relation_code',     1, 'lookup',   'term', '外婆', NULL, NULL, NULL, NULL, NULL),
  ('relation_name',     1, 'lookup',   'code_or_term', '64', NULL, NULL, NULL, NULL, NULL),
  ('is_near_relative',  1, 'decision', 'relation', '外婆', NULL, NULL, NULL, NULL, NULL),
  ('is_near_relative',  2, 'decision', 'a_to_head,b_to_head', '20', '51', NULL, NULL, NULL, NULL),
  ('region_code',       1, 'lookup',   'code_or_name', '恩施州', NULL, NULL, NULL, NULL, NULL),
  ('region_name',       1, 'lookup',   'code_or_name', '139002', NULL, NULL, NULL, NULL, NULL),
  ('region_province',   1, 'lookup',   'code_or_name', '潜江市', NULL, NULL, NULL, NULL, NULL),
  ('region_enabled',    1, 'decision', 'region', '苏州市', NULL, NULL, NULL, NULL, NULL),
  ('region_enabled',    2, 'decision', 'region,on_date', '苏州市', '2024-12-02', NULL, NULL, NULL, NULL),
  ('can_share',         2, 'decision', 'relation,on_date', '祖父', '2024-08-01', NULL, NULL, NULL, NULL),
  ('can_share',         4, 'decision', 'relation,on_date,payer_region,relative_region',
                                       '祖父', '2025-03-01', '苏州市', '成都市', NULL, NULL),
  ('can_share_between', 3, 'decision', 'a_to_head,b_to_head,on_date', '父亲', '61', '2025-03-01', NULL, NULL, NULL),
  ('can_share_between', 5, 'decision', 'a_to_head,b_to_head,on_date,a_region,b_region',
                                       '51', 'yeye', '2025-03-01', '苏州市', '成都市', NULL),
  ('next_cert_deadline', 1, 'decision', 'last_cert', '2024-03-15', NULL, NULL, NULL, NULL, NULL),
  ('next_cert_deadline', 2, 'decision', 'last_cert,rule_or_region', '2024-03-15', '西安市:employee', NULL, NULL, NULL, NULL),
  ('cert_status',       2, 'decision', 'last_cert,on_date', '2024-03-15', '2025-03-02', NULL, NULL, NULL, NULL),
  ('cert_status',       3, 'decision', 'last_cert,on_date,rule_or_region', '2024-02-29', '2025-02-01', '福建省:resident', NULL, NULL, NULL),
  ('id_valid',          1, 'lookup',   'id', '11010519491231002X', NULL, NULL, NULL, NULL, NULL),
  ('id_normalize',      1, 'lookup',   'id', '110105491231002', NULL, NULL, NULL, NULL, NULL),
  ('id_birth_date',     1, 'lookup',   'id', '11010519491231002X', NULL, NULL, NULL, NULL, NULL),
  ('id_sex',            1, 'lookup',   'id', '11010519491231002X', NULL, NULL, NULL, NULL, NULL),
  ('id_region',         1, 'lookup',   'id', '341421198001010016', NULL, NULL, NULL, NULL, NULL),
  ('id_age',            2, 'decision', 'id?,on_date', '110105200002290021', '2017-03-01', NULL, NULL, NULL, NULL),
  ('needs_face_photo',  2, 'decision', 'id_or_birth_date,on_date', '440524200806010037', '2024-05-31', NULL, NULL, NULL, NULL),
  ('binding_ok',        4, 'decision', 'payer_id,relative_id,relation,on_date',
                                       '110105198001010016', '110105195503020026', '母亲', '2025-03-01', NULL, NULL),
  ('binding_ok',        6, 'decision', 'payer_id,relative_id,relation,on_date,payer_region,relative_region',
                                       '110105198001010016', '11010519491231002X', '祖母', '2025-03-01', '苏州市', '成都市'),
  ('wallet_check',      2, 'window',   'sent_at,amount', '2025-03-01 22:00:00', 100, NULL, NULL, NULL, NULL),
  ('wallet_check',      3, 'window',   'sent_at,amount,received_at!', '2025-03-01 10:00:00', '2000.01', '2025-03-01 10:05:00', NULL, NULL, NULL),
  ('wallet_refund_at',  1, 'decision', 'sent_at', '2025-03-01 21:59:59', NULL, NULL, NULL, NULL, NULL),
  ('explain_can_share', 2, 'table',    'relation,on_date', '继母', '2021-04-22', NULL, NULL, NULL, NULL),
  ('explain_can_share', 4, 'table',    'relation,on_date,payer_region,relative_region',
                                       '27', '2025-09-22', '南京市', '杭州市', NULL, NULL),
  ('explain_binding',   4, 'table',    'payer_id,relative_id,relation,on_date',
                                       '110105198001010016', '110105200501010039', '女儿', '2025-03-01', NULL, NULL),
  ('explain_binding',   6, 'table',    'payer_id,relative_id,relation,on_date,payer_region,relative_region',
                                       '110105800101001', '110105195503020018', '父亲', '2024-12-02', '苏州市', '成都市'),
  ('explain_can_share_between', 3, 'table', 'a_to_head,b_to_head,on_date', '妻', '20', '2025-03-01', NULL, NULL, NULL),
  ('explain_can_share_between', 5, 'table', 'a_to_head,b_to_head,on_date,a_region,b_region',
                                       '51', '祖父', '2025-03-01', '苏州市', '成都市', NULL),
  ('explain_cert_deadline', 1, 'table', 'last_cert', '2024-03-15', NULL, NULL, NULL, NULL, NULL),
  ('explain_cert_deadline', 2, 'table', 'last_cert,rule_or_region', '2024-03-15', '西安市', NULL, NULL, NULL, NULL),
  ('shebao_sources',    0, 'view',     'source_id,title', 'civil-code', '中华人民共和国民法典', NULL, NULL, NULL, NULL),
  ('shebao_relations',  0, 'view',     'code,name', '27', '养子或继子', NULL, NULL, NULL, NULL),
  ('shebao_relation_terms', 0, 'view', 'term,code', '外婆', '64', NULL, NULL, NULL, NULL),
  ('shebao_regions',    0, 'view',     'code,province,province_code', '320500', '江苏省', '320000', NULL, NULL, NULL),
  ('shebao_region_enablement', 0, 'view', 'code,valid_from', '000000', '2024-12-02', NULL, NULL, NULL, NULL),
  ('shebao_counties',   0, 'view',     'code,region_code,name', '320508', '320500', '姑苏区', NULL, NULL, NULL),
  ('shebao_sharing_scopes', 0, 'view', 'region_code,class', '510000', 'spouse', NULL, NULL, NULL, NULL),
  ('shebao_sharing_facts', 0, 'view',  'scope,item', 'cross_province', 'quota', NULL, NULL, NULL, NULL),
  ('shebao_parameters', 0, 'view',     'name,region_code', 'face_photo_age_line', '000000', NULL, NULL, NULL, NULL),
  ('shebao_cert_rules', 0, 'view',     'rule,implemented', 'month_end_12', 1, NULL, NULL, NULL, NULL),
  ('shebao_cert_assignments', 0, 'view', 'region_code,scheme', '610000', 'employee', NULL, NULL, NULL, NULL),
  ('shebao_cert_facts', 0, 'view',     'item,region_code', 'overdue', '000000', NULL, NULL, NULL, NULL),
  ('shebao_id_prefixes', 0, 'view',    'prefix,policy_table', '83', 'shebao_policy_id_prefixes', NULL, NULL, NULL, NULL),
  ('shebao_check',      0, 'view',     'table_name,layer', 'shebao_policy_sources', 'main', NULL, NULL, NULL, NULL),
  ('shebao_layer_journal', 0, 'view',  'change', 'x', NULL, NULL, NULL, NULL, NULL),
  ('shebao_set',        2, 'decision', 'name,value', 'on_error', 'raise', NULL, NULL, NULL, NULL),
  ('shebao_problem',   -1, 'report',   'function_name,relation,on_date', 'can_share', '火星人', '2025-03-01', NULL, NULL, NULL),
  ('shebao_check_row', -1, 'internal', 'schema,table,replaced_rowid,prefix,name,source_id',
                                       'main', 'shebao_policy_id_prefixes', NULL, '83', '台湾地区居民', 'gbf-2018-81'),
  ('shebao_create_layer', 1, 'decision', 'schema', 'temp', NULL, NULL, NULL, NULL, NULL);

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
