-- Errors of the certification functions and explain_cert_deadline, verbatim. This file runs with .bail off:
-- each failing statement prints its message and the next one runs.
.bail off
.load ./dist/shebao
.mode list
SELECT next_cert_deadline('2023-02-29');
SELECT next_cert_deadline('2024/03/15');
SELECT next_cert_deadline('2024-03-15', '火星市');
SELECT next_cert_deadline('2024-03-15', 'month_end_13');
SELECT next_cert_deadline('2024-03-15', '');
SELECT next_cert_deadline('2024-03-15', '火星市:resident');
SELECT next_cert_deadline('2024-03-15', '西安市:retired');
SELECT next_cert_deadline('2024-03-15', 'anniversary:employee');
SELECT next_cert_deadline('2024-03-15', '吉林');
SELECT next_cert_deadline('2024-03-15', '西安市');
SELECT next_cert_deadline('2024-03-15', '福建省');
SELECT next_cert_deadline('9999-03-15');
SELECT next_cert_deadline('9999-01-02', 'days_365');
SELECT next_cert_deadline(x'323032342d30332d3135');
SELECT next_cert_deadline('2024-03-15', x'00');
SELECT cert_status('2024-03-15', '2024-03-14');
SELECT cert_status('2024-03-15', '2025-02-30');
SELECT cert_status('2024-03-15', '2025-03-01', '福州市');
SELECT * FROM explain_cert_deadline('2023-02-29', 'anniversary');
SELECT * FROM explain_cert_deadline('2024-03-15', '火星市');
SELECT * FROM explain_cert_deadline('2024-03-15', '吉林:employee');
SELECT * FROM explain_cert_deadline;
SELECT * FROM explain_cert_deadline WHERE last_cert > '2024-01-01';
SELECT * FROM explain_cert_deadline('9999-06-01');
SELECT * FROM explain_cert_deadline(x'00');
SELECT 'still running' AS after_errors, next_cert_deadline(NULL) AS null_in_null_out, cert_status('2024-03-15', NULL) AS null_status;
