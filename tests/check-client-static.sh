#!/bin/sh
# shebao linked statically into a C program (dist/libshebao.a, sqlite3_auto_extension) with Debian's SQLite:
# build/tests/static_client (tests/clients/static_client.c) runs every documented example and what a C program does.
set -u
cd "$(dirname "$0")/.."
client=build/tests/static_client
[ -x "$client" ] || { echo "no $client: \`make $client\` (make test builds it)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tests/readme-examples.sh "$tmp"
TZ=UTC "$client" "$tmp"/*.sql
