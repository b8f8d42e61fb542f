#!/bin/sh
# Brings one pinned npm package into its own directory under build/ (never committed), for the tests:
#
#   tools/npm-install.sh install DIR better-sqlite3@12.9.0   npm install into DIR (runs the package's install
#                                                           script: better-sqlite3 compiles, about 2 minutes)
#   tools/npm-install.sh pack DIR sqlite3@6.0.1             npm pack, unpacked into DIR/package (no script runs)
#
# DIR/.done marks a finished install, so a second `make test` does nothing (the Makefile's target is .done).
# On failure (no node or npm, the registry unreachable, a compile error) it says why and where the log is,
# and exits 1: the tests that need the package then fail, naming it.
set -u
mode=$1 dir=$2 spec=$3
log=$dir/npm.log

fail() {
  echo "npm-install: $spec: $*" >&2
  [ -s "$log" ] && { echo "--- last lines of $log:" >&2; tail -n 15 "$log" >&2; }
  exit 1
}

command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 ||
  fail "needs Node.js 20 or newer and npm (not found on PATH)"
rm -rf "$dir"
mkdir -p "$dir"
# Fail fast when the registry is unreachable rather than after npm's default 5-minute timeouts.
set -- --fetch-retries=1 --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=5000 --fetch-timeout=60000 \
  --no-audit --no-fund --loglevel=warn

case $mode in
install)
  node -e 'process.exit(parseInt(process.versions.node, 10) >= 20 ? 0 : 1)' ||
    fail "needs Node.js 20 or newer (this is $(node --version))"
  # node-gyp compiles against the headers of the running node; where they are installed beside it (Debian and
  # NodeSource packages: /usr/include/node), use them instead of downloading them.
  node_prefix=$(dirname "$(dirname "$(command -v node)")")
  if [ -z "${npm_config_nodedir:-}" ] && [ -f "$node_prefix/include/node/node_api.h" ]; then
    export npm_config_nodedir="$node_prefix"
  fi
  echo '{ "private": true, "description": "shebao test dependency, installed by tools/npm-install.sh" }' > "$dir/package.json"
  echo "  NPM     $spec into $dir (compiles from source, about two minutes, once; log: $log)"
  (cd "$dir" && npm install --no-save "$@" "$spec") > "$log" 2>&1 ||
    fail "npm install failed (is the npm registry reachable? are make, g++ and python3 installed?)"
  name=${spec%@*}
  if [ "$name" = better-sqlite3 ] && [ ! -f "$dir/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ]; then
    fail "installed, but its native addon was not built (did npm skip the install script?)"
  fi
  ;;
pack)
  echo "  NPM     $spec into $dir (npm pack; log: $log)"
  (cd "$dir" && npm pack "$@" "$spec") > "$log" 2>&1 || fail "npm pack failed (is the npm registry reachable?)"
  tar xzf "$dir"/*.tgz -C "$dir" || fail "cannot unpack $(ls "$dir"/*.tgz)"
  ;;
*)
  fail "unknown mode '$mode' (install or pack)"
  ;;
esac
touch "$dir/.done"
