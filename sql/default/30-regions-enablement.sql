-- Mutual aid across pooling regions, as the record shows it: in-province (省内跨统筹区共济) and cross-province
-- (个人账户跨省共济, through the 医保钱包). Load after sql/schema.sql and 20-regions.sql.
--
-- Each row is what a source says about a region, a province (every region of it) or the nation ('000000') on a
-- day: precision 'exact' (on from that day), 'by' (on by that day, maybe earlier), 'off' (not on that day),
-- 'some' (some of its regions on). A report with a complete list says which provinces were on, and so which
-- were not: its 'off' rows are the project's reading (derived) of a secondary source. Between a day something
-- was seen off and the day it was seen on, region_enabled() answers NULL and explains both rows. Where each
-- fact comes from and what was set aside: docs/policy-data.md; what changed: docs/policy-changelog.md.

INSERT INTO shebao_policy_sources (source_id, doc_number, title, issuer, published, effective, url, note, firmness) VALUES
  ('article-shebao-2025-08-11', NULL, '自己的社保怎么给家人用?社保卡个人账号的钱怎么共享给家人,哪些地区可使用?(2025-8-11)',
   '社保网', '2025-08-11', NULL,
   'https://m.shebao.southmoney.com/shebaoka/shebaokashiyong/202508/1899552.html',
   'The article the project starts from (a 2025 re-publication of older text). It lists the first 31 pooling '
   || 'regions of cross-province mutual aid by province (consistent with the count of 9 provinces and 31 regions); '
   || 'the family service of the electronic social-security card (小于16岁需同时上传人脸正面照); the certification '
   || 'rule "上次认证后的12个自然月内" with the example "2024年3月认证的,需在2025年3月之前再次认证", which, read '
   || 'literally, is a month earlier than its text. No official list of the 31 was found.', 'secondary'),
  ('nhsa-2024-12-cross-province-pilot', NULL, '国家医保局在江苏苏州正式启动全国医保个人账户跨省共济(9个省份31个统筹区已正式上线)',
   '国家医疗保障局 (as reported by 新华社, 央视)', '2024-12-02', NULL, NULL,
   '"国家医保局在江苏苏州正式启动全国医保个人账户跨省共济功能…目前,江苏、河北等9个省(市)31个统筹区已正式上线该功能"; '
   || '"截至12月1日,已有近2.7万人使用医保钱包"; "职工医保个人账户可以跨省用于本人近亲属缴纳居民医保和支付医疗费用". The '
   || '31 were live by the ceremony, not from it (on by 2024-12-02). Read in reprints (央广网 2025-02-04, 济南时报 '
   || '2025-05-23 restate the date); no primary URL found.', 'secondary'),
  ('cqrb-2025-01-19-nhsa', NULL, '共济金额超500亿元!2024年职工医保个人账户省内共济3.71亿人次', '重庆日报 (NHSA data)',
   '2025-01-19', NULL, 'https://cqrb.cn/quanweifabu/2025-01-19/2154749_pc.html',
   '"2024年11月国家医保服务平台App上线医保钱包"; "截至2024年12月底,河北、安徽、西藏等11个省份的41个统筹区已正式试点运行". '
   || 'The 11 provinces are not all named.', 'secondary'),
  ('nhsa-2025-02-expansion', NULL, '我国已有11个省份81个统筹区开通医保钱包', '央广网 (NHSA)', '2025-02-04', NULL, NULL,
   '"记者近日从国家医保局获悉…这11个已开通医保钱包的省份是河北、江苏、安徽、山东、河南、湖北、重庆、四川、贵州、西藏、'
   || '甘肃,其中河北、西藏、安徽、河南4个省级医保部门在全省(区)域范围内全面开通医保钱包". 央广网 2025-02-04 '
   || '(t20250204_527060857), read through a mirror; the day of the NHSA figures is not given: recorded on '
   || '2025-02-04.', 'secondary'),
  ('xinhua-2025-03-15-nhsa', NULL, '17省份146个统筹区实现医保个账跨省共济', '新华社 (记者徐鹏航)', '2025-03-15', NULL,
   'http://minzu.china.com.cn/2025-03/17/content_43054411.htm',
   '"截至3月14日,天津、河北、内蒙古、上海、江苏、安徽、山东、河南、湖北、广东、广西、重庆、四川、贵州、西藏、甘肃、新疆17个省'
   || '(自治区、直辖市)的146个统筹区开通医保钱包,其中河北、河南、安徽、西藏、四川、湖北、山东7省级医保部门在全省(自治区)域'
   || '范围内全面开通". Reprinted by 中国网 2025-03-17.', 'secondary'),
  ('jnsb-2025-05-23-nhsa', NULL, '今年前4个月职工医保个人账户共济金额达177.92亿元', '济南时报 (据新华社、国家医保局微信公众号)',
   '2025-05-23', NULL, 'https://www.zysbs.cn/html/zhoubian/qilu/2025_05/23/89240124.html',
   '"截至2025年5月8日,已有河北、内蒙古、辽宁、吉林、黑龙江、上海、江苏、浙江、安徽、山东、河南、湖北、广西、重庆、四川、贵州、'
   || '云南、西藏、陕西、甘肃、新疆21个省(自治区、直辖市)和新疆生产建设兵团的227个地区开通医保钱包,其中河北、安徽、山东、河南、'
   || '湖北、广西、四川、西藏、甘肃、新疆、兵团11个省级医保部门在全域范围内全面开通医保钱包". 天津 and 广东, listed on '
   || '2025-03-14, are not in this list.', 'secondary'),
  ('bjyouth-2025-07-10-nhsa', NULL, '截至2025年6月30日,30个省份和新疆生产建设兵团的337个统筹区已开通医保钱包',
   '北京青年报 (NHSA)', '2025-07-10', NULL, 'http://news.cnwest.com/tianxia/a/2025/07/10/23152775.html',
   '"其中北京、河北、内蒙古、吉林、黑龙江、上海、安徽、福建、江西、山东、河南、湖北、广西、海南、重庆、四川、贵州、云南、西藏、'
   || '甘肃、青海、宁夏、新疆、新疆生产建设兵团24个省级医保部门已在全域范围内全面开通医保钱包"; "需要转账人和收款人的地区均'
   || '开通了“医保钱包”功能,才能进行转账". The 30 provinces are not named (the one missing may be 广东, 山西 or '
   || '湖南). Reprinted by 西部网.', 'secondary'),
  ('fujian-2025-07-01-wallet', NULL, '医保钱包在全省范围上线 职工个人账户可跨省共济', '福建 press (outlet not identified)',
   NULL, NULL, NULL,
   'July 2025: "7月1日起,医保钱包功能在全省范围正式上线…自此,福建接入全国职工医保个人账户跨省共济渠道". Weak: seen only in '
   || 'reprints on sites not fit to cite; the original (probably 福建日报) was not found.', 'secondary'),
  ('qinghai-2025-07-01-wallet', NULL, '2025年7月1日青海省范围正式上线“医保钱包”', '西宁本地宝', '2025-07-04', NULL,
   'http://xn.bendibao.com/news/202574/17494.shtm',
   '"2025年7月1日,青海省范围正式上线“医保钱包”". Weak: a city guide site.', 'secondary'),
  ('prov-2025-07-shaanxi', NULL, '陕西职工注意!医保个人账户跨省"家庭共享"落地,医保钱包上线超方便~',
   '陕西省医疗保障局 (来源:群众新闻)', '2025-07-04', NULL,
   'https://ybj.shaanxi.gov.cn/sy/ybyw/sybdt/202507/t20250704_3539486.html',
   '"7月3日,李先生…成功将2000元职工医保个人账户资金转入省外亲属的医保钱包"; "需双方所在地区均开通医保钱包功能方可转账". In '
   || 'July 2025 陕西''s wallet was a 西安 pilot (华商网 2025-07-09), not province-wide.', 'official'),
  ('sxrb-2025-11-04-shaanxi', NULL, '【省医保局】陕西各市(区)医保钱包全覆盖', '陕西日报', '2025-11-04', NULL, NULL,
   '"10月30日,记者从省医疗保障局获悉:我省各市(区)医保钱包功能全部上线…同步支持家庭共济(含跨省)". Read in a '
   || 'summary page (reportify.cn); the original URL was not found.', 'secondary'),
  ('nhsa-2025-09-coverage', NULL, '就医购药、参保缴费都可用 转存收藏医保钱包实用指南', '央视新闻', '2025-09-22', NULL,
   'https://reportify.cn/news/1167450354120527872',
   '"除广东省暂未上线外,其他30个省(市、区)和新疆生产建设兵团均已上线医保钱包功能"; "已上线省市中部分城市或区域(如北京)'
   || '仍在陆续调试开通过程中". Read in a summary page. "上线" in a province is not read as every pool on.', 'secondary'),
  ('nhsa-mof-2026-01-09', NULL, '关于做好职工基本医疗保险个人账户跨省共济工作的通知', '国家医疗保障局、财政部', '2026-01-09',
   NULL, NULL,
   'The notice itself was not seen; its title as 新华社 quotes it ("国家医保局会同财政部1月9日发布《关于做好职工基本医疗保险'
   || '个人账户跨省共济工作的通知》"). Document number and URL not found. What it says: xinhua-2026-01-09-notice. It '
   || 'dates no region: "337" in the reports of that day is the count of 2025-06-30.', 'secondary'),
  ('xinhua-2026-01-09-notice', NULL, '国家医保局会同财政部发布通知,加快实现职工基本医保个人账户跨省共济使用', '新华社',
   '2026-01-09', NULL, 'https://news.ifeng.com/c/8pmWIU5g6xI',
   'The content of nhsa-mof-2026-01-09: "跨省共济的适用对象范围为职工基本医疗保险参保人的近亲属…参加的可以是职工基本医保,也'
   || '可以是城乡居民基本医保"; "共济关系可由双方自愿建立或解除…一人可与多人互建共济关系。当共济人或被共济人的医保关系发生'
   || '终止、跨统筹地区转移等变动时,共济关系自动解除"; "共济资金可用于支付近亲属在定点医疗机构就医发生的个人负担医疗费用,在'
   || '定点零售药店购买…药品、医疗器械、医用耗材发生的个人负担费用,也可以用于参加城乡居民基本医保、长期护理险的个人缴费"; '
   || '"共济人通过医保钱包为被共济人设定共济额度。个人医保钱包实行虚拟额度管理". 新华社 权威快报 adds: "在共济额度内,共济人'
   || '不能再使用该额度的个人账户资金。关系解除后未使用额度返还共济人账户". Reprinted by 凤凰网.', 'secondary'),
  ('zqsb-2026-01-09', NULL, '医保个人账户跨省共济,将全国推行!', '证券时报', '2026-01-09', NULL,
   'https://reportify.cn/social-media/761081217880672',
   '"开展跨省共济资金清算管理,产生的费用按月全额清算,参照跨省异地就医清算流程,由国家统一清分、省市分级清算". Read in a '
   || 'summary page.', 'secondary'),
  ('rmrb-2026-01-10', NULL, '医保个人账户跨省共济范围拓展至全国', '人民日报', '2026-01-10', NULL,
   'https://reportify.cn/news/1207253380779610112',
   '"目前已有337个统筹地区开通医保钱包并实现跨省共济": in January 2026 the count of June 2025 was still quoted. Read in '
   || 'a summary page.', 'secondary'),
  ('nhsa-2024-10-29', NULL, '18个省份及四川半数统筹区已将职工医保个人账户共济范围扩大至近亲属', '国家医疗保障局 (via 中新网, 长江云)',
   '2024-10-29', NULL, 'https://news.hbtv.com.cn/p/4480397.html',
   '"截至10月20日,天津、河北、山西、吉林、黑龙江、江苏、江西、山东、河南、湖北、湖南、广西、贵州、云南、西藏、陕西、甘肃、新疆等'
   || '18个省份及四川半数统筹区已将…共济范围…扩大至…近亲属"; "北京、天津、河北、山西、内蒙古、吉林、黑龙江、上海、江苏、浙江、'
   || '安徽、福建、江西、山东、河南、湖北、湖南、广西、海南、重庆、四川、贵州、云南、西藏、陕西、甘肃、青海、宁夏、新疆共29个省份及'
   || '新疆生产建设兵团已实现职工医保个人账户省内跨统筹区共济…其中,浙江、河南、陕西三省为近期新增". The URL (长江云 '
   || '2024-10-30) gives the count and three names; the full lists were read in reprints of 中新网 2024-10-29.', 'secondary'),
  ('nhsa-2024-11-in-province', NULL, '23省份将医保“家庭共济”扩围至“近亲属”;31个省份及新疆生产建设兵团已实现省内跨统筹区共济',
   '央视新闻客户端, 新华社 (NHSA)', '2024-11-26', NULL, NULL,
   '"截至目前,天津、河北、山西、辽宁、吉林、黑龙江、江苏、浙江、江西、山东、河南、湖北、湖南、广西、海南、四川、贵州、云南、西藏、'
   || '陕西、甘肃、宁夏、新疆等23个省份,已将…共济范围…扩大至…近亲属。其中,辽宁、浙江、海南、四川、宁夏5省份为近一个月新增"; '
   || '"31个省份及新疆生产建设兵团已实现职工医保个人账户省内跨统筹区共济…其中辽宁、广东2省为10月新增". Read in a '
   || 'reprint at a china.com.cn path (content_117569256); the original URL was not confirmed.', 'secondary'),
  ('nhsa-2024-12-26', NULL, '全国所有省份医保“家庭共济”范围扩大至近亲属', '国家医疗保障局 (微信公众号, via 无锡日报/江南晚报)',
   '2024-12-26', NULL, 'http://szb.wxrb.com/jnwb/content/202412/27/content_254905.html',
   '"继今年10月,所有省份已实现职工医保个人账户省内跨统筹区共济后,截至12月9日所有省份已将共济范围由“配偶、父母、子女”扩大至'
   || '“配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女”". Also in English: Xinhua 2024-12-26 '
   || '(en.people.cn/n3/2024/1227/c90000-20259193.html).', 'secondary');

