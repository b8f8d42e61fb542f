#!/bin/sh
# The one place where the output of different sqlite3 shells is made comparable: a filter (stdin to stdout)
# that rewrites what newer shells print into what Debian 12's shell (SQLite 3.40) prints, so that one set of
# golden files (tests/sql/*.expected, the README's examples) holds for every supported SQLite.
# tests/run-sql.sh and tests/check-readme.sh pass every shell's output through it, 3.40's too.
#
# What differs, 3.40 -> 3.52/3.53, and what is done about it:
#   - An error while stepping a statement: 3.40 prints "Runtime error near line N: <message>"; newer shells
#     (their new result formatter) print "Error near line N: <message>". Rewritten here to the 3.40 form.
#     (Parse errors, "Parse error near line N:", and the caret line under them are printed alike.)
#   - REAL values: 3.40 prints 15 significant digits (1.0/3 -> 0.333333333333333), newer shells the shortest
#     text that reads back exactly (0.33333333333333332). Not rewritable: tests and README examples print
#     REALs through printf() or round(), or not at all. shebao's functions return no REALs.
#   - EXPLAIN QUERY PLAN text has been the same for shebao's tables; if it starts to differ, normalise it here.
exec sed -E 's/^Error near line ([0-9]+): /Runtime error near line \1: /'
