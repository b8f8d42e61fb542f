-- shebao policy schema.
--
-- The embedded default policy is these tables filled by sql/default/*.sql. A user layer is the same tables
-- created in the main database (persistent) or in TEMP (what-if); see docs/layers.md and docs/policy-data.md.
--
-- Conventions for every table:
--   * dates are ISO 8601 text 'YYYY-MM-DD'; valid_from is the first day a row applies, valid_to the last day
--     (NULL: open-ended). A row with valid_from NULL applies from the beginning of time.
--   * source_id names a row of shebao_policy_sources: every fact cites where it comes from.
--   * codes are text, never integers: '01' and '1' are different strings.

-- Where each fact comes from: a law, a notice, a standard, an official page, a press report or the project
-- itself. firmness: 'official' (the document itself, or an official government page read directly),
-- 'secondary' (press or state media reporting it, or a reprint of a page), 'derived' (the project's own reading
-- of other sources: a complete list read as "the others were not on", a formula, a bound); NULL: not stated.
-- url is the page actually read; when only a reprint was read, the note says whose text it is.
CREATE TABLE IF NOT EXISTS shebao_policy_sources (
  source_id   TEXT PRIMARY KEY,   -- short stable id, e.g. 'gbf-2021-14'
  doc_number  TEXT,               -- the document number, e.g. '国办发〔2021〕14号'; NULL if it has none
  title       TEXT NOT NULL,
  issuer      TEXT,
  published   TEXT,               -- ISO date
  effective   TEXT,               -- ISO date the document takes effect
  url         TEXT,
  note        TEXT,
  firmness    TEXT CHECK (firmness IN ('official', 'secondary', 'derived', ''))  -- '': NULL, as a CSV writes it
);

-- The classes of kinship, and which of them the law counts as near relatives (近亲属). A kin path spells a
-- relation from a person outward, one step a letter: p = parent, c = child, s = spouse, P = step-parent,
-- C = step-child; 'pc' is a sibling, 'pp' a grandparent, 'cs' a child's spouse; '' is the person themself,
-- '?' an unspecified relation, 'o' another relative, 'x' no kinship. A class is keyed by such a generic path;
-- the relations below may say more (sex, line, seniority), and are classed by their generic form.
-- near_relative: 'yes' (Civil Code art. 1045), 'no', 'conditional' (only with a relationship of support and
-- education, art. 1072, which no code shows), 'unknown' (the relation itself is unspecified). A path not
-- listed is not a near relative; a step path not listed is conditional if its blood form is a near relative.
CREATE TABLE IF NOT EXISTS shebao_policy_kinship_classes (
  kin_path      TEXT PRIMARY KEY,
  class         TEXT NOT NULL,    -- spouse, parent, child, sibling, grandparent, grandchild, step_parent, ...
  name_zh       TEXT NOT NULL,
  near_relative TEXT NOT NULL CHECK (near_relative IN ('yes', 'no', 'conditional', 'unknown')),
  valid_from    TEXT,
  valid_to      TEXT,
  source_id     TEXT NOT NULL
);

-- GB/T 4761-2008 family relation codes (the 户口簿 field "relation to the householder").
-- kin_path: the relation of the member to the householder, as alternatives separated by '|'; '' is the
-- householder, '?' an unspecified relative, 'o' another relative that is not a near relative, 'x' no kinship.
-- Besides the generic letters, a step may say the sex of the person it reaches: f = father, m = mother,
-- b = son, g = daughter, h = husband, w = wife; and a sibling's step (a child step right after a parent step)
-- may be followed by '+' (older than the person the parent step started from) or '-' (younger). So 51 父亲 is
-- 'f', 61 祖父 'ff' (the father's father), 63 外祖父 'mf' (the mother's father), 71 兄 'pb+' (a parent's son,
-- older), 38 儿媳 'bw', 81 伯父 'fpb+' (the father's elder brother), 27 养子或继子 'b|C' (an adopted son, or a
-- step-child). is_near_relative(a, b) derives two members' relation from these (docs/relations.md): say only
-- what the code says, so that nothing is taken for certain that a family could have otherwise.
CREATE TABLE IF NOT EXISTS shebao_policy_relations (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  kin_path    TEXT NOT NULL,
  valid_from  TEXT,
  valid_to    TEXT,
  source_id   TEXT NOT NULL
);

-- Words people use for a relation: Chinese forms, English terms, pinyin. A term names a code, and may narrow
-- its kin path (养子 is code 27 but certainly an adopted son, path 'b'); a term with no code of its own (the
-- English 'child') gives a kin path only. English terms are stored lower-case with single spaces; pinyin
-- (lang 'pinyin') as its key: lower-case letters without tones or spaces ('waipo'), where two terms share a
-- key with their tones ('fū' 夫, 'fù' 父), so that 'fu' names both: ambiguous.
CREATE TABLE IF NOT EXISTS shebao_policy_relation_terms (
  term        TEXT PRIMARY KEY,
  code        TEXT,               -- NULL: no single GB/T 4761 code
  kin_path    TEXT,               -- NULL: the code's path
  lang        TEXT NOT NULL CHECK (lang IN ('zh', 'en', 'pinyin')),
  source_id   TEXT NOT NULL
);

-- Pooling regions (统筹区): prefecture-level regions, provincial-level pools, county-level pools, and the
-- provinces themselves (level 'province', so that province-wide rules and names resolve). Level
-- 'provincial_unit': a provincial-level unit of medical insurance that is not a province (新疆生产建设兵团); it
-- is its own province, and never an identity-number prefix.
CREATE TABLE IF NOT EXISTS shebao_policy_regions (
  code          TEXT PRIMARY KEY, -- six digits: GB/T 2260, XX9900 provincial pools, or project-defined
  name          TEXT NOT NULL,    -- canonical full name, e.g. '恩施土家族苗族自治州', '河北省本级'
  province_code TEXT NOT NULL,    -- 'XX0000'
  level         TEXT NOT NULL CHECK (level IN
                  ('province', 'municipality', 'provincial_unit', 'provincial_pool', 'prefecture', 'county')),
  valid_from    TEXT,
  valid_to      TEXT,
  source_id     TEXT NOT NULL
);

-- Other names and codes of a region: short names (苏州, 恩施州), former names (襄樊市), legacy codes
-- (139001), pinyin (kind 'pinyin', stored as its key: lower-case letters, no tones or spaces: 'chengdu') and
-- English names ('english': 'Inner Mongolia'); pinyin and English are found however they are spaced,
-- capitalised or apostrophised (Xi'an, xian). An alias that names several regions is ambiguous: lookups
-- return NULL, decisions raise an error.
CREATE TABLE IF NOT EXISTS shebao_policy_region_aliases (
  alias       TEXT NOT NULL,
  code        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('short_name', 'former_name', 'legacy_code', 'other_name', 'pinyin',
                                            'english')),
  valid_from  TEXT,
  valid_to    TEXT,
  source_id   TEXT NOT NULL,
  PRIMARY KEY (alias, code)
);

-- Numeric policy parameters, national or per region, dated: the age under which the family service asks for
-- a face photo, the reminder window before a certification deadline. region_code '000000' is the national
-- value; a province code (XX0000) or a region code overrides it there.
CREATE TABLE IF NOT EXISTS shebao_policy_parameters (
  name        TEXT NOT NULL,    -- e.g. 'face_photo_age_line', 'cert_reminder_days'
  region_code TEXT NOT NULL,
  valid_from  TEXT,
  value       TEXT NOT NULL,
  unit        TEXT,             -- 'years', 'days'
  valid_to    TEXT,
  source_id   TEXT NOT NULL,
  note        TEXT,
  PRIMARY KEY (name, region_code, valid_from)
);

-- Pension qualification certification (养老金领取资格认证): the deadline rules. The kinds are computed by the
-- extension; a rule is a kind with its parameters. The deadline is the last day on which certifying is in time:
--   'month_end'           the last day of the length-th month after the month of the certification
--                         (length 12: 2024-03-15 -> 2025-03-31, 12个自然月)
--   'month_end_counting'  the certification month is the first of length months: the last day of the
--                         (length - 1)-th month after it (length 12: 2020-05-xx -> 2021-04-30)
--   'same_day'            the same day length months later, or the last day of that month when it has no such
--                         day (length 12: 2024-02-29 -> 2025-02-28)
--   'days'                the last day of a cycle of length days whose first day is the certification day
--                         (length 365: 2024-03-15 -> 2025-03-14)
--   'natural_year'        one certification each calendar year: by 12-31 of the next year
--   'yearly_window'       a window window_from..window_to ('MM-DD') every year: by the end of the next window
--                         after the certification (a certification before its year's window does not count
--                         for that year)
CREATE TABLE IF NOT EXISTS shebao_policy_cert_rules (
  rule        TEXT PRIMARY KEY,
  description TEXT NOT NULL,
  source_id   TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('month_end', 'month_end_counting', 'same_day', 'days', 'natural_year',
                                            'yearly_window')),
  length      INTEGER,          -- months, or days for 'days'; NULL for 'natural_year' and 'yearly_window'
  window_from TEXT,             -- 'MM-DD', for 'yearly_window'
  window_to   TEXT
);

-- Which rule applies where: region_code '000000' (national default), a province (XX0000) or a region; scheme
-- 'any', 'employee' (enterprise and public-sector retirees), 'resident' (城乡居民养老保险) or 'dependant'
-- (供养亲属: survivors' and dependants' benefits, asked for by name only). valid_from and valid_to are compared
-- with the date of the certification. alternative_rule: a second reading the source allows (explanations show
-- its deadline too; the decisions use rule). first_cycle: how a new pensioner's first cycle starts:
-- 'from_first_payment' (the first payment counts as a certification), 'year_after_first_payment' (the first
-- cycle starts on the same day a year after the first payment), 'from_entitlement_start' (the confirmed start
-- of the entitlement counts as a certification); NULL: not stated.
CREATE TABLE IF NOT EXISTS shebao_policy_cert_assignments (
  region_code TEXT NOT NULL,
  scheme      TEXT NOT NULL CHECK (scheme IN ('any', 'employee', 'resident', 'dependant')),
  valid_from  TEXT,
  rule        TEXT NOT NULL,
  valid_to    TEXT,
  source_id   TEXT NOT NULL,
  note        TEXT,
  alternative_rule TEXT,
  first_cycle TEXT CHECK (first_cycle IN ('from_first_payment', 'year_after_first_payment',
                                          'from_entitlement_start', '')),  -- '': NULL, as a CSV writes it
  PRIMARY KEY (region_code, scheme, valid_from)
);

-- Mutual aid across pooling regions, as the sources saw it: scope 'cross_province' (个人账户跨省共济) or
-- 'in_province' (省内跨统筹区共济). code is a region, a province (XX0000: every region of it) or '000000' (the
-- whole country). Each row is what a source says about that code on valid_from; precision says what:
--   'exact'  on from valid_from, and not the day before (to valid_to, then off, when valid_to is given);
--   'by'     on by valid_from: it may have started earlier;
--   'off'    not on, on valid_from (a complete list that leaves it out, a report that says "not yet");
--   'some'   some but not all regions of the code were on, on valid_from.
-- A national 'exact' row is a national start: no region before it, each region from its own or its
-- province's date. A province's or the nation's 'off' or 'some' row does not concern a region whose own code
-- (or, for a national row, whose province) was seen on by that date: that is how a complete list reads. A
-- region's answer on a day comes from the nearest rows before and after it (docs/regions.md): on and not
-- contradicted later: 1; off, and off again later (or nothing later after having been on): 0; between an
-- 'off' and an 'on' row, after an 'off' row of something never seen on, or where rows disagree: unknown
-- (NULL), with both rows in the explanation.
CREATE TABLE IF NOT EXISTS shebao_policy_region_enablement (
  code        TEXT NOT NULL,
  scope       TEXT NOT NULL CHECK (scope IN ('cross_province', 'in_province')),
  valid_from  TEXT NOT NULL,
  valid_to    TEXT,
  precision   TEXT NOT NULL CHECK (precision IN ('exact', 'by', 'off', 'some')),
  source_id   TEXT NOT NULL,
  note        TEXT,
  PRIMARY KEY (code, scope, valid_from)
);

-- Who may use an employee's medical-insurance personal account (职工医保个人账户): when each kinship class
-- (shebao_policy_kinship_classes.class: self, spouse, parent, child, sibling, grandparent, grandchild, and
-- any other class a region named, such as parent_in_law) is in the scope of family mutual aid (家庭共济).
-- region_code '000000' is the national rule, a province (XX0000) or a region what the province or region
-- adopted. Rows are read as the enablement rows are: precision 'exact', 'by', 'off' or 'some' (some regions of
-- a province), and the rows of the region, its province and the nation combine. A national 'exact' row is the
-- national document: can_share(relation, on_date) answers from it, and for a region it is the earliest
-- possible start. A scope that a later one replaced ends with an 'off' row (or a valid_to where the end is
-- known); a class seen on and later off stays off.
CREATE TABLE IF NOT EXISTS shebao_policy_sharing_scopes (
  region_code TEXT NOT NULL,
  class       TEXT NOT NULL,
  valid_from  TEXT,
  valid_to    TEXT,
  precision   TEXT NOT NULL DEFAULT 'exact' CHECK (precision IN ('exact', 'by', 'off', 'some')),
  source_id   TEXT NOT NULL,
  note        TEXT,
  PRIMARY KEY (region_code, class, valid_from)
);

-- Resident identity numbers (公民身份号码, GB 11643-1999): the two-digit prefixes a number may carry besides the
-- province-level regions of shebao_policy_regions (level 'province' or 'municipality', code XX0000), which give
-- the mainland prefixes. Here: the residence permits of Hong Kong, Macau and Taiwan residents (address codes
-- 810000, 820000, 830000).
CREATE TABLE IF NOT EXISTS shebao_policy_id_prefixes (
  prefix      TEXT PRIMARY KEY,   -- two digits
  name        TEXT NOT NULL,
  source_id   TEXT NOT NULL
);

-- What certification means, for explanations: 'overdue' (what happens once a deadline has passed without a
-- certification), 'recertified' (what a late certification brings back), 'basis' (the legal basis of
-- certification), 'method' (how certification is done). National ('000000'), or per province or region.
CREATE TABLE IF NOT EXISTS shebao_policy_cert_facts (
  region_code TEXT NOT NULL,
  item        TEXT NOT NULL CHECK (item IN ('overdue', 'recertified', 'basis', 'method')),
  valid_from  TEXT,
  outcome     TEXT NOT NULL,    -- in a few words, e.g. 'payment suspended'
  detail      TEXT NOT NULL,
  valid_to    TEXT,
  source_id   TEXT NOT NULL,
  PRIMARY KEY (region_code, item, valid_from)
);

-- Regions that are not pools of their own: a region covered by a wider pooling region (海南's cities and
-- counties by the province-wide pool 460000; the 新疆生产建设兵团's cities by its pool). region_code() answers
-- the pool, and mutual aid is decided for the pool.
CREATE TABLE IF NOT EXISTS shebao_policy_region_pools (
  code        TEXT PRIMARY KEY,   -- the region
  pool_code   TEXT NOT NULL,      -- the pooling region that covers it (a region that is its own pool)
  source_id   TEXT NOT NULL,
  note        TEXT
);

-- What the rules of mutual aid say beyond yes or no, for explanations: scope 'family' (家庭共济 as such),
-- 'in_province' or 'cross_province'; item 'recipient' (who may be paid for, insured where), 'relation' (how a
-- standing mutual-aid relation is set up and ends), 'quota' (共济额度), 'uses' (what the money pays for),
-- 'clearing' (how the funds settle). National ('000000'), or per province or region.
CREATE TABLE IF NOT EXISTS shebao_policy_sharing_facts (
  region_code TEXT NOT NULL,
  scope       TEXT NOT NULL CHECK (scope IN ('family', 'in_province', 'cross_province')),
  item        TEXT NOT NULL CHECK (item IN ('recipient', 'relation', 'quota', 'uses', 'clearing')),
  valid_from  TEXT,
  outcome     TEXT NOT NULL,    -- in a few words, e.g. 'standing relation'
  detail      TEXT NOT NULL,
  valid_to    TEXT,
  source_id   TEXT NOT NULL,
  PRIMARY KEY (region_code, scope, item, valid_from)
);

-- County-level divisions (区, 县, 县级市, 旗, 自治县 ...: GB/T 2260 codes, and the development zones of the
-- statistical code sets), current and former, and the region that covers each: region_code() reads their codes
-- (identity numbers) and names ('姑苏区', '江苏省苏州市姑苏区'); a name several divisions carry (鼓楼区) is
-- ambiguous. region_code is a region of shebao_policy_regions (the pool that covers it follows from
-- shebao_policy_region_pools). The code sets date no change, so the dates are the reference dates of sets:
-- first_listed and last_listed those of the first and last set that list the row, unlisted_by that of the
-- first set that no longer lists it (NULL: listed by the newest).
CREATE TABLE IF NOT EXISTS shebao_policy_counties (
  code          TEXT NOT NULL,    -- six digits
  name          TEXT NOT NULL,
  region_code   TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('division', 'zone')),  -- 'zone': a development zone (xx7x)
  basis         TEXT,             -- how region_code was found: 'prefecture', 'municipality', 'county_pool', ...
  first_listed  TEXT,
  last_listed   TEXT,
  unlisted_by   TEXT,
  successor_code TEXT,            -- a former code or name: the code that continues it
  source_id     TEXT NOT NULL,
  PRIMARY KEY (code, name)
);

-- Retractions: a row of a user layer that removes rows of the layers below it (the embedded default, and for
-- a TEMP layer also the main layer). key is the row's key columns joined with '|' in schema order, e.g.
-- '320500|cross_province|2024-12-02' for shebao_policy_region_enablement or '外婆' for
-- shebao_policy_relation_terms (a NULL key column is written as nothing: '000000|self|'). To replace a row
-- instead, insert a row with the same key: the higher layer's row wins.
CREATE TABLE IF NOT EXISTS shebao_policy_retractions (
  table_name  TEXT NOT NULL,
  key         TEXT NOT NULL,
  source_id   TEXT NOT NULL,
  note        TEXT,
  PRIMARY KEY (table_name, key)
);
