#!/usr/bin/env bash
# Times `plan` in a fresh JVM on real code: the sources jars of a few large libraries from Maven Central (JGit,
# Guava, Jackson core and databind, JavaParser, commons-lang3, commons-text, Gson: about 3,200 files, 860,000 lines),
# unpacked side by side into one repository, each under <artifact>/src/main/java. The step moves
# org.eclipse.jgit.lib.Constants, which about 230 files use (single-type, static and qualified). Prints the
# wall-clock and CPU seconds, the files changed and the peak resident memory of the JVM.
#
#   bench/real-sources.sh
#   JAVA_OPTS=-Xmx1g bench/real-sources.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f target/consolidator.jar ]] || mvn -B -o -q -DskipTests package
repo=bench/out/real-sources
jars=(
  org.eclipse.jgit:org.eclipse.jgit:7.0.0.202409031743-r
  com.google.guava:guava:33.4.0-jre
  com.fasterxml.jackson.core:jackson-core:2.18.2
  com.fasterxml.jackson.core:jackson-databind:2.18.2
  com.github.javaparser:javaparser-core:3.26.2
  org.apache.commons:commons-lang3:3.17.0
  org.apache.commons:commons-text:1.12.0
  com.google.code.gson:gson:2.11.0
)
if [[ ! -d $repo/.git ]]; then
  rm -rf "$repo"
  for gav in "${jars[@]}"; do
    IFS=: read -r g a v <<< "$gav"
    jar=~/.m2/repository/${g//.//}/$a/$v/$a-$v-sources.jar
    [[ -f $jar ]] || mvn -B -q dependency:get -Dartifact="$gav:jar:sources" -Dtransitive=false
    mkdir -p "$repo/$a/src/main/java"
    (cd "$repo/$a/src/main/java" && unzip -q -o "$jar" '*.java')
  done
  mkdir -p "$repo/.github"
  cat > "$repo/.github/consolidation.yml" <<'EOF'
version: 1
compatibility: none
phases:
  - id: move-constants
    title: Move JGit's Constants to a package of its own
    steps:
      - move: {type: org.eclipse.jgit.lib.Constants, to: org.eclipse.jgit.constants.Constants}
EOF
  git -C "$repo" init -q -b main
  git -C "$repo" add -A
  git -C "$repo" -c user.name=bench -c user.email=bench@example.com commit -q -m "real sources"
fi
files=$(git -C "$repo" ls-files '*.java' | wc -l)
lines=$(git -C "$repo" ls-files -z '*.java' | (cd "$repo" && xargs -0 cat) | wc -l)
/usr/bin/time -f "%e %U %S %M" -o bench/out/real-sources.time \
  java ${JAVA_OPTS:-} -jar target/consolidator.jar plan --repo "$repo" --format json > bench/out/real-sources.json \
  2> bench/out/real-sources.err || true
read -r wall user sys rss < bench/out/real-sources.time
printf 'plan on %s files (%s lines): wall %ss, cpu %ss, peak RSS %d MB; %s\n' "$files" "$lines" "$wall" \
  "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')" "$((rss / 1024))" \
  "$(grep -o '[0-9]* added, [0-9]* modified, [0-9]* deleted, [0-9]* references rewritten' bench/out/real-sources.json | head -1)"
