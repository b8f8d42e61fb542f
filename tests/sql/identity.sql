-- Resident identity numbers (GB 11643-1999) and needs_face_photo through the real shell: the standard's examples,
-- the parts, legacy numbers, ages across 02-29, the face-photo line, and a cross-check of every function against
-- a computation in plain SQL (the check character from the weights, the date from SQLite's own date functions)
-- over 20000 generated numbers.
.bail on
.load ./dist/shebao
.mode list
.headers on
SELECT column1 AS input, id_valid(column1) AS valid, id_normalize(column1) AS normalized,
       id_birth_date(column1) AS birth, id_sex(column1) AS sex, id_region(column1) AS region
FROM (VALUES ('11010519491231002X'), ('11010519491231002x'), ('440524188001010014'), (' 110105491231002 '),
             ('１１０１０５１９４９１２３１００２Ｘ'), (char(12288) || '11010519491231002X' || char(12288)),
             (440524188001010014), (110105491231002), ('810000199901010014'), ('830000200012310024'),
             ('110105194912310021'), ('11010519491231002Y'), ('71010519491231002X'), ('110105202302290021'),
             ('11010518850315996'), ('110105850315996'), ('110105 19491231002X'), (''), (NULL), (1.5));
-- a number keeps the address code it was given: 庐江县 341421 (巢湖市, abolished 2011; now 合肥市 340124)
SELECT id_valid('341421198001010016') AS valid_with_341421, id_region('341421198001010016') AS region;
-- ages: whole years; a 02-29 birthday turns over on 03-01 in common years; NULL before the birth date
SELECT column1 AS on_date, id_age('110105200002290021', column1) AS leapling, id_age('440524200806010037', column1) AS born_2008_06_01
FROM (VALUES ('2000-02-28'), ('2000-02-29'), ('2008-05-31'), ('2008-06-01'), ('2016-02-28'), ('2016-02-29'),
             ('2017-02-28'), ('2017-03-01'), ('2024-05-31'), ('2024-06-01'), ('2024-06-01T08:00:00+08:00'));
-- the family service: under the age line (16 by default, from the policy data) needs a face photo
SELECT column1 AS relative, column2 AS on_date, needs_face_photo(column1, column2) AS face_photo
FROM (VALUES ('440524200806010037', '2024-05-31'), ('440524200806010037', '2024-06-01'), ('2008-06-01', '2024-05-31'),
             ('2008-06-01', '2024-06-01'), ('110105200002290021', '2016-02-28'), ('110105200002290021', '2016-02-29'),
             ('2024-06-01', '2024-06-01'), ('11010519491231002X', '2025-01-01'), (440524200806010037, '2024-05-31'));
SELECT name, region_code, value, unit, source_id, source_doc, source_title FROM shebao_parameters WHERE name = 'face_photo_age_line';
SELECT prefix, name, policy_table, source_id, source_doc FROM shebao_id_prefixes WHERE prefix IN ('11', '46', '50', '65', '81', '82', '83');
SELECT count(*) AS prefixes, sum(policy_table = 'shebao_policy_regions') AS from_regions, count(source_id) AS cited FROM shebao_id_prefixes;
-- The cross-check. Each number: a prefix from shebao_id_prefixes, a date from SQLite's date(), a sequence; the
-- check character from the weights in SQL; then every wrong check character too.
CREATE TEMP TABLE weights(pos INTEGER PRIMARY KEY, w INTEGER);
INSERT INTO weights VALUES (1,7),(2,9),(3,10),(4,5),(5,8),(6,4),(7,2),(8,1),(9,6),(10,3),(11,7),(12,9),(13,10),(14,5),(15,8),(16,4),(17,2);
CREATE TEMP TABLE generated AS
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999),
p AS (SELECT prefix, row_number() OVER (ORDER BY prefix) - 1 AS k, count(*) OVER () AS total FROM shebao_id_prefixes),
b AS (SELECT i, date('1800-01-01', '+' || ((i * 7919) % 109938) || ' days') AS birth, (i * 37) % 1000 AS seq,
             (SELECT prefix FROM p WHERE k = i % total) AS prefix FROM n)
SELECT i, birth, seq, prefix || printf('%04d', (i * 131) % 10000) || strftime('%Y%m%d', birth) || printf('%03d', seq) AS body FROM b;
CREATE TEMP TABLE numbers AS
SELECT g.*, body || substr('10X98765432', 1 + (SELECT sum(CAST(substr(body, pos, 1) AS INTEGER) * w) FROM weights) % 11, 1) AS number
FROM generated g;
SELECT count(*) AS numbers,
       count(DISTINCT substr(number, 1, 2)) AS prefixes,
       min(birth) AS earliest, max(birth) AS latest,
       sum(substr(number, 18) = 'X') AS with_x,
       sum(id_valid(number)) AS valid,
       sum(id_normalize(number) = number) AS normalized_same,
       sum(id_normalize(lower(number)) = number) AS lower_x_same,
       sum(id_birth_date(number) = birth) AS birth_dates_agree,
       sum(id_sex(number) = CASE seq % 2 WHEN 1 THEN 'M' ELSE 'F' END) AS sexes_agree,
       sum(id_region(number) = substr(number, 1, 6)) AS regions_agree,
       sum(id_age(number, '2025-06-30') IS CASE WHEN birth <= '2025-06-30' THEN
           CAST(strftime('%Y', '2025-06-30') AS INTEGER) - CAST(strftime('%Y', birth) AS INTEGER)
           - (strftime('%m-%d', '2025-06-30') < strftime('%m-%d', birth)) END) AS ages_agree
FROM numbers;
SELECT count(*) AS wrong_check_characters, sum(id_valid(substr(number, 1, 17) || c)) AS accepted
FROM numbers, (SELECT column1 AS c FROM (VALUES ('0'), ('1'), ('2'), ('3'), ('4'), ('5'), ('6'), ('7'), ('8'), ('9'), ('X')))
WHERE c <> substr(number, 18);
-- in a schema: a CHECK constraint, a generated column, an expression index and a view, with trusted_schema=OFF
PRAGMA trusted_schema = OFF;
CREATE TABLE relatives(name TEXT, id TEXT CHECK (id_valid(id)), birth TEXT GENERATED ALWAYS AS (id_birth_date(id)) STORED);
INSERT INTO relatives(name, id) VALUES ('甲', '11010519491231002x'), ('乙', '440524200806010037'), ('丙', '110105491231002');
CREATE INDEX relatives_by_number ON relatives(id_normalize(id));
CREATE VIEW relatives_photo AS SELECT name, birth, id_sex(id) AS sex, needs_face_photo(id, '2024-05-31') AS face_photo FROM relatives;
SELECT * FROM relatives_photo ORDER BY name;
SELECT name FROM relatives WHERE id_normalize(id) = '11010519491231002X' ORDER BY name;
EXPLAIN QUERY PLAN SELECT name FROM relatives WHERE id_normalize(id) = '11010519491231002X';
