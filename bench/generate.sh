#!/usr/bin/env bash
# Generates a synthetic Java repository to benchmark Consolidator on: FILE_COUNT files (default 10000) in a few
# hundred packages, plus .github/consolidation.yml with a movePackage used by about 10% of the files.
# Deterministic for a SEED (default 42). OUT_DIR must be absent or empty; bench/out/ is git-ignored.
#
#   bench/generate.sh bench/out/repo-10k            # 10,000 files
#   bench/generate.sh bench/out/repo-1k 1000 7      # 1,000 files, seed 7
set -euo pipefail

if [[ $# -lt 1 || $# -gt 3 ]]; then
  echo "usage: bench/generate.sh OUT_DIR [FILE_COUNT=10000] [SEED=42]" >&2
  exit 2
fi
out=$(realpath -m "$1")
count=${2:-10000}
seed=${3:-42}

cd "$(dirname "$0")/.."
mvn -B -q test-compile
# exec-maven-plugin is not in the build, so run the generator on the test classpath ourselves.
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  dev.consolidator.bench.SyntheticRepo "$out" "$count" "$seed"
