#!/usr/bin/env bash
# Times the consolidation/guard check for one pull request event: a PR changing 500 files in a synthetic repository
# (default 10,000 Java files), judged against the names of a package move, with the bot's clone already in place
# (as after the phases were applied). Prints the median and best time per event.
#
#   bench/guard.sh            # 10,000 files
#   bench/guard.sh 2000       # 2,000 files
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
source bench/synthetic-repo.sh
remote=$(mktemp -d)/remote.git
trap 'rm -rf "$(dirname "$remote")"' EXIT
git clone -q --bare "$repo" "$remote"
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.consolidator.bench.GuardBenchmark "$remote" 5
