-- Relations through the real shell: the issue's example, terms, codes, and the two-member form.
.bail on
.load ./dist/shebao
.mode list
.headers on
SELECT relation_code('外婆'), is_near_relative('外婆'), is_near_relative('岳母'), is_near_relative('20','51');
SELECT relation_code(1) AS one, relation_code('５１') AS fullwidth, relation_code(' Father-In-Law ') AS in_law,
       relation_name('grandson') AS grandson, relation_name(99) AS non_relative;
SELECT column1 AS term, relation_code(column1) AS code, relation_name(column1) AS name, is_near_relative(column1) AS near
FROM (VALUES ('爸爸'), ('姥姥'), ('丈母娘'), ('养子'), ('继子'), ('wife'), ('Stepmother'), ('cousin'), ('子女'), ('27'), ('59'));
SELECT column1 AS a, column2 AS b, is_near_relative(column1, column2) AS near
FROM (VALUES ('20','51'), ('20','38'), ('22','30'), ('12','51'), ('10','20'), ('51','52'), ('02','64'), ('41','42'));
