-- Pension qualification certification (养老金领取资格认证): the deadline rules, which rule applies where, the
-- reminder window, and what a missed deadline means. Load after sql/schema.sql.
-- Where each fact comes from and what was set aside: docs/policy-data.md. Weak sources (a reprinted guide, an
-- aggregator) are marked "weak" in their note and in the note of each row that uses them.
--
-- No national formula fixes the deadline; regions differ, and write their rules differently. A rule is a kind
-- that the extension computes (ext/cert/rules.c) with its parameters; this file says which rule applies where,
-- and where the source allows a second reading (alternative_rule), and how a new pensioner's first cycle starts
-- (first_cycle). Set aside (docs/policy-data.md): the birthday window of a 宿迁-area district (2018), and 成都's
-- first cycle (no source found).

INSERT INTO shebao_policy_sources (source_id, doc_number, title, issuer, published, effective, url, note, firmness) VALUES
  ('cert-rsbf-2018-54', '人社厅发〔2018〕54号', '人力资源社会保障部办公厅关于全面取消领取社会保险待遇资格集中认证的通知',
   '人力资源社会保障部办公厅', NULL, NULL, NULL,
   'Abolished centralised yearly certification in 2018 (the month is not confirmed: May in secondary sources); '
   || 'certification is since by data matching, face recognition in apps (支付宝, 微信, 掌上12333), offices and home '
   || 'visits. It sets no national deadline formula. Title as quoted by a town page of 2018-06-28; the document '
   || 'itself and its URL were not read.', 'official'),
  ('cert-handling-regs', '国务院令第765号', '社会保险经办条例', '国务院', NULL, '2023-12-01', NULL,
   'In force 2023-12-01. Art. 26: social-insurance agencies verify entitlement to benefits by data matching, '
   || 'self-service certification and similar means (信息比对、自助认证); where these cannot confirm it they may have '
   || 'the employer or a third party check; benefits stop when the loss of entitlement is confirmed. No deadline '
   || 'formula.', 'official'),
  ('cert-practice-jiangmen', NULL, '@城乡居保待遇领取人员,未及时办理资格认证?请看这里!', '江门市社会保险基金管理局 (copy)',
   NULL, NULL, 'http://sd-xs.com/bmpd/jmsshbxjjglj/zwgk/sbdt/content/post_1486372.html',
   'About 2019: "从2018年7月起,国家、省、市实行全年待遇资格认证…两次认证间隔时间不能超过十二个月;超过十二个月未办理的,将'
   || '暂停发放城乡居保待遇,待补办资格认证手续后予以补发". A copy of a 江门 government page (the original URL, on '
   || 'jiangmen.gov.cn, was not confirmed). "不能超过十二个月" fits the end of the 12th month and the same day a year '
   || 'later alike: the formula is the project''s reading.', 'secondary'),
  ('gd-cert-jieyang', NULL, '揭阳 城乡居保养老待遇资格认证 (quoting 《广东省基本养老金领取资格协助认证办法》)', '揭阳 (reprint)',
   NULL, NULL, 'https://si12333.cn/qa/myuuw.html',
   '"按月领取城乡居保养老待遇的人员,需每年进行资格认证,且每次认证的时间间隔不能超过12个月,如最后一次认证后超过12个月未办理'
   || '认证的人员,从第13个月开始暂停发放养老金". The 广东 document''s number, date and URL were not found; a 梅州 guide '
   || '(2023-12) and a 深圳 page (2023-08: certified 2022-08, due by 2023-08-31) say the same. Weak.', 'secondary'),
  ('zs-cert-window', NULL, '中山市退休认证规定', '(aggregator)', NULL, NULL,
   'https://bkwk.cn/article/txrzxgdzslrskrzsjd-a19521145.html',
   '"省内退休人员:养老金领取资格认证时间为每年4月1日至6月20日。若超过此时间段办理,则从7月起暂停发放养老保险待遇". Weak: '
   || 'an aggregator, and the same sentence appears on a page about 陕西, so whose rule it is remains in doubt. No '
   || 'official 中山 page was found.', 'secondary'),
  ('cq-cert-guide', NULL, '重庆养老资格认证指南', '(reprint of a 重庆 guide)', '2022-09-11', NULL,
   'http://ccschy.com/shenghuo/242371.html',
   '"两次认证的间隔时间不超过十二个月(当年新办退休的人员,从首次领取养老金之月起计算)…刘孃孃在2019年8月首次领取养老金,2020年5月'
   || '她按规定进行了养老待遇资格认证,则刘孃孃的资格认证期将从2020年5月起,自动顺延至2021年4月": the certification month is '
   || 'the first of the 12. Weak: a reprint; the official 重庆 page was not found.', 'secondary'),
  ('gx-cert-2023', NULL, '广西社保待遇领取资格认证怎么操作?2023年动态认证周期多久?', '社保网 (quoting a 广西 notice)',
   NULL, NULL, 'https://m.shebao.southmoney.com/banli/shebaozhishi/202310/465768.html',
   'October 2023: "领取养老保险、失业保险、工伤保险长期待遇的人员以12个月为一个认证周期…(例如:本次认证时间为2022年3月,则下次'
   || '认证时间为2023年3月31日之前…)"; "领取养老保险供养救济费或工伤供养抚恤金的人员以6个月为一个认证周期…(本次认证时间为2022年3月,'
   || '则下次认证时间为2022年9月30日之前)". Weak: a reprint of the notice.', 'secondary'),
  ('cert-practice-shaanxi', NULL, '秦都区养老保险经办中心: 陕西 enterprise retirees, the change of the certification cycle',
   '秦都区养老保险经办中心', '2021-12-23', NULL, 'https://meipian.cn/3yhgqibx',
   '"全省企业离退休人员使用陕西养老保险app“我要认证”功能的认证周期已发生了变更,现在采用的是非自然年度(365天内)认证周期,两次'
   || '认证间隔时间不超过12个月…李先生于2021年1月15号进行认证…最晚不超过2022年1月15日"; before, one certification each '
   || 'calendar year ("以前认证周期为一个自然年度,跨年即需要进行认证", a weaker page). The day of the change is not known: '
   || 'the notice applies the new cycle to a certification of 2021-01-15. A district agency''s notice on a blog host.',
   'secondary'),
  ('cert-practice-fujian', NULL, '常见问题 (城镇职工养老): 资格认证', '福建省人力资源和社会保障厅', '2023-11-13', NULL,
   'https://rst.fujian.gov.cn/wz/cjwt/czzgly/202311/t20231113_6294872.htm',
   '"待遇领取人首次领取待遇后次年同期作为其第一个认证周期起始时间,从这个起始时间起,每12个月至少认证一次,全年均可认证。如果超过'
   || '认证周期未办理认证…将会被暂停发放养老金。因超期未认证被暂停发放的待遇领取人,办理认证之后会恢复并补发养老金". "每12个月'
   || '至少认证一次" read as the same day a year later is the project''s reading.', 'official'),
  ('cert-practice-fujian-resident', NULL, '城乡居民养老待遇资格认证多久做一次?', '福建省人力资源和社会保障厅', '2023-11-29',
   NULL, 'http://rst.fj.gov.cn/wz/cjwt/cxylbx/202311/t20231129_6327632.htm',
   '"我省城乡居民养老保险待遇领取资格认证采用递延认证机制,每365天为一个周期…认证周期开始时间为最新认证时间,新增待遇领取人员'
   || '认证周期开始时间为确认享受待遇的开始时间". Whether the cycle''s last day is the certification day + 364 or + 365 is '
   || 'not said: + 364 (day 365 of a cycle whose day 1 is the certification day) is the project''s reading.', 'official'),
  ('qz-cert-bendibao', NULL, '泉州退休人员养老保险待遇资格多久认证一次?', '泉州本地宝', NULL, NULL,
   'http://m.qz.bendibao.com/live/28156.shtm',
   '"企业退休人员可在上次认证后的12个自然月内任意选择时间进行认证"; "城居保待遇领取资格认证实行递延认证机制,待遇领取人员每认证'
   || '一次,有效期为365日". 泉州''s employees differ from 福建''s province rule. Weak: a city guide site.', 'secondary'),
  ('cert-facts', NULL, 'shebao: what a missed certification means, from regional official pages', 'shebao project', NULL,
   NULL, NULL,
   'Missed deadline: payment is suspended (暂停发放); after certifying it resumes with back pay (补发): 福建 '
   || '(cert-practice-fujian, official), 广东 (gd-cert-jieyang), 江门 (cert-practice-jiangmen). No single national '
   || 'document was found that says it.', 'derived'),
  ('cert-shebao', NULL, 'shebao: defaults of the certification capability', 'shebao project', NULL, NULL, NULL,
   'Product choices, not law: the reminder window of cert_status() (30 days before a deadline) and the use of the '
   || 'article''s rule (month_end_12) where no regional rule is recorded.', 'derived');

