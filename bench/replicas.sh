#!/usr/bin/env bash
# Replicas benchmark: an embedded PostgreSQL, then one and then two `serve` processes on it; signed deliveries from
# concurrent clients spread round-robin over the replicas. Prints deliveries/s and ack latency p50/p99 for each, and
# checks every delivery was stored and run exactly once. Usage: bench/replicas.sh [DELIVERIES] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
cp=$(mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -cp "target/classes:target/test-classes:$cp" dev.consolidator.bench.ReplicasBench "$@"
