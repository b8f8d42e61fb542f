#!/bin/sh
# The reference is complete and one click away: for every function and table that the loaded extension
# registers (pragma_function_list, pragma_module_list),
#   - a page of docs/ has its entry: a '### ' or '#### ' heading naming it in backticks (#### `relation_code(term)`
#     ...), after an anchor <a id="NAME"></a>;
#   - README.md's index has a line linking to that entry: [`relation_code(term)`](docs/relations.md#relation_code);
# and the determinism table of docs/conventions.md ("Deterministic functions and replication") says exactly which
# functions are deterministic, as registered: one row per name and number of arguments,
#   | `region_enabled` | 1 | no | ... |
# Fails naming what is missing or wrong.
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
SELECT 'module', name, 0, '' FROM pragma_module_list WHERE name NOT IN (SELECT name FROM before_modules) ORDER BY 2;
SQL
[ -s "$tmp/registered" ] || { echo "nothing registered?"; exit 1; }

# name|page of every reference heading, and name|page of every anchor, of docs/*.md.
for page in docs/*.md; do
  grep -E '^#{3,4} ' "$page" | grep -oE '`[A-Za-z_0-9]+[(`]' | tr -d '`(' | sed "s|\$|\|$page|"
done | sort -u > "$tmp/headings"
for page in docs/*.md; do
  grep -oE '<a id="[A-Za-z_0-9]+"></a>' "$page" | sed -E "s|<a id=\"([A-Za-z_0-9]+)\"></a>|\1\|$page|"
done | sort -u > "$tmp/anchors"

cut -d'|' -f2 "$tmp/registered" | sort -u | while read -r name; do
  page=$(grep "^$name|" "$tmp/headings" | head -n 1 | cut -d'|' -f2)
  if [ -z "$page" ]; then
    echo "docs/: no reference heading for $name"
    echo fail > "$tmp/failed"
    continue
  fi
  grep -qx "$name|$page" "$tmp/anchors" || { echo "$page: no anchor <a id=\"$name\"></a> for $name"; echo fail > "$tmp/failed"; }
  grep -qF "](${page}#${name})" README.md || { echo "README.md: no index line linking to ${page}#${name}"; echo fail > "$tmp/failed"; }
done
[ -e "$tmp/failed" ] && status=1

# The determinism table: rows | `name` | narg | yes/no | ... of its section.
grep '^function' "$tmp/registered" | cut -d'|' -f2-4 | sort > "$tmp/deterministic_registered"
awk '/^#+ Deterministic functions and replication/ { on = 1; next } /^#/ { on = 0 } on && /^\| `/' docs/conventions.md |
  sed -E 's/^\| `([A-Za-z_0-9]+)` \| *([0-9-]+) *\| *\**(yes|no)\**.*/\1|\2|\3/' | sort > "$tmp/deterministic_docs"
if ! cmp -s "$tmp/deterministic_registered" "$tmp/deterministic_docs"; then
  echo "docs/conventions.md's determinism table (name|arguments|deterministic) differs from pragma_function_list:"
  diff -u "$tmp/deterministic_docs" "$tmp/deterministic_registered" | sed 's/^/  /'
  status=1
fi
[ $status -eq 0 ] && echo "$(grep -c '^function' "$tmp/registered") functions and $(grep -c '^module' "$tmp/registered") tables documented and indexed"
exit $status
