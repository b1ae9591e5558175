#!/usr/bin/env bash
# A real 2-node SolrCloud on loopback (embedded ZooKeeper, free ports) from Maven Central artifacts
# only: MiniSolrCloudCluster of org.apache.solr:solr-test-framework, started by the launcher in the
# Maven project solr/cluster (a JVM of its own: Solr 9's Jetty 10 cannot share duidu's class path), with
# duidu's target/classes (our analysis, our similarity) on its class path, and a collection of
# 2 shards x 2 replicas made from solr/configset/duidu. For trying 'duidu index/search/serve --solr'.
#
#   scripts/solr-local.sh start [COLLECTION]   # prints --solr URL,URL --collection NAME
#   scripts/solr-local.sh stop
#
# SOLR_LOCAL_LIB=DIR: the nodes load duidu from the jars in DIR (e.g. one holding target/duidu-solr.jar),
# as a real install loads its lib/ directory, instead of from target/classes. SOLR_LOCAL_XMX: the
# cluster JVM's heap (default 1g). State (pid, URLs, ZooKeeper address, the cluster's files, its log)
# lives in target/solr-local/.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=target/solr-local
PID="$DIR/pid"
case "${1:-}" in
  start)
    COLLECTION="${2:-duidu}"
    if [ -f "$PID" ] && kill -0 "$(cat "$PID")" 2>/dev/null; then
      echo "solr-local: already running (pid $(cat "$PID")): --solr $(cat "$DIR/urls") --collection $COLLECTION"
      exit 0
    fi
    rm -rf "$DIR" && mkdir -p "$DIR"
    mvn -B -q ${MVN_OFFLINE:-} compile
    mvn -B -q ${MVN_OFFLINE:-} -f solr/cluster/pom.xml compile dependency:build-classpath -Dmdep.outputFile="$PWD/$DIR/classpath"
    if [ -n "${SOLR_LOCAL_LIB:-}" ]; then
      [ -d "$SOLR_LOCAL_LIB" ] || { echo "solr-local: SOLR_LOCAL_LIB is not a directory: $SOLR_LOCAL_LIB" >&2; exit 2; }
      OURS=(-Dduidu.solr.sharedLib="$(cd "$SOLR_LOCAL_LIB" && pwd)")
      CP="solr/cluster/target/classes:$(cat "$DIR/classpath")"
    else
      OURS=()
      CP="solr/cluster/target/classes:target/classes:$(cat "$DIR/classpath")"
    fi
    nohup java -Xmx"${SOLR_LOCAL_XMX:-1g}" -Dslf4j.provider=org.slf4j.nop.NOPServiceProvider "${OURS[@]}" -cp "$CP" \
      org.duidu.solrcluster.LocalSolrCloud "$DIR" "$COLLECTION" > "$DIR/log" 2>&1 < /dev/null &
    echo $! > "$PID"
    for _ in $(seq 1 180); do
      if [ -s "$DIR/urls" ]; then
        echo "solr-local: SolrCloud running (pid $(cat "$PID"), 2 nodes, collection $COLLECTION: 2 shards x 2 replicas)"
        echo "  URL: $(cut -d, -f1 "$DIR/urls")   ZooKeeper: $(cat "$DIR/zkhost")"
        echo "  ./duidu index  --solr $(cat "$DIR/urls") --collection $COLLECTION"
        echo "  ./duidu search --solr $(cat "$DIR/urls") --collection $COLLECTION 营商环境"
        echo "  ./duidu serve  --solr $(cat "$DIR/urls") --collection $COLLECTION"
        exit 0
      fi
      if ! kill -0 "$(cat "$PID")" 2>/dev/null; then
        echo "solr-local: the cluster did not start; see $DIR/log" >&2
        tail -20 "$DIR/log" >&2
        exit 1
      fi
      sleep 1
    done
    echo "solr-local: no cluster after 180 s; see $DIR/log (stop it with: $0 stop)" >&2
    exit 1
    ;;
  stop)
    if [ ! -f "$PID" ]; then
      echo "solr-local: not running"
      exit 0
    fi
    P="$(cat "$PID")"
    if kill -0 "$P" 2>/dev/null; then
      kill "$P"   # the launcher's shutdown hook stops the nodes and ZooKeeper
      for _ in $(seq 1 60); do kill -0 "$P" 2>/dev/null || break; sleep 1; done
      if kill -0 "$P" 2>/dev/null; then kill -9 "$P"; fi
    fi
    rm -f "$PID" "$DIR/urls"
    echo "solr-local: stopped"
    ;;
  *)
    echo "usage: $0 start [COLLECTION] | stop" >&2
    exit 2
    ;;
esac
