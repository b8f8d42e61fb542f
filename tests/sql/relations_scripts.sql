-- Relation terms in other scripts: every relation name and term in traditional characters
-- (tools/hanzi/out/names-traditional.tsv) reads as the simplified one, and every pinyin key of
-- tools/pinyin/out/relation-keys.tsv names the code it lists (the one key of two codes is ambiguous).
.bail on
.load ./dist/shebao
.mode list
.headers on
CREATE TEMP TABLE traditional(traditional TEXT, simplified TEXT, kinds TEXT);
.import --csv --skip 1 "|grep -v '^#' tests/../tools/hanzi/out/names-traditional.tsv | tr '\t' ','" traditional
SELECT count(*) AS relation_forms,
       sum(relation_code(traditional) IS NOT relation_code(simplified)) AS other_code,
       sum(is_near_relative(traditional) IS NOT is_near_relative(simplified)) AS other_answer,
       sum(relation_code(traditional) IS NULL AND relation_code(simplified) IS NOT NULL) AS not_found
FROM traditional WHERE kinds LIKE 'relation%';
SELECT traditional, relation_code(traditional) AS code, relation_name(traditional) AS name
FROM traditional WHERE simplified IN ('父亲', '外孙女', '儿媳妇', '丈母娘', '继母或养母') ORDER BY code;
CREATE TEMP TABLE keys(key TEXT, spaced TEXT, code TEXT, kin_path TEXT, term TEXT, source TEXT);
.import --csv --skip 1 "|grep -v '^#' tests/../tools/pinyin/out/relation-keys.tsv | tr '\t' ','" keys
SELECT count(*) AS keys,
       sum(relation_code(key) IS NOT nullif(code, '')) AS other_code,
       sum(relation_code(spaced) IS NOT relation_code(key)) AS spaced_differs,
       sum((SELECT count(*) FROM shebao_relation_terms t WHERE t.term = key AND t.lang = 'pinyin') = 0) AS no_row
FROM keys WHERE key <> 'fu';
SELECT key, code, term, relation_code(key) AS lookup FROM keys WHERE key = 'fu' ORDER BY code;
-- Capitals, spaces, apostrophes, tone marks and numbers, ü.
SELECT column1 AS typed, relation_code(column1) AS code
FROM (VALUES ('Ba Ba'), ('WAIPO'), ('wài pó'), ('Wai4 Po2'), ('nü''er'), ('nu er'), ('NǙ ER'), ('lao-gong'),
             ('fū'), ('fù'), ('Fu'), ('fu1'), ('ｂａｂａ'), ('bàbà '), ('xiōng dì jiě mèi'), ('jiě fu'), ('bab a'), ('babaa'));
-- Pinyin rows: the lang 'pinyin', their source.
SELECT lang, count(*) AS terms, count(DISTINCT code) AS codes, group_concat(DISTINCT source_id) AS sources
FROM shebao_relation_terms WHERE lang = 'pinyin';
