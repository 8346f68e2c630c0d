#!/usr/bin/env bash
# Times `consolidator plan` for a package move touching about 10% of a synthetic repository (default 10,000 Java
# files in a few hundred packages), with a 1 GiB heap, and prints files scanned per second, files rewritten and
# the peak heap.
#
#   bench/plan.sh            # 10,000 files
#   bench/plan.sh 2000       # 2,000 files
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
repo=bench/out/synthetic-$count
if [[ ! -d $repo/.git ]]; then
  rm -rf "$repo"
  bench/generate.sh "$repo" "$count" 42 > /dev/null
  git -C "$repo" init -q -b main
  git -C "$repo" add -A
  git -C "$repo" -c user.name=bench -c user.email=bench@example.com commit -q -m "synthetic repository"
else
  mvn -B -q test-compile
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.consolidator.bench.PlanBenchmark "$repo" 3
