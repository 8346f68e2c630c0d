#!/usr/bin/env bash
# Times the bot's whole apply on a synthetic repository of 400 Java files: a signed `/consolidate apply` comment
# posted to the real server, GitHub played by WireMock, a bare repository as the remote; from the delivery to the
# job done (backup and phase branches pushed, PR opened, check run completed). Prints the figure of each run.
set -euo pipefail
cd "$(dirname "$0")/.."
for run in 1 2 3; do
  mvn -B -q test -Dtest=LargeRepositoryTest#a_repository_of_400_java_files_gets_its_pull_request_and_check_run \
    -Dsurefire.failIfNoSpecifiedTests=false 2>/dev/null | grep -a "bot apply on" || { echo "the run failed" >&2; exit 1; }
done
