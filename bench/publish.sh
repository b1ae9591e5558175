#!/bin/sh
# What an incremental publish costs (issue 8, one atomic swap): Generation.begin + 10 writes + publish
# on a site of N files, beside `cp -al` + `rm -rf` of the same tree and beside the copy fallback.
# Usage: bench/publish.sh [N]   (default 30000 files; needs Java 17, Maven, GNU coreutils)
set -eu
cd "$(dirname "$0")/.."
N="${1:-30000}"
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-publish.cp >/dev/null
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
java -cp "target/classes:target/test-classes:$(cat target/bench-publish.cp)" org.duidu.publish.PublishBenchmark "$N" "$DIR/run"
