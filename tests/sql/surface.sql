-- The public surface, pinned: every function shebao registers with its flags, and every module. A change
-- here must be deliberate (and documented in docs/).
.bail on
CREATE TEMP TABLE before_functions AS SELECT name, narg FROM pragma_function_list;
CREATE TEMP TABLE before_modules AS SELECT name FROM pragma_module_list;
.load ./dist/shebao
.mode list
.headers on
SELECT f.name, f.narg,
       (f.flags & 0x800) != 0 AS deterministic,
       (f.flags & 0x200000) != 0 AS innocuous,
       (f.flags & 0x80000) != 0 AS directonly,
       f.enc
FROM pragma_function_list f
WHERE NOT EXISTS (SELECT 1 FROM before_functions b WHERE b.name = f.name AND b.narg = f.narg)
ORDER BY f.name, f.narg;
SELECT name AS module FROM pragma_module_list WHERE name NOT IN (SELECT name FROM before_modules) ORDER BY 1;
SELECT shebao_version() = trim(CAST(readfile('VERSION') AS TEXT), char(10)) AS version_matches_file;
