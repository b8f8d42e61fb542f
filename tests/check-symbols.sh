#!/bin/sh
# Another library in the process that exports the names shebao uses inside (date_parse, strmap_get,
# policy_validate, ...): shebao must keep calling its own. The library here aborts if any of them is called;
# the sqlite3 shell runs with it preloaded, loads shebao and makes it validate a layer, look names up and
# check a date. (tests/check-exports.sh checks that shebao exports its entry point only; this is what that
# buys.) SHEBAO_DIST names the directory of the loadable (default dist), SQLITE3 the shell.
set -u
cd "$(dirname "$0")/.."
dist=${SHEBAO_DIST:-dist}
case $dist in /*) ;; *) dist=$(pwd)/$dist ;; esac
SQLITE3=${SQLITE3:-sqlite3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/clash.c" <<'C'
#include <stdlib.h>
/* The same names as functions inside shebao, with other meanings: calling any of them is a crash. */
int date_parse(void) { abort(); }
int date_format(void) { abort(); }
int strmap_get(void) { abort(); }
int strmap_slot(void) { abort(); }
int strmap_init(void) { abort(); }
int policy_validate(void) { abort(); }
int policy_check_row(void) { abort(); }
int policy_index_build(void) { abort(); }
int text_normalize(void) { abort(); }
int shebao_policy(void) { abort(); }
C
${CC:-cc} -shared -fPIC -o "$tmp/libclash.so" "$tmp/clash.c" || exit 1
got=$(cd "$tmp" && LD_PRELOAD="$tmp/libclash.so" "$SQLITE3" -batch :memory: \
  ".load $dist/shebao" \
  "SELECT shebao_create_layer('main')" \
  "INSERT INTO main.shebao_policy_sources(source_id, title, published) VALUES ('my-notice', '某市医保局通知', '2025-02-20')" \
  "INSERT INTO main.shebao_policy_region_enablement VALUES ('320100', 'cross_province', '2025-03-01', NULL, 'exact', 'my-notice', NULL)" \
  "SELECT region_enabled('南京市', '2025-03-01'), relation_code('外婆'), (SELECT count(*) FROM shebao_check)" 2>&1)
want="17
1|64|0"
[ "$got" = "$want" ] || { echo "with a library that exports shebao's internal names preloaded:"; echo "$got"; exit 1; }
echo "shebao calls its own functions when another library exports their names"
