-- Bulk work over dirty rows, errors verbatim (.bail off): blank text is NULL in every function, the rule for
-- numbers as codes, shebao_problem (the error a call would raise, as text) and shebao_set('on_error', ...),
-- including what still raises under on_error = 'null' (a broken policy layer).
.bail off
.load ./dist/shebao
.mode list
.headers on
.nullvalue NULL
-- blank text is NULL, in lookups, decisions and tables alike
SELECT can_share('', '2025-03-01') AS rel, can_share('父亲', ' ') AS day, region_enabled(char(12288), '2025-03-01') AS ideographic,
       id_valid('') AS id, cert_status('2024-03-15', '2025-03-01', '') AS rule, can_share_between('51', '', '2025-03-01') AS between_;
SELECT (SELECT count(*) FROM explain_can_share(' ', '2025-03-01')) AS share_rows,
       (SELECT count(*) FROM explain_cert_deadline('2024-03-15', '')) AS cert_rows,
       (SELECT count(*) FROM explain_binding('110105198001010016', '', '母亲', '2025-03-01')) AS binding_rows;
-- numbers as codes: lookups pad a relation code, decisions refuse a one-digit one and say why
SELECT relation_code(1) AS i, relation_code('1') AS t, relation_code(1.0) AS r, relation_code(51.0) AS r51,
       region_code(320508.0) AS county, region_code(3205) AS short_region;
SELECT can_share(51, '2025-03-01') AS i51, can_share(51.0, '2025-03-01') AS r51, can_share('01', '2025-03-01') AS self;
SELECT can_share(1, '2025-03-01');
SELECT can_share('2', '2025-03-01');
SELECT can_share(1.0, '2025-03-01');
SELECT is_near_relative('20', 9);
SELECT region_enabled(12, '2025-03-01');
SELECT region_enabled(320500.5, '2025-03-01');
SELECT can_share(51.5, '2025-03-01');
SELECT can_share('外祖', '2025-03-01');
-- the certification functions read numbers as codes too, and their unknown values get a hint
SELECT next_cert_deadline('2024-03-15', 440100.0) AS real_code, next_cert_deadline('2024-03-15', 440100) AS integer_code;
SELECT next_cert_deadline('2024-03-15', 440100.5);
SELECT next_cert_deadline('2024-03-15', 44);
SELECT next_cert_deadline('2024-03-15', '浦东');
SELECT cert_status('2024-03-15', '2025-03-01', '火星市:resident');
-- shebao_problem: NULL where the call answers (NULL included), else its message; any case of the name
SELECT shebao_problem('can_share', '祖父', '2025-03-01') AS ok, shebao_problem('can_share', NULL, '火星') AS null_answer,
       shebao_problem('CAN_SHARE', '', '2025-03-01') AS blank;
SELECT shebao_problem('can_share', '祖父', '2025-02-30') AS bad_date;
SELECT shebao_problem('can_share', '祖父', '2025-03-01', '苏州', '鼓楼区') AS ambiguous;
SELECT shebao_problem('can_share', x'00', '2025-03-01') AS blob;
SELECT shebao_problem('can_share_between', '51', 'waigong', '2025-03-01') AS pinyin_answers;
SELECT shebao_problem('explain_can_share_between', '51', 'fu', '2025-03-01') AS table_valued;
SELECT shebao_problem('next_cert_deadline', '2024-03-15', '火星市') AS rule;
SELECT shebao_problem('wallet_check', '2025-03-01 25:00', 100) AS window_function;
SELECT shebao_problem('id_valid', x'31') AS lookup_blob, shebao_problem('id_valid', 'x') AS lookup_answers;
-- its own errors
SELECT shebao_problem();
SELECT shebao_problem('can_share', '祖父');
SELECT shebao_problem('no_such_function', 1);
SELECT shebao_problem('shebao_regions');
SELECT shebao_problem('shebao_create_layer', 'temp');
SELECT shebao_problem('shebao_set', 'on_error', 'null');
SELECT shebao_problem('shebao_problem', 'can_share');
SELECT shebao_problem(x'00', 1);
-- a column of function names: prepared per row
CREATE TEMP TABLE calls(f TEXT, a, b);
INSERT INTO calls VALUES ('can_share', '火星人', '2025-03-01'), ('region_enabled', '火星市', '2025-03-01'),
  ('cert_status', '2024-03-15', '2024-01-01'), ('needs_face_photo', '2010-06-01', '2025-05-31');
SELECT f, coalesce(shebao_problem(f, a, b), 'answers') AS problem FROM calls;
-- on_error: 'null' answers NULL (no rows) for bad arguments, per connection; shebao_problem still reports
SELECT shebao_set('on_error', 'null') AS previous;
SELECT can_share('火星人', '2025-03-01') AS rel, can_share(1, '2025-03-01') AS one, region_code(x'00') AS blob,
       cert_status('2024-03-15', '2024-01-01') AS order_, (SELECT count(*) FROM explain_can_share('火星人', '2025-03-01')) AS rows_;
SELECT shebao_problem('can_share', '火星人', '2025-03-01') AS still_reported;
SELECT count(*) AS transfers, count(v) AS verdicts FROM (SELECT wallet_check(s, a) OVER (ORDER BY s) AS v FROM
  (SELECT '2025-03-01 23:00' AS s, 100 AS a UNION ALL SELECT '2025-03-01 25:00', 100 UNION ALL SELECT '2025-03-02 10:00', 'abc'));
SELECT shebao_set('ON_ERROR', ' Raise ') AS previous;
SELECT can_share('火星人', '2025-03-01');
-- shebao_set: its errors, and NULL / blank change nothing
SELECT shebao_set('on_error', 'ignore');
SELECT shebao_set('strict', 'on');
SELECT shebao_set('on_error', x'00');
SELECT shebao_set(NULL, 'null') AS null_name, shebao_set('on_error', '') AS blank_value;
SELECT shebao_set('on_error', 'raise') AS still_raise;
CREATE VIEW v_set AS SELECT shebao_set('on_error', 'null');
SELECT * FROM v_set;
-- errors that are not about the arguments raise under on_error = 'null', and shebao_problem raises them too
SELECT shebao_create_layer('main') AS tables;
.import --csv --skip 1 --schema main fixtures/policy/sources.csv shebao_policy_sources
DROP TRIGGER temp."shebao_main_shebao_policy_region_enablement_check_insert";
INSERT INTO main.shebao_policy_region_enablement VALUES ('320600', 'cross_province', '2025-02-30', NULL, 'exact', 'js-2025-03-batch', NULL);
SELECT shebao_set('on_error', 'null') AS previous;
SELECT region_enabled('南通市', '2025-03-01');
SELECT count(*) FROM explain_can_share('配偶', '2025-03-01', '南通市', '成都市');
SELECT shebao_problem('region_enabled', '南通市', '2025-03-01');
SELECT region_enabled('火星市', '2025-03-01') AS bad_argument_still_null, is_near_relative('外婆') AS other_tables_answer;
