#!/bin/sh
# Installs what building and testing shebao need, if it is missing: Debian packages only.
# As root it runs apt-get; otherwise it names the packages and stops.
set -eu
# valgrind for `make valgrind`; clang-14 and libclang-rt-14-dev (libFuzzer, the sanitizer runtimes) for the fuzz
# targets; gcc's ASan, UBSan and TSan runtimes come with build-essential.
PACKAGES="build-essential libsqlite3-dev sqlite3 libcriterion-dev pkg-config valgrind clang-14 libclang-rt-14-dev"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "shebao needs these Debian packages:$missing" >&2
  echo "install them with: sudo apt-get install$missing" >&2
  exit 1
fi
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq $missing >/dev/null
