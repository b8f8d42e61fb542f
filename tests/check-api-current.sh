#!/bin/sh
# shebao compiles against current SQLite headers with every warning an error, as a loadable and with
# -DSQLITE_CORE (the static library), and the loadable built so loads into Debian's SQLite 3.40. The normal
# build uses Debian's 3.40 headers, so an API newer than 3.40 without a compile-time guard fails there; this
# shows that the guarded code compiles on the new side too, and that a build against new headers calls nothing
# that 3.40 lacks at run time (see ext/core/shebao.h, "SQLite versions"). `make test` compiles it (the Makefile's
# API_CHECK, into build/current/); this checks that it is there, up to date, and loads.
set -u
cd "$(dirname "$0")/.."
. tools/clients.env
dir=build/npm/better-sqlite3-$BETTER_SQLITE3_VERSION
so=build/current/api-check/shebao.so
inc=$dir/node_modules/better-sqlite3/deps/sqlite3
if [ ! -f "$so" ] || [ -n "$(find ext VERSION build/gen -newer "$so" -type f 2>/dev/null | head -n 1)" ]; then
  echo "$so is missing or older than the sources: \`make test\` compiles shebao against the current headers"
  echo "($inc, from better-sqlite3@$BETTER_SQLITE3_VERSION) first; its output shows the compile errors."
  exit 1
fi
version=$(sed -n 's/^#define SQLITE_VERSION  *"\(.*\)"/\1/p' "$inc/sqlite3.h")
case $version in 3.4[0-9].* | 3.[0-3]* | '') echo "not current headers: '$version'"; exit 1 ;; esac
got=$(sqlite3 -batch :memory: ".load $so" "SELECT relation_code('外婆'), can_share('祖父', '2024-12-02', '苏州市', '成都市'), next_cert_deadline('2024-03-15'), id_valid('11010519491231002X')" 2>&1)
[ "$got" = "64|1|2025-03-31|1" ] || { echo "the loadable built against $version headers, in Debian's SQLite: $got"; exit 1; }
echo "built against SQLite $version headers with -Werror (loadable and SQLITE_CORE); loads into SQLite $(sqlite3 --version | cut -d' ' -f1)"
