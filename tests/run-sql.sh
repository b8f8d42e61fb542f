#!/bin/sh
# SQL golden tests: runs each tests/sql/NAME.sql in the real sqlite3 shell (from the repository root, so that
# '.load ./dist/shebao' works) and compares everything it prints, stdout and stderr, with tests/sql/NAME.expected.
# Prints "PASS NAME" or "FAIL NAME" and the difference.
#
#   tests/run-sql.sh                 every test
#   tests/run-sql.sh NAME...         the named tests
#   tests/run-sql.sh --update NAME   rewrite NAME.expected from the current output (read the diff before committing)
#
# Files run with '.bail on' unless they test errors: those say '.bail off' and their expected output is the
# error messages, compared whole.
#
# SQLITE3 names the shell (default: sqlite3, Debian's 3.40); `make test` also runs every file in a current shell
# (tools/clients.env). The output of every shell goes through tests/normalize-shell.sh, the one place where
# the differences between SQLite versions are made to disappear, so one .expected file holds for all of them.
# SHEBAO_SQL_LABEL prefixes the names printed (sql@3.52.0/NAME).
set -u
cd "$(dirname "$0")/.."
SQLITE3=${SQLITE3:-sqlite3}
update=0
if [ "${1:-}" = "--update" ]; then
  update=1
  shift
fi
if [ $# -eq 0 ]; then
  set -- $(ls tests/sql/*.sql | sed 's|tests/sql/||; s|\.sql$||')
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for name in "$@"; do
  sql=tests/sql/$name.sql
  expected=tests/sql/$name.expected
  TZ=UTC "$SQLITE3" -batch :memory: < "$sql" 2>&1 | tests/normalize-shell.sh > "$tmp/out"
  if [ "$update" = 1 ]; then
    cp "$tmp/out" "$expected"
    echo "UPDATED $name"
  elif [ -f "$expected" ] && cmp -s "$tmp/out" "$expected"; then
    echo "PASS ${SHEBAO_SQL_LABEL:-sql}/$name"
  else
    echo "FAIL ${SHEBAO_SQL_LABEL:-sql}/$name"
    if [ -f "$expected" ]; then diff -u "$expected" "$tmp/out" | head -n 60; else echo "(no $expected)"; cat "$tmp/out" | head -n 40; fi
    status=1
  fi
done
exit $status
