-- detail_zh in every row of every explain table: a Chinese sentence with the relation, the rule, the date, the
-- region and the title of the source the row cites; checked over many arguments, then shown for a few.
.bail on
.load ./dist/shebao
.mode list
.headers off
WITH r(rel) AS (VALUES ('祖父'),('继母'),('01'),('岳母'),('配偶'),('59'),('27'),('哥哥')),
 d(day) AS (VALUES ('2021-01-01'),('2023-05-01'),('2024-11-15'),('2025-03-01')),
 g(a,b) AS (VALUES ('苏州市','成都市'),('南京市','苏州市'),('苏州市','苏州市'),('广州市','西安市'),('海口市','成都市'))
SELECT 'share', count(*), sum(detail_zh IS NULL) FROM r, d, g, explain_can_share(r.rel, d.day, g.a, g.b) e;
WITH r(rel) AS (VALUES ('祖父'),('继母'),('01'),('岳母')), d(day) AS (VALUES ('2021-01-01'),('2025-03-01'))
SELECT 'share2', count(*), sum(detail_zh IS NULL) FROM r, d, explain_can_share(r.rel, d.day) e;
WITH p(a,b) AS (VALUES ('12','20'),('51','61'),('11','12'),('20','38'),('72','73'),('01','99'),('59','51'),('51','52'))
SELECT 'between', count(*), sum(detail_zh IS NULL) FROM p, explain_can_share_between(p.a, p.b, '2025-03-01', '苏州市', '成都市') e;
WITH a(x) AS (VALUES (NULL),('西安市'),('福建省'),('福建省:resident'),('days_365'),('anniversary'),('重庆市'),('广西壮族自治区'),('000000'),('江门市'),('泉州市:employee'))
SELECT 'cert', count(*), sum(detail_zh IS NULL) FROM a, explain_cert_deadline('2024-02-29', a.x) e WHERE a.x IS NOT NULL;
SELECT 'cert1', count(*), sum(detail_zh IS NULL) FROM explain_cert_deadline('2024-02-29') e;
SELECT rule, detail FROM explain_cert_deadline('2024-02-29', '广西壮族自治区') WHERE detail_zh IS NULL;
WITH p(a,b) AS (VALUES ('110105198001010016','110105195503020026'),('110105198001010016','110105200501010039'))
SELECT 'binding', count(*), sum(detail_zh IS NULL) FROM p, explain_binding(p.a, p.b, '母亲', '2025-03-01') e;
-- the same columns everywhere
SELECT group_concat(name, ',') FROM pragma_table_info('explain_can_share');
SELECT group_concat(name, ',') FROM pragma_table_info('explain_can_share_between');
SELECT group_concat(name, ',') FROM pragma_table_info('explain_binding');
SELECT group_concat(name, ',') FROM pragma_table_info('explain_cert_deadline');
-- unknown between two sources, each bound a row
SELECT step, rule, detail_zh FROM explain_can_share('配偶', '2024-11-15', '苏州市', '成都市');
SELECT step, rule, detail_zh FROM explain_can_share('27', '2025-03-01', '苏州市', '苏州市');
SELECT step, rule, detail_zh FROM explain_can_share('岳母', '2025-03-01');
SELECT step, rule, detail_zh FROM explain_can_share_between('12', '20', '2025-03-01', '南京市', '苏州市');
SELECT step, rule, detail_zh FROM explain_can_share_between('11', '12', '2025-03-01');
SELECT step, scheme, rule, detail_zh FROM explain_cert_deadline('2024-02-29', '西安市');
SELECT step, scheme, rule, detail_zh FROM explain_cert_deadline('2024-03-15', '福建省:resident');
SELECT step, scheme, rule, detail_zh FROM explain_cert_deadline('2024-03-15', 'days_365');
