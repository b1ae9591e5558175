#!/usr/bin/env bash
# Save-to-served benchmark of `duidu serve` (issue 10): for each corpus size (the seed site, then
# N copies of the seed), start `java -jar target/duidu.jar serve`, edit one seed RUNS times and time
# save -> rebuilt site announced -> edited page served with the new text.
# Usage: bench/serve/run.sh [SIZES...]   (default: seed 1000 10000); RUNS=5; needs target/duidu.jar
# Results: target/serve-bench/save-to-served.jsonl (and standard output).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
[ -f target/duidu.jar ] || mvn -q -B -o -DskipTests package
OUT="$ROOT/target/serve-bench"; mkdir -p "$OUT"
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(seed 1000 10000)
RUNS="${RUNS:-5}"
for size in "${SIZES[@]}"; do
  site="$OUT/site-$size"; log="$OUT/serve-$size.log"
  bash bench/serve/corpus.sh "$size" "$site"
  if [ "$size" = seed ]; then seed="$site/seeds/000_8e6aaae491def166.txt"; page="/zh-Hant/000_8e6aaae491def166.html"
  else seed="$site/seeds/i00001.txt"; page="/zh-Hant/i00001.html"; fi
  java ${JAVA_OPTS:--Xmx3g} -jar target/duidu.jar serve --site "$site" --out "$OUT/out-$size" --port 0 > "$log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  start=$(date +%s%N)
  until grep -q '^Serving ' "$log"; do
    kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.2
  done
  first_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  port=$(grep -o '^Serving .* at http://127.0.0.1:[0-9]*' "$log" | grep -o '[0-9]*$')
  result=$(python3 bench/serve/save_to_served.py "$port" "$seed" "$page" "$RUNS")
  line="{\"interviews\":\"$size\",\"first_build_and_start_ms\":$first_ms,${result#\{}"
  echo "$line" | tee -a "$OUT/save-to-served.jsonl"
  kill $pid; wait $pid 2>/dev/null || true
  trap - EXIT
done
