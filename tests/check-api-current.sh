#!/bin/sh
# shebao compiles against current SQLite headers with every warning an error, as a loadable and with
# -DSQLITE_CORE (the static library), and the loadable built so loads into Debian's SQLite 3.40. The normal
# build uses Debian's 3.40 headers, so an API newer than 3.40 without a compile-time guard fails there; this
# shows that the guarded code compiles on the new side too, and that a build against new headers calls nothing
# that 3.40 lacks at run time (see ext/shebao.h, "SQLite versions").
set -u
cd "$(dirname "$0")/.."
. tools/clients.env
inc=build/npm/better-sqlite3-$BETTER_SQLITE3_VERSION/node_modules/better-sqlite3/deps/sqlite3
if [ ! -f "$inc/sqlite3ext.h" ]; then
  echo "no current SQLite headers in $inc: \`make test\` installs better-sqlite3@$BETTER_SQLITE3_VERSION first"
  exit 1
fi
CC=${CC:-cc}
version=$(printf '#include <sqlite3.h>\nSQLITE_VERSION\n' | "$CC" -E -P -I"$inc" - | tail -n 1 | tr -d '"')
echo "compiling against SQLite $version headers ($inc)"
case $version in 3.4[0-9].*|3.[0-3]*|'') echo "not current headers: $version"; exit 1 ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags="-std=c11 -Wall -Wextra -Werror -fPIC -I$inc -Iext -Ibuild/gen -DSHEBAO_VERSION=\"$(cat VERSION)\""
# shellcheck disable=SC2086
"$CC" $flags -DSQLITE_CORE -fsyntax-only ext/*.c build/gen/policy_default.c || exit 1
# shellcheck disable=SC2086
"$CC" $flags -O0 -shared -o "$tmp/shebao.so" ext/*.c build/gen/policy_default.c || exit 1
got=$(sqlite3 -batch :memory: ".load $tmp/shebao" "SELECT sqlite_version() >= '3.40', relation_code('外婆'), can_share('祖父', '2024-12-02', '苏州市', '成都市')" 2>&1)
[ "$got" = "1|64|1" ] || { echo "the loadable built against $version headers, in $(sqlite3 --version | cut -d' ' -f1): $got"; exit 1; }
echo "built against $version headers: compiles (loadable and SQLITE_CORE) and loads into SQLite $(sqlite3 --version | cut -d' ' -f1)"
