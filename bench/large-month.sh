#!/usr/bin/env bash
# Benchmark (issue #8): a whole large month through the real jar, timed step by step and
# cross-checked against DuckDB on the same probe files, in the same run.
#
#   bench/large-month.sh [--services N] [--seed S] [--db h2|mysql] [--heap 1g] [--smoke]
#                        [--data DIR] [--result FILE] [--keep] [--jar FILE]
#
#   --services N  services probed once a minute for all of October 2026 (default 1000: 44.6 M rows,
#                 1.5 GB); contracts 10 N, customers 5 N, claims 20 N, windows max(12, N / 5)
#   --seed S      the generator's seed (default 2026): the same seed and size give the same files
#   --db          h2 (default: a fresh embedded file) or mysql (a fresh database on 127.0.0.1:3306,
#                 user root, empty password, created and dropped with the mysql client)
#   --heap        the product's -Xmx (default 1g)
#   --smoke       20 services (unless --services says otherwise), same checks: what .ci/run runs
#   --data DIR    where the generated input lives (default bench/target/data/services-N-seed-S);
#                 generated once per seed, size and generator version, then reused
#   --result FILE where the Markdown table goes (default bench/results/large-month-<db>-<date>.md for
#                 the full month, bench/target/results/... for other sizes and the smoke run)
#   --keep        keep the run's folder (output, log, H2 file) and the MySQL database
#   --jar FILE    the product jar (default jobs/target/sla-credits.jar, built when missing)
#
# Heavy: run it alone, e.g. `flock /tmp/mvn.lock bench/large-month.sh --db mysql`. The script
# itself takes no lock. It exits non-zero when the product fails, when any service's counted
# downtime differs from DuckDB's, or when the decisions are not what the data was built to give.
set -euo pipefail
cd "$(dirname "$0")/.."

services="" seed=2026 db=h2 heap=1g smoke=false data="" result="" keep=false jar=jobs/target/sla-credits.jar
while [ $# -gt 0 ]; do
  case "$1" in
    --services) services=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --smoke) smoke=true; shift ;;
    --data) data=$2; shift 2 ;;
    --result) result=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --jar) jar=$2; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$db" in h2|mysql) ;; *) echo "--db must be h2 or mysql" >&2; exit 2 ;; esac
if [ -z "$services" ]; then if $smoke; then services=20; else services=1000; fi; fi
today=$(date -u +%F)
if [ -z "$result" ]; then
  if ! $smoke && [ "$services" = 1000 ]; then result=bench/results/large-month-$db-$today.md
  else result=bench/target/results/large-month-$($smoke && echo smoke-)$db-$services-$today.md; fi
fi

duckdb_version=1.5.6.0
duckdb_jar=bench/target/lib/duckdb_jdbc-$duckdb_version.jar
if [ ! -f "$jar" ] && [ "$jar" = jobs/target/sla-credits.jar ]; then
  echo "== building $jar"
  ./mvnw -B -q package -Dmaven.test.skip=true
fi
if [ ! -f "$duckdb_jar" ]; then
  echo "== fetching DuckDB $duckdb_version (benchmark only, never in the product)"
  ./mvnw -B -q -N dependency:copy -Dartifact=org.duckdb:duckdb_jdbc:$duckdb_version -DoutputDirectory=bench/target/lib
fi

# --- 1. the data, generated once per seed, size and generator version -----------------------------
data=${data:-bench/target/data/services-$services-seed-$seed}
key="seed=$seed services=$services generator=$(sha256sum bench/generate-large-month.py | cut -c1-16)"
if [ -f "$data/.complete" ] && [ "$(cat "$data/.complete")" = "$key" ]; then
  echo "== data: reusing $data ($key; generated in $(python3 -c "import json;print(json.load(open('$data/manifest.json'))['generation_seconds'])") s)"
else
  echo "== data: generating $data ($key)"
  rm -rf "$data"
  python3 bench/generate-large-month.py --seed "$seed" --services "$services" --out "$data"
  echo "$key" > "$data/.complete"
fi

