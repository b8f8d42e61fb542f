-- can_share_between and explain_can_share_between through the real shell: the derivation, the dates and the
-- place rule, explanations, the other scripts, and the worked example of docs/sharing.md on a household CSV
-- with dirty rows (fixtures/household/members.csv, imported as the shell's .import makes it).
.bail on
.load ./dist/shebao
.mode list
.headers on
-- The national timeline: spouse, parents, children from 2021-04-22; the other near relatives from 2024-08-01.
SELECT column1 AS a, column2 AS b, column3 AS on_date, can_share_between(column1, column2, column3) AS may_pay
FROM (VALUES
  ('51', '61', '2024-07-31'), ('51', '61', '2025-03-01'), ('02', '61', '2024-07-31'), ('02', '61', '2024-08-01'),
  ('12', '51', '2030-01-01'), ('12', '20', '2021-04-21'), ('12', '20', '2021-04-22'), ('20', '30', '2024-08-01'),
  ('71', '73', '2025-03-01'), ('72', '73', '2025-03-01'), ('53', '11', '2021-04-22'), ('61', '62', '2021-04-22'),
  ('61', '62', '2021-04-21'), ('20', '38', '2025-03-01'), ('01', '01', '2025-03-01'), ('11', '12', '2025-03-01'),
  ('99', '20', '2020-01-01'), ('99', '20', '2025-01-01'), ('27', '30', '2025-01-01'), ('养子', '30', '2025-01-01'),
  ('父親', '爺爺', '2025-01-01'), ('laogong', 'popo', '2025-01-01'), ('fū', 'gonggong', '2025-01-01'));
-- The full form: the scope in the payer's region, then the place rule.
SELECT can_share_between('51', '61', '2024-12-01', '苏州市', '成都市') AS before_batch,
       can_share_between('51', '61', '2024-12-02', '苏州市', '成都市') AS first_batch,
       can_share_between('11', '53', '2022-06-01', '成都市', '成都市') AS chengdu_2022,
       can_share_between('11', '53', '2023-01-01', '成都市', '成都市') AS spouse_father_2023,
       can_share_between('12', '11', '2023-01-01', '成都市', '成都市') AS contradiction,
       can_share_between('10', '53', '2023-01-01', '成都市', '成都市') AS spouse_chengdu_2023,
       can_share_between('12', '20', '2025-03-01', '苏州市', '南京市') AS step_or_own;
-- The explanation: each member's relation to the householder, the derived relation with what each reading
-- assumes, then can_share's rows for it.
SELECT step, rule, outcome, detail, source_id FROM explain_can_share_between('51', '61', '2025-03-01', '苏州市', '成都市');
SELECT step, rule, outcome, detail, source_id FROM explain_can_share_between('妻', '子', '2025-03-01');
SELECT step, rule, outcome, detail FROM explain_can_share_between('72', '73', '2025-03-01');
SELECT step, rule, outcome, detail FROM explain_can_share_between('11', '12', '2025-03-01');
SELECT step, rule, outcome, detail FROM explain_can_share_between('99', '20', '2025-03-01') WHERE rule IN ('b_to_head', 'relation', 'outcome');
SELECT rule, outcome, detail FROM explain_can_share_between('子女', 'jimu', '2025-03-01') WHERE rule IN ('a_to_head', 'b_to_head', 'relation');
-- The answer and the explanation agree on every pair of codes, on three dates (the outcome row's can_share).
WITH c AS (SELECT code FROM shebao_relations), d(on_date) AS (VALUES ('2021-04-21'), ('2021-04-22'), ('2024-08-01'))
SELECT count(*) AS pairs_and_dates,
       sum((SELECT outcome FROM explain_can_share_between(a.code, b.code, d.on_date) WHERE rule = 'outcome')
           IS NOT CASE can_share_between(a.code, b.code, d.on_date) WHEN 1 THEN 'yes' WHEN 0 THEN 'no' ELSE 'undecided' END) AS disagree
FROM c a, c b, d;
-- can_share_between(a, b) is NULL only where the date needs what the codes cannot say: never where
-- is_near_relative(a, b) answers (from 2024-08-01 every near relative may share).
WITH c AS (SELECT code FROM shebao_relations)
SELECT count(*) AS pairs, sum(can_share_between(a.code, b.code, '2025-03-01') IS NOT is_near_relative(a.code, b.code)) AS differ
FROM c a, c b;
-- In a join, either order (the table-valued function's arguments come from the table).
CREATE TABLE two(a TEXT, b TEXT);
INSERT INTO two VALUES ('51', '61'), ('12', '20');
SELECT p.a, p.b, e.outcome FROM two p, explain_can_share_between(p.a, p.b, '2025-03-01') e WHERE e.rule = 'relation';
SELECT p.a, p.b, e.outcome FROM explain_can_share_between e JOIN two p ON e.a_to_head = p.a AND e.b_to_head = p.b AND e.on_date = '2025-03-01' WHERE e.rule = 'outcome';

-- The worked example of docs/sharing.md: a household CSV, imported by the shell (an empty cell is '').
CREATE TABLE members(household INTEGER, member INTEGER, name TEXT, relation TEXT, region TEXT);
.import --csv --skip 1 fixtures/household/members.csv members
.headers off
-- The rows docs/sharing.md inserts are what .import made of the CSV.
CREATE TEMP TABLE doc_members AS SELECT * FROM members WHERE 0;
INSERT INTO doc_members VALUES
  (1, 1, '王建国', '户主', '苏州市'), (1, 2, '李美华', '妻', '苏州市'), (1, 3, '王小明', '长子', '南京市'),
  (1, 4, '王大山', '父親', '成都市'), (1, 5, '张秀英', '岳母', '苏州市'), (1, 6, '王小红', '', '苏州市'),
  (2, 7, '陈刚', '02', '郑州市'), (2, 8, '刘芳', 'laopo', '郑州市'), (2, 9, '陈明', '子', '成都市'),
  (2, 10, '陈德', '祖父', '郑州市'), (2, 11, '赵强', '舅公', '郑州市'), (2, 12, '陈丽', '女', '火星市');
SELECT count(*), (SELECT count(*) FROM (SELECT * FROM members EXCEPT SELECT * FROM doc_members)),
       (SELECT count(*) FROM (SELECT * FROM doc_members EXCEPT SELECT * FROM members)) FROM members;
-- The example's queries, verbatim.
SELECT member, name, relation, region,
       CASE WHEN relation_code(relation) IS NULL THEN 'relation' ELSE 'region' END AS to_fix
FROM members
WHERE relation_code(relation) IS NULL OR region_code(region) IS NULL
ORDER BY member;
CREATE VIEW clean AS
  SELECT * FROM members WHERE relation_code(relation) IS NOT NULL AND region_code(region) IS NOT NULL;
CREATE VIEW pairs AS
  SELECT a.member AS a_member, a.name AS payer, b.member AS b_member, b.name AS member,
         can_share_between(a.relation, b.relation, '2024-11-30', a.region, b.region) AS may_pay,
         a.relation AS a_relation, b.relation AS b_relation, a.region AS a_region, b.region AS b_region
  FROM clean a JOIN clean b ON a.household = b.household AND a.member <> b.member;
SELECT payer, group_concat(member, ', ') AS may_pay_for
FROM (SELECT * FROM pairs WHERE may_pay = 1 ORDER BY a_member, b_member)
GROUP BY a_member ORDER BY a_member;
SELECT p.payer, p.member, coalesce(p.may_pay, 'NULL') AS may_pay, r.outcome AS relation, o.detail AS why
FROM pairs p,
     explain_can_share_between(p.a_relation, p.b_relation, '2024-11-30', p.a_region, p.b_region) r,
     explain_can_share_between(p.a_relation, p.b_relation, '2024-11-30', p.a_region, p.b_region) o
WHERE p.may_pay IS NOT 1 AND r.rule = 'relation' AND o.rule = 'outcome'
ORDER BY p.a_member, p.b_member;
-- A layer changes the answer (not deterministic): 61 written without its line is any grandparent.
.headers on
SELECT can_share_between('52', '61', '2025-03-01') AS mother_and_father_father, is_near_relative('52', '61') AS near;
SELECT shebao_create_layer('temp') AS tables;
INSERT INTO temp.shebao_policy_relations VALUES ('61', '祖父', 'pp', NULL, NULL, 'gbt-4761-2008');
SELECT can_share_between('52', '61', '2025-03-01') AS mother_and_father_father, is_near_relative('52', '61') AS near;
DELETE FROM temp.shebao_policy_relations;
SELECT can_share_between('52', '61', '2025-03-01') AS mother_and_father_father, is_near_relative('52', '61') AS near;
