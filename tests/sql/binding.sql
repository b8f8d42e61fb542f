-- binding_ok and explain_binding: every check of a binding request at its boundaries. The people are identity
-- numbers with their sex and birth date; each request names a payer, a relative, the relative's relation to the
-- payer and a date.
.bail on
.load ./dist/shebao
.mode list
.headers on
.nullvalue NULL
CREATE TABLE people(name TEXT PRIMARY KEY, id);
INSERT INTO people VALUES
  ('payer',           '110105198001010016'),  -- a man born 1980-01-01
  ('payer15',         '110105800101001'),     -- the same man, his 15-digit number
  ('mother',          '110105195503020026'),  -- a woman born 1955-03-02
  ('mother15',        '110105550302002'),     -- the same woman, her 15-digit number
  ('father',          '110105195503020018'),  -- a man born 1955-03-02
  ('wife',            '110105198206150020'),  -- a woman born 1982-06-15
  ('son',             '110105200501010039'),  -- a man born 2005-01-01
  ('daughter',        '110105200606060083'),  -- a woman born 2006-06-06
  ('twin_brother',    '110105198001010032'),  -- a man born 1980-01-01, the payer's date
  ('twin_sister',     '110105198001010024'),  -- a woman born 1980-01-01
  ('elder_sister',    '110105197805050043'),  -- a woman born 1978-05-05
  ('elder_brother',   '110105197805050035'),  -- a man born 1978-05-05
  ('younger_brother', '110105198508080056'),  -- a man born 1985-08-08
  ('grandmother',     '110105193001010064'),  -- a woman born 1930-01-01
  ('grandpa_payer',   '110105195001010012'),  -- a man born 1950-01-01
  ('grandson',        '110105200001010059'),  -- a man born 2000-01-01
  ('leap_man',        '11010520000229011x'),  -- a man born 2000-02-29 (a lower-case x)
  ('june_woman',      '110105200006010103'),  -- a woman born 2000-06-01
  ('man_1998',        '110105199801010019'),  -- a man born 1998-01-01
  ('leap_woman',      '110105200402290223'),  -- a woman born 2004-02-29
  ('bad_check',       '110105198001010017'),  -- the payer's number, last character mistyped
  ('bad_date',        '110105198002300015'),  -- born on 1980-02-30
  ('short',           '11010519800101001'),   -- 17 characters
  ('taiwan_71',       '710105198001010018'),  -- prefix 71: no identity number uses it
  ('son_integer',     110105200501010039),    -- the son's number as an INTEGER
  ('son_real',        110105200501010039.0),  -- ... and as a REAL, which cannot hold it
  ('blank',           '  ');                  -- what .import makes of an empty cell
