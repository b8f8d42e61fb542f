-- Family mutual aid (家庭共济): who may use an employee's medical-insurance personal account, from when, and where.
-- Load after sql/schema.sql. Where each fact comes from and what was set aside: docs/policy-data.md.
--
-- The scope rows are read like the enablement rows (30-regions-enablement.sql): 'exact', 'by', 'off', 'some',
-- the rows of a region, its province and the nation together. A national 'exact' row is the national document:
-- the two-argument can_share() answers from it; for a region it is the earliest start, and the region's own
-- date, or its province's, decides; where none is known the answer is NULL until every province had it.

INSERT INTO shebao_policy_sources (source_id, doc_number, title, issuer, published, effective, url, note, firmness) VALUES
  ('gf-1998-44', '国发〔1998〕44号', '国务院关于建立城镇职工基本医疗保险制度的决定', '国务院', '1998-12-14', NULL, NULL,
   'The 统账结合 model: pooled fund plus personal account; the account pays the insured person''s own costs. URL '
   || 'not recorded.', 'official'),
  ('gbf-2021-14', '国办发〔2021〕14号', '国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见',
   '国务院办公厅', '2021-04-22', NULL, 'https://www.gov.cn/zhengce/content/2021-04/22/content_5601280.htm',
   'Widens the use of the personal account from the insured person to their spouse, parents and children who are '
   || 'enrolled in basic medical insurance. A guideline published 2021-04-22: each province set its own start, '
   || 'recorded where a source dates it (北京, 上海; 四川 had a wider scope since 2019); elsewhere the start is '
   || 'unknown between this date and October 2024.', 'official'),
  ('gbf-2024-38', '国办发〔2024〕38号', '国务院办公厅关于健全基本医疗保险参保长效机制的指导意见', '国务院办公厅',
   '2024-08-01', NULL, NULL,
   'Widens family mutual aid to the near relatives enrolled in basic medical insurance ("支持职工医保个人账户用于支付参保'
   || '人员近亲属参加居民医保的个人缴费及已参保的近亲属在定点医药机构就医购药发生的个人自付医药费用"). Written at the end of '
   || 'July (NHSA: "今年7月底,国办再次印发文件"), published 2024-08-01 (新华社, reprinted by 江门日报 '
   || 'http://dzb.jmrb.com:8080/jmrb/html/2024-08/02/content_711183.htm). A guideline: provinces adopted it one by '
   || 'one, the last by 2024-12-09. The gov.cn URL was not found.', 'official'),
  ('xinhua-2019-02-26-sichuan', NULL, '四川省城镇职工医保卡下月起可与家人共享', '新华社 (记者董小红、许茹)', '2019-02-26',
   '2019-03-01', 'http://www.xinhuanet.com/politics/2019-02/26/c_1124165509.htm',
   '"记者26日从四川省医疗保障局获悉,从3月1日起,个人账户资金在原支付范围基础上,可扩大用于支付职工本人及其配偶、夫妻双方'
   || '父母、子女的部分费用": in the pool (统筹地区内定点医疗机构), at pharmacies anywhere in 四川, and contributions '
   || '(residents'' insurance, long-term care). Text re-read in reprints (also 四川日报).', 'secondary'),
  ('sc-ybj-2025-07-04-scope', NULL, '职工医保个人账户家庭共济可以共济支付的范围是什么?可以帮哪些家庭成员共济?',
   '四川省医疗保障局', '2025-07-04', NULL,
   'http://ylbzj.sc.gov.cn/scsybj/nc030603/2025/7/4/30cd35203b134f4eac35d0c21f108564.shtml',
   '"近亲属包括配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女": the 2025 scope in 四川, without the '
   || 'parents-in-law of 2019.', 'official'),
  ('xmwb-2022-07-05-shanghai', NULL, '医保卡余额 全家能共享 上海本月启动组建家庭共济网', '新民晚报 (上海市医保局)',
   '2022-07-05', NULL, 'http://paper.xinmin.cn/html/xmwb/2022-07-05/7/139386.html',
   '"7月起,本市正式启动医保家庭共济组网…从仅限职工本人使用,拓展到可以给配偶、父母及子女等家庭成员共济使用"; "8月起,已组网的'
   || '家庭共济成员就可以逐步在本市定点医药机构使用共济资金". Also 文汇报 and 中新网 2022-07-04.', 'secondary'),
  ('xinhua-2021-08-16-beijing', NULL, '北京:医保个人账户可支付配偶、父母、子女相关医疗费用', '新华社 (记者陈旭)', '2021-08-16',
   NULL, 'http://szb.chinalxnet.com/pc/cont/202108/17/content_56080.html',
   '"北京市医疗保障局日前发布《关于城镇职工基本医疗保险个人账户使用范围的补充通知》…可用于支付参保人员配偶、父母、子女在'
   || '定点医疗机构就医、定点零售药店发生的由个人负担的医疗费用。通知自发布日起实施". The notice''s number and day were '
   || 'not found. Reprinted by 临夏民族日报.', 'secondary'),
  ('press-2022-08-beijing', NULL, '9月1日起北京医保个人账户怎么用?一图解析', 'press graphic (reprint)', NULL, NULL,
   'https://news.shi-fen.com/china/202208/50-1381866.html',
   'August 2022: "9月1日起,职工医保个人账户资金将专款专用;12月1日起,个人账户资金可以给满足条件的家庭成员共济使用". '
   || 'Weak: a reprint site; the official 北京 document was not found.', 'secondary'),
  ('youth-2024-08-27-nhsa', NULL, '今年1-7月职工医保个人账户家庭共济金额超220亿元', '中国青年报 (NHSA)', '2024-08-27', NULL,
   'https://news.youth.cn/jsxw/202408/t20240827_15475973.htm',
   '"全国已有25个省份及新疆生产建设兵团实现职工医保个人账户省内跨统筹区家庭共济。此外,截至8月15日,河北、湖南、西藏等省份已将'
   || '职工医保个人账户家庭共济范围由“配偶、父母、子女”扩大至“近亲属”". The 25 are not named.', 'secondary'),
  ('shebao-readings', NULL, 'shebao: readings of the sources', 'shebao project', NULL, NULL, NULL,
   'Where the project reads a date from other sources rather than from one that states it: each row that cites '
   || 'this says the reading in its note.', 'derived');

