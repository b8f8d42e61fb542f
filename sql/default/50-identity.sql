-- Resident identity numbers (公民身份号码, GB 11643-1999) and the age line of the electronic social-security
-- card's family service (亲情服务). Load after sql/schema.sql and 20-regions.sql.
-- Where each fact comes from: docs/policy-data.md.
--
-- The mainland prefixes of identity numbers are the province-level regions of 20-regions.sql (level 'province'
-- or 'municipality'); this file adds the prefixes of the residence permits of Hong Kong, Macau and Taiwan
-- residents, whose numbers follow GB 11643-1999 with the address codes 810000, 820000 and 830000. Not listed,
-- so rejected: 71 (台湾省 in GB/T 2260: no identity number uses it; Taiwan residents' permits use 83) and 91.

INSERT INTO shebao_policy_sources (source_id, doc_number, title, issuer, published, effective, url, note, firmness) VALUES
  ('gb-11643-1999', 'GB 11643-1999', '公民身份号码', '国家质量技术监督局', '1999-01-01', '1999-07-01',
   'https://zh.wikisource.org/wiki/GB_11643-1999_%E5%85%AC%E6%B0%91%E8%BA%AB%E4%BB%BD%E5%8F%B7%E7%A0%81',
   '18 characters: 6-digit address code (GB/T 2260), birth date YYYYMMDD, 3-digit sequence (odd male, even '
   || 'female), check character ISO 7064 MOD 11-2. Examples in its appendix A: 11010519491231002X, '
   || '440524188001010014. Replaces GB 11643-1989 (社会保障号码: 15 digits, birth date YYMMDD, no check character; '
   || 'its special sequence codes for people aged 100 or more, 996-999, read as 18YY, were dropped in 1999). '
   || 'Dates as given by zh.wikisource; the 996-999 codes from secondary sources (weak).', 'official'),
  ('gbf-2018-81', '国办发〔2018〕81号', '港澳台居民居住证申领发放办法', '国务院办公厅', NULL, '2018-09-01', NULL,
   'The residence permit carries a 公民身份号码 made by the rules of GB 11643-1999, with the address code 810000 '
   || '(Hong Kong residents), 820000 (Macau residents) or 830000 (Taiwan residents). WEAK: the address codes are '
   || 'from the Ministry of Public Security''s announcement as quoted by secondary pages; the document''s date of '
   || 'issue was not checked.', 'official'),
  ('cxs-2024-12-04-family-service', NULL, '电子社保卡申领 亲情服务', 'county government page (cxs.gov.cn)', '2024-12-04',
   NULL, 'https://www.cxs.gov.cn/info/egovinfo/1016/xxgkcontent/cxs007-/2024-1204001.htm',
   '"亲情服务 适用人群:未成年人、无智能手机的老年人等无法自主申领电子社保卡的,可由家属代为申领(每人可为8个家属代为申领电子社保卡)"; '
   || '"成年人亲属需进行人脸识别验证,未成年人可拍摄或从相册上传人像照片完成验证". The age line there is 18 (minors), the '
   || 'article''s 16; a weak page says 10 places (4 elders, 3 children, 1 spouse, 2 others) and under 16.', 'official');

INSERT INTO shebao_policy_parameters (name, region_code, valid_from, value, unit, valid_to, source_id, note) VALUES
  ('face_photo_age_line', '000000', NULL, '16', 'years', NULL, 'article-shebao-2025-08-11',
   'A relative added through the electronic social-security card''s family service (亲情服务) whose age is under '
   || 'this line must also upload a front face photo (needs_face_photo). The article says under 16 ("小于16岁需同时上传'
   || '人脸正面照"); an official county page (cxs-2024-12-04-family-service) says minors (under 18): set 18 in a layer '
   || 'where that applies. Start date unknown.'),
  ('family_service_quota', '000000', NULL, '8', 'people', NULL, 'cxs-2024-12-04-family-service',
   'How many relatives one holder may add through the family service ("每人可为8个家属代为申领电子社保卡"). A weak '
   || 'page says 10 (4 elders, 3 children, 1 spouse, 2 others). No function reads it: shown for reference.');

INSERT INTO shebao_policy_id_prefixes (prefix, name, source_id) VALUES
  ('81', '香港特别行政区居民(港澳台居民居住证 810000)', 'gbf-2018-81'),
  ('82', '澳门特别行政区居民(港澳台居民居住证 820000)', 'gbf-2018-81'),
  ('83', '台湾地区居民(港澳台居民居住证 830000)', 'gbf-2018-81');
