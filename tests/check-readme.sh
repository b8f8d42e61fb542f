#!/bin/sh
# Runs the examples of README.md and compares their output with what the README says.
# In every ```sql block, each statement is followed by its expected output as '-- ' lines (rows in list
# mode, columns separated by '|', NULL as empty); an error is written '-- error: <message>'. Statements
# without '-- ' lines (set-up) run too; dot-commands are skipped (the extension is always loaded). A block
# runs as one session in a fresh in-memory database.
set -u
cd "$(dirname "$0")/.."
SQLITE3=${SQLITE3:-sqlite3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Each block runs as one session (statements see what earlier ones of the block did); its expected output is
# every '-- ' line of the block, in order.
awk -v dir="$tmp" '
  /^```sql/ { inblock = 1; block++; file = dir "/" sprintf("%03d", block); printf "" > (file ".sql"); printf "" > (file ".expected"); next }
  /^```/ && inblock { inblock = 0; next }
  !inblock { next }
  /^\./ { next }
  /^-- / || /^--$/ { line = $0; sub(/^-- ?/, "", line); print line >> (file ".expected"); next }
  { print $0 >> (file ".sql") }
' README.md

status=0
count=0
for sql in "$tmp"/*.sql; do
  [ -e "$sql" ] || continue
  [ -s "${sql%.sql}.expected" ] || continue # a block without expected output shows syntax only
  count=$((count + 1))
  case_name=$(basename "$sql" .sql)
  {
    echo ".bail off"
    echo ".load ./dist/shebao"
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
echo "$count README example blocks checked"
[ "$count" -gt 0 ] || status=1
exit $status