-- The rules: a kind with its parameters. The deadline is the last day on which certifying is in time.
INSERT INTO shebao_policy_cert_rules (rule, kind, length, window_from, window_to, description, source_id) VALUES
  ('month_end_12', 'month_end', 12, NULL, NULL,
   'The last day of the 12th natural month after the month of the last certification (12个自然月): certified '
   || '2024-03-15, due by 2025-03-31; 2024-02-29 is due by 2025-02-28. Payment is suspended from the 13th month. The '
   || 'article''s text, 广东, 江门, 广西, 泉州 (employees), and shebao''s default.',
   'article-shebao-2025-08-11'),
  ('month_end_12_counting', 'month_end_counting', 12, NULL, NULL,
   'Twelve months of which the certification month is the first: the last day of the 11th month after it. '
   || 'Certified in 2020-05, due by 2021-04-30; 2024-03-15 is due by 2025-02-28. 重庆; also the article''s own example '
   || '(2024年3月 … 2025年3月之前) read literally.',
   'cq-cert-guide'),
  ('month_end_6', 'month_end', 6, NULL, NULL,
   'The last day of the 6th month after the month of the last certification: certified in 2022-03, due by '
   || '2022-09-30. 广西, for dependants'' and survivors'' benefits (供养救济费, 工伤供养抚恤金).',
   'gx-cert-2023'),
  ('anniversary', 'same_day', 12, NULL, NULL,
   'The same calendar day one year after the last certification; a certification on 02-29 is due by 02-28 of '
   || 'the next year: 2024-03-15 is due by 2025-03-15. 陕西 (enterprise retirees, since 2021) and 福建 (employees).',
   'cert-practice-fujian'),
  ('days_365', 'days', 365, NULL, NULL,
   'The last day of a cycle of 365 days whose first day is the certification day, i.e. the certification day '
   || '+ 364 days: 2024-03-15 is due by 2025-03-14, 2024-02-29 by 2025-02-27. 福建 and 泉州, for the resident pension.',
   'cert-practice-fujian-resident'),
  ('natural_year', 'natural_year', NULL, NULL, NULL,
   'One certification each calendar year: a certification counts for its year, the next is due by 12-31 of the '
   || 'next year (2024-03-15 is due by 2025-12-31). 陕西 enterprise retirees before 2021; the formula is the '
   || 'project''s reading of "一个自然年度".',
   'cert-practice-shaanxi'),
  ('window_0401_0620', 'yearly_window', NULL, '04-01', '06-20',
   'A window from 04-01 to 06-20 each year; payment is suspended from July when it is missed. A certification '
   || 'counts for the window of its year unless it comes before that window (the source does not say: the '
   || 'project''s reading): 2024-05-10 is due by 2025-06-20, 2024-03-15 by 2024-06-20. 中山 (weak).',
   'zs-cert-window');

