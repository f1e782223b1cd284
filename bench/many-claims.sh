#!/usr/bin/env bash
# Benchmark (issue #9): a claims file of a million rows, a tenth of them bad, through the real jar
# on the October 2026 example's other files, under -Xmx1g, timed step by step.
#
#   bench/many-claims.sh [--rows N] [--seed S] [--heap 1g] [--result FILE] [--jar FILE]
#
# Checks that rejects.csv holds exactly the generator's bad rows of claims.csv, line for line, and
# that the run exits 0. Writes a Markdown table (default bench/results/many-claims-h2-<date>.md,
# bench/target/results/... for other sizes). Heavy: run it alone, e.g.
# `flock /tmp/sla-mvn.lock bench/many-claims.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=1000000 seed=7 heap=1g result="" jar=jobs/target/sla-credits.jar
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --result) result=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
if [ -z "$result" ]; then
  if [ "$rows" = 1000000 ]; then result=bench/results/many-claims-h2-$(date +%F).md
  else result=bench/target/results/many-claims-$rows-h2-$(date +%F).md; fi
fi

work=bench/target/many-claims-$rows-seed-$seed
rm -rf "$work" && mkdir -p "$work"
cp -r examples/october-2026/input "$work/in"
python3 bench/generate-many-claims.py "$rows" "$seed" "$work/bad-lines.txt" > "$work/in/claims.csv" 2> "$work/bad-count.txt"
bad=$(cat "$work/bad-count.txt")

set +e
( cd "$work" && /usr/bin/time -v java -Xmx"$heap" -jar "$OLDPWD/$jar" month-end --as-of=2026-11-05 \
    --input=in --output=out > console.txt 2> time.txt )
code=$?
set -e
cat "$work/console.txt"
[ "$code" = 0 ] || { echo "the run exited $code" >&2; exit 1; }

# rejects.csv: file,line,reason,raw; the claims.csv lines must be exactly the generated bad ones
python3 - "$work" <<'PY'
import csv, sys
work = sys.argv[1]
want = [int(line) for line in open(f"{work}/bad-lines.txt")]
with open(f"{work}/out/rejects.csv", newline="") as f:
    got = [int(row["line"]) for row in csv.DictReader(f) if row["file"] == "claims.csv"]
if got != want:
    missing = sorted(set(want) - set(got))[:5]; extra = sorted(set(got) - set(want))[:5]
    sys.exit(f"rejects.csv differs from the bad rows: {len(got)} rejected, {len(want)} bad; "
             f"missing {missing}, extra {extra}")
print(f"rejects.csv holds exactly the {len(want)} bad rows of claims.csv")
PY

wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{printf "%.0f", $NF / 1024}')
mkdir -p "$(dirname "$result")"
{
  echo "# $rows claims ($bad bad), October 2026 example, H2, -Xmx$heap, $(nproc) cores, $(date +%F)"
  echo
  echo "Whole process, \`java -jar\` start to exit: **$wall** wall, **$rss MB** maximum RSS."
  echo
  echo "| step | seconds |"
  echo "|---|---|"
  grep -E "INFO  step [a-zA-Z]+ +COMPLETED" "$work/console.txt" \
    | sed -E 's/.* step ([a-zA-Z]+) +COMPLETED .* in ([0-9.]+) s$/| \1 | \2 |/'
} > "$result"
cat "$result"
