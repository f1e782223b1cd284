#!/usr/bin/env bash
# Benchmark: ingest ROWS probe rows (default 10 million) through the real month-end command under
# a small heap, on the embedded database. Prints the wall time, rows per second and peak memory.
#   bench/probe-ingest.sh [ROWS] [SERVICES] [HEAP]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000000}
services=${2:-200}
heap=${3:-512m}
jar=jobs/target/sla-credits.jar
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
python3 bench/generate-probes.py "$rows" "$services" "$work/in/probes.csv"
cat > "$work/in/contracts.csv" <<CSV
contract_id,customer_id,customer_name,customer_email,edition,service_id,annual_fee,currency,start_date,end_date,policy
K-1,CU-1,Bench Customer,bench@example.com,ENTERPRISE,svc-00001,12000.00,EUR,2025-01-01,,
CSV
cat > "$work/in/claims.csv" <<CSV
claim_id,contract_id,service_month,received_at,channel,claimed_downtime_minutes,terminate
CL-1,K-1,2026-10,2026-11-02T09:00:00+01:00,EMAIL,,
CSV
echo "probes.csv: $rows rows, $services services, $(du -h "$work/in/probes.csv" | cut -f1)"
TIMER=(); [ -x /usr/bin/time ] && TIMER=(/usr/bin/time -f "peak RSS %M KB")
start=$(date +%s.%N)
${TIMER[@]+"${TIMER[@]}"} java -Xmx"$heap" -jar "$jar" month-end --as-of=2026-11-05 \
  --input="$work/in" --output="$work/out" \
  --spring.datasource.url="jdbc:h2:file:$work/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE" 2>&1 \
  | grep -E "step (probes|mergeProbes|decide)|peak RSS|failed|Exception" || true
end=$(date +%s.%N)
python3 -c "t=$end-$start; print(f'total {t:.1f} s, {int($rows/t):,} rows/s end to end with -Xmx$heap')"