CREATE TABLE requests(n INTEGER PRIMARY KEY, what, payer, relative, relation, on_date);
INSERT INTO requests(what, payer, relative, relation, on_date) VALUES
  -- the identity numbers
  ('both valid',                     'payer', 'son', '儿子', '2025-03-01'),
  ('relative: check character',      'payer', 'bad_check', '儿子', '2025-03-01'),
  ('relative: no such birth date',   'payer', 'bad_date', '儿子', '2025-03-01'),
  ('relative: 17 characters',        'payer', 'short', '儿子', '2025-03-01'),
  ('relative: prefix 71',            'payer', 'taiwan_71', '儿子', '2025-03-01'),
  ('payer: check character',         'bad_check', 'son', '儿子', '2025-03-01'),
  ('relative as an INTEGER',         'payer', 'son_integer', '儿子', '2025-03-01'),
  ('relative as a REAL',             'payer', 'son_real', '儿子', '2025-03-01'),
  ('relative blank: NULL',           'payer', 'blank', '儿子', '2025-03-01'),
  ('payer with a lower-case x',      'leap_man', 'june_woman', '妻子', '2025-03-01'),
  -- not the same person, also across the 15- and 18-digit forms
  ('the payer himself',              'payer', 'payer', '父亲', '2025-03-01'),
  ('his 15-digit number',            'payer', 'payer15', '父亲', '2025-03-01'),
  ('15-digit payer',                 'payer15', 'mother', '母亲', '2025-03-01'),
  ('15-digit relative',              'payer', 'mother15', '母亲', '2025-03-01'),
  -- the relation: terms, codes, English; the payer himself is no relative
  ('本人, two people',               'payer', 'father', '本人', '2025-03-01'),
  ('code 52',                        'payer', 'mother', '52', '2025-03-01'),
  ('English mother',                 'payer', 'mother', 'Mother', '2025-03-01'),
  -- sex
  ('母亲, a woman',                  'payer', 'mother', '母亲', '2025-03-01'),
  ('母亲, a man',                    'payer', 'father', '母亲', '2025-03-01'),
  ('妈妈 (code 52), a man',          'payer', 'father', '妈妈', '2025-03-01'),
  ('grandmother (code 60), a man',   'payer', 'father', 'grandmother', '2025-03-01'),
  ('外婆, a woman',                  'payer', 'grandmother', '外婆', '2025-03-01'),
  ('女儿, a man',                    'payer', 'son', '女儿', '2025-03-01'),
  ('女儿, a woman',                  'payer', 'daughter', '女儿', '2025-03-01'),
  ('姐妹 (code 70), a man',          'payer', 'twin_brother', '姐妹', '2025-03-01'),
  ('兄弟姐妹, a man',                'payer', 'twin_brother', '兄弟姐妹', '2025-03-01'),
  ('妻子, a woman',                  'payer', 'wife', '妻子', '2025-03-01'),
  ('老公, a woman',                  'payer', 'wife', '老公', '2025-03-01'),
  ('配偶, a man',                    'payer', 'father', '配偶', '2025-03-01'),
  ('儿媳, a man',                    'payer', 'son', '儿媳', '2025-03-01'),
  -- the order of birth
  ('父亲, born after the payer',     'payer', 'son', '父亲', '2025-03-01'),
  ('父亲, born the same day',        'payer', 'twin_brother', '父亲', '2025-03-01'),
  ('儿子, born before the payer',    'payer', 'father', '儿子', '2025-03-01'),
  ('儿子, born the same day',        'payer', 'twin_brother', '儿子', '2025-03-01'),
  ('哥哥, a twin',                   'payer', 'twin_brother', '哥哥', '2025-03-01'),
  ('弟弟, a twin',                   'payer', 'twin_brother', '弟弟', '2025-03-01'),
  ('姐姐, a twin',                   'payer', 'twin_sister', '姐姐', '2025-03-01'),
  ('妹妹, a twin',                   'payer', 'twin_sister', '妹妹', '2025-03-01'),
  ('姐姐, born before',              'payer', 'elder_sister', '姐姐', '2025-03-01'),
  ('妹妹, born before',              'payer', 'elder_sister', '妹妹', '2025-03-01'),
  ('弟弟, born before',              'payer', 'elder_brother', '弟弟', '2025-03-01'),
  ('哥哥, born after',               'payer', 'younger_brother', '哥哥', '2025-03-01'),
  ('elder brother, born after',      'payer', 'younger_brother', 'elder brother', '2025-03-01'),
  ('兄弟, either order',             'payer', 'younger_brother', '兄弟', '2025-03-01'),
  ('祖母, born before',              'son', 'mother', '祖母', '2025-03-01'),
  ('祖父, born after',               'father', 'son', '祖父', '2025-03-01'),
  ('孙子, born after',               'grandpa_payer', 'grandson', '孙子', '2025-03-01'),
  ('孙子, born before',              'grandson', 'grandpa_payer', '孙子', '2025-03-01'),
  ('养子, born before',              'payer', 'father', '养子', '2025-03-01'),
  ('继子, born before',              'payer', 'father', '继子', '2025-03-01'),
  ('27 养子或继子, born before',     'payer', 'father', '27', '2025-03-01'),
  ('27 养子或继子, born after',      'payer', 'son', '27', '2025-03-01'),
  -- marriage age: a man born on 2000-02-29 turns 22 on 2022-03-01; a woman born on 2004-02-29 turns 20 on
  -- 2024-02-29
  ('man 21, the day before',         'leap_man', 'june_woman', '妻子', '2022-02-28'),
  ('man 22, his birthday',           'leap_man', 'june_woman', '妻子', '2022-03-01'),
  ('the payer is the wife, man 21',  'june_woman', 'leap_man', '丈夫', '2022-02-28'),
  ('woman 19, the day before',       'man_1998', 'leap_woman', '配偶', '2024-02-28'),
  ('woman 20, on 02-29',             'man_1998', 'leap_woman', '配偶', '2024-02-29'),
  ('woman 20, in a common year',     'man_1998', 'leap_woman', '配偶', '2025-02-28'),
  -- mutual aid, exactly as can_share
  ('祖父, 2024-07-31',               'son', 'father', '祖父', '2024-07-31'),
  ('祖父, 2024-08-01',               'son', 'father', '祖父', '2024-08-01'),
  ('岳母: not a near relative',      'payer', 'mother', '岳母', '2025-03-01'),
  ('继母: support not shown',        'payer', 'mother', '继母', '2025-03-01'),
  ('配偶, 2021-04-21',               'payer', 'wife', '配偶', '2021-04-21'),
  ('配偶, 2021-04-22',               'payer', 'wife', '配偶', '2021-04-22'),
  ('配偶 in 1979: no marriage rule', 'payer', 'wife', '配偶', '1979-01-01'),
  ('NULL date',                      'payer', 'son', '儿子', NULL),
  ('blank relation',                 'payer', 'son', ' ', '2025-03-01');

