-- wallet_check and wallet_refund_at: every rule of the medical-insurance wallet at its boundaries, over a ledger
-- of transfers (one partition per payer, in time order).
.bail on
.load ./dist/shebao
.mode list
.headers on
.nullvalue NULL
CREATE TABLE ledger(id INTEGER PRIMARY KEY, payer TEXT, sent_at, amount, received_at, note TEXT);
INSERT INTO ledger(payer, sent_at, amount, received_at, note) VALUES
  -- the night, 22:00 (included) to 06:00 (excluded), and the amount, more than 0 and at most 2000.00
  ('A', '2025-03-01 05:59:59.999', 100, NULL, 'a millisecond before 06:00'),
  ('A', '2025-03-01 06:00:00', 100, '2025-03-01 06:00:30', '06:00 exactly: the first of the day'),
  ('A', '2025-03-01 06:00:10', 50, '2025-03-01 06:01:00', 'the first is not received yet'),
  ('A', '2025-03-01 06:00:30', '2000.00', '2025-03-01 06:05:00', 'received at this very moment: the second'),
  ('A', '2025-03-01 07:00:00', 2000.01, NULL, 'a fen over the limit'),
  ('A', '2025-03-01 07:30:00', 0, NULL, 'nothing'),
  ('A', '2025-03-01 07:31:00', '-5', NULL, 'negative'),
  ('A', '2025-03-01 08:00:00', ' 1999.99 ', '2025-03-01 08:10:00', 'the third'),
  ('A', '2025-03-01 09:00:00', 100, NULL, 'the fourth'),
  ('A', '2025-03-01 21:59:59', 100, NULL, 'the fourth again'),
  ('A', '2025-03-01 22:00:00', 100, NULL, '22:00 exactly: night wins over the count'),
  ('A', '2025-03-01 23:59:00', '2000.01', NULL, 'night wins over the amount'),
  ('A', '2025-03-02 06:00:00', 2000, '2025-03-02 06:00:00', 'a new China day'),
  -- pending: an allowed transfer neither received nor refunded (06:00 the next day) blocks the next
  ('B', '2025-03-01 10:00:00', 100, NULL, 'never received: refunded 2025-03-02 06:00'),
  ('B', '2025-03-01 12:00:00', 100, NULL, 'pending'),
  ('B', '2025-03-01 12:00:01', 2500, NULL, 'amount wins over pending'),
  ('B', '2025-03-02 05:59:59', 100, NULL, 'night wins over pending'),
  ('B', '2025-03-02 06:00:00', 100, '2025-03-02 09:00:00', 'refunded at this very moment: allowed'),
  ('B', '2025-03-02 08:59:59', 100, NULL, 'a second before the receipt'),
  ('B', '2025-03-02 09:00:00', 100, NULL, 'at the receipt'),
  ('B', '2025-03-02 10:00:00', 100, '2025-03-02 10:30:00', 'the third of the day, but the one before is pending'),
  ('B', '2025-03-03 06:00:00', 100, NULL, 'refunded at 06:00 this morning: allowed'),
  -- refused transfers do not count for the day: three refused, then three allowed, then the limit
  ('C', '2025-03-05 23:00:00', 100, NULL, 'night, the day before'),
  ('C', '2025-03-06 01:00:00', 100, NULL, 'night'),
  ('C', '2025-03-06 08:00:00', 3000, NULL, 'amount'),
  ('C', '2025-03-06 09:00:00', '0.01', '2025-03-06 09:00:00', 'one fen: allowed'),
  ('C', '2025-03-06 10:00:00', 100.5, '2025-03-06 10:00:01', 'a REAL'),
  ('C', '2025-03-06 11:00:00', '100', '2025-03-06 11:00:00', 'the third'),
  ('C', '2025-03-06 12:00:00', 100, '2025-03-06 12:00:00', 'the fourth'),
  -- a row without sent_at or amount is not a transfer: NULL, and it changes nothing
  ('D', '2025-03-07 09:00:00', NULL, NULL, 'no amount'),
  ('D', '2025-03-07 09:30:00', '', NULL, 'an empty cell'),
  ('D', '2025-03-07 10:00:00', 100, '', 'the first; an empty received_at: not received'),
  ('D', NULL, 100, NULL, 'no time'),
  -- ties: two transfers at the same moment, told apart by id
  ('E', '2025-03-08 10:00:00', 100, NULL, 'first of a tie'),
  ('E', '2025-03-08 10:00:00', 100, NULL, 'second of the tie: pending'),
  ('F', '2025-03-08 10:00:00', 100, '2025-03-08 10:00:00', 'received at once'),
  ('F', '2025-03-08 10:00:00', 100, NULL, 'second of the tie: allowed');

