#!/bin/sh
# Installs the Debian packages shebao needs, if they are missing, and nothing else.
#
#   tools/ensure-deps.sh build   what building and `make demo` need: a C compiler, SQLite's headers, its shell
#   tools/ensure-deps.sh test    that, and what the tests need besides (`make test`, `make sanitize`, ...)
#   tools/ensure-deps.sh cluster what building needs, and Debian 12's dqlite for `make test-cluster`
#                                (libdqlite-dev: the C engine the node program links; go-dqlite: the `dqlite`
#                                shell the test talks to the cluster with)
#
# As root it runs apt-get; otherwise it names the packages and stops. python3: the Python client test uses
# /usr/bin/python3 (node-gyp, which compiles better-sqlite3, needs it too). Node.js and npm are not Debian
# packages here (Debian 12 has Node 18; better-sqlite3 12 needs 20): the Node client test names them when they
# are missing (tools/npm-install.sh).
set -eu
BUILD="build-essential libsqlite3-dev sqlite3"
# Criterion for the unit tests; valgrind for `make valgrind`; clang-14 and libclang-rt-14-dev (libFuzzer, the
# sanitizer runtimes) for the fuzz targets; gcc's ASan, UBSan and TSan runtimes come with build-essential.
TEST="libcriterion-dev pkg-config python3 valgrind clang-14 libclang-rt-14-dev"
case ${1:-test} in
build) PACKAGES=$BUILD ;;
test) PACKAGES="$BUILD $TEST" ;;
cluster) PACKAGES="$BUILD libdqlite-dev go-dqlite" ;;
*)
  echo "usage: $0 build|test|cluster" >&2
  exit 2
  ;;
esac
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "shebao (make ${1:-test}) needs these Debian packages:$missing" >&2
  echo "install them with: sudo apt-get install$missing" >&2
  exit 1
fi
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq $missing >/dev/null