SELECT r.n, r.what, binding_ok(p.id, q.id, r.relation, r.on_date) AS ok,
       CASE WHEN trim(r.relation) <> '' THEN can_share(r.relation, r.on_date) END AS can_share
FROM requests r JOIN people p ON p.name = r.payer JOIN people q ON q.name = r.relative ORDER BY r.n;

-- With the regions, the place rule of can_share: 苏州 and 成都 have cross-province mutual aid by 2024-12-02.
SELECT binding_ok('110105198001010016', '110105195503020026', '母亲', '2024-12-01', '苏州市', '成都市') AS before,
       binding_ok('110105198001010016', '110105195503020026', '母亲', '2024-12-02', '苏州市', '成都市') AS after,
       binding_ok('110105198001010016', '110105195503020026', '母亲', '2024-12-02', '苏州', '510100') AS by_code;

-- binding_ok and can_share agree on every relation where the numbers fit: the same answer, 0, 1 or NULL.
SELECT count(*) AS disagreements FROM shebao_relations
WHERE code IN ('50', '51', '53', '55', '57', '59', '61', '63', '65', '66', '69')
  AND binding_ok('110105198001010016', '110105195503020018', code, '2025-03-01')
      IS NOT can_share(code, '2025-03-01');

-- The explanation: one row per check, in order, the outcome repeating the check that decided.
SELECT step, rule, outcome, detail, detail_zh, source_id FROM explain_binding('110105198001010016',
  '110105195503020018', '母亲', '2025-03-01');
SELECT step, rule, outcome, detail, detail_zh, source_id FROM explain_binding('11010520000229011X',
  '110105200006010103', '妻子', '2022-02-28');
SELECT step, rule, outcome, detail, detail_zh, source_id FROM explain_binding('110105198001010016',
  '110105195503020018', '27', '2025-03-01', '苏州市', '广州市');
SELECT rule, outcome, detail, detail_zh, source_id FROM explain_binding('110105198001010016',
  '110105195503020018', '父亲', '2024-12-02', '苏州市', '广州市') WHERE rule IN ('mutual_aid', 'outcome');