-- The nation: the insured person always; the documents of 2021 and 2024 (the earliest start anywhere but 四川);
-- every province by October 2024 (spouse, parents, children) and by 2024-12-09 (all near relatives).
INSERT INTO shebao_policy_sharing_scopes (region_code, class, valid_from, valid_to, precision, source_id, note) VALUES
  ('000000', 'self', NULL, NULL, 'by', 'gf-1998-44', 'the insured person: everywhere, since personal accounts exist (by with no date: always)'),
  ('000000', 'spouse', '2021-04-22', NULL, 'exact', 'gbf-2021-14', 'the national document: can_share(relation, on_date) answers from it; for a region, the earliest possible start'),
  ('000000', 'parent', '2021-04-22', NULL, 'exact', 'gbf-2021-14', 'the national document: can_share(relation, on_date) answers from it; for a region, the earliest possible start'),
  ('000000', 'child', '2021-04-22', NULL, 'exact', 'gbf-2021-14', 'the national document: can_share(relation, on_date) answers from it; for a region, the earliest possible start'),
  ('000000', 'spouse', '2024-10-31', NULL, 'by', 'nhsa-2024-12-26', 'every province had family mutual aid across pools in October 2024, so at least spouse, parents and children; derived'),
  ('000000', 'parent', '2024-10-31', NULL, 'by', 'nhsa-2024-12-26', 'every province had family mutual aid across pools in October 2024, so at least spouse, parents and children; derived'),
  ('000000', 'child', '2024-10-31', NULL, 'by', 'nhsa-2024-12-26', 'every province had family mutual aid across pools in October 2024, so at least spouse, parents and children; derived'),
  ('000000', 'sibling', '2024-08-01', NULL, 'exact', 'gbf-2024-38', 'the national document (written at the end of July, published 2024-08-01): the earliest possible start for a region'),
  ('000000', 'grandparent', '2024-08-01', NULL, 'exact', 'gbf-2024-38', 'the national document (written at the end of July, published 2024-08-01): the earliest possible start for a region'),
  ('000000', 'grandchild', '2024-08-01', NULL, 'exact', 'gbf-2024-38', 'the national document (written at the end of July, published 2024-08-01): the earliest possible start for a region'),
  ('000000', 'sibling', '2024-12-09', NULL, 'by', 'nhsa-2024-12-26', '截至12月9日所有省份已将共济范围…扩大至…近亲属'),
  ('000000', 'grandparent', '2024-12-09', NULL, 'by', 'nhsa-2024-12-26', '截至12月9日所有省份已将共济范围…扩大至…近亲属'),
  ('000000', 'grandchild', '2024-12-09', NULL, 'by', 'nhsa-2024-12-26', '截至12月9日所有省份已将共济范围…扩大至…近亲属');

