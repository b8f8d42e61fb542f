#!/bin/sh
# Runs the tests of shebao and ends with one line: "N passed, M failed".
#
#   tests/run.sh [SECTION...]      (default: plain; `make test` runs plain sanitize tsan fuzz; `make check`: check)
#
# Sections:
#   check     the quick loop: the unit tests, the SQL golden files, the generated SQL, the documented examples
#             and the reference's completeness in Debian's shell (no clients, no second shell, no thread test)
#   plain     the Criterion unit tests (build/tests/unit), in-process against the static library; the SQL golden
#             tests (tests/sql/*.sql) through the real sqlite3 shell and dist/shebao: Debian's (3.40), then a
#             current one (built by `make test`, tools/clients.env), the documented examples in it too; every
#             check script tests/check-*.sh (each one test; exit status 0 passes): among them the documented
#             examples, the clients (Python, Node, C static), `make install`, the reference's completeness;
#             the thread test (build/tests/threads)
#   sanitize  the same against the ASan+UBSan build: build/asan/tests/unit in-process with leak detection on,
#             and dist/asan/shebao in the shell with the ASan runtime preloaded (tests/wrap/sqlite3-asan)
#   tsan      the thread test built with ThreadSanitizer (build/tsan/tests/threads)
#   valgrind  the unit tests, the thread test and the SQL golden tests under valgrind (tests/wrap/*-valgrind)
#   fuzz      a short run of each libFuzzer target (build/fuzz/*) from its seed corpus in fixtures/fuzz
#             (FUZZ_SMOKE_SECONDS each, default 2); `make fuzz` runs them longer (tools/fuzz.sh)
# Environment: SQLITE3 (the shell to use, default sqlite3), SHEBAO_SKIP_UNIT=1 to skip the plain unit tests.
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0
SQLITE3=${SQLITE3:-sqlite3}

# A report of a sanitizer or of valgrind (-q: it prints only errors, on lines "==PID== ..."). Criterion does
# not see one that comes when a test's process exits (LeakSanitizer, valgrind's leak check): it is a failure.
REPORT='ERROR: [A-Za-z]*Sanitizer|WARNING: ThreadSanitizer|runtime error:|^==[0-9]+== '

# Runs a Criterion binary ("$@": the command) and counts its synthesis, and one failure more for any report.
run_unit() {
  label=$1
  shift
  out=$("$@" 2>&1)
  tally_unit "$label" $?
}

# Counts the output $out (exit status $2) of a Criterion binary.
tally_unit() {
  label=$1
  status=$2
  synthesis=$(printf '%s\n' "$out" | grep 'Synthesis:' | tail -n 1)
  if [ -z "$synthesis" ]; then
    printf '%s\n' "$out" | tail -n 60
    echo "FAIL $label: no Criterion synthesis (exit $status)"
    failed=$((failed + 1))
    return
  fi
  printf '%s\n' "$out" | grep -E '^\[(FAIL|----)\]|Assertion' | head -n 80 || true
  ok=$(printf '%s\n' "$synthesis" | sed -n 's/.*Passing: \([0-9]*\).*/\1/p')
  bad=$(printf '%s\n' "$synthesis" | sed -n 's/.*Failing: \([0-9]*\).*Crashing: \([0-9]*\).*/\1 \2/p' | awk '{print $1 + $2}')
  passed=$((passed + ok))
  failed=$((failed + bad))
  echo "$label: $synthesis"
  if printf '%s\n' "$out" | grep -Eq "$REPORT"; then
    printf '%s\n' "$out" | grep -E -A 12 "$REPORT" | head -n 60
    echo "FAIL $label: sanitizer or valgrind report"
    failed=$((failed + 1))
  elif [ "$status" -ne 0 ] && [ "$bad" -eq 0 ]; then
    echo "FAIL $label: exit $status"
    failed=$((failed + 1))
  fi
}

# Runs the SQL golden tests with the given SHEBAO_DIST and SQLITE3 (SHEBAO_SQL_LABEL names them).
run_sql() {
  label=$1
  sql_out=$(SHEBAO_DIST=$2 SQLITE3=$3 SHEBAO_SQL_LABEL=${SHEBAO_SQL_LABEL:-$label} tests/run-sql.sh 2>&1)
  printf '%s\n' "$sql_out" | grep -v '^PASS' || true
  ok=$(printf '%s\n' "$sql_out" | grep -c '^PASS')
  passed=$((passed + ok))
  failed=$((failed + $(printf '%s\n' "$sql_out" | grep -c '^FAIL')))
  echo "$label: $ok golden files passed"
}

