-- The functions inside a schema: a view under PRAGMA trusted_schema=OFF, an answer stored with the policy
-- version and indexed (a policy function is not deterministic: no expression index or generated column may
-- hold it, see layers_determinism), and a view over a policy table.
.bail on
.load ./dist/shebao
.mode list
.headers on
PRAGMA trusted_schema = OFF;
CREATE TABLE members(name TEXT, relation TEXT);
INSERT INTO members VALUES ('张伟', '外婆'), ('李娜', '岳母'), ('王芳', '继母'), ('刘洋', 'father'), ('陈静', NULL);
CREATE VIEW member_relations AS
  SELECT name, relation_code(relation) AS code, is_near_relative(relation) AS near FROM members;
SELECT * FROM member_relations ORDER BY name;
CREATE TABLE members_near AS
  SELECT name, is_near_relative(relation) AS near, shebao_version() AS policy_version FROM members;
CREATE INDEX members_by_near ON members_near(near);
SELECT name FROM members_near WHERE near = 1 ORDER BY name;
EXPLAIN QUERY PLAN SELECT name FROM members_near WHERE near = 1;
CREATE TABLE household(member TEXT, relation TEXT);
CREATE VIEW household_codes AS SELECT member, relation_code(relation) AS code FROM household;
INSERT INTO household(member, relation) VALUES ('甲', '丈夫'), ('乙', '儿子');
SELECT member, code FROM household_codes ORDER BY member;
CREATE VIEW cited_sources AS SELECT source_id, doc_number FROM shebao_sources WHERE source_id = 'civil-code';
SELECT * FROM cited_sources;
