-- Errors of the relation functions, verbatim. This file runs with .bail off: each failing statement prints
-- its message and the next one runs; the expected output is every message.
.bail off
.load ./dist/shebao
.mode list
SELECT is_near_relative('火星人');
SELECT is_near_relative('');
SELECT is_near_relative('20', '火星人');
SELECT is_near_relative('火星人', '20');
SELECT is_near_relative(x'e5a496e5a986');
SELECT relation_code(x'3531');
SELECT relation_name(zeroblob(4));
SELECT is_near_relative(98);
SELECT is_near_relative(cast(x'ff' AS TEXT));
SELECT is_near_relative('it''s' || char(10) || 'x');
SELECT is_near_relative(printf('%.100c', 'z'));
SELECT 'still running' AS after_errors, relation_code('火星人') AS lookup_is_null, is_near_relative(NULL) AS null_in_null_out;
