#!/bin/sh
# SQL golden tests: runs each tests/sql/NAME.sql in the real sqlite3 shell and compares everything it prints,
# stdout and stderr, with tests/sql/NAME.expected. Prints "PASS NAME" or "FAIL NAME" and the difference.
#
#   tests/run-sql.sh                 every test
#   tests/run-sql.sh NAME...         the named tests
#   tests/run-sql.sh --update NAME   rewrite NAME.expected from the current output (read the diff before committing)
#
# Files run with '.bail on' unless they test errors: those say '.bail off' and their expected output is the
# error messages, compared whole.
#
# Each file runs in a scratch directory that looks like the repository (tests, fixtures, sql, VERSION, and an
# empty build/ to write in), so that '.load ./dist/shebao' and relative paths work and two runs never share a
# file. Environment: SQLITE3, the shell (default sqlite3; the sanitizer run passes a wrapper); SHEBAO_DIST, the
# directory holding the loadable to test as ./dist (default dist; the sanitizer build is dist/asan).
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
SQLITE3=${SQLITE3:-sqlite3}
dist=${SHEBAO_DIST:-dist}
case $dist in /*) ;; *) dist=$root/$dist ;; esac
case $SQLITE3 in /*) ;; */*) SQLITE3=$root/$SQLITE3 ;; esac
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
  work=$tmp/work
  rm -rf "$work"
  mkdir -p "$work/build"
  for f in tests fixtures sql VERSION; do ln -s "$root/$f" "$work/$f"; done
  ln -s "$dist" "$work/dist"
  (cd "$work" && TZ=UTC "$SQLITE3" -batch :memory: < "$root/$sql" > "$tmp/out" 2>&1)
  if [ "$update" = 1 ]; then
    cp "$tmp/out" "$expected"
    echo "UPDATED $name"
  elif [ -f "$expected" ] && cmp -s "$tmp/out" "$expected"; then
    echo "PASS sql/$name"
  else
    echo "FAIL sql/$name"
    if [ -f "$expected" ]; then diff -u "$expected" "$tmp/out" | head -n 60; else echo "(no $expected)"; head -n 40 "$tmp/out"; fi
    status=1
  fi
done
exit $status
