#!/bin/sh
# The same C program as tests/check-client-static.sh, linked with a current SQLite: the amalgamation that
# better-sqlite3 ships (tools/clients.env), built by `make test` into build/current/ (the amalgamation's object stays in build/npm/).
set -u
cd "$(dirname "$0")/.."
. tools/clients.env
client=build/current/static_client
if [ ! -x "$client" ]; then
  echo "no $client: \`make test\` builds it from better-sqlite3@$BETTER_SQLITE3_VERSION's amalgamation, which it"
  echo "installs first (Node.js 20+, npm and the npm registry); its output says what failed."
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tests/readme-examples.sh "$tmp"
TZ=UTC "$client" "$tmp"/*.sql
