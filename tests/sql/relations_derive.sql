-- is_near_relative(a_to_head, b_to_head): every rule of the derivation (ext/relations/kinship.c), each with a
-- pair of codes that needs it, NULL ones included, and what the codes say. The last column is the answer.
.bail on
.load ./dist/shebao
.mode list
.headers on
SELECT column1 AS a, column2 AS b, column3 AS why, is_near_relative(column1, column2) AS near
FROM (VALUES
  -- two parents of one person: one father, one mother
  ('51', '61', '父亲 and the householder''s father''s father: his father'),
  ('61', '51', 'the same, the other way'),
  ('52', '63', '母亲 and the mother''s father: her father'),
  ('52', '61', 'the mother and the father''s father: an in-law, or no kin'),
  ('51', '64', 'the father and the mother''s mother'),
  ('61', '63', '祖父 and 外祖父: no kin (亲家), whether the parents married or not'),
  ('50', '61', '父母 may be the father (his father) or the mother'),
  ('51', '52', 'the parents may not be married'),
  ('61', '62', '祖父 and 祖母 may be divorced'),
  ('51', '71', '兄 may be a half-brother through the mother'),
  ('52', '72', 'the mother and the elder brother''s wife: an in-law, or no kin'),
  -- two children of one person: one person, or siblings
  ('20', '30', 'a son and a daughter: siblings'),
  ('22', '23', '长子 and 次子: brothers'),
  ('20', '20', 'two sons: brothers'),
  ('20', '38', 'a son and a son''s wife: spouses, or in-laws'),
  ('30', '38', 'a daughter and a son''s wife: sisters-in-law'),
  ('20', '28', 'a son and a daughter''s husband: brothers-in-law'),
  ('30', '28', 'a daughter and a daughter''s husband: spouses, or in-laws'),
  ('20', '41', 'a son and a son''s son: his son, or his nephew'),
  ('30', '41', 'a daughter and a son''s son: her nephew'),
  ('30', '43', 'a daughter and a daughter''s son: her son, or her nephew'),
  ('38', '43', 'a son''s wife and a daughter''s son: no near relative'),
  ('45', '41', 'a grandson''s wife and a son''s son: his wife, or not'),
  -- siblings: sex and order of birth
  ('71', '73', '兄 and 弟: half-brothers through different parents are no kin'),
  ('72', '73', '嫂 is the wife of an elder brother, not of 弟'),
  ('74', '71', '弟媳 is the wife of a younger brother, not of 兄'),
  ('72', '71', '嫂 and 兄: his wife, or another elder brother''s'),
  ('76', '77', '姐夫 and 妹妹: not her husband'),
  ('76', '73', '姐夫 and 弟: two men are not spouses'),
  ('70', '71', '兄弟姐妹 and 兄: siblings, if they share a parent'),
  -- the father's and the mother's side
  ('81', '51', '伯父 is the father''s elder brother'),
  ('81', '52', 'the mother and the father''s brother: an in-law, or no kin'),
  ('85', '52', '舅父 is the mother''s brother'),
  ('90', '51', '姑母 is the father''s sister'),
  ('88', '51', '姨母 is the mother''s sister: not the father''s'),
  ('81', '83', '伯父 and 叔父 may be half-brothers'),
  ('82', '83', '伯母 is not the wife of 叔父 (younger than the father)'),
  ('84', '81', '婶母 is not the wife of 伯父'),
  ('81', '61', '伯父 and 祖父: his son, or his wife''s'),
  ('91', '81', '堂兄弟 and 伯父: his child, or another uncle''s'),
  ('92', '85', '表兄弟 and 舅父: his child, or no near relative'),
  ('92', '52', '表兄弟 and the mother: her nephew, or no kin'),
  -- spouses: one spouse
  ('53', '11', '公公 is the husband''s father'),
  ('55', '12', '岳父 is the wife''s father'),
  ('53', '54', 'the husband''s parents may be divorced'),
  ('10', '53', '配偶 and the spouse''s father'),
  ('10', '65', '配偶 and the spouse''s grandparent'),
  -- a spouse's child, a parent's spouse: one's own, or a step relation
  ('12', '20', 'the wife and a son: her son, or her step-son'),
  ('20', '12', 'the same, the other way'),
  ('53', '20', '公公 and a son: his grandson, or a step-grandson'),
  ('53', '41', '公公 and a son''s son: a great-grandson, or a step one: no near relative'),
  ('12', '51', 'the wife and the father: in-laws'),
  -- adoptive or step codes
  ('27', '30', '养子或继子 and a daughter: a brother, or a step-brother'),
  ('57', '52', '继父或养父 and the mother'),
  ('养子', '30', 'an adopted son and a daughter: siblings'),
  ('继子', '30', 'a step-son and a daughter: step-siblings, only with support'),
  ('继母', '61', 'a step-mother and the father''s father'),
  -- unspecified, outside the family, the householder
  ('99', '20', 'a non-relative may be anyone to the son'),
  ('59', '51', 'an unspecified parent'),
  ('01', '99', 'the householder and a non-relative'),
  ('02', '61', 'the householder and the father''s father'),
  -- codes that contradict each other
  ('11', '12', 'a husband and a wife of one householder'),
  ('61', '61', 'two father''s fathers are one person'),
  ('11', '55', 'a husband and a wife''s father'),
  ('01', '02', 'two householders'),
  -- the same, written in other scripts
  ('父親', '祖父', 'traditional characters'),
  ('baba', 'yeye', 'pinyin'),
  ('Mā Ma', 'Wài Gōng', 'pinyin with tone marks'),
  ('laogong', 'gonggong', 'the husband and his father'));
-- All 84 x 84 pairs of codes: how many are NULL.
SELECT count(*) AS pairs, sum(near IS NULL) AS null_pairs, sum(near = 1) AS near, sum(near = 0) AS not_near
FROM (SELECT is_near_relative(a.code, b.code) AS near FROM shebao_relations a, shebao_relations b);
-- Every pair answers the same both ways (near relatives of each other).
SELECT count(*) AS asymmetric FROM shebao_relations a, shebao_relations b
WHERE is_near_relative(a.code, b.code) IS NOT is_near_relative(b.code, a.code);
-- The kin paths of the codes: sex, line and order of birth.
SELECT code, name, kin_path, class FROM shebao_relations WHERE code IN ('11', '12', '27', '38', '41', '43', '53', '61', '63', '66', '71', '72', '81', '83', '92');