-- 四川: from 2019-03-01 the account paid for the spouse, both spouses' parents and the children (wider than the
-- national scope of 2021); parents-in-law dropped at an unknown date; near relatives in half its pools by
-- 2024-10-20, all by 2024-11-26.
INSERT INTO shebao_policy_sharing_scopes (region_code, class, valid_from, valid_to, precision, source_id, note) VALUES
  ('510000', 'spouse', '2019-03-01', NULL, 'exact', 'xinhua-2019-02-26-sichuan', '从3月1日起…可扩大用于支付职工本人及其配偶、夫妻双方父母、子女的部分费用'),
  ('510000', 'parent', '2019-03-01', NULL, 'exact', 'xinhua-2019-02-26-sichuan', '从3月1日起…可扩大用于支付职工本人及其配偶、夫妻双方父母、子女的部分费用'),
  ('510000', 'child', '2019-03-01', NULL, 'exact', 'xinhua-2019-02-26-sichuan', '从3月1日起…可扩大用于支付职工本人及其配偶、夫妻双方父母、子女的部分费用'),
  ('510000', 'parent_in_law', '2019-03-01', NULL, 'exact', 'xinhua-2019-02-26-sichuan', '从3月1日起…可扩大用于支付职工本人及其配偶、夫妻双方父母、子女的部分费用'),
  ('510000', 'parent_in_law', '2021-04-21', NULL, 'by', 'shebao-readings', 'the 2019 rule (夫妻双方父母) can only have been replaced when 四川 took up 国办发〔2021〕14号 (published 2021-04-22), which names spouse, parents and children; derived'),
  ('510000', 'parent_in_law', '2025-07-04', NULL, 'off', 'sc-ybj-2025-07-04-scope', '四川''s own list of 2025 names the 8 near-relative classes only; when the 2019 scope ended is not known'),
  ('510000', 'sibling', '2024-10-20', NULL, 'some', 'nhsa-2024-10-29', '四川半数统筹区'),
  ('510000', 'grandparent', '2024-10-20', NULL, 'some', 'nhsa-2024-10-29', '四川半数统筹区'),
  ('510000', 'grandchild', '2024-10-20', NULL, 'some', 'nhsa-2024-10-29', '四川半数统筹区'),
  ('510000', 'sibling', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '四川 among the 23 provinces (近一个月新增)'),
  ('510000', 'grandparent', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '四川 among the 23 provinces (近一个月新增)'),
  ('510000', 'grandchild', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '四川 among the 23 provinces (近一个月新增)');

-- 上海: spouse, parents, children from 2022-08 (组网 in July); near relatives not by 2024-11-26.
INSERT INTO shebao_policy_sharing_scopes (region_code, class, valid_from, valid_to, precision, source_id, note) VALUES
  ('310000', 'spouse', '2022-08-01', NULL, 'exact', 'xmwb-2022-07-05-shanghai', '8月起,已组网的家庭共济成员就可以逐步在本市定点医药机构使用共济资金 (only the prior years'' balance, 历年结余); before: the insured person only'),
  ('310000', 'parent', '2022-08-01', NULL, 'exact', 'xmwb-2022-07-05-shanghai', '8月起,已组网的家庭共济成员就可以逐步在本市定点医药机构使用共济资金 (only the prior years'' balance, 历年结余); before: the insured person only'),
  ('310000', 'child', '2022-08-01', NULL, 'exact', 'xmwb-2022-07-05-shanghai', '8月起,已组网的家庭共济成员就可以逐步在本市定点医药机构使用共济资金 (only the prior years'' balance, 历年结余); before: the insured person only'),
  ('310000', 'sibling', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '上海 not among the 23 provinces (a complete list); derived'),
  ('310000', 'grandparent', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '上海 not among the 23 provinces (a complete list); derived'),
  ('310000', 'grandchild', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '上海 not among the 23 provinces (a complete list); derived');

