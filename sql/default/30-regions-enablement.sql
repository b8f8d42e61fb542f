-- Mutual aid across pooling regions: when each region took part, in-province (省内跨统筹区共济) and
-- cross-province (个人账户跨省共济). Load after sql/schema.sql and 20-regions.sql.
-- Where each fact comes from: docs/policy-data.md. precision 'by': the source says only that the region was
-- enabled by that date (it may have started earlier); 'exact': the source names the start date.

INSERT INTO shebao_policy_sources (source_id, doc_number, title, issuer, published, effective, url, note) VALUES
  ('article-shebao-2025-08-11', NULL, '自己的社保怎么给家人用?社保卡个人账号的钱怎么共享给家人,哪些地区可使用?',
   '社保网', '2025-08-11', NULL, NULL,
   'The article the project starts from (a 2025 re-publication of older text): lists the first 31 pooling '
   || 'regions of cross-province mutual aid by province, the family service of the electronic social-security '
   || 'card (under 16: face photo) and the 12-natural-month certification rule. Secondary source.'),
  ('nhsa-2024-12-cross-province-pilot', NULL,
   '职工医保个人账户跨省共济首批试点（9个省份31个统筹区，2024年12月2日起）', '国家医疗保障局', '2024-12-02', '2024-12-02',
   NULL,
   'Firm for the start date 2024-12-02 and the count (9 provinces, 31 pooling regions), from official '
   || 'announcements. The list of regions is the article''s (article-shebao-2025-08-11), consistent with the '
   || 'count. Title descriptive: the launch was announced, not published as a numbered document.'),
  ('nhsa-2025-02-expansion', NULL, '个人账户跨省共济扩围：11个省份81个统筹区（2025年2月前后）', '国家医疗保障局',
   NULL, NULL, NULL,
   'Firm for the figures: about February 2025, 11 provinces and 81 pooling regions, 河北, 安徽, 河南 and 西藏 '
   || 'province-wide. The exact day is not known: recorded as enabled by 2025-02-28 (precision ''by''). The other '
   || 'regions of that batch are not listed region by region.'),
  ('prov-2025-07-fujian-qinghai', NULL, '福建省、青海省职工医保个人账户跨省共济全省开通（2025年7月1日起）',
   '福建省医疗保障局; 青海省医疗保障局', NULL, '2025-07-01', NULL,
   'Firm, provincial official pages: province-wide from 2025-07-01.'),
  ('prov-2025-07-shaanxi', NULL, '陕西省职工医保个人账户跨省共济全省开通（2025年7月）', '陕西省医疗保障局', NULL,
   NULL, NULL,
   'Firm for the month (July 2025); the day is not known: recorded as enabled by 2025-07-31 (precision ''by'').'),
  ('nhsa-2025-09-coverage', NULL, '个人账户跨省共济覆盖除广东省外的所有省份（2025年9月）', '国家医疗保障局', NULL,
   NULL, NULL,
   'Firm for the figure: by September 2025 every province but 广东 took part; recorded as enabled by 2025-09-22 '
   || '(precision ''by'') for the provinces with no earlier date.'),
  ('nhsa-mof-2026-01-09', NULL, '国家医保局 财政部关于全面推进职工医保个人账户跨省共济的通知', '国家医疗保障局、财政部',
   '2026-01-09', '2026-01-09', NULL,
   'Firm for the notice''s summary: from 2026-01-09 cross-province mutual aid is national (337 pooling regions), '
   || 'with standing mutual-aid relations with several people and quotas (共济额度); a relation ends when '
   || 'either side''s insurance relation moves. Title as summarised; document number not checked.'),
  ('rules-cross-province-mutual-aid', NULL, '职工医保个人账户跨省共济规则（共济双方统筹区均已开通）',
   '各省医疗保障局', NULL, NULL, NULL,
   'Firm, provincial official pages: both the payer''s and the recipient''s pooling regions must be '
   || 'enabled, and the recipient must be a near relative insured where they live. Transfers go through the '
   || '医保钱包 of the national medical-insurance app: at most 3 a day, each at most 2,000 yuan, none from 22:00 to '
   || '06:00; an unreceived transfer is refunded at 06:00 the next day.'),
  ('nhsa-2024-11-in-province', NULL, '省内跨统筹区个人账户共济全面实现（2024年11月26日）', '国家医疗保障局',
   '2024-11-26', NULL, NULL,
   'Firm: every province and the 兵团 had mutual aid of personal accounts across pooling regions inside the '
   || 'province by 2024-11-26. The exact start per province was not collected: 2024-11-26 is the latest start.');

