#!/bin/sh
# Runs the examples of the documentation (README.md and docs/*.md) in the sqlite3 shell ($SQLITE3, default
# sqlite3) and compares their output with what the page says. The format of the examples and how a block runs:
# tests/readme-examples.sh. The shell's output goes through tests/normalize-shell.sh (differences between
# SQLite versions), then errors are written as the pages write them: 'error: <message>'. SHEBAO_DIST names the
# directory of the loadable to test (default dist; the sanitizer run passes dist/asan).
set -u
cd "$(dirname "$0")/.."
SQLITE3=${SQLITE3:-sqlite3}
dist=${SHEBAO_DIST:-dist}
case $dist in /*) ;; *) dist=./$dist ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

tests/readme-examples.sh "$tmp"
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
  TZ=UTC "$SQLITE3" -batch :memory: < "$tmp/run.sql" 2>&1 | tests/normalize-shell.sh |
    sed -E 's/^(Runtime|Parse) error near line [0-9]+: /error: /; s/^Error: near line [0-9]+: /error: /; s/^Error: (stepping, )?/error: /' > "$tmp/$case_name.out"
  if ! cmp -s "$tmp/$case_name.out" "$tmp/$case_name.expected"; then
    echo "$case_name: the documented example differs:"
    cat "$sql"
    diff -u "$tmp/$case_name.expected" "$tmp/$case_name.out"
    status=1
  fi
done
echo "$count documented example blocks checked"
[ "$count" -gt 0 ] || status=1
exit $status
