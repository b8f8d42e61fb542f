#!/bin/sh
# The README's reference is complete: every function and table that the loaded extension registers
# (pragma_function_list, pragma_module_list) has its entry, and the README's determinism table says exactly
# which functions are deterministic, as registered. Fails naming what is missing or wrong.
#   - a function: a '### '/'#### ' heading of README.md naming it in backticks: #### `relation_code(term)` ...
#   - a table: such a heading, or a row of the table in "### Tables": | `shebao_regions(code, ...)` | ...
#   - the determinism table ("### Deterministic functions and replication"): one row per name and number of
#     arguments: | `region_enabled` | 1 | no | ...
set -u
cd "$(dirname "$0")/.."
SQLITE3=${SQLITE3:-sqlite3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

"$SQLITE3" -batch :memory: > "$tmp/registered" <<'SQL' || { cat "$tmp/registered"; exit 1; }
CREATE TEMP TABLE before_functions AS SELECT name, narg FROM pragma_function_list;
CREATE TEMP TABLE before_modules AS SELECT name FROM pragma_module_list;
.load ./dist/shebao
.mode list
SELECT 'function', f.name, f.narg, CASE WHEN f.flags & 0x800 THEN 'yes' ELSE 'no' END
FROM pragma_function_list f
WHERE NOT EXISTS (SELECT 1 FROM before_functions b WHERE b.name = f.name AND b.narg = f.narg)
ORDER BY 2, 3;
SELECT 'module', name FROM pragma_module_list WHERE name NOT IN (SELECT name FROM before_modules) ORDER BY 2;
SQL
[ -s "$tmp/registered" ] || { echo "nothing registered?"; exit 1; }

# Names in backticks in the reference headings, and the first column of the Tables table.
grep -E '^#{3,4} ' README.md | grep -oE '`[A-Za-z_0-9]+[(`]' | tr -d '`(' | sort -u > "$tmp/headings"
awk '/^### Tables/ { on = 1; next } /^##/ { on = 0 } on && /^\| `/' README.md |
  sed -E 's/^\| `([A-Za-z_0-9]+).*/\1/' | sort -u > "$tmp/table_rows"

while IFS='|' read -r kind name narg det; do
  case $kind in
  function)
    grep -qx "$name" "$tmp/headings" || { echo "README: no reference heading for the function $name()"; status=1; }
    echo "$name|$narg|$det" >> "$tmp/deterministic_registered"
    ;;
  module)
    grep -qx "$name" "$tmp/headings" "$tmp/table_rows" ||
      { echo "README: no reference heading or Tables row for the table $name"; status=1; }
    ;;
  esac
done < "$tmp/registered"

# The determinism table: rows | `name` | narg | yes/no | ... of its section.
awk '/^### Deterministic functions and replication/ { on = 1; next } /^##/ { on = 0 } on && /^\| `/' README.md |
  sed -E 's/^\| `([A-Za-z_0-9]+)` \| *([0-9-]+) *\| *\**(yes|no)\**.*/\1|\2|\3/' | sort > "$tmp/deterministic_readme"
sort -o "$tmp/deterministic_registered" "$tmp/deterministic_registered"
if ! cmp -s "$tmp/deterministic_registered" "$tmp/deterministic_readme"; then
  echo "README's determinism table (name|arguments|deterministic) differs from pragma_function_list:"
  diff -u "$tmp/deterministic_readme" "$tmp/deterministic_registered" | sed 's/^/  /'
  status=1
fi
[ $status -eq 0 ] && echo "$(grep -c '^function' "$tmp/registered") functions and $(grep -c '^module' "$tmp/registered") tables documented"
exit $status
