-- Binding a relative (新增绑定) and the medical-insurance wallet (医保钱包): what a binding request can be checked
-- against beyond the relations' kin paths (the sex of a relative where the path does not say it, the legal
-- marriage age), and the limits of wallet transfers. Load after sql/schema.sql and 10-relations.sql. Where each fact comes from:
-- docs/policy-data.md, docs/binding.md and docs/wallet.md.
--
-- Sources another file may cite too are inserted OR IGNORE: the first definition stands.

INSERT OR IGNORE INTO shebao_policy_sources (source_id, doc_number, title, issuer, published, effective, url, note, firmness) VALUES
  ('marriage-law-1980', NULL, '中华人民共和国婚姻法', '全国人民代表大会', '1980-09-10', '1981-01-01',
   'https://github.com/chuan6/structured-law-document/blob/gh-pages/%E5%A9%9A%E5%A7%BB%E6%B3%95.html',
   'A copy of the official text. The page read is a copy of the law as amended in 2001, '
   || 'from www.gov.cn 2005-05-25 (source: 全国人大法规库). Art. 6 (art. 5 in the 1980 text, the same ages): '
   || '"结婚年龄，男不得早于二十二周岁，女不得早于二十周岁。" Art. 51: in force from 1981-01-01, replacing the '
   || 'Marriage Law of 1950-05-01. Replaced by the Civil Code (art. 1047, the same ages) from 2021-01-01.', 'secondary'),
  ('qinan-wallet-guide', NULL, '医保钱包使用指南', '秦安县人民政府', NULL, NULL,
   'http://www.qinan.gov.cn/info/11672/1253662.htm',
   'A county government page; its date of publication is not shown. "每个医保钱包账户单日限额'
   || '三笔转账"; "每笔转账金额不超过2000元"; "每日22:00-次日6:00不能进行转账"; "若接收人未及时接收钱包转账，则转出'
   || '的金额将在次日6:00退回转账人账户内"; "被共济人未接收转账的，共济人无法再次转账".', 'official'),
  ('shaanxi-ybj-2025-07-04', NULL, '陕西职工注意！医保个人账户跨省"家庭共享"落地，医保钱包上线超方便~',
   '陕西省医疗保障局', '2025-07-04', NULL, 'https://ybj.shaanxi.gov.cn/sy/ybyw/sybdt/202507/t20250704_3539486.html',
   'The bureau''s page, reprinting 群众新闻. "单日最多转账3笔，每笔不能超过2000元，每日22时至次日'
   || '6时暂停转账"; "若收款人未开通或未及时接收，金额将于次日6时退回".', 'official'),
  ('ytwb-2025-09-18', NULL, '医保钱包 开立流程 / 注意事项', '烟台晚报', '2025-09-18', NULL,
   'https://www.shm.com.cn/szb/ytwb/paper/pc/content/202509/18/content_244618.html',
   'Press, citing 国家医保局 and 中国医疗保险. "每个医保钱包账户单日限额三笔转账，每笔转账金额不'
   || '超过2000元，每日22:00-次日6:00不能进行转账。" "若被转账人未及时接收钱包转账，则发出的金额将在次日6:00退回转账'
   || '人账户内。"', 'secondary'),
  ('hnsb-2025-09-19', NULL, '医保账户余额可“共享” 这样操作能转给家人', '河南商报', '2025-09-19', NULL,
   'https://hn.ccedn.com.cn/news/item/20250919D0TSKEDKJ.html',
   'Press. The same limits; "若被转账人医保钱包账户未开立，转账会失败"; "则转出的金额将在次日6:00前'
   || '退回转账人账户内" (by 06:00, where the other sources say at 06:00).', 'secondary');

