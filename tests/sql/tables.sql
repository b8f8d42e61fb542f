-- The policy tables: every row cites a source; lookups use the index (EXPLAIN QUERY PLAN), scans work.
.bail on
.load ./dist/shebao
.mode list
.headers on
SELECT code, name, kin_path, class, near_relative, terms, source_id, source_doc, layer
FROM shebao_relations WHERE code IN ('27', '51', '64', '99') ORDER BY code;
SELECT count(*) AS codes, count(source_id) AS cited, count(source_doc) AS with_doc,
       sum(near_relative = 1) AS near, sum(near_relative = 0) AS not_near, sum(near_relative IS NULL) AS undecided
FROM shebao_relations;
SELECT code, name FROM shebao_relations WHERE code = '01';
SELECT count(*) AS nonsense FROM shebao_relations WHERE code = 'nonsense';
EXPLAIN QUERY PLAN SELECT * FROM shebao_relations WHERE code = '51';
SELECT term, code, name, kin_path, class, near_relative, lang, source_id FROM shebao_relation_terms
WHERE term IN ('外婆', 'father-in-law', '继母', 'grandson') ORDER BY term;
SELECT lang, count(*) AS terms, count(DISTINCT source_id) AS sources FROM shebao_relation_terms GROUP BY lang;
SELECT source_id, doc_number, title, published, effective FROM shebao_sources WHERE source_id = 'civil-code';
SELECT count(*) AS uncited FROM shebao_relations r WHERE NOT EXISTS (SELECT 1 FROM shebao_sources s WHERE s.source_id = r.source_id);
SELECT count(*) AS uncited_terms FROM shebao_relation_terms t WHERE NOT EXISTS (SELECT 1 FROM shebao_sources s WHERE s.source_id = t.source_id);
EXPLAIN QUERY PLAN SELECT * FROM shebao_sources WHERE source_id = 'civil-code';
-- a join of user data against the policy table
CREATE TABLE staff(name TEXT, relation_code TEXT);
INSERT INTO staff VALUES ('赵', '61'), ('钱', '53');
SELECT s.name, r.name AS relation, r.near_relative FROM staff s JOIN shebao_relations r ON r.code = s.relation_code ORDER BY s.name;
