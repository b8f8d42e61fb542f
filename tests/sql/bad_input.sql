-- The bad-input matrix through the real shell, errors verbatim (.bail off): every function and table of
-- tests/calls.sql, first with its good arguments, then with each bad value of shebao_bad_values in each
-- argument in turn (a table: in each searched column). Each case prints a '#' line naming it, then the result
-- (quote()d, so NULL, text and numbers differ) or the error. The error policy: NULL in, NULL out; a lookup
-- gives NULL for what it does not recognise; a decision raises an error naming the function, quoting the
-- value and naming the argument; a blob where text is expected is an error. tests/unit/test_matrix.c checks
-- the same matrix against that policy in-process.
--
-- It starts by checking that tests/calls.sql lists every function and module shebao registers: a 'FAIL' line
-- here means a row is missing.
.bail off
CREATE TEMP TABLE before_functions AS SELECT name, narg FROM pragma_function_list;
CREATE TEMP TABLE before_modules AS SELECT name FROM pragma_module_list;
.load ./dist/shebao
.read tests/calls.sql
.mode list
.headers off
CREATE TEMP TABLE registered AS
  SELECT DISTINCT f.name, f.narg, 'function' AS what FROM pragma_function_list f
  WHERE NOT EXISTS (SELECT 1 FROM before_functions b WHERE b.name = f.name AND b.narg = f.narg)
  UNION ALL
  SELECT name, NULL, 'module' FROM pragma_module_list WHERE name NOT IN (SELECT name FROM before_modules);
SELECT 'FAIL: ' || what || ' ' || name || coalesce('/' || narg, '') || ' has no row in tests/calls.sql'
FROM registered r
WHERE NOT EXISTS (SELECT 1 FROM shebao_calls c WHERE c.name = r.name
                  AND (r.what = 'module' AND c.kind IN ('table', 'view') OR c.narg = r.narg AND c.kind NOT IN ('table', 'view')))
ORDER BY 1;
SELECT 'FAIL: tests/calls.sql has ' || name || '/' || narg || ', which shebao does not register'
FROM shebao_calls c
WHERE NOT EXISTS (SELECT 1 FROM registered r WHERE r.name = c.name
                  AND (r.what = 'module' AND c.kind IN ('table', 'view') OR r.narg = c.narg AND c.kind NOT IN ('table', 'view')))
ORDER BY 1;
SELECT (SELECT count(*) FROM registered) || ' functions and modules registered, ' || count(*) || ' rows in tests/calls.sql'
FROM shebao_calls;

-- The cases: (call, position) pairs, position -1 being the good call; each function position gets every bad
-- value.
CREATE TEMP TABLE cases AS
WITH RECURSIVE pos(i) AS (SELECT -1 UNION ALL SELECT i + 1 FROM pos WHERE i < 5),
call AS (SELECT rowid AS id, *, CASE WHEN params = '' THEN 0
                                     ELSE length(params) - length(replace(params, ',', '')) + 1 END AS npos
         FROM shebao_calls)
SELECT c.id, c.name, c.narg, c.kind, c.params, p.i AS pos,
       CASE WHEN p.i < 0 THEN 'good' ELSE v.label END AS label,
       CASE WHEN p.i < 0 THEN NULL ELSE v.expr END AS expr,
       CASE WHEN p.i < 0 THEN NULL
            ELSE (SELECT rtrim(value, '?!') FROM json_each('["' || replace(c.params, ',', '","') || '"]') WHERE key = p.i)
       END AS param,
       json_array(quote(a1), quote(a2), quote(a3), quote(a4), quote(a5), quote(a6)) AS good, c.npos,
       v.rowid AS vid
FROM call c JOIN pos p ON p.i < c.npos
LEFT JOIN shebao_bad_values v ON p.i >= 0
WHERE p.i < 0 OR v.rowid IS NOT NULL
ORDER BY c.id, p.i, v.rowid;

-- The argument list of a function case: the good arguments with the bad expression at its position.
CREATE TEMP VIEW case_sql AS
SELECT *,
  CASE kind
  WHEN 'view' THEN
    'SELECT ''rows: '' || count(*) FROM ' || name || ' WHERE ' ||
    CASE WHEN pos < 0 THEN (SELECT value FROM json_each('["' || replace(params, ',', '","') || '"]') WHERE key = 0) || ' = ' || json_extract(good, '$[0]')
         ELSE param || ' = ' || expr END
  ELSE
    CASE kind WHEN 'table' THEN 'SELECT ''rows: '' || count(*) FROM ' ELSE 'SELECT quote(' END || name || '(' ||
    coalesce((SELECT group_concat(a, ', ') FROM (
      SELECT CASE WHEN k.key = pos THEN expr ELSE k.value END AS a
      FROM json_each(good) k WHERE k.key < npos ORDER BY k.key)), '') ||
    ')' || CASE kind WHEN 'table' THEN '' WHEN 'window' THEN ' OVER ())' ELSE ')' END
  END || ';' AS stmt,
  '# ' || name || '/' || narg || CASE WHEN pos < 0 THEN ' good' ELSE ' ' || param || ' = ' || label END AS title
FROM cases;

.output build/bad_input_calls.sql
SELECT 'SELECT ' || quote(title) || ';' || char(10) || stmt FROM case_sql ORDER BY id, pos, vid;
.output stdout
.read build/bad_input_calls.sql
SELECT 'still running after ' || count(*) || ' cases' FROM cases;
