#!/usr/bin/env bash
# Load on `duidu serve` while it rebuilds (issue 10): wrk, DURATION (30 s) at 64 connections, on a
# reading page and then on /api/search, while four rebuilds happen (the seed is edited four times,
# evenly through the run). check.lua counts non-2xx answers and answers that are not whole.
# Usage: bench/serve/wrk.sh [SIZE]  (SIZE: seed (default) or a number of interviews, see corpus.sh)
# Needs wrk (apt-get install -y wrk) and target/duidu.jar. Results: target/serve-bench/wrk-*.txt
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
[ -f target/duidu.jar ] || mvn -q -B -o -DskipTests package
SIZE="${1:-seed}"; DURATION="${DURATION:-30}"
OUT="$ROOT/target/serve-bench"; mkdir -p "$OUT"
site="$OUT/wrk-site-$SIZE"; log="$OUT/wrk-serve-$SIZE.log"
bash bench/serve/corpus.sh "$SIZE" "$site"
if [ "$SIZE" = seed ]; then slug=000_8e6aaae491def166; else slug=i00001; fi
seed="$site/seeds/$slug.txt"
java ${JAVA_OPTS:--Xmx2g} -jar target/duidu.jar serve --site "$site" --out "$OUT/wrk-out-$SIZE" --port 0 > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until grep -q '^Serving ' "$log"; do kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; sleep 0.2; done
port=$(grep -o '^Serving .* at http://127.0.0.1:[0-9]*' "$log" | grep -o '[0-9]*$')
base="http://127.0.0.1:$port"
q=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("營商環境"))')
original="$(cat "$seed")"
for target in "/zh-Hant/$slug.html" "/api/search?q=$q&edition=zh-Hant"; do
  name=$( [ "${target#/api}" != "$target" ] && echo search || echo page )
  builds_before=$(grep -c '^Built ' "$log" || true)
  ( step=$(( DURATION / 5 )); for i in 1 2 3 4; do sleep "$step"
      printf '%s' "${original/護林員/守林人$i}" > "$seed"; done ) &
  editor=$!
  wrk -t2 -c64 -d"${DURATION}s" --latency -s bench/serve/check.lua "$base$target" | tee "$OUT/wrk-$SIZE-$name.txt"
  wait $editor
  sleep 3
  builds=$(( $(grep -c '^Built ' "$log") - builds_before ))
  printf '%s' "$original" > "$seed"; sleep 5 # back to the seed, outside the measurement
  echo "REBUILDS during the $name run: $builds (failed: $(grep -c 'Serving the last good build' "$log" || true))" | tee -a "$OUT/wrk-$SIZE-$name.txt"
done
kill $pid; wait $pid 2>/dev/null || true
