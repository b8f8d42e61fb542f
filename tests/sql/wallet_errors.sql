-- Errors of wallet_check and wallet_refund_at, verbatim (.bail off): values that are no timestamp or amount,
-- and every use of the window function that could not answer one transfer at a time.
.bail off
.load ./dist/shebao
.mode list
.nullvalue NULL
CREATE TABLE t(id INTEGER PRIMARY KEY, payer, sent_at, amount, received_at);
-- Amounts: yuan to the fen, as a number or its text; nothing else.
INSERT INTO t VALUES (1, 'A', '2025-03-01 10:00:00', '2,000', NULL);
SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET amount = '¥2000'; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET amount = '2e3'; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET amount = 'NaN'; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET amount = '2000.001'; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET amount = 2000.001; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET amount = 1e999; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET amount = x'32303030'; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET amount = '２０００'; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
-- Timestamps: a date and a time, China time unless an offset says otherwise.
UPDATE t SET amount = 100, sent_at = '2025-03-01';
SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET sent_at = '2025-02-29 10:00:00'; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET sent_at = '2025-03-01 24:00:00'; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET sent_at = '2025/03/01 10:00:00'; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET sent_at = '2025-03-01 10:00:00+15:00'; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET sent_at = 1740794400; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET sent_at = x'00'; SELECT wallet_check(sent_at, amount) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET sent_at = '2025-03-01 10:00:00', received_at = '2025-03-01 09:59:59';
SELECT wallet_check(sent_at, amount, received_at) OVER (ORDER BY sent_at, id) FROM t;
UPDATE t SET received_at = 'yesterday'; SELECT wallet_check(sent_at, amount, received_at) OVER (ORDER BY sent_at, id) FROM t;
SELECT wallet_refund_at('2025-03-01');
SELECT wallet_refund_at('2025-13-01 10:00:00');
SELECT wallet_refund_at(x'00');
-- The window: one transfer at a time, in time order, each decided when it is the current row. (A statement that
-- fails after some rows is counted, so that no row is printed before its error.)
DELETE FROM t;
INSERT INTO t VALUES (1, 'A', '2025-03-01 10:00:00', 100, NULL), (2, 'A', '2025-03-01 10:00:00', 100, NULL),
  (3, 'A', '2025-03-01 11:00:00', 50, NULL), (4, 'B', '2025-03-01 09:00:00', 100, NULL);
SELECT 'an aggregate', wallet_check(sent_at, amount) FROM t;
SELECT 'an aggregate per payer', payer, wallet_check(sent_at, amount) FROM t GROUP BY payer;
SELECT 'an aggregate of nothing', wallet_check(sent_at, amount) FROM t WHERE 0;
SELECT 'peers', wallet_check(sent_at, amount) OVER (PARTITION BY payer ORDER BY sent_at) FROM t;
SELECT 'ordered by something else', count(r) FROM (SELECT wallet_check(sent_at, amount) OVER (PARTITION BY payer
  ORDER BY amount, id) AS r FROM t);
DELETE FROM t WHERE id = 2;   -- no more ties
SELECT 'no order', wallet_check(sent_at, amount) OVER (PARTITION BY payer) FROM t;
SELECT 'the frame goes on', wallet_check(sent_at, amount) OVER (PARTITION BY payer ORDER BY sent_at, id
  ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) FROM t;
SELECT 'the frame stops before', wallet_check(sent_at, amount) OVER (PARTITION BY payer ORDER BY sent_at, id
  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) FROM t;
SELECT 'exclude', wallet_check(sent_at, amount) OVER (PARTITION BY payer ORDER BY sent_at, id
  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) FROM t;
SELECT 'filter', count(r) FROM (SELECT wallet_check(sent_at, amount) FILTER (WHERE amount > 60)
  OVER (PARTITION BY payer ORDER BY sent_at, id) AS r FROM t);
INSERT INTO t VALUES (2, 'A', '2025-03-01 10:00:00', 100, NULL);
SELECT 'with ids, fine', id, wallet_check(sent_at, amount) OVER (PARTITION BY payer ORDER BY sent_at, id) FROM t;
-- Policy data that breaks a rule, in a layer: every use that needs it is an error naming the row.
SELECT shebao_create_layer('temp') > 0 AS layer;
INSERT INTO temp.shebao_policy_sources(source_id, title) VALUES ('broken', 'a broken layer');
INSERT INTO temp.shebao_policy_parameters VALUES ('wallet_night_start', '000000', NULL, '25:00', 'time', NULL, 'broken', NULL);
SELECT wallet_check(sent_at, amount) OVER (PARTITION BY payer ORDER BY sent_at, id) FROM t;
UPDATE temp.shebao_policy_parameters SET value = '22:00', unit = 'hours';
SELECT wallet_refund_at('2025-03-01 10:00:00');
UPDATE temp.shebao_policy_parameters SET name = 'wallet_max_per_transfer', value = '2,000', unit = 'CNY';
SELECT wallet_check(sent_at, amount) OVER (PARTITION BY payer ORDER BY sent_at, id) FROM t;
DELETE FROM temp.shebao_policy_parameters;
INSERT INTO temp.shebao_policy_retractions VALUES ('shebao_policy_parameters', 'wallet_refund_time|000000|', 'broken', NULL);
SELECT wallet_refund_at('2025-03-01 10:00:00');
