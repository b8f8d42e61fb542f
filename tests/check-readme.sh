#!/bin/sh
# Runs the examples of README.md and compares their output with what the README says.
# In every ```sql block, each statement is followed by its expected output as '-- ' lines (rows in list
# mode, columns separated by '|', NULL as empty); an error is written '-- error: <message>'. Statements
# without '-- ' lines (set-up) run too; dot-commands are skipped (the extension is always loaded).
# Environment: SQLITE3 (the shell), SHEBAO_DIST (the directory of the loadable to test, default dist).
set -u
cd "$(dirname "$0")/.."
SQLITE3=${SQLITE3:-sqlite3}
dist=${SHEBAO_DIST:-dist}
case $dist in /*) ;; *) dist=./$dist ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

awk -v dir="$tmp" '
  /^```sql/ { inblock = 1; block++; n = 0; stmt = ""; next }
  /^```/ && inblock { inblock = 0; next }
  !inblock { next }
  /^\./ { next }
  /^-- / || /^--$/ {
    if (stmt != "") { n++; file = dir "/" block "_" n; print stmt > (file ".sql"); close(file ".sql"); stmt = ""; printf "" > (file ".expected") }
    if (n > 0) { line = $0; sub(/^-- ?/, "", line); print line >> (dir "/" block "_" n ".expected") }
    next
  }
  { stmt = (stmt == "" ? $0 : stmt "\n" $0) }
' README.md
# (Statements with no expected lines of their own accumulate into the next example: its set-up.)
status=0
count=0
for sql in "$tmp"/*.sql; do
  [ -e "$sql" ] || continue
  count=$((count + 1))
  case_name=$(basename "$sql" .sql)
  {
    echo ".bail off"
    echo ".load $dist/shebao"
    echo ".mode list"
    echo ".headers off"
    echo ".nullvalue ''"
    cat "$sql"
  } > "$tmp/run.sql"
  TZ=UTC "$SQLITE3" -batch :memory: < "$tmp/run.sql" 2>&1 |
    sed -E 's/^(Runtime|Parse) error near line [0-9]+: /error: /; s/^Error: near line [0-9]+: /error: /; s/^Error: (stepping, )?/error: /' > "$tmp/$case_name.out"
  if ! cmp -s "$tmp/$case_name.out" "$tmp/$case_name.expected"; then
    echo "README example differs:"
    cat "$sql"
    diff -u "$tmp/$case_name.expected" "$tmp/$case_name.out"
    status=1
  fi
done
echo "$count README examples checked"
[ "$count" -gt 0 ] || status=1
exit $status
