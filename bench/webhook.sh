#!/usr/bin/env bash
# Webhook benchmark: starts `serve` on a random loopback port with a temporary H2 file, sends signed deliveries
# from concurrent clients, prints acknowledgement latency and throughput, and checks every delivery was stored
# exactly once. Usage: bench/webhook.sh [--deliveries N] [--clients C]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/consolidator.jar
if [[ ! -f "$jar" ]] || [[ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]]; then
  echo "building $jar ..."
  mvn -q -B -DskipTests package
fi
# Java's single-file launcher compiles and runs the benchmark; the jar provides the H2 driver for the final count.
exec java -cp "$jar" bench/WebhookBench.java "$@"
