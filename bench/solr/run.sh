#!/usr/bin/env bash
# Solr benchmark of issue 13: push rate to a local 2-node SolrCloud (MiniSolrCloudCluster, 2 shards x
# 2 replicas, a JVM of its own) and p50/p99 query latency beside the local Lucene index, on INTERVIEWS
# interviews (default 10000: the seed plus generated ones, made on demand from the seed's text).
# See src/test/java/org/duidu/search/solr/SolrBenchmark.java.
#
#   bench/solr/run.sh                      # 10,000 interviews
#   INTERVIEWS=100000 bench/solr/run.sh
#
# Heaps are capped (the machine is shared): BENCH_XMX for the benchmark JVM (the local index and the
# clients, default 4g), CLUSTER_XMX for the cluster JVM (both Solr nodes and ZooKeeper, default 3g),
# Maven itself 512m. Runs under nice. Results: target/solr-bench/results-INTERVIEWS.json (and stdout).
set -euo pipefail
cd "$(dirname "$0")/../.."
INTERVIEWS="${INTERVIEWS:-10000}"
BENCH_XMX="${BENCH_XMX:-4g}"
CLUSTER_XMX="${CLUSTER_XMX:-3g}"
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx512m}"
nice mvn -B -q ${MVN_OFFLINE--o} test -Dtest=SolrBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dduidu.bench=true \
  -Dduidu.bench.interviews="$INTERVIEWS" -Dduidu.bench.clusterXmx="$CLUSTER_XMX" \
  -Dduidu.test.jvm="-Xmx$BENCH_XMX"
cat "target/solr-bench/results-$INTERVIEWS.json"
