#!/bin/sh
# Runs every test of shebao and ends with one line: "N passed, M failed".
#   - the Criterion unit tests (build/tests/unit), in-process against the static library;
#   - the SQL golden tests (tests/sql/*.sql) through the real sqlite3 shell and dist/shebao: Debian's (3.40),
#     then a current one (built by `make test`, tools/clients.env), the README's examples in it too;
#   - every other check script tests/check-*.sh (each is one test; exit status 0 passes): among them the
#     README's examples, the clients (Python, Node, C static), `make install`, the reference's completeness.
# Environment: SQLITE3 (the shell to use, default sqlite3), SHEBAO_SKIP_UNIT=1 to skip the unit tests.
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0

if [ "${SHEBAO_SKIP_UNIT:-0}" != 1 ]; then
  out=$(build/tests/unit --jobs=2 2>&1)
  status=$?
  synthesis=$(printf '%s\n' "$out" | grep 'Synthesis:' | tail -n 1)
  if [ -z "$synthesis" ]; then
    printf '%s\n' "$out"
    echo "FAIL unit: no Criterion synthesis (exit $status)"
    failed=$((failed + 1))
  else
    printf '%s\n' "$out" | grep -E '^\[(FAIL|----)\]|Assertion|Synthesis' || true
    ok=$(printf '%s\n' "$synthesis" | sed -n 's/.*Passing: \([0-9]*\).*/\1/p')
    bad=$(printf '%s\n' "$synthesis" | sed -n 's/.*Failing: \([0-9]*\).*Crashing: \([0-9]*\).*/\1 \2/p')
    passed=$((passed + ok))
    failed=$((failed + $(echo "$bad" | awk '{print $1 + $2}')))
    [ "$status" -eq 0 ] || [ "$(echo "$bad" | awk '{print $1 + $2}')" -gt 0 ] || { echo "FAIL unit: exit $status"; failed=$((failed + 1)); }
  fi
fi

sql_out=$(tests/run-sql.sh 2>&1)
printf '%s\n' "$sql_out" | grep -v '^PASS' || true
passed=$((passed + $(printf '%s\n' "$sql_out" | grep -c '^PASS')))
failed=$((failed + $(printf '%s\n' "$sql_out" | grep -c '^FAIL')))
echo "sql: $(printf '%s\n' "$sql_out" | grep -c '^PASS') golden files passed"

# The same golden files and README examples in a current sqlite3 shell: one set of expected output for every
# SQLite, made comparable by tests/normalize-shell.sh.
. tools/clients.env
current_shell=build/npm/sqlite3-$NODE_SQLITE3_VERSION/sqlite3
if [ -x "$current_shell" ]; then
  label=sql@$("$current_shell" --version | cut -d' ' -f1)
  sql_out=$(SQLITE3=$current_shell SHEBAO_SQL_LABEL=$label tests/run-sql.sh 2>&1)
  printf '%s\n' "$sql_out" | grep -v '^PASS' || true
  passed=$((passed + $(printf '%s\n' "$sql_out" | grep -c '^PASS')))
  failed=$((failed + $(printf '%s\n' "$sql_out" | grep -c '^FAIL')))
  echo "$label: $(printf '%s\n' "$sql_out" | grep -c '^PASS') golden files passed"
  if log=$(SQLITE3=$current_shell tests/check-readme.sh 2>&1); then
    echo "PASS $label/check-readme"
    passed=$((passed + 1))
  else
    printf '%s\n' "$log" | tail -n 30
    echo "FAIL $label/check-readme"
    failed=$((failed + 1))
  fi
else
  echo "FAIL sql@current: no current sqlite3 shell ($current_shell); \`make test\` builds it from the npm package"
  echo "     sqlite3@$NODE_SQLITE3_VERSION (needs npm and the npm registry): its output says what failed"
  failed=$((failed + 1))
fi

for check in tests/check-*.sh; do
  [ -e "$check" ] || continue
  name=$(basename "$check" .sh)
  if log=$("$check" 2>&1); then
    echo "PASS $name"
    passed=$((passed + 1))
  else
    printf '%s\n' "$log" | tail -n 30
    echo "FAIL $name"
    failed=$((failed + 1))
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
