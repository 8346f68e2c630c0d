#!/usr/bin/env bash
# Writes target/consolidator.jsa, the class data sharing archive bin/consolidator starts the command line with: the
# classes of a training run, already parsed and verified, which a fresh JVM maps instead of loading them one by one
# from the jar. `mvn package` runs this right after the shade plugin (skip it with -Dcds.skip=true); by hand:
#
#   src/build/cds-archive.sh [JAVA [JAR [ARCHIVE]]]     # default: java, target/consolidator.jar, target/consolidator.jsa
#
# The training run applies the first phase of examples/acme-batch (a move and a merge) to a fresh git copy of it, with
# a fresh H2 file: the plan reader, picocli, JavaParser and its symbol solver, JGit, H2 and Flyway. The archive holds
# only for that jar (path, size, modification time) and that JDK; with any other the JVM runs without it.
# Silent when it works; a JDK that cannot write archives gets a warning and no archive; a failing training run
# prints its output and exits 1, which fails the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
java=${1:-java}
jar=${2:-$PWD/target/consolidator.jar}
archive=${3:-$PWD/target/consolidator.jsa}
work=$PWD/target/cds-training
fail() {
  { echo "CDS archive: $1 (skip it with -Dcds.skip=true)"; [[ -f $work/output.txt ]] && cat "$work/output.txt"; } >&2
  exit 1
}

rm -rf "$work" "$archive"
mkdir -p "$work"
[[ -d examples/acme-batch ]] || fail "the training run needs examples/acme-batch"
command -v git > /dev/null || fail "the training run needs git"
cp -r examples/acme-batch "$work/repo"
rm -rf "$work/repo/target"
# the git of whoever builds, without their settings (signing, hooks, default branch)
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
git -C "$work/repo" init -q -b main
git -C "$work/repo" add -A
git -C "$work/repo" -c user.name=Training -c user.email=training@example.com commit -q -m "acme-batch" \
  || fail "could not commit the example to a git repository"
phase=$(sed -n 's/^  - id: \([a-z0-9-]*\).*/\1/p' "$work/repo/.github/consolidation.yml" | head -n 1)
[[ -n $phase ]] || fail "no phase in examples/acme-batch/.github/consolidation.yml"

# the build's settings, not the environment's; the options bin/consolidator starts with
unset $(compgen -e | grep '^CONSOLIDATOR_') 2> /dev/null || true
CONSOLIDATOR_DB_URL="jdbc:h2:file:$work/db/consolidator" \
  "$java" -XX:ArchiveClassesAtExit="$work/consolidator.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" \
  apply --repo "$work/repo" --phase "$phase" > "$work/output.txt" 2>&1 \
  || fail "the training run (apply --phase $phase on a copy of examples/acme-batch) failed"
if [[ ! -s $work/consolidator.jsa ]]; then
  # a JDK without its default CDS archive cannot write ours: the jar works the same, only its start is slower
  echo "CDS archive: not written, this JDK has no default CDS archive (java -Xshare:dump writes it);" \
    "bin/consolidator runs without one" >&2
  rm -rf "$work"
  exit 0
fi
# -Xshare:on refuses to start rather than run without the archive: proof that the JVM maps it
"$java" -XX:SharedArchiveFile="$work/consolidator.jsa" -Xshare:on -jar "$jar" --version > "$work/output.txt" 2>&1 \
  || fail "the JVM does not map the archive the training run wrote"
# put in place only once whole: JDK 17 crashes (SIGBUS) on a truncated archive, e.g. a dump cut short by Ctrl-C
mv "$work/consolidator.jsa" "$archive"
rm -rf "$work"
