-- Family mutual aid through the real shell: the issue's examples, the explanation, a table of members.
.bail on
.load ./dist/shebao
.mode list
.headers on
SELECT can_share('祖父', '2025-03-01', '苏州市', '成都市') AS grandfather_in_chengdu;
SELECT * FROM explain_can_share('祖父', '2025-03-01', '苏州市', '成都市');
SELECT step, rule, outcome, detail, source_doc FROM explain_can_share('继母', '2024-12-02', '南京市', '南京市');
SELECT step, rule, outcome, detail, source_id FROM explain_can_share('配偶', '2022-06-01', '成都市', '苏州市');
-- over a table of family members
CREATE TABLE employees(employee_id INTEGER PRIMARY KEY, name TEXT, region TEXT);
CREATE TABLE members(employee_id INTEGER, name TEXT, relation TEXT, region TEXT);
INSERT INTO employees VALUES (1, '王强', '苏州市'), (2, '李梅', '广州市');
INSERT INTO members VALUES (1, '王父', '父亲', '成都市'), (1, '王祖母', '奶奶', '苏州'), (1, '王岳母', '岳母', '苏州市'),
                           (1, '王继母', '继母', '苏州市'), (2, '李弟', '弟弟', '南京市'), (2, '李女', 'daughter', '广州');
SELECT m.name, m.relation, e.region AS payer, m.region AS relative,
       can_share(m.relation, '2025-03-01', e.region, m.region) AS on_2025_03_01,
       can_share(m.relation, '2026-01-09', e.region, m.region) AS on_2026_01_09
FROM members m JOIN employees e USING (employee_id) ORDER BY m.employee_id, m.name;
SELECT m.name, x.rule, x.outcome, x.source_id
FROM members m JOIN employees e USING (employee_id), explain_can_share(m.relation, '2025-03-01', e.region, m.region) x
WHERE x.rule IN ('place', 'outcome') AND m.employee_id = 2 ORDER BY m.name, x.step;
EXPLAIN QUERY PLAN SELECT * FROM explain_can_share(m.relation, '2025-03-01', e.region, m.region) x, members m, employees e;
SELECT region_name, class, valid_from, precision, source_doc FROM shebao_sharing_scopes
WHERE region_code IN ('000000', '510000', '310000', '110000') ORDER BY region_code, valid_from, class;
-- The place rule is data: which mutual aid two regions need, per kind of place (the sharing_place_* parameters,
-- which the place rows of explain_can_share cite). A what-if in which two regions of one province need
-- cross-province mutual aid: 石家庄 and 唐山 have it by 2024-12-02, before which nobody can say.
SELECT name, value, source_id FROM shebao_parameters WHERE name LIKE 'sharing_place_%' ORDER BY name;
SELECT can_share('配偶', '2024-11-15', '石家庄市', '唐山市') AS in_province;
SELECT shebao_create_layer('temp');
INSERT INTO temp.shebao_policy_parameters VALUES
  ('sharing_place_same_province', '000000', NULL, 'cross_province', NULL, NULL, 'gbf-2021-14', 'what if');
SELECT quote(can_share('配偶', '2024-11-15', '石家庄市', '唐山市')) AS cross_province, can_share('配偶', '2024-12-02', '石家庄市', '唐山市') AS from_launch;
SELECT step, rule, outcome, source_id, detail FROM explain_can_share('配偶', '2024-11-15', '石家庄市', '唐山市') WHERE step BETWEEN 4 AND 8;
-- A relative who is not a near relative is 'no' in the near_relative row, never the insured person themself,
-- also where a region's scope names the class (四川 2019: the spouse's parents); the empty path is 'self'.
SELECT relation, rule, outcome AS not_near_is_no FROM (
  SELECT '岳母' AS relation, * FROM explain_can_share('岳母', '2025-03-01')
  UNION ALL SELECT '公公', * FROM explain_can_share('公公', '2020-03-01', '成都市', '成都市')
  UNION ALL SELECT '本人', * FROM explain_can_share('本人', '2025-03-01'))
WHERE rule = 'near_relative';
