#!/bin/sh
# Installs what building and testing shebao need, if it is missing: Debian packages only (python3: the
# Python client test uses /usr/bin/python3; node-gyp, which compiles better-sqlite3, needs python3 too).
# Node.js and npm are not Debian packages here (Debian 12 has Node 18; better-sqlite3 12 needs 20): the Node
# client test names them when they are missing (tools/npm-install.sh).
# As root it runs apt-get; otherwise it names the packages and stops.
set -eu
PACKAGES="build-essential libsqlite3-dev sqlite3 libcriterion-dev pkg-config python3"
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
