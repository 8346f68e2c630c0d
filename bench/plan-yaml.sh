#!/usr/bin/env bash
# Times reading plans of 256 KiB to 3 MiB (the size limit): one long quoted value, and block values of the longest
# lines a plan may have. Prints ms and ms per MiB per size: a flat per-MiB figure means reading is linear.
#
#   bench/plan-yaml.sh
#   bench/plan-yaml.sh 1024 3000     # sizes in KiB
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" dev.consolidator.bench.PlanYamlBenchmark "$@"
