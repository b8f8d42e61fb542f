#!/bin/sh
# The generated files of sql/default/ are what their writers make of the generators' committed output: nobody
# edited them by hand, and a change of the output was written through. Runs each writer with --check (Node, no
# npm package: they read tools/*/out and sql/ only). The generators themselves (npm ci, then node generate.mjs)
# are checked by their own test.mjs; 20-regions.sql needs its package and is not checked here.
set -u
cd "$(dirname "$0")/.."
command -v node >/dev/null 2>&1 || { echo "node is missing: install Node.js to check the generated SQL"; exit 1; }
status=0
for writer in tools/counties/sql.mjs tools/pinyin/sql.mjs; do
  node "$writer" --check || status=1
done
[ "$status" = 0 ] && echo "sql/default/21-regions-pinyin.sql and 25-counties.sql are what their writers make"
exit $status
