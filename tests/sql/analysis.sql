-- The worked examples of docs/analysis.md over the fixture itself: fixtures/household/dirty.csv imported with
-- the shell's .import (an empty cell is ''), then the same queries as the page.
.bail on
.load ./dist/shebao
.mode list
.headers off
CREATE TABLE household(household INTEGER, member INTEGER, name TEXT, relation TEXT, region TEXT, applied_on TEXT);
.import --csv --skip 1 fixtures/household/dirty.csv household
SELECT count(*), sum(relation = ''), sum(region = ''), typeof(member), typeof(relation) FROM household WHERE member = 12;
SELECT count(*), sum(relation = ''), sum(region = '') FROM household;
SELECT member, name, problem FROM
  (SELECT *, shebao_problem('can_share', relation, applied_on, region, region) AS problem FROM household)
WHERE problem IS NOT NULL ORDER BY member;
SELECT member, name FROM household WHERE trim(relation) = '' OR trim(region) = '' OR trim(applied_on) = '' ORDER BY member;
SELECT member, relation, relation_code(relation), region, region_code(region) FROM household ORDER BY member;
SELECT shebao_set('on_error', 'null');
CREATE VIEW pairs AS
  SELECT a.member AS a_member, a.name AS payer, b.member AS b_member, b.name AS member,
         a.relation AS a_relation, b.relation AS b_relation, b.applied_on AS day, a.region AS a_region, b.region AS b_region
  FROM household a JOIN household b ON a.household = b.household AND a.member <> b.member;
SELECT payer, group_concat(member, ', ') AS may_pay_for FROM
  (SELECT * FROM pairs WHERE can_share_between(a_relation, b_relation, day, a_region, b_region) = 1 ORDER BY a_member, b_member)
GROUP BY a_member ORDER BY a_member;
-- every pair: yes, no or undecided from the explanation, no rows for a pair with a row to clean
SELECT p.payer, p.member, coalesce(can_share_between(p.a_relation, p.b_relation, p.day, p.a_region, p.b_region), 'NULL'),
       coalesce((SELECT e.outcome FROM explain_can_share_between(p.a_relation, p.b_relation, p.day, p.a_region, p.b_region) e
                 WHERE e.rule = 'outcome'), '(to clean)')
FROM pairs p ORDER BY p.a_member, p.b_member;
SELECT shebao_set('on_error', 'raise');
