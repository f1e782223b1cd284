#!/usr/bin/env bash
# Benchmark: render 5,000 customer statements on every core (after a 2,000-statement warm-up)
# and print statements per second. See reports/README.md for where the time goes.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests -pl domain
./mvnw -B -q -pl reports test-compile
cp=$(./mvnw -B -q -pl reports dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -cp "reports/target/classes:reports/target/test-classes:$cp" com.slacredits.reports.StatementBenchmark "$@"