# --- 2. a fresh database ---------------------------------------------------------------------------
mkdir -p bench/target/runs
work=$(mktemp -d "bench/target/runs/$db-$(date -u +%Y%m%dT%H%M%S)-XXXX")
mysql_db=""
ok=false
cleanup() {
  if [ -n "$mysql_db" ] && ! $keep; then
    mysql -h127.0.0.1 -P3306 -uroot -e "DROP DATABASE IF EXISTS $mysql_db" || true
  fi
  if $ok && ! $keep; then rm -rf "$work"; else echo "run folder kept: $work$($keep && [ -n "$mysql_db" ] && echo ", database $mysql_db")"; fi
}
trap cleanup EXIT
if [ "$db" = mysql ]; then
  mysql_db=bench_large_month_$$
  mysql -h127.0.0.1 -P3306 -uroot -e "CREATE DATABASE $mysql_db"
  db_args=(--spring.datasource.url="jdbc:mysql://127.0.0.1:3306/$mysql_db?rewriteBatchedStatements=true"
           --spring.datasource.username=root --spring.datasource.password=)
  database="MariaDB/MySQL $(mysql -h127.0.0.1 -P3306 -uroot -N -e 'SELECT version()')"
else
  db_args=(--spring.datasource.url="jdbc:h2:file:$PWD/$work/db/sla-credits;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
  database="H2 file"
fi

# --- 3. DuckDB on the same files, before the product (never at the same time) ----------------------
# First, so that no database is still writing back in the background while it reads; `sync` before
# each measurement so that neither pays for the other's (or the generator's) dirty pages.
echo "== DuckDB: the issue's query on $data/input/probes-*.csv, 2 threads"
sync
duck_start=$EPOCHREALTIME
java -cp "$duckdb_jar" bench/DuckDbDowntime.java "$data/input" "$work/duckdb.csv" > "$work/duckdb.out" 2>&1 \
  || { echo "DuckDB failed:"; cat "$work/duckdb.out"; }
duck_wall=$(python3 -c "print(f'{$EPOCHREALTIME - $duck_start:.1f}')")
sed 's/^/   /' "$work/duckdb.out"

# --- 4. the product: the real jar, every line timestamped as it arrives ----------------------------
# --release-held: the generated month credits 62 % of its verified claims, which the credit brake
# holds by default (files.md, exit 4); the benchmark measures a month that posts.
cmd=(java -Xmx"$heap" -jar "$jar" month-end --as-of=2026-11-05 --input="$data/input" --policies=bench/policies
     --output="$work/out" --release-held "${db_args[@]}")
timer=(); [ -x /usr/bin/time ] && timer=(/usr/bin/time -f %M -o "$work/rss")
echo "== product: ${cmd[*]}"
sync
start=$EPOCHREALTIME
{ set +e; ${timer[@]+"${timer[@]}"} "${cmd[@]}" 2>&1; echo $? > "$work/rc"; } | while IFS= read -r line; do
  printf '%s\t%s\n' "$EPOCHREALTIME" "$line" >> "$work/run.log"
  printf '   %s\n' "$line"
done
end=$EPOCHREALTIME

# --- 5. the table and the checks -----------------------------------------------------------------
if [ "$jar" = jobs/target/sla-credits.jar ]; then
  commit="working tree at $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  [ -n "$(git status --porcelain -- domain readers writers reports jobs pom.xml 2>/dev/null)" ] && commit="$commit + uncommitted changes"
else
  commit="given with --jar"
fi
python3 - "$work/env.json" <<PY
import json, sys
json.dump({
  "date": "$today",
  "command": "bench/large-month.sh --services $services --seed $seed --db $db --heap $heap$($smoke && echo ' --smoke')",
  "jar": "$jar, built $(date -u -r "$jar" '+%Y-%m-%d %H:%M') UTC",
  "commit": "$commit",
  "java": """$(java -version 2>&1 | head -1)""",
  "database": "$database",
  "machine": "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)",
}, open(sys.argv[1], "w"))
PY
if python3 bench/large-month-report.py --work "$work" --data "$data" --db "$db" --heap "$heap" --result "$result" \
     --start "$start" --end "$end" --duckdb-wall "$duck_wall" --env "$work/env.json" $($smoke && echo --smoke); then
  ok=true
else
  exit 1
fi
