#!/bin/sh
# The loadable exports one symbol, its entry point sqlite3_shebao_init (the only name the public header
# declares): every other function is built with hidden visibility, so that no other library loaded into the
# same process can bind to shebao's internal names, nor shebao to theirs. The static library, likewise, has
# one global symbol (on Linux: its objects are linked into one and the hidden names made local), so that it
# links into any application. SHEBAO_DIST names the directory of the loadable (default dist).
set -u
cd "$(dirname "$0")/.."
so=${SHEBAO_DIST:-dist}/shebao.so
[ -f "$so" ] || { echo "no $so: run make"; exit 1; }
exported=$(nm -D --defined-only "$so" | awk '$2 ~ /^[A-Z]$/ && $2 != "U" { print $3 }' | sort)
if [ "$exported" != sqlite3_shebao_init ]; then
  echo "$so exports more than sqlite3_shebao_init:"
  printf '%s\n' "$exported" | sed 's/^/  /'
  exit 1
fi
lib=dist/libshebao.a
if [ -f "$lib" ]; then
  globals=$(nm -g --defined-only "$lib" | awk 'NF == 3 { print $3 }' | sort)
  [ "$globals" = sqlite3_shebao_init ] || { echo "$lib defines more globals than sqlite3_shebao_init:"; printf '%s\n' "$globals" | head -n 20; exit 1; }
fi
grep -q 'int sqlite3_shebao_init(' ext/shebao_public.h || { echo "ext/shebao_public.h does not declare sqlite3_shebao_init"; exit 1; }
echo "$so exports sqlite3_shebao_init only"