SELECT step, rule, outcome, detail, detail_zh, source_id FROM explain_binding('110105800101001',
  '110105198001010017', '兄弟姐妹', '2025-03-01');
SELECT rule, outcome, detail_zh, source_doc FROM explain_binding('110105198001010016', '110105195503020026', '母亲',
  '2024-12-02', '苏州市', '成都市');
SELECT rule, outcome, detail_zh FROM explain_binding('110105198001010016', '110105198206150020', '配偶', '1979-01-01')
  WHERE rule IN ('marriage_age', 'outcome');
SELECT rule, outcome, detail_zh FROM explain_binding('110105198001010016', '110105193001010064', '祖母', '2024-07-31')
  WHERE rule IN ('mutual_aid', 'outcome');
SELECT rule, outcome, detail_zh FROM explain_binding('110105198001010016', '110105195503020026', '岳母', '2025-03-01')
  WHERE rule IN ('mutual_aid', 'outcome');
-- What the sources leave open stays NULL, with both observations: a region's start, a class's scope.
SELECT rule, outcome, detail, detail_zh FROM explain_binding('110105198001010016', '110105195503020026', '母亲',
  '2024-11-30', '苏州市', '成都市') WHERE rule IN ('mutual_aid', 'outcome');
SELECT rule, outcome, detail, detail_zh FROM explain_binding('110105198001010016', '110105197805050043', '姐姐',
  '2024-12-01', '上海市', '上海市') WHERE rule IN ('mutual_aid', 'outcome');
SELECT count(*) AS rows_for_null FROM explain_binding('110105198001010016', NULL, '母亲', '2025-03-01');

-- Every request explained agrees with binding_ok: the outcome row is yes, no or undecided as it is 1, 0 or NULL.
SELECT count(*) AS disagreements FROM requests r JOIN people p ON p.name = r.payer JOIN people q ON q.name = r.relative,
  explain_binding(p.id, q.id, r.relation, r.on_date) e
WHERE e.rule = 'outcome'
  AND e.outcome IS NOT CASE binding_ok(p.id, q.id, r.relation, r.on_date) WHEN 1 THEN 'yes' WHEN 0 THEN 'no' ELSE 'undecided' END;

-- A batch of requests from a CSV file (.import makes every value text, an empty cell ''): each refused one
-- with its reason in Chinese, and the ones to check by hand.
.import --csv fixtures/binding/requests.csv batch
SELECT b.request, e.outcome, e.detail_zh
FROM batch b, explain_binding(b.payer_id, b.relative_id, b.relation, b.on_date) e
WHERE e.rule = 'outcome' AND e.outcome <> 'yes' ORDER BY b.request;
SELECT request FROM batch WHERE binding_ok(payer_id, relative_id, relation, on_date) IS NULL
  AND trim(relative_id) = '' ORDER BY request;

-- The data behind the checks: policy parameters a layer can change.
SELECT name, valid_from, value, unit, source_id FROM shebao_parameters
WHERE name LIKE 'relation\_%' ESCAPE '\' OR name LIKE 'marriage\_%' ESCAPE '\' ORDER BY name, valid_from;

-- A layer changes them: a what-if in which a woman may marry at 18.
SELECT shebao_create_layer('temp') > 0 AS layer;
INSERT INTO temp.shebao_policy_sources(source_id, title) VALUES ('what-if', 'what if the age were 18');
INSERT INTO temp.shebao_policy_parameters VALUES ('marriage_min_age_female', '000000', '2021-01-01', '18', 'years', NULL, 'what-if', NULL);
SELECT binding_ok('110105199801010019', '110105200402290223', '配偶', '2024-02-28') AS woman_19_what_if;
DROP TABLE temp.shebao_policy_parameters;
SELECT binding_ok('110105199801010019', '110105200402290223', '配偶', '2024-02-28') AS woman_19_again;
