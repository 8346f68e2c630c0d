#!/usr/bin/env bash
# Times the forwarder-usage count that status runs on the default branch's head: a synthetic repository (default
# 10,000 Java files) whose shared package moved with forwarders and whose ~10% user files all still name the old
# package (the worst case: every one of them is parsed). Prints the best time and the count.
#
#   bench/forwarder-usage.sh            # 10,000 files
#   bench/forwarder-usage.sh 2000       # 2,000 files
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
mvn -B -q test-compile
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.consolidator.bench.ForwarderUsageBenchmark "$count" 3
