#!/bin/sh
# shebao from Python: Debian's /usr/bin/python3 (its sqlite3 module can load extensions; pyenv's builds cannot)
# runs tests/clients/client.py: every README example, and what a Python program does.
set -u
cd "$(dirname "$0")/.."
PYTHON=${SHEBAO_PYTHON:-/usr/bin/python3}
[ -x "$PYTHON" ] || { echo "no $PYTHON: install the Debian package python3 (make deps)"; exit 1; }
"$PYTHON" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension' 2>/dev/null ||
  { echo "$PYTHON: its sqlite3 module cannot load extensions (no enable_load_extension)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tests/readme-examples.sh "$tmp"
TZ=UTC "$PYTHON" tests/clients/client.py ./dist/shebao "$tmp"
