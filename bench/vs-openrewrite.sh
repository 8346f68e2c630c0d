#!/usr/bin/env bash
# Side by side on this machine: the same two type moves by OpenRewrite's Maven plugin and by our `apply`, on the
# libraries of bench/cli.sh (gson 2.11.0, commons-text 1.12.0) and on joda-time 2.12.7 (166 files, 2.7 MB of Java).
# Each run starts from a fresh copy of the library's repository, so every run does the whole work:
#   - `mvn rewrite:run` (rewrite-maven-plugin, a `rewrite.yml` of two org.openrewrite.java.ChangeType with
#     ignoreDefinition: false, so the type's own file moves too) in a minimal pom.xml that declares the library's
#     compile dependency: `run` first forks the build to process-test-classes (it compiles the library), as users run
#     it. `mvn rewrite:runNoFork`, the plugin without that build, is timed too.
#   - `bin/consolidator apply` and plain `java -jar target/consolidator.jar apply`, each in a fresh JVM.
# Every run is checked: the moved files are at their new paths, the old ones are gone, and some other file imports a
# new name; the bench stops otherwise. Prints, per library, the median of RUNS runs (default 3), wall-clock and CPU
# (user+sys) seconds, and OpenRewrite's wall-clock over ours. Runs of the variants alternate, so a change of load
# falls on all of them; one run of each before those is not counted (the first downloads the plugin).
# `mvn` starts a JVM of its own and Maven itself before the plugin runs: that is part of the plugin's figure, as
# users run it, and not subtracted; "Maven alone" (`mvn validate` on the same pom) shows what it costs.
#
#   bench/vs-openrewrite.sh          # 3 runs
#   RUNS=5 bench/vs-openrewrite.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
plugin_version=6.46.1 # rewrite-maven-plugin on rewrite 8.89.0 (the version in our pom), Maven 3.3.1+, JDK 8+
[[ -f target/consolidator.jar ]] || mvn -B -o -q -DskipTests package
out=$PWD/bench/out/vs-openrewrite
mkdir -p "$out"
. bench/library-repo.sh
libraries+=(
  "joda-time joda-time:joda-time:2.12.7
    org.joda.time.JodaTimePermission org.joda.time.security.JodaTimePermission
    org.joda.time.IllegalInstantException org.joda.time.errors.IllegalInstantException"
)
# the compile dependency of each library (from its pom), which `mvn rewrite:run` needs to build it
declare -A dependency=(
  [gson]=com.google.errorprone:error_prone_annotations:2.27.0
  [commons-text]=org.apache.commons:commons-lang3:3.14.0
  [joda-time]=org.joda:joda-convert:1.9.2
)
export CONSOLIDATOR_DB_URL="jdbc:h2:file:$out/db/consolidator"

# openrewrite_files NAME OLD1 NEW1 OLD2 NEW2 (in the current directory): pom.xml and rewrite.yml
openrewrite_files() {
  local g a v
  IFS=: read -r g a v <<< "${dependency[$1]}"
  cat > pom.xml <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>$1</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
      </plugin>
      <plugin>
        <groupId>org.openrewrite.maven</groupId>
        <artifactId>rewrite-maven-plugin</artifactId>
        <version>$plugin_version</version>
        <configuration>
          <activeRecipes><recipe>bench.TwoMoves</recipe></activeRecipes>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
  cat > rewrite.yml <<YML
type: specs.openrewrite.org/v1beta/recipe
name: bench.TwoMoves
displayName: Two type moves
recipeList:
  - org.openrewrite.java.ChangeType:
      oldFullyQualifiedTypeName: $2
      newFullyQualifiedTypeName: $3
      ignoreDefinition: false
  - org.openrewrite.java.ChangeType:
      oldFullyQualifiedTypeName: $4
      newFullyQualifiedTypeName: $5
      ignoreDefinition: false
YML
}

