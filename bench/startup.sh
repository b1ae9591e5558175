#!/bin/sh
# Cold start-up of the seed site (BENCHMARKS.md, "Start-up (stop 17)"): a cold `duidu build` of a site
# into an empty output, then a cold `duidu search` of its index, with `java -jar` and with the
# ./duidu launcher (AppCDS archive), for two Duidu checkouts, ROUNDS rounds interleaved.
#
#   bench/startup.sh BEFORE AFTER [ROUNDS] [SITE]
#
# BEFORE and AFTER are directories holding a launcher `duidu` and its `target/duidu.jar` (a checkout
# after `mvn -q -DskipTests package`, or a copy of those two files); SITE defaults to AFTER (this
# repository is itself a site). A launcher whose archive is missing makes it on a first, untimed run
# (a build of SITE, as a user's first run after a package would be).
# Prints one line per run (variant, mode, command, wall s, CPU s) and the medians.
set -eu
before=$(cd "$1" && pwd); after=$(cd "$2" && pwd); rounds=${3:-5}; site=$(cd "${4:-$2}" && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for dir in "$before" "$after"; do
    rm -rf "$work/warm"
    "$dir/duidu" build --site "$site" --out "$work/warm" >/dev/null 2>&1 # makes the archive if there is none (untimed)
done
timed() { # label command…: one line "label wall cpu"
    label=$1; shift
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>&1 || { echo "$label failed" >&2; exit 1; }
    awk -v l="$label" '{printf "%s\t%.2f\t%.2f\n", l, $1, $2 + $3}' "$work/t" | tee -a "$work/all"
}
i=0
while [ $i -lt "$rounds" ]; do
    i=$((i + 1))
    for name in before after; do
        dir=$before; [ $name = after ] && dir=$after
        for mode in jar launcher; do
            if [ $mode = jar ]; then run="java -jar $dir/target/duidu.jar"; else run="$dir/duidu"; fi
            rm -rf "$work/out"
            timed "$name $mode build" $run build --site "$site" --out "$work/out"
            timed "$name $mode search" $run search 营商环境 --index "$work/out/index"
        done
    done
done
echo "medians of $rounds (wall s, CPU s):"
python3 - "$work/all" <<'PY'
import sys, statistics, collections
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, wall, cpu = line.rstrip("\n").split("\t")
    runs[label].append((float(wall), float(cpu)))
for label, values in runs.items():
    print(f"{label}\t{statistics.median(w for w, _ in values):.2f}\t{statistics.median(c for _, c in values):.2f}")
PY
