#!/bin/sh
# A smoke run of the benchmark harness (tests/bench/): 1,000 rows, one run, so that `make bench` cannot rot.
# It fails on an error or when a pure-SQL equivalent gives other answers than the function; it never judges
# timings (benchmarks are not timed tests).
set -u
cd "$(dirname "$0")/.."
[ -x build/bench/bench ] || { echo "build/bench/bench is missing: run make test (it builds it)"; exit 1; }
build/bench/bench --smoke > /dev/null
