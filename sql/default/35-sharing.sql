-- Family mutual aid (家庭共济): who may use an employee's medical-insurance personal account, and from when.
-- Load after sql/schema.sql. Where each fact comes from: docs/policy-data.md.

INSERT INTO shebao_policy_sources (source_id, doc_number, title, issuer, published, effective, url, note) VALUES
  ('gf-1998-44', '国发〔1998〕44号', '国务院关于建立城镇职工基本医疗保险制度的决定', '国务院', '1998-12-14', NULL,
   NULL,
   'The 统账结合 model: pooled fund plus personal account; the account pays the insured person''s own costs. '
   || 'Firm for the model.'),
  ('gbf-2021-14', '国办发〔2021〕14号', '国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见',
   '国务院办公厅', '2021-04-22', '2021-04-22',
   'https://www.gov.cn/zhengce/content/2021-04/22/content_5601280.htm',
   'Widens the use of the personal account from the insured person to their spouse, parents and children who are '
   || 'enrolled in basic medical insurance. Published 2021-04-22; each province set its own start (e.g. Sichuan '
   || 'from January 2023), recorded per province where known.'),
  ('gbf-2024-38', '国办发〔2024〕38号', '国务院办公厅关于健全基本医疗保险参保长效机制的指导意见', '国务院办公厅',
   '2024-08-01', '2024-08-01', NULL,
   'Written July 2024, published 2024-08-01: widens family mutual aid to all near relatives of Civil Code art. 1045 '
   || 'enrolled in basic medical insurance. Provinces adopted it one by one (23 provinces by 2024-11-26); the '
   || 'national date is the default where a province''s own date was not collected.'),
  ('sc-2023-01-family-aid', NULL, '四川省职工医保个人账户家庭共济（配偶、父母、子女）实施，2023年1月起', '四川省医疗保障局',
   NULL, '2023-01-01', NULL,
   'Sichuan started the 2021 scope (spouse, parents, children) from January 2023; firm for the month, '
   || '2023-01-01 taken as the first day.');

INSERT INTO shebao_policy_sharing_scopes (region_code, class, valid_from, valid_to, precision, source_id, note) VALUES
  ('000000', 'self',        NULL,         NULL, 'exact', 'gf-1998-44',  'the insured person, since personal accounts exist'),
  ('000000', 'spouse',      '2021-04-22', NULL, 'exact', 'gbf-2021-14', NULL),
  ('000000', 'parent',      '2021-04-22', NULL, 'exact', 'gbf-2021-14', NULL),
  ('000000', 'child',       '2021-04-22', NULL, 'exact', 'gbf-2021-14', NULL),
  ('000000', 'sibling',     '2024-08-01', NULL, 'exact', 'gbf-2024-38', NULL),
  ('000000', 'grandparent', '2024-08-01', NULL, 'exact', 'gbf-2024-38', '祖父母、外祖父母'),
  ('000000', 'grandchild',  '2024-08-01', NULL, 'exact', 'gbf-2024-38', '孙子女、外孙子女'),
  ('510000', 'spouse',      '2023-01-01', NULL, 'exact', 'sc-2023-01-family-aid', 'Sichuan''s own start of the 2021 scope'),
  ('510000', 'parent',      '2023-01-01', NULL, 'exact', 'sc-2023-01-family-aid', 'Sichuan''s own start of the 2021 scope'),
  ('510000', 'child',       '2023-01-01', NULL, 'exact', 'sc-2023-01-family-aid', 'Sichuan''s own start of the 2021 scope');

-- The place rule of family mutual aid between two pooling regions: for each kind of place, the mutual aid both
-- regions need on the day (shebao_policy_region_enablement, scope): 'none', 'in_province' or 'cross_province'.
-- explain_can_share() cites each row's source for its 'place' row.
INSERT INTO shebao_policy_parameters (name, region_code, valid_from, value, unit, valid_to, source_id, note) VALUES
  ('sharing_place_same_region', '000000', NULL, 'none', NULL, NULL, 'gbf-2021-14',
   'Payer and relative insured in the same pooling region: family mutual aid has no place condition.'),
  ('sharing_place_same_province', '000000', NULL, 'in_province', NULL, NULL, 'nhsa-2024-11-in-province',
   'Two pooling regions of one province: in-province mutual aid across pooling regions must apply in both.'),
  ('sharing_place_cross_province', '000000', NULL, 'cross_province', NULL, NULL, 'rules-cross-province-mutual-aid',
   'Pooling regions of two provinces: both must have cross-province mutual aid on the day.');