INSERT INTO shebao_policy_region_enablement (code, scope, valid_from, valid_to, precision, source_id, note) VALUES
  -- in-province mutual aid: everywhere by 2024-11-26
  ('000000', 'in_province', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', 'every province and the 兵团'),
  -- the first batch of cross-province mutual aid: 9 provinces, 31 pooling regions, from 2024-12-02
  ('519900', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '四川省本级'),
  ('510100', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '成都市'),
  ('511600', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '广安市'),
  ('410100', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '郑州市'),
  ('411500', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '信阳市'),
  ('420600', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '襄阳市'),
  ('421100', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '黄冈市'),
  ('421200', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '咸宁市'),
  ('421300', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '随州市'),
  ('422800', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '恩施土家族苗族自治州'),
  ('429005', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '潜江市'),
  ('130100', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '石家庄市'),
  ('130200', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '唐山市'),
  ('130300', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '秦皇岛市'),
  ('130400', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '邯郸市'),
  ('130500', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '邢台市'),
  ('130600', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '保定市'),
  ('130700', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '张家口市'),
  ('130800', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '承德市'),
  ('130900', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '沧州市'),
  ('131000', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '廊坊市'),
  ('131100', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '衡水市'),
  ('130181', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '辛集市'),
  ('130682', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '定州市'),
  ('133100', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '雄安新区'),
  ('139900', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '河北省本级'),
  ('320500', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '苏州市'),
  ('500235', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '云阳县'),
  ('622900', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '临夏回族自治州'),
  ('371400', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '德州市'),
  ('340400', 'cross_province', '2024-12-02', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', '淮南市'),
  -- province-wide, about 2025-02
  ('130000', 'cross_province', '2025-02-28', NULL, 'by', 'nhsa-2025-02-expansion', '河北省 province-wide'),
  ('340000', 'cross_province', '2025-02-28', NULL, 'by', 'nhsa-2025-02-expansion', '安徽省 province-wide'),
  ('410000', 'cross_province', '2025-02-28', NULL, 'by', 'nhsa-2025-02-expansion', '河南省 province-wide'),
  ('540000', 'cross_province', '2025-02-28', NULL, 'by', 'nhsa-2025-02-expansion', '西藏自治区 province-wide'),
  -- province-wide, July 2025
  ('350000', 'cross_province', '2025-07-01', NULL, 'exact', 'prov-2025-07-fujian-qinghai', '福建省 province-wide'),
  ('630000', 'cross_province', '2025-07-01', NULL, 'exact', 'prov-2025-07-fujian-qinghai', '青海省 province-wide'),
  ('610000', 'cross_province', '2025-07-31', NULL, 'by', 'prov-2025-07-shaanxi', '陕西省 province-wide'),
  -- every other province but 广东, by September 2025
  ('110000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '北京市'),
  ('120000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '天津市'),
  ('140000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '山西省'),
  ('150000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '内蒙古自治区'),
  ('210000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '辽宁省'),
  ('220000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '吉林省'),
  ('230000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '黑龙江省'),
  ('310000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '上海市'),
  ('320000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '江苏省'),
  ('330000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '浙江省'),
  ('360000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '江西省'),
  ('370000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '山东省'),
  ('420000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '湖北省'),
  ('430000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '湖南省'),
  ('450000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '广西壮族自治区'),
  ('460000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '海南省'),
  ('500000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '重庆市'),
  ('510000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '四川省'),
  ('520000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '贵州省'),
  ('530000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '云南省'),
  ('620000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '甘肃省'),
  ('640000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '宁夏回族自治区'),
  ('650000', 'cross_province', '2025-09-22', NULL, 'by', 'nhsa-2025-09-coverage', '新疆维吾尔自治区'),
  -- nationwide
  ('000000', 'cross_province', '2026-01-09', NULL, 'exact', 'nhsa-mof-2026-01-09', 'nationwide, 广东 included');
