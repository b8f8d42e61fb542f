#!/bin/sh
# Installs what `make test-cluster` needs, if it is missing: Debian 12's dqlite (libdqlite-dev: the C engine
# the node program links; go-dqlite: the `dqlite` shell the test talks to the cluster with), and what building
# shebao needs. As root it runs apt-get; otherwise it names the packages and stops.
set -eu
PACKAGES="build-essential libsqlite3-dev sqlite3 libdqlite-dev go-dqlite"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "make test-cluster needs these Debian packages:$missing" >&2
  echo "install them with: sudo apt-get install$missing" >&2
  exit 1
fi
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq $missing >/dev/null
