#!/bin/sh
# Extracts the examples of the documentation (README.md, then docs/*.md) into a directory, one case per
# ```sql block:
#   tests/readme-examples.sh DIR   writes DIR/PAGE-NNN.sql and DIR/PAGE-NNN.expected (PAGE the page's name,
#                                  README or the docs page, NNN the block's number in it, zero-padded)
# In every ```sql block, each statement is followed by its expected output as '-- ' lines (rows in list
# mode, columns separated by '|', NULL as empty); an error is written '-- error: <message>'. Statements
# without '-- ' lines (set-up) run too; dot-commands are left out (the extension is always loaded). A block
# runs as one session in a fresh in-memory database (statements see what earlier ones of the block did); its
# expected output is every '-- ' line of the block, in order. A block without expected output shows syntax
# only and is left out. Clients split a block into statements where SQLite sees a complete one
# (sqlite3_complete), as the shell does.
# Used by tests/check-readme.sh (the sqlite3 shell) and by the client tests (Python, Node, C), which run the
# same cases: every documented example runs in each.
set -eu
cd "$(dirname "$0")/.."
dir=$1
mkdir -p "$dir"
for page in README.md docs/*.md; do
  [ -e "$page" ] || continue
  awk -v dir="$dir" -v name="$(basename "$page" .md)" '
    /^```sql/ { inblock = 1; block++; file = dir "/" name "-" sprintf("%03d", block); printf "" > (file ".sql"); printf "" > (file ".expected"); next }
    /^```/ && inblock { inblock = 0; close(file ".sql"); close(file ".expected"); next }
    !inblock { next }
    /^\./ { next }
    /^-- / || /^--$/ { line = $0; sub(/^-- ?/, "", line); print line >> (file ".expected"); next }
    { print $0 >> (file ".sql") }
  ' "$page"
done
for expected in "$dir"/*.expected; do
  [ -e "$expected" ] || continue
  [ -s "$expected" ] || rm -f "$expected" "${expected%.expected}.sql"
done