-- Which rule applies where. Lookup for a region: its own code, then its province, then '000000'; at each, the
-- row for the pension scheme asked about before the 'any' row. Where the employee and resident schemes get
-- different rules, the scheme must be given (e.g. '福建省:resident'): shebao never picks one. valid_from and
-- valid_to are compared with the day of the last certification.
INSERT INTO shebao_policy_cert_assignments (region_code, scheme, valid_from, rule, valid_to, source_id, note, alternative_rule, first_cycle) VALUES
  ('000000', 'any', NULL, 'month_end_12', NULL, 'article-shebao-2025-08-11',
   'National default. There is no national formula (centralised yearly certification was abolished by '
   || '人社厅发〔2018〕54号; 社会保险经办条例 art. 26 requires verification but sets no cycle): shebao uses the '
   || 'article''s rule where no regional rule is recorded. The article is ambiguous: its text ("上次认证后的12个自然月'
   || '内") gives 2025-03-31 for 2024-03-15, its example ("2024年3月认证的,需在2025年3月之前") read literally 2025-02-28.',
   'month_end_12_counting', NULL),
  ('440000', 'any', NULL, 'month_end_12', NULL, 'gd-cert-jieyang',
   '广东: "最后一次认证后超过12个月…从第13个月开始暂停发放" (weak: a city''s reprint of the province''s rule).',
   NULL, NULL),
  ('440700', 'any', '2018-07-01', 'month_end_12', NULL, 'cert-practice-jiangmen',
   '江门: full-year certification since 2018-07, "两次认证间隔时间不能超过十二个月" (a copy of the city''s page), which '
   || 'also reads as the same day a year later.',
   'anniversary', NULL),
  ('442000', 'any', NULL, 'window_0401_0620', NULL, 'zs-cert-window',
   '中山: a yearly window 04-01 to 06-20, suspended from July (weak: an aggregator; the same sentence is also '
   || 'attributed to 陕西).',
   NULL, NULL),
  ('500000', 'any', NULL, 'month_end_12_counting', NULL, 'cq-cert-guide',
   '重庆: the certification month counts as the first of the 12 (2020-05 -> 2021-04); a new pensioner''s cycle '
   || 'counts from the month of the first payment (weak: a reprinted guide).',
   NULL, 'from_first_payment'),
  ('450000', 'employee', NULL, 'month_end_12', NULL, 'gx-cert-2023',
   '广西: 12 months, by the end of the same month next year (weak: a reprint of the notice).', NULL, NULL),
  ('450000', 'resident', NULL, 'month_end_12', NULL, 'gx-cert-2023',
   '广西: 12 months, by the end of the same month next year (weak: a reprint of the notice).', NULL, NULL),
  ('450000', 'dependant', NULL, 'month_end_6', NULL, 'gx-cert-2023',
   '广西: dependants'' and survivors'' benefits every 6 months (weak: a reprint of the notice).', NULL, NULL),
  ('610000', 'employee', NULL, 'natural_year', '2020-12-31', 'cert-practice-shaanxi',
   '陕西 enterprise retirees before the change of 2021: one certification each calendar year (the day of the '
   || 'change is not known; the notice applies the new cycle to a certification of 2021-01-15).', NULL, NULL),
  ('610000', 'employee', '2021-01-01', 'anniversary', NULL, 'cert-practice-shaanxi',
   '陕西 enterprise retirees since 2021: "两次认证间隔时间不超过12个月" (2021-01-15 -> 2022-01-15); recorded for the '
   || 'employee scheme as a whole (public-sector retirees not checked). The resident scheme: the national default.',
   NULL, NULL),
  ('350000', 'employee', NULL, 'anniversary', NULL, 'cert-practice-fujian',
   '福建 employees: "每12个月至少认证一次" (the same day a year later is the project''s reading); the first cycle '
   || 'starts a year after the first payment.', NULL, 'year_after_first_payment'),
  ('350000', 'resident', NULL, 'days_365', NULL, 'cert-practice-fujian-resident',
   '福建 resident pension (城乡居民养老保险): "每365天为一个周期"; a new pensioner''s cycle starts on the confirmed start '
   || 'of the entitlement.', NULL, 'from_entitlement_start'),
  ('350500', 'employee', NULL, 'month_end_12', NULL, 'qz-cert-bendibao',
   '泉州 enterprise retirees: "上次认证后的12个自然月内", the article''s words and ambiguity, unlike 福建''s rule '
   || '(weak: a city guide site).', 'month_end_12_counting', NULL),
  ('350500', 'resident', NULL, 'days_365', NULL, 'qz-cert-bendibao',
   '泉州 resident pension: "每认证一次,有效期为365日" (weak: a city guide site).', NULL, NULL);

