#!/usr/bin/env bash
# shebao on a 3-node dqlite cluster on 127.0.0.1 (`make test-cluster`; docs/cluster.md). Ends with one line
# "N passed, M failed"; exit status 1 on a failure.
#
#   tests/cluster/run.sh              the whole test (make test-cluster builds what it needs first)
#   tests/cluster/run.sh --update     rewrites tests/cluster/golden.expected from the sqlite3 shell (no cluster)
#
# What it does, in order (each check prints PASS or FAIL and a name):
#   start     nodes 1, 2, 3 (build/cluster/shebao-dqlite-node) on free ports with temporary data directories;
#             the cluster has 3 voters; every node, as leader, reports the same shebao_version()
#   golden    tests/cluster/golden.sql through the cluster (the dqlite shell) and through the sqlite3 shell
#             with dist/shebao: the same answers; the sqlite3 answers are tests/cluster/golden.expected
#   layer     a main-layer policy row written through the leader; a broken row refused; the row read through
#             every node, and in every node's own copy of the database (.dump, then the sqlite3 shell); a
#             TEMP what-if seen by its own connection only; the golden file through the cluster answers as
#             the sqlite3 shell does on a node's copy, and the comparison notices the layer (it can fail)
#   failover  the leader killed (kill -9); a new leader; the same answers, the row still there; a row written
#             while the node is down; the node restarted catches up, leads, and answers the same
#   skew      node 3 stopped (SIGTERM: exits 0) and restarted from a build whose shebao version differs
#             (build/cluster/skew/); shebao_version() asked of every node finds the odd one
#   stop      every node stopped with SIGTERM, each exits 0
# Whatever happens, every process it started is stopped (SIGTERM, then SIGKILL) and its directory removed.
# Every wait is bounded: a dqlite shell call by CALL_TIMEOUT, a wait for the cluster by WAIT_TIMEOUT seconds.
#
# Output of the two shells differs only in form; what is made the same (normalize_*): the dqlite shell's
# prompts ("dqlite> ") and the empty lines they leave; NULL, which the sqlite3 shell is told to print as the
# dqlite shell does ("<nil>"); and errors: the sqlite3 shell's "Runtime error near line N: MSG" is kept as
# "error: MSG" in golden.expected, and for the comparison both shells' errors become "error", because the
# dqlite 1.11 server replaces the text of an error raised while a query runs with the first column's name.
# Each statement is preceded by a marker line ("== line N" of golden.sql), so a difference names its line.
set -u
cd "$(dirname "$0")/../.."
root=$(pwd)
NODE=$root/build/cluster/shebao-dqlite-node
SKEW_NODE=$root/build/cluster/skew/shebao-dqlite-node
CTL=$root/build/cluster/shebao-dqlite-ctl
LOADABLE=$root/dist/shebao.so
GOLDEN=tests/cluster/golden.sql
EXPECTED=tests/cluster/golden.expected
DQLITE=${DQLITE:-dqlite}
SQLITE3=${SQLITE3:-sqlite3}
DB=shebao             # the dqlite database the test uses
LATENCY_MS=100        # heartbeat 150 ms, election timeout 1.5 s
CALL_TIMEOUT=30       # seconds for one dqlite shell or sqlite3 call
WAIT_TIMEOUT=20       # seconds for the cluster to get somewhere (a leader, a node ready, a catch-up)
VERSION=$(cat VERSION)
passed=0
failed=0

pass() {
  passed=$((passed + 1))
  echo "PASS cluster/$1"
}
fail() {
  failed=$((failed + 1))
  echo "FAIL cluster/$1${2:+: $2}"
}
# check NAME EXPECTED GOT
check() {
  if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "expected '$2', got '$3'"; fi
}

# ---- the two shells --------------------------------------------------------------------------------------

# The statements of the golden file, each preceded by its marker.
golden_statements() {
  awk '/^--/ || /^[ \t]*$/ { next } { printf "SELECT %c== line %d%c;\n%s\n", 39, NR, 39, $0 }' "$GOLDEN"
}