# moved DIR OLD1 NEW1 OLD2 NEW2: the files of OLD1 and OLD2 are now those of NEW1 and NEW2, and some other file
# imports a new name (fails loudly if not)
moved() {
  local src=$1/src/main/java
  local old1=$src/${2//.//}.java new1=$src/${3//.//}.java old2=$src/${4//.//}.java new2=$src/${5//.//}.java
  if [[ -f $old1 || ! -f $new1 || -f $old2 || ! -f $new2 ]] \
    || ! grep -rlF -e "import $3;" -e "import $5;" "$src" | grep -qvF -e "$new1" -e "$new2"; then
    echo "the moves are not done in $1 (log: $out/run.log)" >&2
    exit 1
  fi
}

# median of column K of the "wall cpu" lines in FILE
median() { sort -n -k"$1" "$2" | awk -v k="$1" '{ v[NR] = $k } END { print v[int((NR + 1) / 2)] }'; }

# run SAMPLES DIR COMMAND...: the command in DIR, timed, appending "wall cpu" to SAMPLES
run() {
  local samples=$1 dir=$2; shift 2
  if ! (cd "$dir" && /usr/bin/time -f "%e %U %S" -o "$out/time.txt" "$@") > "$out/run.log" 2>&1; then
    echo "failed in $dir: $* (log: $out/run.log)" >&2
    exit 1
  fi
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$out/time.txt" >> "$samples"
}

variants=(maven openrewrite-run openrewrite-nofork bin-consolidator java-jar)
declare -A label=(
  [maven]="Maven alone (mvn validate, not subtracted)"
  [openrewrite-run]="OpenRewrite: mvn rewrite:run"
  [openrewrite-nofork]="OpenRewrite: mvn rewrite:runNoFork"
  [bin-consolidator]="ours: bin/consolidator apply"
  [java-jar]="ours: java -jar consolidator.jar apply"
)
jar=$PWD/target/consolidator.jar bin=$PWD/bin/consolidator
echo "rewrite-maven-plugin $plugin_version, $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'), $(java -version 2>&1 | head -1)"
echo "$(nproc) cores, $(uptime | sed 's/.*load/load/') at the start"
for library in "${libraries[@]}"; do
  # shellcheck disable=SC2086 # one word per field
  set -- $library
  name=$1
  repo "$@"
  files=$(git -C "$out/$name" ls-files '*.java' | wc -l)
  bytes=$(git -C "$out/$name" ls-files -z '*.java' | (cd "$out/$name" && xargs -0 cat) | wc -c)
  for variant in "${variants[@]}"; do : > "$out/$variant.txt"; done
  for i in $(seq 0 "$runs"); do
    offline=-o
    [[ $i == 0 ]] && offline= # the first run downloads the plugin and the library's dependency
    for variant in "${variants[@]}"; do
      copy=$out/run
      rm -rf "$copy"
      cp -a "$out/$name" "$copy"
      samples=$out/$variant.txt
      [[ $i == 0 ]] && samples=/dev/null
      case $variant in
        maven | openrewrite-*) (cd "$copy" && openrewrite_files "$name" "$3" "$4" "$5" "$6") ;;
      esac
      case $variant in
        maven) run "$samples" "$copy" mvn -B $offline validate ;;
        openrewrite-run) run "$samples" "$copy" mvn -B $offline rewrite:run ;;
        openrewrite-nofork) run "$samples" "$copy" mvn -B $offline rewrite:runNoFork ;;
        bin-consolidator) run "$samples" "$copy" "$bin" apply --repo . --phase two-moves ;;
        java-jar) run "$samples" "$copy" java -jar "$jar" apply --repo . --phase two-moves ;;
      esac
      [[ $variant == maven ]] || moved "$copy" "$3" "$4" "$5" "$6"
    done
  done
  printf '\n%s (%d files, %.1f MB of Java): median of %d runs, wall / cpu seconds\n' \
    "$name" "$files" "$(echo "$bytes / 1000000" | bc -l)" "$runs"
  declare -A wall=()
  for variant in "${variants[@]}"; do
    wall[$variant]=$(median 1 "$out/$variant.txt")
    printf '  %-44s %6s / %6s' "${label[$variant]}" "${wall[$variant]}" "$(median 2 "$out/$variant.txt")"
    case $variant in
      bin-consolidator | java-jar)
        printf '   rewrite:run %4.1fx, runNoFork %4.1fx' \
          "$(echo "${wall[openrewrite-run]} / ${wall[$variant]}" | bc -l)" \
          "$(echo "${wall[openrewrite-nofork]} / ${wall[$variant]}" | bc -l)" ;;
    esac
    echo
  done
done
echo
echo "$(uptime | sed 's/.*load/load/') at the end"
