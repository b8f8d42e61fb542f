#!/bin/sh
# The one place where the output of different sqlite3 shells is made comparable: a filter (stdin to stdout)
# that rewrites what newer shells print into what Debian 12's shell (SQLite 3.40) prints, so that one set of
# golden files (tests/sql/*.expected, the documented examples) holds for every supported SQLite.
# tests/run-sql.sh and tests/check-readme.sh pass every shell's output through it, 3.40's too.
#
# What differs, 3.40 -> 3.52/3.53, and what is done about it:
#   - An error while stepping a statement: 3.40 prints "Runtime error near line N: <message>"; newer shells
#     (their new result formatter) print "Error near line N: <message>". Rewritten here to the 3.40 form.
#     (Parse errors, "Parse error near line N:", and the caret line under them are printed alike.)
#   - The result code after such a message when it is not SQLITE_ERROR: 3.40 prints "Runtime error near line
#     N: CHECK constraint failed: id_valid(id) (19)", newer shells leave out " (19)". Removed here from every
#     shell's step errors (golden files show the message only; prepare errors keep theirs in all versions).
#   - REAL values: 3.40 prints 15 significant digits (1.0/3 -> 0.333333333333333), newer shells the shortest
#     text that reads back exactly (0.33333333333333332). Not rewritable: tests and documented examples print
#     REALs through printf() or round(), or not at all. shebao's functions return no REALs, but a REAL
#     argument reaches them as SQLite's text for it, which changed the same way: an error message quoting
#     4.40524200806010037e17 shows 4.4052420080601e+17 on 3.40 and 4.4052420080601005e+17 on 3.52. So tests
#     pass REALs of at most 15 significant digits (no REAL is a valid code, term, date or identity number,
#     so only such messages differ, never an answer).
#   - PRAGMA trusted_schema: the 3.52 shell turns it off unless started with --unsafe-testing, 3.40's leaves it
#     on. Not normalised (the runners do not set it): every golden file must pass both ways, and
#     tests/sql/layers_untrusted.sql sets it off explicitly, so that 3.40 checks it too.
#   - EXPLAIN QUERY PLAN text has been the same for shebao's tables; if it starts to differ, normalise it here.
exec sed -E 's/^Error near line ([0-9]+): /Runtime error near line \1: /; s/^(Runtime error near line [0-9]+: .*) \([0-9]+\)$/\1/'
