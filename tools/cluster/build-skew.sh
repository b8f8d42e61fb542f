#!/bin/sh
# Builds shebao's static library under another version, for the version-skew test of `make test-cluster`:
# a copy of the tree in DIR (everything but build/, dist/ and .git), whose VERSION file says "<version>+skew",
# then `make static` there. The copy is laid anew on every run (a file deleted here is gone there too) but
# keeps its build/ and dist/, and the files keep their times: make rebuilds only what changed.
#
#   tools/cluster/build-skew.sh DIR      -> DIR/dist/libshebao.a
set -eu
cd "$(dirname "$0")/../.."
dir=$1
version="$(cat VERSION)+skew"
mkdir -p "$dir"
find "$dir" -mindepth 1 -maxdepth 1 ! -name build ! -name dist ! -name VERSION -exec rm -rf {} +
tar -cf - --exclude=./build --exclude=./dist --exclude=./.git --exclude=./VERSION . | tar -xf - -C "$dir"
# VERSION is written only when it changes: every object depends on it.
if [ "$(cat "$dir/VERSION" 2>/dev/null)" != "$version" ]; then
  echo "$version" > "$dir/VERSION"
fi
# Quiet unless it fails.
if ! out=$(${MAKE:-make} --no-print-directory -s -C "$dir" static 2>&1); then
  printf '%s\n' "$out" >&2
  echo "build-skew: make static failed in $dir" >&2
  exit 1
fi
