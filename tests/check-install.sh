#!/bin/sh
# `make install` with PREFIX and DESTDIR: the loadable and the static library in $(PREFIX)/lib, the public
# header in $(PREFIX)/include; the sqlite3 shell loads the installed extension by its path, a C program
# compiles against the installed header and links the installed library; `make uninstall` removes them.
set -u
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
prefix=/opt/shebao-test
make -s --no-print-directory install PREFIX=$prefix DESTDIR="$root" > "$tmp/log" 2>&1 || { cat "$tmp/log"; exit 1; }
grep -q "^installed; in the sqlite3 shell: .load $prefix/lib/shebao\$" "$tmp/log" || { echo "no .load hint:"; cat "$tmp/log"; exit 1; }
for f in lib/shebao.so lib/libshebao.a include/shebao_public.h; do
  [ -f "$root$prefix/$f" ] || { echo "not installed: $prefix/$f"; exit 1; }
done
[ "$(find "$root" -type f | wc -l)" -eq 3 ] || { echo "installed more than expected:"; find "$root" -type f; exit 1; }

got=$(sqlite3 -batch :memory: ".load $root$prefix/lib/shebao" "SELECT relation_code('外婆')" 2>&1)
[ "$got" = 64 ] || { echo ".load of the installed extension: $got"; exit 1; }

cat > "$tmp/app.c" <<'C'
#include <sqlite3.h>
#include <shebao_public.h>
#include <stdio.h>
int main(void) {
  sqlite3 *db;
  sqlite3_stmt *stmt;
  sqlite3_auto_extension((void (*)(void))sqlite3_shebao_init);
  sqlite3_open(":memory:", &db);
  sqlite3_prepare_v2(db, "SELECT region_name('139002')", -1, &stmt, 0);
  if (sqlite3_step(stmt) != SQLITE_ROW) return 1;
  puts((const char *)sqlite3_column_text(stmt, 0));
  sqlite3_finalize(stmt);
  return sqlite3_close(db);
}
C
${CC:-cc} -std=c11 -Wall -Wextra -Werror -I"$root$prefix/include" -o "$tmp/app" "$tmp/app.c" \
  -L"$root$prefix/lib" -lshebao -lsqlite3 || exit 1
got=$("$tmp/app")
[ "$got" = 辛集市 ] || { echo "the program linked with the installed library printed: $got"; exit 1; }

make -s --no-print-directory uninstall PREFIX=$prefix DESTDIR="$root" > "$tmp/log" 2>&1 || { cat "$tmp/log"; exit 1; }
[ -z "$(find "$root" -type f)" ] || { echo "left after uninstall:"; find "$root" -type f; exit 1; }
echo "install and uninstall under DESTDIR=$root PREFIX=$prefix: ok"