-- 北京: a notice of August 2021 and a report of "from 2022-12-01" disagree: both kept, the answer between them is
-- unknown; near relatives not by 2024-11-26.
INSERT INTO shebao_policy_sharing_scopes (region_code, class, valid_from, valid_to, precision, source_id, note) VALUES
  ('110000', 'spouse', '2021-08-16', NULL, 'by', 'xinhua-2021-08-16-beijing', '《关于城镇职工基本医疗保险个人账户使用范围的补充通知》, in force from its publication shortly before 2021-08-16; CONFLICT with press-2022-08-beijing'),
  ('110000', 'parent', '2021-08-16', NULL, 'by', 'xinhua-2021-08-16-beijing', '《关于城镇职工基本医疗保险个人账户使用范围的补充通知》, in force from its publication shortly before 2021-08-16; CONFLICT with press-2022-08-beijing'),
  ('110000', 'child', '2021-08-16', NULL, 'by', 'xinhua-2021-08-16-beijing', '《关于城镇职工基本医疗保险个人账户使用范围的补充通知》, in force from its publication shortly before 2021-08-16; CONFLICT with press-2022-08-beijing'),
  ('110000', 'spouse', '2022-12-01', NULL, 'exact', 'press-2022-08-beijing', '12月1日起,个人账户资金可以给满足条件的家庭成员共济使用 (weak); CONFLICT with the 2021 notice'),
  ('110000', 'parent', '2022-12-01', NULL, 'exact', 'press-2022-08-beijing', '12月1日起,个人账户资金可以给满足条件的家庭成员共济使用 (weak); CONFLICT with the 2021 notice'),
  ('110000', 'child', '2022-12-01', NULL, 'exact', 'press-2022-08-beijing', '12月1日起,个人账户资金可以给满足条件的家庭成员共济使用 (weak); CONFLICT with the 2021 notice'),
  ('110000', 'sibling', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '北京 not among the 23 provinces (a complete list); derived'),
  ('110000', 'grandparent', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '北京 not among the 23 provinces (a complete list); derived'),
  ('110000', 'grandchild', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '北京 not among the 23 provinces (a complete list); derived');

