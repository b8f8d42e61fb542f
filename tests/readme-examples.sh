#!/bin/sh
# Extracts the examples of README.md into a directory, one case per expected output:
#   tests/readme-examples.sh DIR   writes DIR/<block>_<n>.sql and DIR/<block>_<n>.expected (block and n
#                                  zero-padded, so that the files sort in README order)
# In every ```sql block, each statement is followed by its expected output as '-- ' lines (rows in list
# mode, columns separated by '|', NULL as empty); an error is written '-- error: <message>'. Statements with
# no '-- ' lines of their own (set-up) go into the next case. Dot-commands are left out (the extension is
# always loaded). A statement ends with ';' at the end of a line.
# Used by tests/check-readme.sh (the sqlite3 shell) and by the client tests (Python, Node, C), which run the
# same cases, each in a fresh connection.
set -eu
cd "$(dirname "$0")/.."
dir=$1
mkdir -p "$dir"
awk -v dir="$dir" '
  function name() { return sprintf("%s/%03d_%02d", dir, block, n) }
  /^```sql/ { inblock = 1; block++; n = 0; stmt = ""; next }
  /^```/ && inblock { inblock = 0; next }
  !inblock { next }
  /^\./ { next }
  /^-- / || /^--$/ {
    if (stmt != "") { n++; file = name(); print stmt > (file ".sql"); close(file ".sql"); stmt = ""; printf "" > (file ".expected") }
    if (n > 0) { line = $0; sub(/^-- ?/, "", line); print line >> (name() ".expected") }
    next
  }
  { stmt = (stmt == "" ? $0 : stmt "\n" $0) }
' README.md
