#!/usr/bin/env bash
# What the class data sharing archive of `mvn package` (target/consolidator.jsa) brings to bin/consolidator on the
# shipped example (a git copy of examples/acme-batch): the share of the classes `plan` maps from the archive
# (-Xlog:class+load), then the median wall-clock and CPU (user+sys) seconds of RUNS runs (default 5) of `--help`,
# `plan` and `apply --phase progress-tracking` as bin/consolidator runs them, and with the same JVM options but
# without the archive (the two alternate, run by run).
#
#   bench/cds-example.sh
#   RUNS=9 bench/cds-example.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
[[ -f target/consolidator.jsa ]] || mvn -B -o -q -DskipTests package
java -XX:SharedArchiveFile=target/consolidator.jsa -Xshare:on -jar target/consolidator.jar --version > /dev/null 2>&1 \
  || { echo "target/consolidator.jsa does not fit target/consolidator.jar or this java: run mvn package" >&2; exit 1; }
out=$PWD/bench/out/cds
rm -rf "$out"
mkdir -p "$out"
repo=$out/acme-batch
cp -r examples/acme-batch "$repo"
rm -rf "$repo/target"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
git -C "$repo" init -q -b main
git -C "$repo" add -A
git -C "$repo" -c user.name=bench -c user.email=bench@example.com commit -q -m "acme-batch"
export CONSOLIDATOR_DB_URL="jdbc:h2:file:$out/db/consolidator"
phase=progress-tracking
reset="git -C $repo checkout -q main; git -C $repo branch -q -D consolidation/$phase consolidation/backup/$phase 2>/dev/null || true"

# where plan's classes come from
JAVA_OPTS="-Xlog:class+load:file=$out/classes.txt" bin/consolidator plan --repo "$repo" > /dev/null
awk '/source: shared objects file \(top\)/ { top++ } /source: shared objects file$/ { base++ } /consolidator\.jar/ { jar++ }
  END { printf "plan loads %d classes: %d (%.0f%%) mapped from archives (%d from target/consolidator.jsa, %d from the JDK'"'"'s own),\n%d read from the jar, %d generated or defined at run time\n",
        NR, top + base, 100 * (top + base) / NR, top, base, jar, NR - top - base - jar }' "$out/classes.txt"
echo "of the classes from the jar, picocli's (class files of Java 5, which JDK 17 does not archive): $(grep consolidator.jar "$out/classes.txt" | grep -c ' picocli\.')"
bin/consolidator apply --repo "$repo" --phase "$phase" > /dev/null   # migrates the fresh database once
eval "$reset"

median() { sort -n -k"$1" | awk -v k="$1" '{ v[NR] = $k } END { print v[int((NR + 1) / 2)] }'; }
# sample FILE SETUP COMMAND...: runs SETUP, then times COMMAND and adds "wall cpu" to FILE
sample() {
  local file=$1 setup=$2; shift 2
  eval "$setup"
  /usr/bin/time -f "%e %U %S" -o "$out/time.txt" "$@" > "$out/stdout.txt" 2> "$out/stderr.txt" \
    || { cat "$out/stderr.txt" >&2; exit 1; }
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$out/time.txt" >> "$file"
}
without=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar target/consolidator.jar)
for cmd in "--help" "plan --repo $repo" "apply --repo $repo --phase $phase"; do
  setup=":"
  [[ $cmd == apply* ]] && setup=$reset
  : > "$out/with.txt"
  : > "$out/without.txt"
  for _ in $(seq "$runs"); do   # alternately, so that a change of load on the machine hits both alike
    # shellcheck disable=SC2086 # the command's words
    sample "$out/with.txt" "$setup" bin/consolidator $cmd
    # shellcheck disable=SC2086
    sample "$out/without.txt" "$setup" "${without[@]}" $cmd
  done
  printf '%-8s wall %5ss  cpu %5ss   without the archive: wall %5ss  cpu %5ss\n' "${cmd%% --repo*}" \
    "$(median 1 < "$out/with.txt")" "$(median 2 < "$out/with.txt")" \
    "$(median 1 < "$out/without.txt")" "$(median 2 < "$out/without.txt")"
done
eval "$reset"