-- Spouse, parents, children: the provinces with family mutual aid across their pools by 2024-10-20 had these
-- classes by then (北京, 上海, 四川 above, earlier).
INSERT INTO shebao_policy_sharing_scopes (region_code, class, valid_from, valid_to, precision, source_id, note) VALUES
  ('120000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '天津市 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('120000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '天津市 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('120000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '天津市 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('130000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '河北省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('130000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '河北省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('130000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '河北省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('140000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山西省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('140000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山西省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('140000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山西省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('150000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '内蒙古自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('150000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '内蒙古自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('150000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '内蒙古自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('220000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '吉林省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('220000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '吉林省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('220000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '吉林省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('230000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '黑龙江省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('230000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '黑龙江省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('230000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '黑龙江省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('320000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江苏省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('320000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江苏省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('320000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江苏省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('330000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '浙江省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('330000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '浙江省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('330000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '浙江省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('340000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '安徽省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('340000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '安徽省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('340000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '安徽省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('350000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '福建省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('350000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '福建省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('350000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '福建省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('360000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江西省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('360000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江西省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('360000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江西省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('370000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山东省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('370000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山东省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('370000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山东省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('410000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '河南省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('410000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '河南省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('410000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '河南省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('420000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '湖北省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('420000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '湖北省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('420000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '湖北省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('430000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '湖南省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('430000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '湖南省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('430000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '湖南省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('450000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '广西壮族自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('450000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '广西壮族自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('450000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '广西壮族自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('460000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '海南省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('460000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '海南省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('460000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '海南省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('500000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '重庆市 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('500000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '重庆市 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('500000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '重庆市 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('520000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '贵州省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('520000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '贵州省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('520000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '贵州省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('530000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '云南省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('530000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '云南省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('530000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '云南省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('540000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '西藏自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('540000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '西藏自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('540000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '西藏自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('610000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '陕西省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('610000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '陕西省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('610000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '陕西省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('620000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '甘肃省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('620000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '甘肃省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('620000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '甘肃省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('630000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '青海省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('630000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '青海省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('630000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '青海省 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('640000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '宁夏回族自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('640000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '宁夏回族自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('640000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '宁夏回族自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('650000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '新疆维吾尔自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('650000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '新疆维吾尔自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('650000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '新疆维吾尔自治区 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('660000', 'spouse', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '新疆生产建设兵团 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('660000', 'parent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '新疆生产建设兵团 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived'),
  ('660000', 'child', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '新疆生产建设兵团 had family mutual aid across its pools by 2024-10-20, so at least spouse, parents and children; derived');

-- Near relatives (siblings, grandparents, grandchildren), province by province: 河北 湖南 西藏 by 2024-08-15; 18
-- provinces and half of 四川 by 2024-10-20; 23 by 2024-11-26; every province by 2024-12-09 (the national row).
-- (北京, 上海 and 四川 above.)
INSERT INTO shebao_policy_sharing_scopes (region_code, class, valid_from, valid_to, precision, source_id, note) VALUES
  ('130000', 'sibling', '2024-08-15', NULL, 'by', 'youth-2024-08-27-nhsa', '河北省: 截至8月15日…已将…共济范围…扩大至“近亲属”'),
  ('130000', 'grandparent', '2024-08-15', NULL, 'by', 'youth-2024-08-27-nhsa', '河北省: 截至8月15日…已将…共济范围…扩大至“近亲属”'),
  ('130000', 'grandchild', '2024-08-15', NULL, 'by', 'youth-2024-08-27-nhsa', '河北省: 截至8月15日…已将…共济范围…扩大至“近亲属”'),
  ('430000', 'sibling', '2024-08-15', NULL, 'by', 'youth-2024-08-27-nhsa', '湖南省: 截至8月15日…已将…共济范围…扩大至“近亲属”'),
  ('430000', 'grandparent', '2024-08-15', NULL, 'by', 'youth-2024-08-27-nhsa', '湖南省: 截至8月15日…已将…共济范围…扩大至“近亲属”'),
  ('430000', 'grandchild', '2024-08-15', NULL, 'by', 'youth-2024-08-27-nhsa', '湖南省: 截至8月15日…已将…共济范围…扩大至“近亲属”'),
  ('540000', 'sibling', '2024-08-15', NULL, 'by', 'youth-2024-08-27-nhsa', '西藏自治区: 截至8月15日…已将…共济范围…扩大至“近亲属”'),
  ('540000', 'grandparent', '2024-08-15', NULL, 'by', 'youth-2024-08-27-nhsa', '西藏自治区: 截至8月15日…已将…共济范围…扩大至“近亲属”'),
  ('540000', 'grandchild', '2024-08-15', NULL, 'by', 'youth-2024-08-27-nhsa', '西藏自治区: 截至8月15日…已将…共济范围…扩大至“近亲属”'),
  ('120000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '天津市: one of the 18 provinces'),
  ('120000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '天津市: one of the 18 provinces'),
  ('120000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '天津市: one of the 18 provinces'),
  ('140000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山西省: one of the 18 provinces'),
  ('140000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山西省: one of the 18 provinces'),
  ('140000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山西省: one of the 18 provinces'),
  ('220000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '吉林省: one of the 18 provinces'),
  ('220000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '吉林省: one of the 18 provinces'),
  ('220000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '吉林省: one of the 18 provinces'),
  ('230000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '黑龙江省: one of the 18 provinces (近期新增)'),
  ('230000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '黑龙江省: one of the 18 provinces (近期新增)'),
  ('230000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '黑龙江省: one of the 18 provinces (近期新增)'),
  ('320000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江苏省: one of the 18 provinces (近期新增)'),
  ('320000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江苏省: one of the 18 provinces (近期新增)'),
  ('320000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江苏省: one of the 18 provinces (近期新增)'),
  ('360000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江西省: one of the 18 provinces (近期新增)'),
  ('360000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江西省: one of the 18 provinces (近期新增)'),
  ('360000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '江西省: one of the 18 provinces (近期新增)'),
  ('370000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山东省: one of the 18 provinces'),
  ('370000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山东省: one of the 18 provinces'),
  ('370000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '山东省: one of the 18 provinces'),
  ('410000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '河南省: one of the 18 provinces'),
  ('410000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '河南省: one of the 18 provinces'),
  ('410000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '河南省: one of the 18 provinces'),
  ('420000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '湖北省: one of the 18 provinces (近期新增)'),
  ('420000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '湖北省: one of the 18 provinces (近期新增)'),
  ('420000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '湖北省: one of the 18 provinces (近期新增)'),
  ('450000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '广西壮族自治区: one of the 18 provinces'),
  ('450000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '广西壮族自治区: one of the 18 provinces'),
  ('450000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '广西壮族自治区: one of the 18 provinces'),
  ('520000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '贵州省: one of the 18 provinces (近期新增)'),
  ('520000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '贵州省: one of the 18 provinces (近期新增)'),
  ('520000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '贵州省: one of the 18 provinces (近期新增)'),
  ('530000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '云南省: one of the 18 provinces'),
  ('530000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '云南省: one of the 18 provinces'),
  ('530000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '云南省: one of the 18 provinces'),
  ('610000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '陕西省: one of the 18 provinces'),
  ('610000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '陕西省: one of the 18 provinces'),
  ('610000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '陕西省: one of the 18 provinces'),
  ('620000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '甘肃省: one of the 18 provinces (近期新增)'),
  ('620000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '甘肃省: one of the 18 provinces (近期新增)'),
  ('620000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '甘肃省: one of the 18 provinces (近期新增)'),
  ('650000', 'sibling', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '新疆维吾尔自治区: one of the 18 provinces (近期新增)'),
  ('650000', 'grandparent', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '新疆维吾尔自治区: one of the 18 provinces (近期新增)'),
  ('650000', 'grandchild', '2024-10-20', NULL, 'by', 'nhsa-2024-10-29', '新疆维吾尔自治区: one of the 18 provinces (近期新增)'),
  ('210000', 'sibling', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '辽宁省: not among the 18 provinces (a complete list); derived'),
  ('210000', 'grandparent', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '辽宁省: not among the 18 provinces (a complete list); derived'),
  ('210000', 'grandchild', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '辽宁省: not among the 18 provinces (a complete list); derived'),
  ('330000', 'sibling', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '浙江省: not among the 18 provinces (a complete list); derived'),
  ('330000', 'grandparent', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '浙江省: not among the 18 provinces (a complete list); derived'),
  ('330000', 'grandchild', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '浙江省: not among the 18 provinces (a complete list); derived'),
  ('460000', 'sibling', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '海南省: not among the 18 provinces (a complete list); derived'),
  ('460000', 'grandparent', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '海南省: not among the 18 provinces (a complete list); derived'),
  ('460000', 'grandchild', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '海南省: not among the 18 provinces (a complete list); derived'),
  ('640000', 'sibling', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '宁夏回族自治区: not among the 18 provinces (a complete list); derived'),
  ('640000', 'grandparent', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '宁夏回族自治区: not among the 18 provinces (a complete list); derived'),
  ('640000', 'grandchild', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '宁夏回族自治区: not among the 18 provinces (a complete list); derived'),
  ('150000', 'sibling', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '内蒙古自治区: not among the 18 provinces (a complete list); derived'),
  ('150000', 'grandparent', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '内蒙古自治区: not among the 18 provinces (a complete list); derived'),
  ('150000', 'grandchild', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '内蒙古自治区: not among the 18 provinces (a complete list); derived'),
  ('340000', 'sibling', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '安徽省: not among the 18 provinces (a complete list); derived'),
  ('340000', 'grandparent', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '安徽省: not among the 18 provinces (a complete list); derived'),
  ('340000', 'grandchild', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '安徽省: not among the 18 provinces (a complete list); derived'),
  ('350000', 'sibling', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '福建省: not among the 18 provinces (a complete list); derived'),
  ('350000', 'grandparent', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '福建省: not among the 18 provinces (a complete list); derived'),
  ('350000', 'grandchild', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '福建省: not among the 18 provinces (a complete list); derived'),
  ('440000', 'sibling', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '广东省: not among the 18 provinces (a complete list); derived'),
  ('440000', 'grandparent', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '广东省: not among the 18 provinces (a complete list); derived'),
  ('440000', 'grandchild', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '广东省: not among the 18 provinces (a complete list); derived'),
  ('500000', 'sibling', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '重庆市: not among the 18 provinces (a complete list); derived'),
  ('500000', 'grandparent', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '重庆市: not among the 18 provinces (a complete list); derived'),
  ('500000', 'grandchild', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '重庆市: not among the 18 provinces (a complete list); derived'),
  ('630000', 'sibling', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '青海省: not among the 18 provinces (a complete list); derived'),
  ('630000', 'grandparent', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '青海省: not among the 18 provinces (a complete list); derived'),
  ('630000', 'grandchild', '2024-10-20', NULL, 'off', 'nhsa-2024-10-29', '青海省: not among the 18 provinces (a complete list); derived'),
  ('210000', 'sibling', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '辽宁省: one of the 23 provinces (近一个月新增)'),
  ('210000', 'grandparent', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '辽宁省: one of the 23 provinces (近一个月新增)'),
  ('210000', 'grandchild', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '辽宁省: one of the 23 provinces (近一个月新增)'),
  ('330000', 'sibling', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '浙江省: one of the 23 provinces (近一个月新增)'),
  ('330000', 'grandparent', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '浙江省: one of the 23 provinces (近一个月新增)'),
  ('330000', 'grandchild', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '浙江省: one of the 23 provinces (近一个月新增)'),
  ('460000', 'sibling', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '海南省: one of the 23 provinces (近一个月新增)'),
  ('460000', 'grandparent', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '海南省: one of the 23 provinces (近一个月新增)'),
  ('460000', 'grandchild', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '海南省: one of the 23 provinces (近一个月新增)'),
  ('640000', 'sibling', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '宁夏回族自治区: one of the 23 provinces (近一个月新增)'),
  ('640000', 'grandparent', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '宁夏回族自治区: one of the 23 provinces (近一个月新增)'),
  ('640000', 'grandchild', '2024-11-26', NULL, 'by', 'nhsa-2024-11-in-province', '宁夏回族自治区: one of the 23 provinces (近一个月新增)'),
  ('150000', 'sibling', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '内蒙古自治区: not among the 23 provinces (a complete list); derived'),
  ('150000', 'grandparent', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '内蒙古自治区: not among the 23 provinces (a complete list); derived'),
  ('150000', 'grandchild', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '内蒙古自治区: not among the 23 provinces (a complete list); derived'),
  ('340000', 'sibling', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '安徽省: not among the 23 provinces (a complete list); derived'),
  ('340000', 'grandparent', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '安徽省: not among the 23 provinces (a complete list); derived'),
  ('340000', 'grandchild', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '安徽省: not among the 23 provinces (a complete list); derived'),
  ('350000', 'sibling', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '福建省: not among the 23 provinces (a complete list); derived'),
  ('350000', 'grandparent', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '福建省: not among the 23 provinces (a complete list); derived'),
  ('350000', 'grandchild', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '福建省: not among the 23 provinces (a complete list); derived'),
  ('440000', 'sibling', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '广东省: not among the 23 provinces (a complete list); derived'),
  ('440000', 'grandparent', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '广东省: not among the 23 provinces (a complete list); derived'),
  ('440000', 'grandchild', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '广东省: not among the 23 provinces (a complete list); derived'),
  ('500000', 'sibling', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '重庆市: not among the 23 provinces (a complete list); derived'),
  ('500000', 'grandparent', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '重庆市: not among the 23 provinces (a complete list); derived'),
  ('500000', 'grandchild', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '重庆市: not among the 23 provinces (a complete list); derived'),
  ('630000', 'sibling', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '青海省: not among the 23 provinces (a complete list); derived'),
  ('630000', 'grandparent', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '青海省: not among the 23 provinces (a complete list); derived'),
  ('630000', 'grandchild', '2024-11-26', NULL, 'off', 'nhsa-2024-11-in-province', '青海省: not among the 23 provinces (a complete list); derived');

-- What mutual aid is, beyond yes or no: family mutual aid as the 2024 guideline widened it (shown for one pool
-- and for the national form); cross-province mutual aid from the launch, and as the notice of 2026-01-09 sets it.
INSERT INTO shebao_policy_sharing_facts (region_code, scope, item, valid_from, outcome, detail, valid_to, source_id) VALUES
  ('000000', 'family', 'recipient', '2024-08-01', 'a relative enrolled in basic medical insurance',
   'a near relative enrolled in basic medical insurance, in either scheme (已参保的近亲属); only money is shared: the '
   || 'relative uses their own card', NULL, 'gbf-2024-38'),
  ('000000', 'family', 'uses', '2024-08-01', 'own share and resident contributions',
   'the relative''s own share at designated hospitals and pharmacies, and their resident medical-insurance '
   || 'contribution (支付参保人员近亲属参加居民医保的个人缴费及已参保的近亲属在定点医药机构就医购药发生的个人自付医药费用)',
   NULL, 'gbf-2024-38'),
  ('000000', 'cross_province', 'recipient', '2024-12-02', 'a near relative',
   'a transfer goes to the 医保钱包 of a near relative; both pooling regions must have the wallet (需要转账人和收款人的'
   || '地区均开通了“医保钱包”功能,才能进行转账)', '2026-01-08', 'bjyouth-2025-07-10-nhsa'),
  ('000000', 'cross_province', 'uses', '2024-12-02', 'medical costs and resident contributions',
   'the relative''s resident medical-insurance contributions and medical costs (可以跨省用于本人近亲属缴纳居民医保和支付医疗费用)',
   '2026-01-08', 'nhsa-2024-12-cross-province-pilot'),
  ('000000', 'cross_province', 'recipient', '2026-01-09', 'a near relative insured in either scheme',
   'the 8 classes of near relatives (配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女), insured in the employee or '
   || 'the resident scheme (职工基本医保 or 城乡居民基本医保)', NULL, 'xinhua-2026-01-09-notice'),
  ('000000', 'cross_province', 'relation', '2026-01-09', 'a standing relation',
   'a mutual-aid relation (共济关系) is set up or ended by both at will, one person with several, both ways; it ends '
   || 'by itself when either side''s insurance ends or moves to another pool (终止、跨统筹地区转移)', NULL,
   'xinhua-2026-01-09-notice'),
  ('000000', 'cross_province', 'quota', '2026-01-09', 'a quota frozen for the payer',
   'the payer sets a quota (共济额度) in the 医保钱包 and cannot use that part of the account; the quota is virtual '
   || '(no fund money goes into the wallet); what is unused returns to the payer when the relation ends', NULL,
   'xinhua-2026-01-09-notice'),
  ('000000', 'cross_province', 'uses', '2026-01-09', 'own share, resident and long-term-care contributions',
   'the relative''s own share at designated hospitals; drugs, devices and consumables at designated pharmacies; the '
   || 'relative''s resident medical-insurance and long-term-care insurance (长期护理险) contributions', NULL,
   'xinhua-2026-01-09-notice'),
  ('000000', 'cross_province', 'clearing', '2026-01-09', 'monthly clearing',
   'the funds are cleared monthly in full, as for medical treatment in another province: cleared nationally, settled '
   || 'by province and city (按月全额清算…由国家统一清分、省市分级清算)', NULL, 'zqsb-2026-01-09');

-- The place rule of family mutual aid between two pooling regions: for each kind of place, the mutual aid both
-- regions need on the day (shebao_policy_region_enablement, scope): 'none', 'in_province' or 'cross_province'.
-- explain_can_share() cites each row's source for its 'place' row.
INSERT INTO shebao_policy_parameters (name, region_code, valid_from, value, unit, valid_to, source_id, note) VALUES
  ('sharing_place_same_region', '000000', NULL, 'none', NULL, NULL, 'gbf-2021-14',
   'Payer and relative insured in the same pooling region: family mutual aid has no place condition.'),
  ('sharing_place_same_province', '000000', NULL, 'in_province', NULL, NULL, 'nhsa-2024-11-in-province',
   'Two pooling regions of one province: in-province mutual aid across pooling regions must apply in both.'),
  ('sharing_place_cross_province', '000000', NULL, 'cross_province', NULL, NULL, 'prov-2025-07-shaanxi',
   'Pooling regions of two provinces: both must have cross-province mutual aid on the day (需双方所在地区均开通医保'
   || '钱包功能方可转账).');
