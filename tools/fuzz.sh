#!/bin/sh
# Runs the libFuzzer targets (build/fuzz/TARGET, from tests/fuzz/fuzz_TARGET.c; `make fuzz` builds them).
#
#   tools/fuzz.sh SECONDS TARGET...          each target for SECONDS; the corpus grows in build/fuzz/corpus/TARGET
#                                            (seeded from fixtures/fuzz/TARGET); prints executions and findings
#   tools/fuzz.sh --smoke SECONDS TARGET...  a short run from the seeds in a scratch corpus (the test suite's);
#                                            exit status 1 on any finding
#
# A finding (a crash, a sanitizer report, a failed check, a leak, a timeout) stops the target and leaves the
# input in build/fuzz/artifacts/TARGET-*; reproduce with `build/fuzz/TARGET FILE`. To keep a new seed, copy
# it into fixtures/fuzz/TARGET (small, readable inputs are best).
set -u
cd "$(dirname "$0")/.."
smoke=0
if [ "${1:-}" = "--smoke" ]; then
  smoke=1
  shift
fi
seconds=${1:?usage: tools/fuzz.sh [--smoke] SECONDS TARGET...}
shift
mkdir -p build/fuzz/artifacts
status=0
for target in "$@"; do
  bin=build/fuzz/$target
  seeds=fixtures/fuzz/$target
  if [ ! -x "$bin" ] || [ ! -d "$seeds" ]; then
    echo "fuzz/$target: no $bin or no $seeds"
    status=1
    continue
  fi
  if [ "$smoke" = 1 ]; then
    corpus=$(mktemp -d)
  else
    corpus=build/fuzz/corpus/$target
    mkdir -p "$corpus"
  fi
  log=build/fuzz/$target.log
  # The corpus directory comes first: libFuzzer writes new inputs there, never into fixtures/.
  "$bin" -max_total_time="$seconds" -print_final_stats=1 -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="build/fuzz/artifacts/$target-" "$corpus" "$seeds" > "$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n 1 | sed 's/cov: //')
  units=$(ls "$corpus" | wc -l)
  if [ "$rc" -eq 0 ]; then
    echo "fuzz/$target: ${runs:-?} executions in ${seconds}s, coverage ${cov:-?} edges, corpus $units inputs, no findings"
  else
    echo "fuzz/$target: FINDING after ${runs:-?} executions (exit $rc), see $log:"
    grep -E 'ERROR|runtime error|fuzz check failed|SUMMARY|Test unit written' "$log" | head -n 10
    status=1
  fi
  [ "$smoke" = 1 ] && rm -rf "$corpus"
done
exit $status
