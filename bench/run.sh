#!/bin/sh
# Builds duidu and the benchmark, then measures (1) JMH warm throughput of duidu vs OpenCC4j,
# (2) the opencc CLI on the same file, (3) dictionary load time. Needs `opencc` (apt-get install opencc).
set -e
cd "$(dirname "$0")"
(cd .. && mvn -B -q -DskipTests install)
mvn -B -q package
java -cp target/benchmarks.jar org.duidu.bench.Sample target/sample-hant.txt
for config in t2s tw2s; do
  for i in 1 2 3; do
    /usr/bin/time -f "opencc -c $config.json: %e s wall, %M KB max RSS" opencc -c $config.json -i target/sample-hant.txt -o /dev/null
  done
done
java -jar target/benchmarks.jar ConvertBenchmark -rf text -rff target/convert.txt
java -jar target/benchmarks.jar LoadBenchmark -rf text -rff target/load.txt
cat target/convert.txt target/load.txt
