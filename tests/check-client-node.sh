#!/bin/sh
# shebao from Node.js with better-sqlite3 12 (installed under build/npm/ by `make test`, see tools/clients.env)
# runs tests/clients/client.cjs: every documented example (README.md and docs/*.md), and what a Node program
# does, on better-sqlite3's own SQLite (3.53).
set -u
cd "$(dirname "$0")/.."
. tools/clients.env
dir=build/npm/better-sqlite3-$BETTER_SQLITE3_VERSION
if [ ! -f "$dir/.done" ]; then
  echo "better-sqlite3@$BETTER_SQLITE3_VERSION is not installed in $dir. \`make test\` installs it; it needs"
  echo "Node.js 20 or newer, npm, the npm registry, make, g++ and python3. Its output, or $dir/npm.log, says why not."
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tests/readme-examples.sh "$tmp"
# The README's Node example, run as it is: what each line prints is its '// ' comment.
awk '/^```js$/ { on = 1; next } /^```/ { on = 0 } on' README.md > "$tmp/readme.js"
grep 'console.log(\|print(' "$tmp/readme.js" | sed 's|.*//  *||' > "$tmp/readme.js.expected"
[ -s "$tmp/readme.js.expected" ] || { echo "README: no js example"; exit 1; }
TZ=UTC NODE_PATH="$dir/node_modules" node "$tmp/readme.js" > "$tmp/readme.js.out" 2>&1
cmp -s "$tmp/readme.js.out" "$tmp/readme.js.expected" ||
  { echo "README's js example prints:"; diff -u "$tmp/readme.js.expected" "$tmp/readme.js.out"; exit 1; }
TZ=UTC node tests/clients/client.cjs "$dir/node_modules" ./dist/shebao "$tmp"
