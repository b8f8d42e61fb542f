#!/bin/sh
# shebao from Python: Debian's /usr/bin/python3 (its sqlite3 module can load extensions; pyenv's builds cannot)
# runs tests/clients/client.py: every documented example (README.md and docs/*.md), and what a Python program
# does.
set -u
cd "$(dirname "$0")/.."
PYTHON=${SHEBAO_PYTHON:-/usr/bin/python3}
[ -x "$PYTHON" ] || { echo "no $PYTHON: install the Debian package python3 (make deps)"; exit 1; }
"$PYTHON" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension' 2>/dev/null ||
  { echo "$PYTHON: its sqlite3 module cannot load extensions (no enable_load_extension)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tests/readme-examples.sh "$tmp"
# The README's Python example, run as it is: what each line prints is its '# ' comment.
awk '/^```python$/ { on = 1; next } /^```/ { on = 0 } on' README.md > "$tmp/readme.py"
grep 'console.log(\|print(' "$tmp/readme.py" | sed 's|.*#  *||' > "$tmp/readme.py.expected"
[ -s "$tmp/readme.py.expected" ] || { echo "README: no python example"; exit 1; }
TZ=UTC "$PYTHON" "$tmp/readme.py" > "$tmp/readme.py.out" 2>&1
cmp -s "$tmp/readme.py.out" "$tmp/readme.py.expected" ||
  { echo "README's python example prints:"; diff -u "$tmp/readme.py.expected" "$tmp/readme.py.out"; exit 1; }
TZ=UTC "$PYTHON" tests/clients/client.py ./dist/shebao "$tmp"
