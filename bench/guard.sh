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
remote=$(mktemp -d)/remote.git
trap 'rm -rf "$(dirname "$remote")"' EXIT
git clone -q --bare "$repo" "$remote"
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.consolidator.bench.GuardBenchmark "$remote" 5
