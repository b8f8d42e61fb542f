-- Errors of the identity functions, verbatim. This file runs with .bail off: each failing statement prints its
-- message and the next one runs; the expected output is every message.
.bail off
.load ./dist/shebao
.mode list
-- needs_face_photo is a decision: neither a valid number nor a birth date is an error
SELECT needs_face_photo('11010519491231002Y', '2024-01-01');
SELECT needs_face_photo('71010519491231002X', '2024-01-01');
SELECT needs_face_photo('110105194912310021', '2024-01-01');
SELECT needs_face_photo('2008/06/01', '2024-01-01');
SELECT needs_face_photo('', '2024-01-01');
SELECT needs_face_photo(20080601, '2024-01-01');
SELECT needs_face_photo(4.4052420080601e17, '2024-01-01');
SELECT needs_face_photo('2023-02-29', '2024-01-01');
SELECT needs_face_photo('2008-06-01', '2024-02-30');
SELECT needs_face_photo('2008-06-01', 'today');
SELECT needs_face_photo('2010-01-01', '2009-12-31');
SELECT needs_face_photo('110105202506010029', '2024-01-01');
SELECT needs_face_photo(x'3131', '2024-01-01');
SELECT needs_face_photo('2008-06-01', x'00');
SELECT needs_face_photo('it''s' || char(10) || cast(x'ff' AS TEXT), '2024-01-01');
-- the lookups: a blob is an error, and a malformed on_date (dates are always errors when malformed)
SELECT id_valid(x'3131');
SELECT id_normalize(zeroblob(18));
SELECT id_birth_date(x'00');
SELECT id_sex(x'00');
SELECT id_region(x'00');
SELECT id_age(x'00', '2024-01-01');
SELECT id_age('11010519491231002X', '2024-13-01');
SELECT id_age('11010519491231002X', '2024-1-1');
SELECT id_age('11010519491231002X', x'00');
SELECT id_age('not a number', '2024-02-30');
-- a CHECK constraint keeps invalid numbers out
CREATE TABLE relatives(name TEXT, id TEXT CHECK (id_valid(id)));
INSERT INTO relatives VALUES ('丁', '11010519491231002Y');
SELECT 'still running' AS after_errors, id_valid('x') AS lookup_is_zero, id_age('x', '2024-01-01') AS lookup_is_null,
       needs_face_photo(NULL, 'today') AS null_in_null_out;