-- Before the wallet: nothing, anywhere.
INSERT INTO shebao_policy_region_enablement (code, scope, valid_from, valid_to, precision, source_id, note) VALUES
  ('000000', 'cross_province', '2024-10-31', NULL, 'off', 'cqrb-2025-01-19-nhsa', 'no region before the 医保钱包, which the national app launched in November 2024 (2024年11月…上线医保钱包); derived');

-- 2024-12-02, the launch in 苏州: 9 provinces, 31 pooling regions, live shortly before the ceremony (on by).
INSERT INTO shebao_policy_region_enablement (code, scope, valid_from, valid_to, precision, source_id, note) VALUES
  ('000000', 'cross_province', '2024-12-02', NULL, 'off', 'nhsa-2024-12-cross-province-pilot', 'the launch named 9 provinces and 31 pooling regions, a complete count: no other region was on; derived'),
  ('519900', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '四川省本级: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('510100', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '成都市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('511600', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '广安市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('410100', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '郑州市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('411500', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '信阳市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('420600', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '襄阳市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('421100', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '黄冈市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('421200', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '咸宁市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('421300', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '随州市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('422800', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '恩施土家族苗族自治州: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('429005', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '潜江市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('130100', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '石家庄市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('130200', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '唐山市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('130300', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '秦皇岛市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('130400', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '邯郸市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('130500', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '邢台市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('130600', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '保定市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('130700', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '张家口市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('130800', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '承德市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('130900', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '沧州市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('131000', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '廊坊市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('131100', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '衡水市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('130181', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '辛集市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('130682', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '定州市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('133100', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '雄安新区: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('139900', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '河北省本级: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('320500', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '苏州市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('500235', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '云阳县: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('622900', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '临夏回族自治州: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('371400', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '德州市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)'),
  ('340400', 'cross_province', '2024-12-02', NULL, 'by', 'article-shebao-2025-08-11', '淮南市: one of the first 31, on by the launch of 2024-12-02 ("近期已正式上线"; the count: nhsa-2024-12-cross-province-pilot)');

-- 2024-12-31: 41 pooling regions of 11 provinces; only 河北, 安徽 and 西藏 named (河北's pools were all among the 31).
INSERT INTO shebao_policy_region_enablement (code, scope, valid_from, valid_to, precision, source_id, note) VALUES
  ('340000', 'cross_province', '2024-12-31', NULL, 'some', 'cqrb-2025-01-19-nhsa', '安徽省 named among the 11 provinces with 41 pooling regions on at the end of 2024'),
  ('540000', 'cross_province', '2024-12-31', NULL, 'some', 'cqrb-2025-01-19-nhsa', '西藏自治区 named among the 11 provinces with 41 pooling regions on at the end of 2024');

-- About 2025-02-04 (央广网, "近日从国家医保局获悉"): 81 pooling regions of 11 provinces, the list complete; 4 province-wide.
INSERT INTO shebao_policy_region_enablement (code, scope, valid_from, valid_to, precision, source_id, note) VALUES
  ('130000', 'cross_province', '2025-02-04', NULL, 'by', 'nhsa-2025-02-expansion', '河北省 province-wide (在全省(区)域范围内全面开通)'),
  ('340000', 'cross_province', '2025-02-04', NULL, 'by', 'nhsa-2025-02-expansion', '安徽省 province-wide (在全省(区)域范围内全面开通)'),
  ('410000', 'cross_province', '2025-02-04', NULL, 'by', 'nhsa-2025-02-expansion', '河南省 province-wide (在全省(区)域范围内全面开通)'),
  ('540000', 'cross_province', '2025-02-04', NULL, 'by', 'nhsa-2025-02-expansion', '西藏自治区 province-wide (在全省(区)域范围内全面开通)'),
  ('320000', 'cross_province', '2025-02-04', NULL, 'some', 'nhsa-2025-02-expansion', '江苏省: among the 11 provinces, not province-wide'),
  ('370000', 'cross_province', '2025-02-04', NULL, 'some', 'nhsa-2025-02-expansion', '山东省: among the 11 provinces, not province-wide'),
  ('420000', 'cross_province', '2025-02-04', NULL, 'some', 'nhsa-2025-02-expansion', '湖北省: among the 11 provinces, not province-wide'),
  ('500000', 'cross_province', '2025-02-04', NULL, 'some', 'nhsa-2025-02-expansion', '重庆市: among the 11 provinces, not province-wide'),
  ('510000', 'cross_province', '2025-02-04', NULL, 'some', 'nhsa-2025-02-expansion', '四川省: among the 11 provinces, not province-wide'),
  ('520000', 'cross_province', '2025-02-04', NULL, 'some', 'nhsa-2025-02-expansion', '贵州省: among the 11 provinces, not province-wide'),
  ('620000', 'cross_province', '2025-02-04', NULL, 'some', 'nhsa-2025-02-expansion', '甘肃省: among the 11 provinces, not province-wide'),
  ('110000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '北京市: not among the 11 provinces of the report (a complete list); derived'),
  ('120000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '天津市: not among the 11 provinces of the report (a complete list); derived'),
  ('140000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '山西省: not among the 11 provinces of the report (a complete list); derived'),
  ('150000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '内蒙古自治区: not among the 11 provinces of the report (a complete list); derived'),
  ('210000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '辽宁省: not among the 11 provinces of the report (a complete list); derived'),
  ('220000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '吉林省: not among the 11 provinces of the report (a complete list); derived'),
  ('230000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '黑龙江省: not among the 11 provinces of the report (a complete list); derived'),
  ('310000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '上海市: not among the 11 provinces of the report (a complete list); derived'),
  ('330000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '浙江省: not among the 11 provinces of the report (a complete list); derived'),
  ('350000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '福建省: not among the 11 provinces of the report (a complete list); derived'),
  ('360000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '江西省: not among the 11 provinces of the report (a complete list); derived'),
  ('430000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '湖南省: not among the 11 provinces of the report (a complete list); derived'),
  ('440000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '广东省: not among the 11 provinces of the report (a complete list); derived'),
  ('450000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '广西壮族自治区: not among the 11 provinces of the report (a complete list); derived'),
  ('460000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '海南省: not among the 11 provinces of the report (a complete list); derived'),
  ('530000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '云南省: not among the 11 provinces of the report (a complete list); derived'),
  ('610000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '陕西省: not among the 11 provinces of the report (a complete list); derived'),
  ('630000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '青海省: not among the 11 provinces of the report (a complete list); derived'),
  ('640000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '宁夏回族自治区: not among the 11 provinces of the report (a complete list); derived'),
  ('650000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '新疆维吾尔自治区: not among the 11 provinces of the report (a complete list); derived'),
  ('660000', 'cross_province', '2025-02-04', NULL, 'off', 'nhsa-2025-02-expansion', '新疆生产建设兵团: not among the 11 provinces of the report (a complete list); derived');

-- 2025-03-14: 146 pooling regions of 17 provinces, the list complete; 7 province-wide.
INSERT INTO shebao_policy_region_enablement (code, scope, valid_from, valid_to, precision, source_id, note) VALUES
  ('370000', 'cross_province', '2025-03-14', NULL, 'by', 'xinhua-2025-03-15-nhsa', '山东省 province-wide'),
  ('420000', 'cross_province', '2025-03-14', NULL, 'by', 'xinhua-2025-03-15-nhsa', '湖北省 province-wide'),
  ('510000', 'cross_province', '2025-03-14', NULL, 'by', 'xinhua-2025-03-15-nhsa', '四川省 province-wide'),
  ('120000', 'cross_province', '2025-03-14', NULL, 'some', 'xinhua-2025-03-15-nhsa', '天津市: among the 17 provinces, not province-wide (CONFLICT: not in the complete list of 2025-05-08)'),
  ('150000', 'cross_province', '2025-03-14', NULL, 'some', 'xinhua-2025-03-15-nhsa', '内蒙古自治区: among the 17 provinces, not province-wide'),
  ('310000', 'cross_province', '2025-03-14', NULL, 'some', 'xinhua-2025-03-15-nhsa', '上海市: among the 17 provinces, not province-wide (a weak list names only 青浦区)'),
  ('320000', 'cross_province', '2025-03-14', NULL, 'some', 'xinhua-2025-03-15-nhsa', '江苏省: among the 17 provinces, not province-wide'),
  ('440000', 'cross_province', '2025-03-14', NULL, 'some', 'xinhua-2025-03-15-nhsa', '广东省: among the 17 provinces, not province-wide (CONFLICT: not in the complete list of 2025-05-08)'),
  ('450000', 'cross_province', '2025-03-14', NULL, 'some', 'xinhua-2025-03-15-nhsa', '广西壮族自治区: among the 17 provinces, not province-wide'),
  ('500000', 'cross_province', '2025-03-14', NULL, 'some', 'xinhua-2025-03-15-nhsa', '重庆市: among the 17 provinces, not province-wide'),
  ('520000', 'cross_province', '2025-03-14', NULL, 'some', 'xinhua-2025-03-15-nhsa', '贵州省: among the 17 provinces, not province-wide'),
  ('620000', 'cross_province', '2025-03-14', NULL, 'some', 'xinhua-2025-03-15-nhsa', '甘肃省: among the 17 provinces, not province-wide'),
  ('650000', 'cross_province', '2025-03-14', NULL, 'some', 'xinhua-2025-03-15-nhsa', '新疆维吾尔自治区: among the 17 provinces, not province-wide'),
  ('110000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '北京市: not among the 17 provinces of the report (a complete list); derived'),
  ('140000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '山西省: not among the 17 provinces of the report (a complete list); derived'),
  ('210000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '辽宁省: not among the 17 provinces of the report (a complete list); derived'),
  ('220000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '吉林省: not among the 17 provinces of the report (a complete list); derived'),
  ('230000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '黑龙江省: not among the 17 provinces of the report (a complete list); derived'),
  ('330000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '浙江省: not among the 17 provinces of the report (a complete list); derived'),
  ('350000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '福建省: not among the 17 provinces of the report (a complete list); derived'),
  ('360000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '江西省: not among the 17 provinces of the report (a complete list); derived'),
  ('430000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '湖南省: not among the 17 provinces of the report (a complete list); derived'),
  ('460000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '海南省: not among the 17 provinces of the report (a complete list); derived'),
  ('530000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '云南省: not among the 17 provinces of the report (a complete list); derived'),
  ('610000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '陕西省: not among the 17 provinces of the report (a complete list); derived'),
  ('630000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '青海省: not among the 17 provinces of the report (a complete list); derived'),
  ('640000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '宁夏回族自治区: not among the 17 provinces of the report (a complete list); derived'),
  ('660000', 'cross_province', '2025-03-14', NULL, 'off', 'xinhua-2025-03-15-nhsa', '新疆生产建设兵团: not among the 17 provinces of the report (a complete list); derived');

-- 2025-05-08: 227 pooling regions of 21 provinces and the 兵团, the list complete; 11 province-wide.
INSERT INTO shebao_policy_region_enablement (code, scope, valid_from, valid_to, precision, source_id, note) VALUES
  ('450000', 'cross_province', '2025-05-08', NULL, 'by', 'jnsb-2025-05-23-nhsa', '广西壮族自治区 province-wide'),
  ('620000', 'cross_province', '2025-05-08', NULL, 'by', 'jnsb-2025-05-23-nhsa', '甘肃省 province-wide'),
  ('650000', 'cross_province', '2025-05-08', NULL, 'by', 'jnsb-2025-05-23-nhsa', '新疆维吾尔自治区 province-wide'),
  ('660000', 'cross_province', '2025-05-08', NULL, 'by', 'jnsb-2025-05-23-nhsa', '新疆生产建设兵团 province-wide'),
  ('150000', 'cross_province', '2025-05-08', NULL, 'some', 'jnsb-2025-05-23-nhsa', '内蒙古自治区: among the 21 provinces and the 兵团, not province-wide'),
  ('210000', 'cross_province', '2025-05-08', NULL, 'some', 'jnsb-2025-05-23-nhsa', '辽宁省: among the 21 provinces and the 兵团, not province-wide'),
  ('220000', 'cross_province', '2025-05-08', NULL, 'some', 'jnsb-2025-05-23-nhsa', '吉林省: among the 21 provinces and the 兵团, not province-wide'),
  ('230000', 'cross_province', '2025-05-08', NULL, 'some', 'jnsb-2025-05-23-nhsa', '黑龙江省: among the 21 provinces and the 兵团, not province-wide'),
  ('310000', 'cross_province', '2025-05-08', NULL, 'some', 'jnsb-2025-05-23-nhsa', '上海市: among the 21 provinces and the 兵团, not province-wide'),
  ('320000', 'cross_province', '2025-05-08', NULL, 'some', 'jnsb-2025-05-23-nhsa', '江苏省: among the 21 provinces and the 兵团, not province-wide'),
  ('330000', 'cross_province', '2025-05-08', NULL, 'some', 'jnsb-2025-05-23-nhsa', '浙江省: among the 21 provinces and the 兵团, not province-wide'),
  ('500000', 'cross_province', '2025-05-08', NULL, 'some', 'jnsb-2025-05-23-nhsa', '重庆市: among the 21 provinces and the 兵团, not province-wide'),
  ('520000', 'cross_province', '2025-05-08', NULL, 'some', 'jnsb-2025-05-23-nhsa', '贵州省: among the 21 provinces and the 兵团, not province-wide'),
  ('530000', 'cross_province', '2025-05-08', NULL, 'some', 'jnsb-2025-05-23-nhsa', '云南省: among the 21 provinces and the 兵团, not province-wide'),
  ('610000', 'cross_province', '2025-05-08', NULL, 'some', 'jnsb-2025-05-23-nhsa', '陕西省: among the 21 provinces and the 兵团, not province-wide'),
  ('110000', 'cross_province', '2025-05-08', NULL, 'off', 'jnsb-2025-05-23-nhsa', '北京市: not among the 21 provinces and the 兵团 of the report (a complete list); derived'),
  ('120000', 'cross_province', '2025-05-08', NULL, 'off', 'jnsb-2025-05-23-nhsa', '天津市: not among the 21 provinces and the 兵团 of the report (a complete list); derived; CONFLICT: listed on 2025-03-14'),
  ('140000', 'cross_province', '2025-05-08', NULL, 'off', 'jnsb-2025-05-23-nhsa', '山西省: not among the 21 provinces and the 兵团 of the report (a complete list); derived'),
  ('350000', 'cross_province', '2025-05-08', NULL, 'off', 'jnsb-2025-05-23-nhsa', '福建省: not among the 21 provinces and the 兵团 of the report (a complete list); derived'),
  ('360000', 'cross_province', '2025-05-08', NULL, 'off', 'jnsb-2025-05-23-nhsa', '江西省: not among the 21 provinces and the 兵团 of the report (a complete list); derived'),
  ('430000', 'cross_province', '2025-05-08', NULL, 'off', 'jnsb-2025-05-23-nhsa', '湖南省: not among the 21 provinces and the 兵团 of the report (a complete list); derived'),
  ('440000', 'cross_province', '2025-05-08', NULL, 'off', 'jnsb-2025-05-23-nhsa', '广东省: not among the 21 provinces and the 兵团 of the report (a complete list); derived; CONFLICT: listed on 2025-03-14'),
  ('460000', 'cross_province', '2025-05-08', NULL, 'off', 'jnsb-2025-05-23-nhsa', '海南省: not among the 21 provinces and the 兵团 of the report (a complete list); derived'),
  ('630000', 'cross_province', '2025-05-08', NULL, 'off', 'jnsb-2025-05-23-nhsa', '青海省: not among the 21 provinces and the 兵团 of the report (a complete list); derived'),
  ('640000', 'cross_province', '2025-05-08', NULL, 'off', 'jnsb-2025-05-23-nhsa', '宁夏回族自治区: not among the 21 provinces and the 兵团 of the report (a complete list); derived');

-- 2025-06-30: 337 pooling regions of 30 provinces and the 兵团 (the 30 not named: no row for the others);
-- 24 provincial bureaus province-wide, the 11 of May and 13 more.
INSERT INTO shebao_policy_region_enablement (code, scope, valid_from, valid_to, precision, source_id, note) VALUES
  ('110000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '北京市 province-wide; CONFLICT: 央视 said on 2025-09-22 that 北京 was still being debugged'),
  ('150000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '内蒙古自治区 province-wide'),
  ('220000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '吉林省 province-wide'),
  ('230000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '黑龙江省 province-wide'),
  ('310000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '上海市 province-wide'),
  ('350000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '福建省 province-wide; CONFLICT: the province announced 2025-07-01'),
  ('360000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '江西省 province-wide'),
  ('460000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '海南省 province-wide'),
  ('500000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '重庆市 province-wide'),
  ('520000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '贵州省 province-wide'),
  ('530000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '云南省 province-wide'),
  ('630000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '青海省 province-wide; CONFLICT: the province announced 2025-07-01'),
  ('640000', 'cross_province', '2025-06-30', NULL, 'by', 'bjyouth-2025-07-10-nhsa', '宁夏回族自治区 province-wide');

-- Provinces' own dates.
INSERT INTO shebao_policy_region_enablement (code, scope, valid_from, valid_to, precision, source_id, note) VALUES
  ('350000', 'cross_province', '2025-07-01', NULL, 'exact', 'fujian-2025-07-01-wallet', '福建 province-wide from 7月1日 (医保钱包功能在全省范围正式上线); CONFLICT: NHSA counted it on 2025-06-30'),
  ('630000', 'cross_province', '2025-07-01', NULL, 'exact', 'qinghai-2025-07-01-wallet', '青海 province-wide from 7月1日 (青海省范围正式上线“医保钱包”); CONFLICT: NHSA counted it on 2025-06-30'),
  ('610100', 'cross_province', '2025-07-03', NULL, 'by', 'prov-2025-07-shaanxi', '西安市: a 西安 worker transferred to a relative in another province on 7月3日 (西安 was 陕西''s pilot); derived from the example'),
  ('610000', 'cross_province', '2025-10-30', NULL, 'by', 'sxrb-2025-11-04-shaanxi', '陕西 every city (我省各市(区)医保钱包功能全部上线)');

-- 2025-09-22 (央视): every province and the 兵团 上线 but 广东; some regions (北京) still being debugged.
INSERT INTO shebao_policy_region_enablement (code, scope, valid_from, valid_to, precision, source_id, note) VALUES
  ('440000', 'cross_province', '2025-09-22', NULL, 'off', 'nhsa-2025-09-coverage', '广东 暂未上线; no later source dates it'),
  ('110000', 'cross_province', '2025-09-22', NULL, 'some', 'nhsa-2025-09-coverage', '北京市: 上线, not named province-wide; 北京 仍在陆续调试开通过程中'),
  ('120000', 'cross_province', '2025-09-22', NULL, 'some', 'nhsa-2025-09-coverage', '天津市: 上线, not named province-wide'),
  ('140000', 'cross_province', '2025-09-22', NULL, 'some', 'nhsa-2025-09-coverage', '山西省: 上线, not named province-wide'),
  ('210000', 'cross_province', '2025-09-22', NULL, 'some', 'nhsa-2025-09-coverage', '辽宁省: 上线, not named province-wide'),
  ('320000', 'cross_province', '2025-09-22', NULL, 'some', 'nhsa-2025-09-coverage', '江苏省: 上线, not named province-wide'),
  ('330000', 'cross_province', '2025-09-22', NULL, 'some', 'nhsa-2025-09-coverage', '浙江省: 上线, not named province-wide'),
  ('430000', 'cross_province', '2025-09-22', NULL, 'some', 'nhsa-2025-09-coverage', '湖南省: 上线, not named province-wide');

-- In-province mutual aid across pools (省内跨统筹区共济): 29 provinces and the 兵团 by 2024-10-20, 辽宁 and 广东 in
-- October, every province by 2024-10-31. No source dates an earlier start: before, the answer is unknown.
INSERT INTO shebao_policy_region_enablement (code, scope, valid_from, valid_to, precision, source_id, note) VALUES
  ('110000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '北京市'),
  ('120000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '天津市'),
  ('130000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '河北省'),
  ('140000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山西省'),
  ('150000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '内蒙古自治区'),
  ('220000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '吉林省'),
  ('230000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '黑龙江省'),
  ('310000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '上海市'),
  ('320000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江苏省'),
  ('330000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '浙江省 (近期新增)'),
  ('340000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '安徽省'),
  ('350000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '福建省'),
  ('360000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江西省'),
  ('370000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山东省'),
  ('410000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '河南省 (近期新增)'),
  ('420000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '湖北省'),
  ('430000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '湖南省'),
  ('450000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '广西壮族自治区'),
  ('460000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '海南省'),
  ('500000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '重庆市'),
  ('510000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '四川省'),
  ('520000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '贵州省'),
  ('530000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '云南省'),
  ('540000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '西藏自治区'),
  ('610000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '陕西省 (近期新增)'),
  ('620000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '甘肃省'),
  ('630000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '青海省'),
  ('640000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '宁夏回族自治区'),
  ('650000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '新疆维吾尔自治区'),
  ('660000', 'in_province', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '新疆生产建设兵团'),
  ('210000', 'in_province', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '辽宁省: not among the 29 provinces and the 兵团 (a complete list); derived'),
  ('440000', 'in_province', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '广东省: not among the 29 provinces and the 兵团 (a complete list); derived'),
  ('210000', 'in_province', '2024-10-31', NULL, 'by', 'nhsa-2024-11-in-province', '辽宁省: 10月新增'),
  ('440000', 'in_province', '2024-10-31', NULL, 'by', 'nhsa-2024-11-in-province', '广东省: 10月新增'),
  ('000000', 'in_province', '2024-10-31', NULL, 'by', 'nhsa-2024-12-26', '继今年10月,所有省份已实现职工医保个人账户省内跨统筹区共济');

