#!/usr/bin/env bash
# The search stage of a cold build alone: SearchIndexer.put of INTERVIEWS generated interviews
# (default 1000), then finish, ROUNDS times (default 4, the first a warm-up), process CPU seconds of
# each (src/test/java/org/duidu/search/SearchStageBench.java). Results: target/search-bench/stage.json.
# To compare two commits, run it in a checkout of each, one after the other, on the same machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
INTERVIEWS="${INTERVIEWS:-1000}"
ROUNDS="${ROUNDS:-4}"
XMX="${XMX:-2g}"
mvn -B -q -o test -Dtest=SearchStageBench -Dsurefire.failIfNoSpecifiedTests=false -Dduidu.bench=true \
  -Dduidu.bench.interviews="$INTERVIEWS" -Dduidu.bench.rounds="$ROUNDS" -Dduidu.test.jvm="-Xmx$XMX"
cat target/search-bench/stage.json
