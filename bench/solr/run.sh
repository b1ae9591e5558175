#!/usr/bin/env bash
# Solr benchmark of issue 13: push rate to a local 2-node SolrCloud (MiniSolrCloudCluster, 2 shards x
# 2 replicas) and p50/p99 query latency beside the local Lucene index, on INTERVIEWS interviews
# (default 10000: the seed plus generated ones). See src/test/java/org/duidu/search/solr/SolrBenchmark.java.
# Results: target/solr-bench/results-INTERVIEWS.json (and standard output).
set -euo pipefail
cd "$(dirname "$0")/../.."
INTERVIEWS="${INTERVIEWS:-10000}"
mvn -B -q ${MVN_OFFLINE:-} test -Dtest=SolrBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dduidu.bench=true \
  -Dduidu.bench.interviews="$INTERVIEWS" -DargLine="-Xmx6g -Dfile.encoding=UTF-8 -Dslf4j.provider=org.slf4j.nop.NOPServiceProvider"
cat "target/solr-bench/results-$INTERVIEWS.json"
