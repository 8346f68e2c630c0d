#!/usr/bin/env bash
# Times the command line in a fresh JVM, as a user runs it: `plan` and `apply` of two type moves on real library
# sources (gson 2.11.0: 84 files; commons-text 1.12.0: 107 files; sources jars from Maven Central, fetched once
# into ~/.m2), and `status`. Each figure is the median of RUNS runs: wall-clock seconds, and CPU seconds
# (user+sys, which a busy machine disturbs less than wall-clock).
# With target/consolidator.jsa present and fitting the jar and the JDK (`mvn package` writes it) every command also
# runs with that class data sharing archive, and then with the options bin/consolidator adds (the archive, C1 only,
# the serial collector).
#
#   bench/cli.sh             # 5 runs
#   RUNS=9 bench/cli.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
[[ -f target/consolidator.jar ]] || mvn -B -o -q -DskipTests package
out=bench/out/cli
mkdir -p "$out"

. bench/library-repo.sh
for library in "${libraries[@]}"; do
  # shellcheck disable=SC2086 # one word per field
  repo $library
done

# median of the "wall cpu" lines on stdin
median() { sort -n -k"$1" | awk -v k="$1" '{ v[NR] = $k } END { print v[int((NR + 1) / 2)] }'; }

# time LABEL JAVA_OPTS SETUP COMMAND...: runs SETUP then the command, RUNS times; prints the medians
time_it() {
  local label=$1 opts=$2 setup=$3; shift 3
  local samples=$out/samples.txt
  : > "$samples"
  for _ in $(seq "$runs"); do
    eval "$setup"
    /usr/bin/time -f "%e %U %S" -o "$out/time.txt" java $opts -jar target/consolidator.jar "$@" > "$out/stdout.txt" 2> "$out/stderr.txt" || true
    awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$out/time.txt" >> "$samples"
  done
  printf '%-48s wall %5ss  cpu %5ss\n' "$label" "$(median 1 < "$samples")" "$(median 2 < "$samples")"
}

# label|JVM options: java -jar as is; with the archive; as bin/consolidator runs it (archive, C1 only, serial GC)
variants=("|")
# -Xshare:on fails rather than run without the archive: a stale one would time the jar alone under the CDS label
if [[ -f target/consolidator.jsa ]] \
  && java -XX:SharedArchiveFile=target/consolidator.jsa -Xshare:on -jar target/consolidator.jar --version > /dev/null 2>&1; then
  variants+=(" (CDS)|-XX:SharedArchiveFile=target/consolidator.jsa")
  variants+=(" (bin/consolidator)|-XX:SharedArchiveFile=target/consolidator.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
elif [[ -f target/consolidator.jsa ]]; then
  echo "target/consolidator.jsa does not fit this jar or this java (mvn package writes it again): timing without it" >&2
fi
export CONSOLIDATOR_DB_URL="jdbc:h2:file:$PWD/$out/db/consolidator"
for variant in "${variants[@]}"; do
  tag=${variant%%|*}
  opts=${variant#*|}
  time_it "--help$tag" "$opts" ":" --help
  for library in "${libraries[@]}"; do
    name=${library%% *}
    dir=$out/$name
    files=$(git -C "$dir" ls-files '*.java' | wc -l)
    time_it "plan $name ($files files)$tag" "$opts" ":" plan --repo "$dir"
    # each apply starts from main again: no phase branch, no backup branch
    reset="git -C $dir checkout -q main; git -C $dir branch -q -D consolidation/two-moves consolidation/backup/two-moves 2>/dev/null || true"
    time_it "apply $name ($files files)$tag" "$opts" "$reset" apply --repo "$dir" --phase two-moves
    eval "$reset"
  done
  time_it "status$tag" "$opts" ":" status
done
