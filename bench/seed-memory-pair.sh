#!/bin/sh
# Two jars on the large-seed inputs of bench/seed-memory.sh (issue 9), interleaved in one run so that
# their ratios against the 12 KB peer can be compared: base and new on peer-12k and turns-1.3m, two
# rounds, then both 20 MB inputs with each jar, every build under -Xmx512m. Prints wall seconds, user CPU,
# peak RSS and exit code per build.
# Usage: bench/seed-memory-pair.sh BASE.jar NEW.jar WORKDIR   (WORKDIR: made by bench/seed-memory.sh)
set -eu
base=$1; new=$2; work=$3
run() { # jar tag input
  rm -rf "$work/$3-$2-out"
  /usr/bin/time -f "$2 $3: %e s wall, %U s user, %M KB peak RSS, exit %x" \
    java -Xmx512m -jar "$1" build --site "$work/$3" --out "$work/$3-$2-out" >/dev/null 2>"$work/$3-$2.err" || true
  tail -1 "$work/$3-$2.err"
}
for round in 1 2; do
  for s in peer-12k turns-1.3m; do
    run "$base" base $s
    run "$new" new $s
  done
done
for s in line-20m turns-20m; do
  run "$new" new $s
  run "$base" base $s
done
