#!/usr/bin/env bash
# The main job, end to end on a shipped example: copy examples/acme-batch to a fresh git repository, dry-run its
# plan, apply its three phases one after the other (each on top of the previous phase branch, as a team trying the
# whole plan locally would), run the example's own tests after every phase, and show the branches and the history.
# Uses the embedded H2 database (CONSOLIDATOR_DB_URL, default ./data/consolidator). Needs target/consolidator.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/consolidator.jar
[[ -f $jar ]] || mvn -q -DskipTests package
work=$(mktemp -d "${TMPDIR:-/tmp}/consolidator-demo.XXXXXX")
repo=$work/acme-batch
cp -r examples/acme-batch "$repo"
rm -rf "$repo/target"
git -C "$repo" init -q -b main
git -C "$repo" -c user.name=Demo -c user.email=demo@example.com add -A
git -C "$repo" -c user.name=Demo -c user.email=demo@example.com commit -q -m "acme-batch before consolidation"
git -C "$repo" config user.name "Demo"
git -C "$repo" config user.email "demo@example.com"
echo "== Example copied to $repo"

echo; echo "== consolidator plan (dry run of every phase, nothing written)"
java -jar "$jar" plan --repo "$repo" || { echo "the dry run found problems" >&2; exit 1; }

for phase in $(sed -n 's/^  - id: \([a-z0-9-]*\).*/\1/p' "$repo/.github/consolidation.yml"); do
  echo; echo "== consolidator apply --phase $phase"
  java -jar "$jar" apply --repo "$repo" --phase "$phase"
  echo "-- the example's own tests on consolidation/$phase"
  mvn -q -f "$repo/pom.xml" test > "$work/test-$phase.log" 2>&1 || { cat "$work/test-$phase.log"; exit 1; }
  grep -h "Tests run:" "$repo"/target/surefire-reports/*.txt | awk -F'[:,]' '{r+=$2; f+=$4; e+=$6} END {printf "   %d tests, %d failures, %d errors\n", r, f, e}'
  git -C "$repo" clean -qfdX
done

echo; echo "== Branches"
git -C "$repo" branch --list --format='%(refname:short) %(objectname:short)'
echo; echo "== git log (phase branch of the last phase)"
git -C "$repo" log --oneline --graph
echo; echo "== consolidator status"
java -jar "$jar" status --repo "$repo"
echo; echo "The consolidated example is in $repo"