# Runs every tests/check-*.sh (or those named after the first three arguments) with the given SHEBAO_DIST and
# SQLITE3.
run_checks() {
  label=$1
  dist=$2
  shell=$3
  shift 3
  [ $# -gt 0 ] || set -- tests/check-*.sh
  for check in "$@"; do
    [ -e "$check" ] || continue
    name=$(basename "$check" .sh)
    if log=$(SHEBAO_DIST=$dist SQLITE3=$shell "$check" 2>&1); then
      echo "PASS $label/$name"
      passed=$((passed + 1))
    else
      printf '%s\n' "$log" | tail -n 30
      echo "FAIL $label/$name"
      failed=$((failed + 1))
    fi
  done
}

# Runs one program as one test: passes when it exits 0.
run_one() {
  label=$1
  shift
  if log=$("$@" 2>&1) && ! printf '%s\n' "$log" | grep -Eq "$REPORT"; then
    printf '%s\n' "$log" | tail -n 1
    echo "PASS $label"
    passed=$((passed + 1))
  else
    printf '%s\n' "$log" | tail -n 40
    echo "FAIL $label"
    failed=$((failed + 1))
  fi
}

[ $# -gt 0 ] || set -- plain
for section in "$@"; do
  echo "== $section"
  case $section in
  check)
    run_unit unit build/tests/unit --jobs=2
    run_sql sql dist "$SQLITE3"
    run_checks check dist "$SQLITE3" tests/check-readme.sh tests/check-reference.sh tests/check-exports.sh \
      tests/check-generated-sql.sh
    ;;
  plain)
    [ "${SHEBAO_SKIP_UNIT:-0}" = 1 ] || run_unit unit build/tests/unit --jobs=2
    run_sql sql dist "$SQLITE3"
    # The same golden files and documented examples in a current sqlite3 shell: one set of expected output for
    # every SQLite, made comparable by tests/normalize-shell.sh.
    . tools/clients.env
    current_shell=build/npm/sqlite3-$NODE_SQLITE3_VERSION/sqlite3
    if [ -x "$current_shell" ]; then
      label=sql@$("$current_shell" --version | cut -d' ' -f1)
      run_sql "$label" dist "$current_shell"
      run_checks "$label" dist "$current_shell" tests/check-readme.sh
    else
      echo "FAIL sql@current: no current sqlite3 shell ($current_shell); \`make test\` builds it from the npm package"
      echo "     sqlite3@$NODE_SQLITE3_VERSION (needs npm and the npm registry): its output says what failed"
      failed=$((failed + 1))
    fi
    run_checks check dist "$SQLITE3"
    run_one threads build/tests/threads
    ;;
  sanitize)
    # In-process: leak detection on. The shell: the ASan runtime preloaded, its own leaks not reported.
    run_unit asan/unit env ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" UBSAN_OPTIONS=print_stacktrace=1 \
      LSAN_OPTIONS="suppressions=$(pwd)/tests/wrap/lsan.supp" build/asan/tests/unit --jobs=2
    run_sql asan/sql dist/asan "$(pwd)/tests/wrap/sqlite3-asan"
    run_checks asan dist/asan "$(pwd)/tests/wrap/sqlite3-asan" tests/check-readme.sh
    ;;
  tsan)
    run_one tsan/threads env TSAN_OPTIONS="halt_on_error=1 exitcode=66 ${TSAN_OPTIONS:-}" build/tsan/tests/threads
    ;;
  valgrind)
    # Two lanes (valgrind runs one thread at a time): the allocation-failure tests, the thread test and the
    # golden files in the background, the other unit tests here.
    lane=$(mktemp -d)
    (
      env SHEBAO_ALLOC_QUICK=1 tests/wrap/valgrind build/tests/unit --jobs=1 --filter 'alloc/*' > "$lane/alloc" 2>&1
      echo $? > "$lane/alloc.status"
    ) &
    run_unit valgrind/unit tests/wrap/valgrind build/tests/unit --jobs=1 --filter '!(alloc)/*'
    wait
    out=$(cat "$lane/alloc")
    tally_unit valgrind/alloc "$(cat "$lane/alloc.status")"
    rm -rf "$lane"
    run_one valgrind/threads env SHEBAO_THREAD_ROUNDS=1 tests/wrap/valgrind build/tests/threads
    run_sql valgrind/sql dist "$(pwd)/tests/wrap/sqlite3-valgrind"
    ;;
  fuzz)
    for bin in build/fuzz/*; do
      [ -f "$bin" ] && [ -x "$bin" ] || continue
      run_one "fuzz/$(basename "$bin")" tools/fuzz.sh --smoke "${FUZZ_SMOKE_SECONDS:-2}" "$(basename "$bin")"
    done
    ;;
  *)
    echo "unknown section: $section (check, plain, sanitize, tsan, valgrind, fuzz)"
    failed=$((failed + 1))
    ;;
  esac
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
