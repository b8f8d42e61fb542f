-- What the policy data can change is not SQLITE_DETERMINISTIC, so SQLite never stores it where a policy change
-- would leave it stale: an expression or partial index, a generated column refuse such a function, and no
-- layer change can make PRAGMA integrity_check fail or a query's rows depend on its plan. What no layer
-- changes (the identity-number functions, shebao_version) stays deterministic. Errors verbatim (.bail off).
.bail off
.load ./dist/shebao
.mode list
.headers on
PRAGMA trusted_schema = OFF;
CREATE TABLE people(name TEXT, city TEXT, on_day TEXT, id TEXT CHECK (id IS NULL OR id_valid(id)));
INSERT INTO people VALUES ('张伟', '南京市', '2025-03-01', '11010519491231002X'), ('李娜', '苏州市', '2025-03-01', NULL),
  ('王芳', '南京市', '2024-01-01', '110105200002290021');
INSERT INTO people VALUES ('陈静', '南京市', '2025-03-01', '110105194912310021');
-- refused where SQLite keeps a value computed once: expression and partial indexes, generated columns
CREATE INDEX people_enabled ON people(region_enabled(city, on_day));
CREATE INDEX people_enabled_partial ON people(name) WHERE region_enabled(city, on_day) = 1;
CREATE TABLE g(city TEXT, code TEXT GENERATED ALWAYS AS (region_code(city)) VIRTUAL);
-- taken where no layer changes the answer
CREATE INDEX people_by_birth ON people(id_birth_date(id));
CREATE TABLE h(id TEXT, born TEXT GENERATED ALWAYS AS (id_birth_date(id)) STORED);
-- what to use instead: a view answers from the policy in effect; an answer kept for later is stored with
-- the day it was asked for and the version of shebao that gave it
CREATE VIEW people_enabled AS SELECT name, city, on_day, region_enabled(city, on_day) AS enabled FROM people;
CREATE TABLE people_answers AS
  SELECT name, on_day, region_enabled(city, on_day) AS enabled, shebao_version() AS shebao FROM people;
CREATE INDEX people_answers_enabled ON people_answers(enabled);
SELECT name, enabled FROM people_enabled ORDER BY name;
-- a layer changes the answers: the view follows, the stored answers stay as given, the database stays whole
SELECT shebao_create_layer('main') AS main_tables, shebao_create_layer('temp') AS temp_tables;
INSERT INTO main.shebao_policy_sources(source_id, title) VALUES ('my-notice', '某市医保局通知');
INSERT INTO main.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', NULL, 'exact', 'my-notice', NULL);
INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_region_enablement', '320500|cross_province|2024-12-02', 'my-notice', 'what if');
SELECT name, enabled FROM people_enabled ORDER BY name;
SELECT name, enabled FROM people_answers ORDER BY name;
UPDATE people SET on_day = '2025-03-02' WHERE name = '李娜';
DELETE FROM people WHERE name = '王芳';
PRAGMA integrity_check;
SELECT count(*) AS by_index FROM people WHERE id_birth_date(id) = '1949-12-31';
SELECT count(*) AS not_indexed FROM people NOT INDEXED WHERE id_birth_date(id) = '1949-12-31';
SELECT count(*) AS enabled_now FROM people_enabled WHERE enabled = 1;
DELETE FROM temp.shebao_policy_retractions;
SELECT count(*) AS enabled_now FROM people_enabled WHERE enabled = 1;
