#!/usr/bin/env bash
# Writes target/consolidator.jsa, a class data sharing archive of the classes one `apply` loads (engine, JavaParser,
# JGit, H2, Flyway, ...): with it, a fresh JVM maps them ready-parsed instead of loading ~4,000 classes from the jar.
#
#   bench/cds.sh
#   java -XX:SharedArchiveFile=target/consolidator.jsa -jar target/consolidator.jar plan --repo DIR
#
# The archive belongs to that jar and that JDK: after `mvn package` (or a JDK update) run this again. A stale
# archive is harmless: the JVM says so on standard error and runs without it.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f target/consolidator.jar ]] || mvn -B -o -q -DskipTests package
jar=~/.m2/repository/com/google/code/gson/gson/2.11.0/gson-2.11.0-sources.jar
[[ -f $jar ]] || mvn -B -q dependency:get -Dartifact=com.google.code.gson:gson:2.11.0:jar:sources -Dtransitive=false
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repo/src/main/java" "$work/repo/.github"
(cd "$work/repo/src/main/java" && unzip -q "$jar" '*.java')
cat > "$work/repo/.github/consolidation.yml" <<'EOF'
version: 1
phases:
  - id: training
    title: A move that exercises every part of apply
    steps:
      - move: {type: com.google.gson.JsonStreamParser, to: com.google.gson.io.JsonStreamParser}
EOF
git -C "$work/repo" init -q -b main
git -C "$work/repo" add -A
git -C "$work/repo" -c user.name=bench -c user.email=bench@example.com commit -q -m "sources"
rm -f target/consolidator.jsa
CONSOLIDATOR_DB_URL="jdbc:h2:file:$work/db/consolidator" \
  java -XX:ArchiveClassesAtExit=target/consolidator.jsa -jar target/consolidator.jar \
  apply --repo "$work/repo" --phase training > /dev/null 2> "$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
ls -l target/consolidator.jsa | awk '{ printf "target/consolidator.jsa: %.1f MB\n", $5 / 1048576 }'