# sqlite3 with shebao on database $1 (":memory:" or a file), statements on standard input.
shell_sql() {
  { echo ".nullvalue <nil>"; echo ".load $LOADABLE"; cat; } |
    TZ=UTC timeout -k 2 "$CALL_TIMEOUT" "$SQLITE3" -batch "$1" 2>&1 |
    sed -E 's/^(Parse|Runtime) error near line [0-9]+: /error: /; s/^Error: near line [0-9]+: /error: /'
}

# The dqlite shell against addresses $1 (comma-separated), statements on standard input, prompts removed.
cluster_sql() {
  TZ=UTC timeout -k 2 "$CALL_TIMEOUT" "$DQLITE" -s "$1" "$DB" 2>&1 | sed 's/dqlite> //g' | grep -v '^$'
}

normalize_cluster() {
  sed -E 's/^Error:  (query|exec): .*$/error/'
}
normalize_shell() {
  sed -E 's/^error: .*$/error/' | grep -v '^$'
}

# ---- nodes -----------------------------------------------------------------------------------------------

tmp=$(mktemp -d "${TMPDIR:-/tmp}/shebao-cluster.XXXXXX")
declare -A pid port starts

address() { echo "127.0.0.1:${port[$1]}"; }
running() { [ -n "${pid[$1]:-}" ] && kill -0 "${pid[$1]}" 2>/dev/null; }
# The addresses of the running nodes, comma-separated.
addresses() {
  local id list=""
  for id in 1 2 3; do running "$id" && list="$list${list:+,}$(address "$id")"; done
  echo "$list"
}

# wait_for SECONDS COMMAND...: runs COMMAND every 0.2 s until it succeeds; 1 when the time is up.
wait_for() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    [ "$SECONDS" -ge "$deadline" ] && return 1
    sleep 0.2
  done
}

log_of() { echo "$tmp/node$1.${starts[$1]}.log"; }
is_ready() { grep -q '^ready node' "$(log_of "$1")"; }
ready_or_dead() { is_ready "$1" || ! running "$1"; }

# start_node ID BINARY [JOIN]: starts the node and waits until it serves. 1 if it did not.
start_node() {
  local id=$1 bin=$2 join=${3:-}
  starts[$id]=$((${starts[$id]:-0} + 1))
  mkdir -p "$tmp/node$id"
  : > "$(log_of "$id")" # there before the node opens it: is_ready reads it at once
  "$bin" --latency-ms "$LATENCY_MS" ${join:+--join "$join"} "$id" "$(address "$id")" "$tmp/node$id" \
    >> "$(log_of "$id")" 2>&1 &
  pid[$id]=$!
  wait_for "$WAIT_TIMEOUT" ready_or_dead "$id"
  is_ready "$id"
}

# A node's first start, on a port the kernel says is free; if another process took it meanwhile, another.
start_new_node() {
  local id=$1 join=${2:-} attempt
  for attempt in 1 2 3; do
    port[$id]=$("$CTL" free-port) || return 1
    start_node "$id" "$NODE" "$join" && return 0
    stop_node "$id"
    grep -q 'cannot listen on' "$(log_of "$id")" || break
  done
  cat "$(log_of "$id")"
  return 1
}

# stop_node ID [SIGNAL]: signals the node (default TERM), waits up to 10 s, then kills it; its exit status is
# left in $stopped (not printed: a $(...) subshell could not wait for the node).
stopped=""
stop_node() {
  local id=$1 sig=${2:-TERM}
  stopped=""
  [ -n "${pid[$id]:-}" ] || return 0
  { # stderr closed over it all: bash's notice of a node killed by a signal is not a test's output
    kill -"$sig" "${pid[$id]}"
    wait_for 10 eval "! kill -0 ${pid[$id]}" || kill -KILL "${pid[$id]}"
    wait "${pid[$id]}"
    stopped=$?
  } 2>/dev/null
  unset "pid[$id]"
}

