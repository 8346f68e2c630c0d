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
source bench/synthetic-repo.sh
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.consolidator.bench.PlanBenchmark "$repo" 3