-- The sex of a relative where the relation's kin paths do not say it (their last step f, m, b, g, h, w does:
-- 母亲 'm', 嫂 'pb+w'): the step readings of codes 27, 37, 57, 58 ('C', 'P'), and everyday terms whose code says
-- no sex (姐妹 is code 70 兄弟姐妹 'pc', grandmother code 60 'pp'). Lists of codes and terms separated by spaces; a
-- term that is listed decides, otherwise its code's listing does. Terms with a space in them are listed by code.
INSERT INTO shebao_policy_parameters (name, region_code, valid_from, value, unit, valid_to, source_id, note) VALUES
  ('relation_female', '000000', NULL,
   '37 58 姐妹 sister grandmother grandma granddaughter mother-in-law sister-in-law aunt niece', 'relations', NULL,
   'gbt-4761-2008',
   'The relative is a woman: 37 养女或继女 and 58 继母或养母 by the standard''s names (their step readings, kin '
   || 'path C and P, say no sex), and the everyday terms whose code says none (shebao-relation-terms). A binding '
   || 'whose relative''s number says male is impossible.'),
  ('relation_male', '000000', NULL,
   '27 57 兄弟 brother grandfather grandpa grandson father-in-law brother-in-law uncle nephew', 'relations', NULL,
   'gbt-4761-2008',
   'The relative is a man: 27 养子或继子 and 57 继父或养父 by the standard''s names, and the everyday terms whose '
   || 'code says no sex (兄弟 is code 70, grandfather code 60).');

-- The least age at which a man and a woman may marry: a spouse, and the payer, younger than that on the day of a
-- binding cannot be married. Before 1981 the data has no rule (the 1950 law had 20 and 18): not checked.
INSERT INTO shebao_policy_parameters (name, region_code, valid_from, value, unit, valid_to, source_id, note) VALUES
  ('marriage_min_age_male', '000000', '1981-01-01', '22', 'years', '2020-12-31', 'marriage-law-1980',
   'Marriage Law art. 5 (art. 6 from 2001): "结婚年龄，男不得早于二十二周岁".'),
  ('marriage_min_age_male', '000000', '2021-01-01', '22', 'years', NULL, 'civil-code',
   'Civil Code art. 1047: "结婚年龄，男不得早于二十二周岁，女不得早于二十周岁。"'),
  ('marriage_min_age_female', '000000', '1981-01-01', '20', 'years', '2020-12-31', 'marriage-law-1980',
   'Marriage Law art. 5 (art. 6 from 2001): "女不得早于二十周岁".'),
  ('marriage_min_age_female', '000000', '2021-01-01', '20', 'years', NULL, 'civil-code',
   'Civil Code art. 1047: "结婚年龄，男不得早于二十二周岁，女不得早于二十周岁。"');

-- The wallet's limits (wallet_check, wallet_refund_at). In force since the wallet's launch in November 2024 (the
-- project's reading: the earliest dated source is of 2025-07-04); valid_from NULL is harmless, as no region had
-- cross-province mutual aid before. The 2026-01-09 notice (quota-based mutual aid, 共济额度) says nothing of these
-- limits: whether they survive its implementation is not known, so no valid_to.
INSERT INTO shebao_policy_parameters (name, region_code, valid_from, value, unit, valid_to, source_id, note) VALUES
  ('wallet_transfers_per_day', '000000', NULL, '3', 'transfers', NULL, 'qinan-wallet-guide',
   '"单日限额三笔转账" (also shaanxi-ybj-2025-07-04, ytwb-2025-09-18). Counted per China calendar day, and only '
   || 'transfers that were allowed count: the project''s reading.'),
  ('wallet_max_per_transfer', '000000', NULL, '2000', 'CNY', NULL, 'qinan-wallet-guide',
   '"每笔转账金额不超过2000元": 2000.00 is allowed, 2000.01 is not. VARIANT: 陕西日报 2025-11-04 wrote "总额不超2000元" '
   || '(a total), where the same bureau wrote "每笔不能超过2000元" in July (shaanxi-ybj-2025-07-04).'),
  ('wallet_night_start', '000000', NULL, '22:00', 'time', NULL, 'qinan-wallet-guide',
   '"每日22:00-次日6:00不能进行转账": 22:00:00 is already night.'),
  ('wallet_night_end', '000000', NULL, '06:00', 'time', NULL, 'qinan-wallet-guide',
   'The night ends at 06:00: 06:00:00 is no longer night (the project''s reading of "22:00-次日6:00").'),
  ('wallet_refund_time', '000000', NULL, '06:00', 'time', NULL, 'qinan-wallet-guide',
   'Of the day after sending: "次日6:00退回" (also ytwb-2025-09-18). VARIANT: hnsb-2025-09-19 "次日6:00前退回" '
   || '(by 06:00): either way the transfer no longer blocks at 06:00.'),
  ('wallet_pending_blocks', '000000', NULL, '1', 'flag', NULL, 'qinan-wallet-guide',
   '"被共济人未接收转账的，共济人无法再次转账": no new transfer while an earlier one is neither received nor refunded. '
   || '0 turns the rule off.');
