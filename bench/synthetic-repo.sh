# Sourced by the benches that run on a synthetic repository (plan.sh, guard.sh): sets `repo` to
# bench/out/synthetic-<count>, generating and committing it on first use, and leaves the compiled test classes and
# target/classpath.txt in place for a `java -cp` run.
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
