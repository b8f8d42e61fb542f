-- Pension certification through the real shell: the issue's examples, the regional rules from the data, a
-- reminder query over a pensioners table, explanations with their sources, and the functions inside a schema
-- (generated columns, a view under trusted_schema=OFF, an expression index).
.bail on
.load ./dist/shebao
.mode list
.headers on
SELECT next_cert_deadline('2024-03-15') AS article_rule,
       next_cert_deadline('2024-02-29', 'anniversary') AS leap_anniversary,
       next_cert_deadline('2024-03-15', 'days_365') AS days_365,
       next_cert_deadline('2024-02-29', 'days_365') AS leap_days_365,
       next_cert_deadline('2024-02-29') AS leap_month_end;
-- 02-29, month ends, year ends and a datetime under every rule
SELECT column1 AS last_cert, next_cert_deadline(column1, 'month_end_12') AS month_end_12,
       next_cert_deadline(column1, 'anniversary') AS anniversary, next_cert_deadline(column1, 'days_365') AS days_365
FROM (VALUES ('2024-02-29'), ('2023-02-28'), ('2023-03-01'), ('2024-01-31'), ('2024-04-30'), ('2024-12-31'),
             ('2025-01-01'), ('1999-12-31'), ('2099-02-28'), ('2024-03-15 10:00:00'), ('2024-03-15T23:59:59+08:00'));
-- rules from the policy data: region, province, national; the scheme where it matters
SELECT column1 AS rule_or_region, next_cert_deadline('2024-03-15', column1) AS deadline
FROM (VALUES ('江门市'), ('440700'), ('北京市'), ('西安市:employee'), ('西安市:resident'), ('陕西省：employee'),
             ('福建:employee'), ('福州市:resident'), ('厦门 : Resident'), ('000000'), ('Month-End-12'));
-- the reminder window: ok, then due in the last 30 days up to the deadline, then overdue
SELECT column1 AS on_date, cert_status('2024-03-15', column1) AS status
FROM (VALUES ('2024-03-15'), ('2025-03-01'), ('2025-03-02'), ('2025-03-31'), ('2025-04-01'), ('2030-01-01'));
-- a reminder query over a pensioners table
CREATE TABLE pensioners(name TEXT, last_cert TEXT, region TEXT);
INSERT INTO pensioners VALUES
  ('王建国', '2024-03-15', '江门市'),
  ('李秀英', '2024-03-20', '西安市:employee'),
  ('张桂兰', '2024-02-29', '福建省:resident'),
  ('刘德福', '2024-02-29', '福州市:employee'),
  ('陈玉珍', '2024-05-10', '北京市'),
  ('赵志强', '2023-12-31', '成都市'),
  ('孙丽华', NULL, '江门市');
SELECT name FROM pensioners WHERE cert_status(last_cert, '2025-03-10', region) = 'due' ORDER BY name;
SELECT name, last_cert, region, next_cert_deadline(last_cert, region) AS deadline,
       cert_status(last_cert, '2025-03-10', region) AS status
FROM pensioners ORDER BY deadline, name;
-- explanations, in order, with their sources
SELECT step, scheme, rule, outcome, source_id, source_doc FROM explain_cert_deadline('2024-03-15', '西安市');
SELECT step, rule, outcome, detail FROM explain_cert_deadline('2024-02-29', '福建省:resident') WHERE step <= 4;
SELECT rule, outcome, source_doc, source_title FROM explain_cert_deadline('2024-03-15') WHERE rule IN ('basis', 'method');
-- in a join: the arguments come from the other table, whichever order the FROM clause names them
SELECT p.name, e.outcome AS deadline FROM pensioners p, explain_cert_deadline(p.last_cert, p.region) e
WHERE e.rule IN ('month_end_12', 'anniversary', 'days_365') ORDER BY p.name;
SELECT count(*) AS overdue_rows FROM explain_cert_deadline(p.last_cert, p.region) e, pensioners p WHERE e.rule = 'overdue';
EXPLAIN QUERY PLAN SELECT p.name, e.* FROM explain_cert_deadline(p.last_cert, p.region) e, pensioners p;
-- the policy tables
SELECT rule, implemented, used_in, source_id FROM shebao_cert_rules;
SELECT region_code, region_name, scheme, rule, source_id FROM shebao_cert_assignments ORDER BY region_code, scheme;
SELECT region_code, item, outcome, valid_from, source_doc FROM shebao_cert_facts;
SELECT name, region_code, value, unit, source_id FROM shebao_parameters WHERE name = 'cert_reminder_days';
SELECT count(*) AS uncited FROM (SELECT source_id FROM shebao_cert_rules UNION ALL SELECT source_id FROM shebao_cert_assignments
  UNION ALL SELECT source_id FROM shebao_cert_facts) c WHERE NOT EXISTS (SELECT 1 FROM shebao_sources s WHERE s.source_id = c.source_id);
SELECT source_id, doc_number, title FROM shebao_sources WHERE source_id LIKE 'cert-%' ORDER BY source_id;
EXPLAIN QUERY PLAN SELECT * FROM shebao_cert_rules WHERE rule = 'days_365';
-- inside a schema: views with trusted_schema=OFF, and an answer stored with the policy version and indexed (a
-- policy function is not deterministic: no generated column or expression index may hold it)
PRAGMA trusted_schema = OFF;
CREATE TABLE retirees(name TEXT, last_cert TEXT, region TEXT);
CREATE VIEW retiree_deadlines AS SELECT name, next_cert_deadline(last_cert, region) AS deadline,
  next_cert_deadline(last_cert) AS deadline_default FROM retirees;
INSERT INTO retirees(name, last_cert, region) SELECT name, last_cert, region FROM pensioners;
SELECT name, deadline, deadline_default FROM retiree_deadlines ORDER BY name;
CREATE VIEW reminders AS SELECT name, region, next_cert_deadline(last_cert, region) AS deadline
  FROM retirees WHERE cert_status(last_cert, '2025-03-10', region) IN ('due', 'overdue');
SELECT * FROM reminders ORDER BY deadline, name;
CREATE VIEW explained AS SELECT r.name, e.outcome FROM retirees r, explain_cert_deadline(r.last_cert, r.region) e WHERE e.rule = 'overdue';
SELECT count(*) AS explained_rows FROM explained;
CREATE TABLE anniversaries AS SELECT name, next_cert_deadline(last_cert, 'anniversary') AS deadline,
  shebao_version() AS policy_version FROM retirees;
CREATE INDEX anniversaries_by_deadline ON anniversaries(deadline);
SELECT name FROM anniversaries WHERE deadline = '2025-02-28' ORDER BY name;
EXPLAIN QUERY PLAN SELECT name FROM anniversaries WHERE deadline = '2025-02-28';