no_node_running() {
  local id
  for id in "${!pid[@]}"; do kill -0 "${pid[$id]}" 2>/dev/null && return 1; done
  return 0
}
# Every node still running: SIGTERM to all, 10 s for them to stop, then SIGKILL; then the directory goes.
cleanup() {
  local id
  trap - EXIT INT TERM
  {
    for id in "${!pid[@]}"; do kill -TERM "${pid[$id]}"; done
    wait_for 10 no_node_running
    for id in "${!pid[@]}"; do
      kill -KILL "${pid[$id]}"
      wait "${pid[$id]}"
    done
  } 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

leader_id() { "$CTL" leader "$(addresses)" 2>/dev/null | cut -d' ' -f1; }
leader_is() { [ "$(leader_id)" = "$1" ]; }
leader_other_than() {
  local l
  l=$(leader_id)
  [ -n "$l" ] && [ "$l" != "$1" ]
}
# Makes node ID the leader; 1 if it did not become so within WAIT_TIMEOUT.
lead() {
  wait_for "$WAIT_TIMEOUT" eval "\"$CTL\" transfer $1 $(addresses) 2>/dev/null && leader_is $1"
}

# node_version ID: shebao_version() of node ID's SQLite, asked while that node leads.
node_version() {
  lead "$1" || { echo "(node $1 did not take the lead)"; return; }
  echo "SELECT shebao_version();" | cluster_sql "$(address "$1")"
}
# "ID=VERSION" of every running node, space-separated.
versions() {
  local id out=""
  for id in 1 2 3; do running "$id" && out="$out${out:+ }$id=$(node_version "$id")"; done
  echo "$out"
}
# The nodes whose version differs from that of most nodes ("" when all agree): how a skew is found.
odd_nodes() {
  local common
  common=$(echo "$1" | tr ' ' '\n' | cut -d= -f2 | sort | uniq -c | sort -rn | head -n 1 | awk '{print $2}')
  echo "$1" | tr ' ' '\n' | awk -F= -v c="$common" '$2 != c { printf "%s%s", sep, $0; sep = " " }'
}

# dump_node ID DIR: node ID's own copy of the database (the dqlite shell's .dump asks that node, not the
# leader) as DIR/shebao and DIR/shebao-wal.
dump_node() {
  mkdir -p "$2"
  (cd "$2" && echo ".dump $(address "$1") $DB" | timeout -k 2 "$CALL_TIMEOUT" "$DQLITE" -s "$(address "$1")" "$DB" \
    > dump.out 2>&1 && grep -q OK dump.out && [ -f "$DB" ])
}

# copy_answers ID DIR SQL EXPECTED: node ID's copy, dumped in DIR, answers SQL with EXPECTED (lines joined by
# spaces) in the sqlite3 shell.
copy_answers() {
  rm -rf "$2"
  dump_node "$1" "$2" && [ "$(echo "$3" | shell_sql "$2/$DB" | tr '\n' ' ' | sed 's/ $//')" = "$4" ]
}

# same_answers SHELL_OUTPUT CLUSTER_OUTPUT: 0 when they match once normalised (kept in $tmp/a, $tmp/b).
same_answers() {
  normalize_shell < "$1" > "$tmp/a"
  normalize_cluster < "$2" | normalize_shell > "$tmp/b"
  cmp -s "$tmp/a" "$tmp/b"
}
# compare NAME SHELL_OUTPUT CLUSTER_OUTPUT
compare() {
  if same_answers "$2" "$3"; then
    pass "$1"
  else
    fail "$1" "the sqlite3 shell (-) and the cluster (+) differ"
    diff -u "$tmp/a" "$tmp/b" | head -n 40
  fi
}
golden_through() { cluster_sql "$1" < "$tmp/golden.sql"; }

# ---- the steps ---------------------------------------------------------------------------------------------

step_start() {
  start_new_node 1 || { fail start/node1; return 1; }
  start_new_node 2 "$(address 1)" && start_new_node 3 "$(address 1)" || { fail start/nodes-2-3; return 1; }
  pass start/three-nodes-ready
  check start/three-voters 3 "$(echo .cluster | cluster_sql "$(addresses)" | grep -c '|voter$')"
  local v
  v=$(versions)
  check start/every-node-same-version "1=$VERSION 2=$VERSION 3=$VERSION" "$v"
  check start/no-odd-version "" "$(odd_nodes "$v")"
}

step_golden() {
  shell_sql :memory: < "$tmp/golden.sql" > "$tmp/shell.out"
  if cmp -s "$EXPECTED" "$tmp/shell.out"; then
    pass golden/sqlite3-shell-as-expected
  else
    fail golden/sqlite3-shell-as-expected "(tests/cluster/run.sh --update rewrites it; read the diff)"
    diff -u "$EXPECTED" "$tmp/shell.out" | head -n 40
  fi
  golden_through "$(addresses)" > "$tmp/cluster.out"
  compare golden/cluster-as-sqlite3-shell "$tmp/shell.out" "$tmp/cluster.out"
}

# What the layer rows change: 广东 takes part in cross-province mutual aid from 2025-10-01 (the default data
# knows it off on 2025-09-22 and nothing later: NULL before the layer row).
PROBE="SELECT coalesce(region_enabled('广州市', '2025-10-15'), 'NULL'), coalesce(can_share('配偶', '2025-10-15', '广州市', '成都市'), 'NULL'), (SELECT count(*) FROM shebao_region_enablement WHERE layer = 'main');"
LAYER="SELECT shebao_create_layer('main');
INSERT INTO shebao_policy_sources VALUES ('cluster-test', NULL, 'shebao cluster test', NULL, NULL, NULL, NULL, 'written through the leader', 'derived');
INSERT INTO shebao_policy_region_enablement VALUES ('440000', 'cross_province', '2025-10-01', NULL, 'exact', 'cluster-test', 'the cluster test');
INSERT INTO shebao_policy_region_enablement VALUES ('990000', 'cross_province', '2025-01-01', NULL, 'exact', 'no-such-source', 'broken');"
# A what-if in TEMP, in this connection only: what if 广东's row ended on 2025-10-10 (a TEMP row replaces the
# main row of the same key).
WHAT_IF="SELECT shebao_create_layer('temp');
INSERT INTO temp.shebao_policy_region_enablement VALUES ('440000', 'cross_province', '2025-10-01', '2025-10-10', 'exact', 'cluster-test', 'what if it ended');
SELECT region_enabled('广州市', '2025-10-15');"

step_layer_write() {
  local leader out
  leader=$(leader_id)
  check layer/probe-before-write "NULL|NULL|0" "$(echo "$PROBE" | cluster_sql "$(addresses)")"
  out=$(echo "$LAYER" | cluster_sql "$(address "$leader")")
  check layer/written-through-leader 17 "$(echo "$out" | head -n 1)"
  if echo "$out" | sed -n 2p | grep -q '^Error:  exec: shebao: main.shebao_policy_region_enablement: .*refused'; then
    pass layer/broken-row-refused-with-reason
  else
    fail layer/broken-row-refused-with-reason "got: $(echo "$out" | sed -n 2p)"
  fi
}

step_layer_read() {
  local id
  for id in 1 2 3; do
    check "layer/read-through-node$id" "1|1|1" "$(echo "$PROBE" | cluster_sql "$(address "$id")")"
    # A follower applies a write when it learns that it is committed: by the leader's next message.
    if wait_for "$WAIT_TIMEOUT" copy_answers "$id" "$tmp/dump$id" "$PROBE" "1|1|1"; then
      pass "layer/node$id-own-copy"
    else
      fail "layer/node$id-own-copy" "$(cat "$tmp/dump$id/dump.out"; echo "$PROBE" | shell_sql "$tmp/dump$id/$DB")"
    fi
  done
  check temp/what-if-in-its-connection "17 0" "$(echo "$WHAT_IF" | cluster_sql "$(addresses)" | tr '\n' ' ' | sed 's/ $//')"
  check temp/not-in-other-connections "1" "$(echo "SELECT region_enabled('广州市', '2025-10-15');" | cluster_sql "$(addresses)")"
  if copy_answers "$(leader_id)" "$tmp/dump-temp" "SELECT region_enabled('广州市', '2025-10-15');" "1"; then
    pass temp/not-replicated
  else
    fail temp/not-replicated
  fi
}

# The golden file on a node's copy in the sqlite3 shell is the reference once the cluster has a layer.
step_layer_golden() {
  dump_node "$(leader_id)" "$tmp/ref" || { fail layer/reference-dump; return 1; }
  shell_sql "$tmp/ref/$DB" < "$tmp/golden.sql" > "$tmp/ref.out"
  golden_through "$(addresses)" > "$tmp/cluster-layer.out"
  compare layer/golden-as-sqlite3-shell-on-copy "$tmp/ref.out" "$tmp/cluster-layer.out"
  # Against the shell without the layer the comparison must fail, on the two statements that ask about 广州.
  if same_answers "$tmp/shell.out" "$tmp/cluster-layer.out"; then
    fail layer/comparison-notices-layer "no difference seen"
  else
    check layer/comparison-notices-layer 2 "$(diff "$tmp/a" "$tmp/b" | grep -c '^>')"
  fi
}

# A row written while a node is down: a term for 祖父.
LATE_ROW="SELECT count(*) FROM shebao_check;
INSERT INTO shebao_policy_relation_terms VALUES ('阿爷', '61', NULL, 'zh', 'cluster-test');"
LATE_PROBE="SELECT relation_code('阿爷');"

step_failover() {
  local old t0
  old=$(leader_id)
  [ -n "$old" ] || { fail failover/leader-known; return 1; }
  stop_node "$old" KILL
  t0=$SECONDS
  if wait_for "$WAIT_TIMEOUT" leader_other_than "$old"; then
    pass "failover/new-leader-after-kill-9 (node $(leader_id) in $((SECONDS - t0)) s)"
  else
    fail failover/new-leader-after-kill-9 "none within $WAIT_TIMEOUT s"
    return 1
  fi
  compare failover/golden-unchanged "$tmp/ref.out" <(golden_through "$(addresses)")
  check failover/layer-row-still-there "1|1|1" "$(echo "$PROBE" | cluster_sql "$(addresses)")"
  check failover/write-while-node-down "0" "$(echo "$LATE_ROW" | cluster_sql "$(addresses)")"
  if ! start_node "$old" "$NODE"; then
    fail failover/restart "$(cat "$(log_of "$old")")"
    return 1
  fi
  t0=$SECONDS
  if wait_for "$WAIT_TIMEOUT" copy_answers "$old" "$tmp/catchup" "$PROBE $LATE_PROBE" "1|1|1 61"; then
    pass "failover/restarted-node-catches-up (in $((SECONDS - t0)) s)"
  else
    fail failover/restarted-node-catches-up "its copy lacks the rows after $WAIT_TIMEOUT s"
  fi
  if lead "$old"; then pass failover/restarted-node-leads; else fail failover/restarted-node-leads; fi
  compare failover/restarted-node-answers-the-same "$tmp/ref.out" <(golden_through "$(address "$old")")
  check failover/restarted-node-has-late-row "61" "$(echo "$LATE_PROBE" | cluster_sql "$(address "$old")")"
}

step_skew() {
  local v
  stop_node 3 TERM
  check skew/sigterm-stops-node3 0 "$stopped"
  if ! start_node 3 "$SKEW_NODE"; then
    fail skew/start-other-version "$(cat "$(log_of 3)")"
    return 1
  fi
  v=$(versions)
  echo "     shebao_version() per node: $v"
  check skew/detected "3=$VERSION+skew" "$(odd_nodes "$v")"
  # Node 3 leads now (it answered last): its answers, from the same default policy, are the same.
  compare skew/same-policy-same-answers "$tmp/ref.out" <(golden_through "$(address 3)")
}

step_stop() {
  local id
  for id in 1 2 3; do
    running "$id" || continue
    stop_node "$id" TERM
    check "stop/sigterm-node$id-exits-0" 0 "$stopped"
  done
}

# ---- main --------------------------------------------------------------------------------------------------

if [ "${1:-}" = "--update" ]; then
  golden_statements | shell_sql :memory: > "$EXPECTED"
  echo "rewrote $EXPECTED"
  exit 0
fi
# What the test needs is there (make test-cluster builds and installs it), or the test fails saying so.
prerequisites() {
  local f ok=0
  for f in "$NODE" "$SKEW_NODE" "$CTL" "$LOADABLE"; do
    [ -f "$f" ] || { fail prerequisites "missing $f: run make test-cluster"; ok=1; }
  done
  command -v "$DQLITE" > /dev/null || { fail prerequisites "no dqlite shell: make test-cluster installs go-dqlite"; ok=1; }
  return $ok
}
started=$SECONDS
golden_statements > "$tmp/golden.sql"
if prerequisites && step_start; then
  step_golden
  step_layer_write
  step_layer_read
  step_layer_golden && step_failover
  step_skew
  step_stop
fi
echo "cluster: $((SECONDS - started)) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
