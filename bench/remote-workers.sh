#!/usr/bin/env bash
# Benchmark (issue 10): the same generated month on MariaDB three ways, one after the other, on this
# machine: a single process (no --workers), then --workers=remote with 1 and with 2 local workers.
# Prints each run's step lines and wall time, from `java -jar` of the manager to its exit (workers
# are started and ready before the manager, so their start-up is not in the figure).
#
#   bench/remote-workers.sh [--services N] [--seed S] [--heap 1g]
#
# Needs MariaDB on 127.0.0.1:3306 (root, no password) and RabbitMQ on 127.0.0.1:5672 (guest).
# Heavy: run it alone, e.g. `flock /tmp/mvn.lock bench/remote-workers.sh --services 1000`.
set -euo pipefail
cd "$(dirname "$0")/.."

services=1000 seed=2026 heap=1g jar=jobs/target/sla-credits.jar
while [ $# -gt 0 ]; do
  case "$1" in
    --services) services=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || ./mvnw -B -q package -Dmaven.test.skip=true

data=bench/target/data/services-$services-seed-$seed
key="seed=$seed services=$services generator=$(sha256sum bench/generate-large-month.py | cut -c1-16)"
# the same data, and the same test of it, as bench/large-month.sh
if [ ! -f "$data/.complete" ] || [ "$(cat "$data/.complete")" != "$key" ]; then
  rm -rf "$data"
  python3 bench/generate-large-month.py --seed "$seed" --services "$services" --out "$data"
  echo "$key" > "$data/.complete"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/remote-workers-XXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for db in local one two; do mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS bench_remote_${db}_$$" || true; done
  # the queues and their dead-letter queues are durable; best effort, where the broker's own tool is at hand
  if command -v rabbitmqctl >/dev/null 2>&1; then
    for q in one two; do
      for suffix in "" .dead; do rabbitmqctl delete_queue "bench-remote-$$-$q$suffix" >/dev/null 2>&1 || true; done
    done
  fi
}
trap cleanup EXIT

run() {  # name, number of workers (0: a single process)
  local name=$1 workers=$2 db=bench_remote_${1}_$$ queue=bench-remote-$$-$1
  mysql -h127.0.0.1 -uroot -e "CREATE DATABASE $db"
  local dbargs=(--spring.datasource.url="jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true"
                --spring.datasource.username=root --spring.datasource.password=)
  local remote=()
  if [ "$workers" -gt 0 ]; then
    remote=(--workers=remote --sla-credits.workers.queue=$queue --sla-credits.workers.poll-interval=500ms)
    for i in $(seq 1 "$workers"); do
      java -Xmx"$heap" -jar "$jar" worker --policies=bench/policies --sla-credits.workers.queue=$queue "${dbargs[@]}" \
        > "$work/$name-worker-$i.txt" 2>&1 &
      pids+=($!)
      until grep -q "Worker ready" "$work/$name-worker-$i.txt"; do sleep 1; done
    done
  fi
  sync
  local start=$EPOCHREALTIME
  java -Xmx"$heap" -jar "$jar" month-end --as-of=2026-11-05 --input="$data/input" --policies=bench/policies \
    --output="$work/$name-out" --release-held "${remote[@]}" "${dbargs[@]}" > "$work/$name.txt" 2>&1
  local wall
  wall=$(python3 -c "print(f'{$EPOCHREALTIME - $start:.1f}')")
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  pids=()
  echo "== $name: $workers worker(s), whole month $wall s"
  grep -E "step (probes|mergeProbes|claims|decide|postAdjustments|statements) " "$work/$name.txt" | sed 's/^/   /'
}

run local 0
run one 1
run two 2
