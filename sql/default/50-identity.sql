-- Resident identity numbers (公民身份号码, GB 11643-1999) and the age line of the electronic social-security
-- card's family service (亲情服务). Load after sql/schema.sql and 20-regions.sql.
-- Where each fact comes from: docs/policy-data.md.
--
-- The mainland prefixes of identity numbers are the province-level regions of 20-regions.sql (level 'province'
-- or 'municipality'); this file adds the prefixes of the residence permits of Hong Kong, Macau and Taiwan
-- residents, whose numbers follow GB 11643-1999 with the address codes 810000, 820000 and 830000. Not listed,
-- so rejected: 71 (台湾省 in GB/T 2260: no identity number uses it; Taiwan residents' permits use 83) and 91.

INSERT INTO shebao_policy_sources (source_id, doc_number, title, issuer, published, effective, url, note) VALUES
  ('gb-11643-1999', 'GB 11643-1999', '公民身份号码', '国家质量技术监督局', '1999-01-01', '1999-07-01',
   'https://zh.wikisource.org/wiki/GB_11643-1999_%E5%85%AC%E6%B0%91%E8%BA%AB%E4%BB%BD%E5%8F%B7%E7%A0%81',
   '18 characters: 6-digit address code (GB/T 2260), birth date YYYYMMDD, 3-digit sequence (odd male, even '
   || 'female), check character ISO 7064 MOD 11-2. Examples in its appendix A: 11010519491231002X, '
   || '440524188001010014. Replaces GB 11643-1989 (社会保障号码: 15 digits, birth date YYMMDD, no check character; '
   || 'its special sequence codes for people aged 100 or more, 996-999, read as 18YY, were dropped in 1999). '
   || 'Dates as given by zh.wikisource; the 996-999 codes from secondary sources (weak).'),
  ('gbf-2018-81', '国办发〔2018〕81号', '港澳台居民居住证申领发放办法', '国务院办公厅', NULL, '2018-09-01', NULL,
   'The residence permit carries a 公民身份号码 made by the rules of GB 11643-1999, with the address code 810000 '
   || '(Hong Kong residents), 820000 (Macau residents) or 830000 (Taiwan residents). WEAK: the address codes are '
   || 'from the Ministry of Public Security''s announcement as quoted by secondary pages; the document''s date of '
   || 'issue was not checked.'),
  ('identity-family-service-article', NULL,
   '自己的社保怎么给家人用?社保卡个人账号的钱怎么共享给家人,哪些地区可使用?', '社保网', '2025-08-11', NULL, NULL,
   'The article the project starts from (a 2025 re-publication of older text), section 二、电子社保卡亲情服务: '
   || '"输入要开通人的姓名、社保号码、亲情关系,点击“添加亲情账户”并上传身份凭证(小于16岁需同时上传人脸正面照)".');

INSERT INTO shebao_policy_parameters (name, region_code, valid_from, value, unit, valid_to, source_id, note) VALUES
  ('face_photo_age_line', '000000', NULL, '16', 'years', NULL, 'identity-family-service-article',
   'A relative added through the electronic social-security card''s family service (亲情服务) whose age is under '
   || 'this line must also upload a front face photo (needs_face_photo). The article and some sources say under '
   || '16; an official county page says minors (under 18): set 18 in a layer where that applies. Start date '
   || 'unknown.');

INSERT INTO shebao_policy_id_prefixes (prefix, name, source_id) VALUES
  ('81', '香港特别行政区居民(港澳台居民居住证 810000)', 'gbf-2018-81'),
  ('82', '澳门特别行政区居民(港澳台居民居住证 820000)', 'gbf-2018-81'),
  ('83', '台湾地区居民(港澳台居民居住证 830000)', 'gbf-2018-81');