INSERT INTO shebao_policy_parameters (name, region_code, valid_from, value, unit, valid_to, source_id, note) VALUES
  ('cert_reminder_days', '000000', NULL, '30', 'days', NULL, 'cert-shebao',
   'cert_status() says ''due'' in the last 30 days up to and including a certification deadline.');

INSERT INTO shebao_policy_cert_facts (region_code, item, valid_from, outcome, detail, valid_to, source_id) VALUES
  ('000000', 'overdue', NULL, 'payment suspended',
   'the pension is suspended (暂停发放) until the pensioner certifies', NULL, 'cert-facts'),
  ('000000', 'recertified', NULL, 'resumed with back pay',
   'once the pensioner certifies, payment resumes and the suspended months are paid (补发)', NULL, 'cert-facts'),
  ('000000', 'basis', '2023-12-01', 'entitlement verified',
   'social-insurance agencies verify entitlement by data matching and self-service certification (社会保险经办条例 art. 26)',
   NULL, 'cert-handling-regs'),
  ('000000', 'method', NULL, 'no centralised yearly certification',
   'since 2018 certification is by data matching, face recognition in apps (支付宝, 微信, 掌上12333), offline offices '
   || 'and home visits, at any time within the cycle', NULL, 'cert-rsbf-2018-54'),
  ('350000', 'overdue', NULL, 'payment suspended',
   '如果超过认证周期未办理认证或未获取可支持认证的比对数据(如高铁、民航出行数据等),将会被暂停发放养老金', NULL,
   'cert-practice-fujian'),
  ('350000', 'recertified', NULL, 'resumed with back pay',
   '因超期未认证被暂停发放的待遇领取人,办理认证之后会恢复并补发养老金', NULL, 'cert-practice-fujian'),
  ('440000', 'overdue', NULL, 'payment suspended from the 13th month',
   '如最后一次认证后超过12个月未办理认证的人员,从第13个月开始暂停发放养老金', NULL, 'gd-cert-jieyang');
