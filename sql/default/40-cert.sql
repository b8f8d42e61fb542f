-- Pension qualification certification (养老金领取资格认证): the deadline rules, which rule applies where, the
-- reminder window, and what a missed deadline means. Load after sql/schema.sql.
-- Where each fact comes from: docs/policy-data.md, and each source's note, with its strength:
-- [firm] seen in an official or first-hand source, [weak] secondary sources or inference.
--
-- No national formula fixes the deadline; regions differ. The rule names are implemented by the extension
-- (ext/cert/rules.c); this file says what they mean, where each is used, and where the facts come from.
-- Not modelled (no rule implements them): the birthday-based window of 界首 (2018) and fixed yearly windows
-- (e.g. 01-01 to 07-31) of some regions. Some regions (成都, 重庆, 福建) start a new pensioner's first cycle
-- from the first pension payment: pass that date as last_cert.

INSERT INTO shebao_policy_sources (source_id, doc_number, title, issuer, published, effective, url, note) VALUES
  ('cert-article', NULL, '自己的社保怎么给家人用?社保卡个人账号的钱怎么共享给家人,哪些地区可使用?', '社保网', '2025-08-11', NULL, NULL,
   'The article the project starts from (a 2025 re-publication of older text), section 递延式认证: pensioners may '
   || 'certify at any time within 12 natural months after the last certification (上次认证后的12个自然月内); '
   || 'certified in March 2024, certify again by March 2025. A secondary source [weak as law]; the same rule is '
   || 'a regional practice (江门) [firm per region]. URL not recorded.'),
  ('cert-rsbf-2018-54', '人社厅发〔2018〕54号',
   'Notice of the General Office of the Ministry of Human Resources and Social Security abolishing the centralised '
   || 'yearly certification of entitlement to social-insurance benefits (descriptive title: the exact title was not checked)',
   '人力资源社会保障部办公厅', NULL, NULL, NULL,
   '[firm] Abolished centralised yearly certification in May 2018 (exact date not recorded); certification is '
   || 'now by data matching, face recognition in apps (支付宝, 微信, 掌上12333), offline offices and home '
   || 'visits. It sets no national deadline formula.'),
  ('cert-handling-regs', '国务院令第765号', '社会保险经办条例', '国务院', NULL, '2023-12-01', NULL,
   '[firm] In force 2023-12-01. Art. 26: social-insurance agencies verify entitlement to benefits by data '
   || 'matching, self-service certification and similar means (信息比对、自助认证); where these cannot confirm '
   || 'it they may have the employer or a third party check; benefits stop when the loss of entitlement is '
   || 'confirmed. No deadline formula.'),
  ('cert-practice-jiangmen', NULL, '江门: pension certification within 12 natural months (regional practice; descriptive title)',
   NULL, NULL, NULL, NULL,
   '[firm per region]: the deadline is the end of the 12th natural month after the month of the '
   || 'last certification, payment suspended from the 13th month; certified 2024-03-15, due by 2025-03-31. '
   || 'Document number, date and URL not recorded.'),
  ('cert-practice-shaanxi', NULL, '陕西: enterprise retirees certify by the same calendar day next year (regional practice; descriptive title)',
   NULL, NULL, NULL, NULL,
   '[firm per region]: enterprise retirees (企业退休人员); certified 2024-03-15, due by '
   || '2025-03-15. The rule of other retirees and of the resident pension in 陕西 was not found. Document '
   || 'number, date and URL not recorded.'),
  ('cert-practice-fujian', NULL, '福建: employees by the same day next year, resident pension within 365 days (regional practice; descriptive title)',
   NULL, NULL, NULL, NULL,
   '[firm per region]: employees certify by the same calendar day next year (certified '
   || '2024-03-15, due by 2025-03-15); the resident pension (城乡居民养老保险) counts 365 days from the '
   || 'certification day (certified 2024-03-15, due by 2025-03-14; 2024-02-29 + 365 days ends 2025-02-27). '
   || 'A new pensioner''s first cycle starts from the first pension payment. Document number, date and URL not '
   || 'recorded.'),
  ('cert-facts', NULL, 'shebao policy notes: pension certification', 'shebao project', NULL, NULL, NULL,
   '[firm] Missed deadline: payment is suspended (暂停发放); after certifying it resumes with back pay (补发). '
   || 'Seen in official regional sources; no single national document recorded.'),
  ('cert-shebao', NULL, 'shebao: defaults of the certification capability', 'shebao project', NULL, NULL, NULL,
   'Product choices, not law: the reminder window of cert_status() (30 days before a deadline) and '
   || 'the use of the article''s rule (month_end_12) where no regional rule is recorded.');

-- What each rule means and where it is used. The deadline is the last day on which certifying is in time.
INSERT INTO shebao_policy_cert_rules (rule, description, source_id) VALUES
  ('month_end_12',
   'The last day of the 12th natural month after the month of the last certification (12个自然月): certified '
   || '2024-03-15, due by 2025-03-31; 2024-02-29 is due by 2025-02-28. Payment is suspended from the 13th month. '
   || 'The article''s rule, used in 江门, and shebao''s default.',
   'cert-article'),
  ('anniversary',
   'The same calendar day one year after the last certification; a certification on 02-29 is due by 02-28 of '
   || 'the next year: 2024-03-15 is due by 2025-03-15. Used in 陕西 (enterprise retirees) and 福建 (employees).',
   'cert-practice-shaanxi'),
  ('days_365',
   'The last day of a cycle of 365 days whose first day is the certification day, i.e. the certification day '
   || '+ 364 days: 2024-03-15 is due by 2025-03-14, 2024-02-29 by 2025-02-27. Used in 福建 for the resident pension.',
   'cert-practice-fujian');

-- Which rule applies where. Lookup for a region: its own code, then its province, then '000000'; at each, the
-- row for the pension scheme asked about before the 'any' row. Where the employee and resident schemes get
-- different rules, the scheme must be given (e.g. '福建省:resident'): shebao never picks one.
INSERT INTO shebao_policy_cert_assignments (region_code, scheme, valid_from, rule, valid_to, source_id, note) VALUES
  ('000000', 'any', NULL, 'month_end_12', NULL, 'cert-article',
   'National default. There is no national formula (centralised yearly certification was abolished by '
   || '人社厅发〔2018〕54号; 社会保险经办条例 art. 26 requires verification but sets no cycle): shebao uses the '
   || 'article''s rule where no regional rule is recorded.'),
  ('440700', 'any', NULL, 'month_end_12', NULL, 'cert-practice-jiangmen',
   '江门: 12 natural months, as the article [firm per region].'),
  ('610000', 'employee', NULL, 'anniversary', NULL, 'cert-practice-shaanxi',
   '陕西 enterprise retirees [firm per region]; recorded for the employee scheme as a whole (the rule of '
   || 'public-sector retirees was not checked). No rule recorded for the resident scheme: the national default.'),
  ('350000', 'employee', NULL, 'anniversary', NULL, 'cert-practice-fujian',
   '福建 employees [firm per region].'),
  ('350000', 'resident', NULL, 'days_365', NULL, 'cert-practice-fujian',
   '福建 resident pension (城乡居民养老保险) [firm per region].');

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
   'since May 2018 certification is by data matching, face recognition in apps (支付宝, 微信, 掌上12333), '
   || 'offline offices and home visits, at any time within the cycle', NULL, 'cert-rsbf-2018-54');