SELECT id, payer, sent_at, amount, wallet_check(sent_at, amount, received_at)
         OVER (PARTITION BY payer ORDER BY sent_at, id) AS rule, note
FROM ledger ORDER BY payer, sent_at, id;

-- The two-argument form: no transfer was received, so each allowed one blocks until its refund.
SELECT id, wallet_check(sent_at, amount) OVER (PARTITION BY payer ORDER BY sent_at, id) AS rule
FROM ledger WHERE payer = 'B' ORDER BY sent_at, id;

-- The answer does not depend on the frame, as long as it ends at the current row.
SELECT count(*) AS differing_rows FROM (
  SELECT id, wallet_check(sent_at, amount, received_at) OVER (PARTITION BY payer ORDER BY sent_at, id) AS a,
         wallet_check(sent_at, amount, received_at) OVER (PARTITION BY payer ORDER BY sent_at, id
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS b,
         wallet_check(sent_at, amount, received_at) OVER (PARTITION BY payer ORDER BY sent_at, id
           ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS c,
         wallet_check(sent_at, amount, received_at) OVER (PARTITION BY payer ORDER BY sent_at, id
           GROUPS BETWEEN 2 PRECEDING AND CURRENT ROW) AS d
  FROM ledger) WHERE a IS NOT b OR a IS NOT c OR a IS NOT d;

-- Offsets: each time is converted to China time, so a transfer may fall on another China day. The text of such
-- times does not sort in time order: order the window by the instant.
CREATE TABLE abroad(id INTEGER PRIMARY KEY, sent_at, amount, received_at);
INSERT INTO abroad(sent_at, amount, received_at) VALUES
  ('2025-03-01T13:59:59Z', 100, NULL),                          -- 21:59:59 China time: allowed
  ('2025-03-01T14:00:00Z', 100, NULL),                          -- 22:00 China time: night
  ('2025-03-01T22:00:00Z', 100, '2025-03-02T06:30:00+08:00'),   -- 2025-03-02 06:00: refunded at this moment
  ('2025-03-02 07:00:00+08:00', 100, '2025-03-02 07:00:00+08:00'),
  ('2025-03-01T23:30:00-01:00', 100, '2025-03-02T00:31:00Z'),   -- 2025-03-02 08:30: the third of 03-02
  ('2025-03-02T02:00:00Z', 100, NULL),                          -- 10:00: the fourth
  ('2025-03-02T16:30:00+00:00', 100, NULL);                     -- 2025-03-03 00:30: night
SELECT id, sent_at, wallet_check(sent_at, amount, received_at) OVER (ORDER BY julianday(sent_at), id) AS rule
FROM abroad ORDER BY julianday(sent_at), id;

-- Amounts: integer, real or text yuan to the fen; each its own ledger (a partition per row).
CREATE TABLE amounts(n INTEGER PRIMARY KEY, amount);
INSERT INTO amounts(amount) VALUES (2000), (2000.0), ('2000.00'), ('2000.000'), ('+2000'), (' 2000 '), (2000.01),
  ('2000.01'), (2001), (0.01), ('0.01'), (0.1 + 0.2), ('-0'), (0), (1e300), (-9223372036854775808);
SELECT CASE typeof(amount) WHEN 'real' THEN printf('%.6g', amount) ELSE amount END AS amount, typeof(amount) AS type,
       wallet_check('2025-03-01 10:00:00', amount) OVER (PARTITION BY n) AS rule
FROM amounts ORDER BY n;   -- a REAL printed through printf(): shells of different versions print REALs differently

-- wallet_refund_at: 06:00 China time on the day after sending (the China day: offsets are converted).
SELECT wallet_refund_at('2025-03-01 10:00:00') AS morning, wallet_refund_at('2025-03-01 21:59:59') AS evening,
       wallet_refund_at('2025-02-28 12:00:00') AS month_end, wallet_refund_at('2024-02-28 12:00:00') AS leap,
       wallet_refund_at('2024-12-31T20:00:00Z') AS utc_evening, wallet_refund_at(' 2025-03-01T10:00 ') AS no_seconds,
       wallet_refund_at(NULL) AS null_in, wallet_refund_at('') AS empty;

-- Auditing a ledger by payer and day: how many transfers, how many refused, and why.
SELECT payer, substr(sent_at, 1, 10) AS day, count(*) AS transfers, count(rule) AS refused,
       group_concat(rule, ',') AS rules
FROM (SELECT payer, sent_at, wallet_check(sent_at, amount, received_at)
               OVER (PARTITION BY payer ORDER BY sent_at, id) AS rule
      FROM ledger WHERE sent_at IS NOT NULL AND amount IS NOT NULL AND amount <> '')
GROUP BY payer, day ORDER BY payer, day;

-- The limits are policy parameters of the day a transfer is sent; a layer changes them from its date on: its
-- row for valid_from NULL replaces the default one (the same key) and ends it, a second row starts the new value.
SELECT name, valid_from, value, unit, source_id FROM shebao_parameters WHERE name LIKE 'wallet\_%' ESCAPE '\'
ORDER BY name;
SELECT shebao_create_layer('temp') > 0 AS layer;
INSERT INTO temp.shebao_policy_sources(source_id, title) VALUES ('what-if', 'five transfers a day from 2025-03-02');
INSERT INTO temp.shebao_policy_parameters VALUES
  ('wallet_transfers_per_day', '000000', NULL, '3', 'transfers', '2025-03-01', 'qinan-wallet-guide', NULL),
  ('wallet_transfers_per_day', '000000', '2025-03-02', '5', 'transfers', NULL, 'what-if', NULL),
  ('wallet_refund_time', '000000', NULL, '06:00', 'time', '2025-03-01', 'qinan-wallet-guide', NULL),
  ('wallet_refund_time', '000000', '2025-03-02', '00:00', 'time', NULL, 'what-if', 'refunded at midnight'),
  ('wallet_pending_blocks', '000000', NULL, '1', 'flag', '2025-03-09', 'qinan-wallet-guide', NULL),
  ('wallet_pending_blocks', '000000', '2025-03-10', '0', 'flag', NULL, 'what-if', 'no pending rule');
CREATE TABLE busy(id INTEGER PRIMARY KEY, sent_at, amount);
INSERT INTO busy(sent_at, amount) VALUES
  ('2025-03-01 09:00:00', 1), ('2025-03-01 09:01:00', 1), ('2025-03-01 09:02:00', 1), ('2025-03-01 09:03:00', 1),
  ('2025-03-02 09:00:00', 1), ('2025-03-02 09:01:00', 1), ('2025-03-02 09:02:00', 1), ('2025-03-02 09:03:00', 1),
  ('2025-03-02 09:04:00', 1), ('2025-03-02 09:05:00', 1), ('2025-03-10 09:00:00', 1), ('2025-03-10 09:01:00', 1);
SELECT id, sent_at, wallet_check(sent_at, amount, sent_at) OVER (ORDER BY sent_at, id) AS received_at_once,
       wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) AS never_received
FROM busy ORDER BY id;
SELECT wallet_refund_at('2025-03-01 10:00:00') AS old_rule, wallet_refund_at('2025-03-02 10:00:00') AS what_if;
