#!/usr/bin/env bash
# Archive-scale benchmark (issue 8): N generated interviews of real text built by Duidu and, on the
# same content, by Hugo (Debian `hugo`) + Pagefind (npm `pagefind`, its pagefind_extended binary).
#
#   bench/scale.sh N [--seed S] [--runs R] [--xmx SIZE] [--xmx-only] [--no-pinyin] [--duidu-only] [--no-identical] [--work DIR]
#
#   N               interviews (about 10 KB and 25 paragraphs each)
#   --seed S        corpus seed number (default 1); a corpus is a function of (N, S) alone
#   --runs R        timed cold runs of each tool (default 3), in rounds; medians are reported
#   --inc-runs K    timed Duidu rebuilds (nothing changed; one seed edited) (default: R)
#   --xmx SIZE      also one Duidu cold build under -XmxSIZE (default: 512m when N >= 10000)
#   --xmx-only      only the cold build under -Xmx (no unflagged builds, no rebuilds): completion under
#                   a bounded heap, for 100,000 interviews
#   --no-pinyin     the Duidu site sets pinyinPages: false (no pinyin editions: 4 of 11 pages an interview,
#                   ~60% of the bytes; 100,000 interviews with them need ~85 GB of disk)
#   --duidu-only    no Hugo, Pagefind or browser (for 100,000 interviews)
#   --no-identical  skip the clean build that checks the incremental result byte for byte
#   --work DIR      corpora and outputs (default /tmp/duidu-bench; never inside the repository)
#
# Environment: DUIDU_JAR (default target/duidu.jar) and DUIDU_COMMIT (what it was built from), BENCH_CACHE (default ~/.cache/duidu-bench: the
# npm packages and the text pool), PAGEFIND_MEM_GB (address-space cap for Pagefind, default 60% of
# RAM: the machine is shared and Pagefind's memory grows with the corpus).
#
# Text comes from the npm package chinese-poetry@2.0.1 (`npm pack`, into the cache); nothing is
# downloaded into or written inside the repository except bench/results/scale-N.md.
set -euo pipefail

die() { echo "scale.sh: $*" >&2; exit 2; }

REPO="$(cd "$(dirname "$0")/.." && pwd)"
HERE="$REPO/bench/scale"
N=""
SEED=1
RUNS=3
INC_RUNS=""
XMX=""
DUIDU_ONLY=0
XMX_ONLY=0
NO_PINYIN=0
IDENTICAL=1
WORK=/tmp/duidu-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) SEED="${2:?--seed needs a number}"; shift 2 ;;
    --runs) RUNS="${2:?--runs needs a number}"; shift 2 ;;
    --inc-runs) INC_RUNS="${2:?--inc-runs needs a number}"; shift 2 ;;
    --xmx) XMX="${2:?--xmx needs a size, e.g. 512m}"; shift 2 ;;
    --duidu-only) DUIDU_ONLY=1; shift ;;
    --xmx-only) XMX_ONLY=1; DUIDU_ONLY=1; shift ;;
    --no-pinyin) NO_PINYIN=1; shift ;;
    --no-identical) IDENTICAL=0; shift ;;
    --work) WORK="${2:?--work needs a directory}"; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) [ -z "$N" ] || die "one N only"; N="$1"; shift ;;
  esac
done
[[ "$N" =~ ^[1-9][0-9]*$ ]] || die "usage: bench/scale.sh N [--seed S] [--runs R] … (N: a positive number of interviews)"
[[ "$SEED" =~ ^[0-9]+$ ]] || die "--seed: not a number: $SEED"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs: not a positive number: $RUNS"
[ -n "$INC_RUNS" ] || INC_RUNS="$RUNS"
[[ "$INC_RUNS" =~ ^[1-9][0-9]*$ ]] || die "--inc-runs: not a positive number: $INC_RUNS"
if [ -z "$XMX" ] && [ "$N" -ge 10000 ]; then XMX=512m; fi
[ "$XMX_ONLY" = 0 ] || [ -n "$XMX" ] || die "--xmx-only needs --xmx SIZE (or N >= 10000)"

JAR="${DUIDU_JAR:-$REPO/target/duidu.jar}"
CACHE="${BENCH_CACHE:-$HOME/.cache/duidu-bench}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
case "$WORK/" in "$REPO"/*) die "--work $WORK is inside the repository; choose a directory outside it" ;; esac
case "$CACHE/" in "$REPO"/*) die "BENCH_CACHE $CACHE is inside the repository" ;; esac

need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found: $2"; }
need java "install a Java 17 runtime"
need python3 "install python3"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (peak RSS): apt-get install -y time"
[ -f "$JAR" ] || die "$JAR not found: build it with mvn -q -o -DskipTests package (or set DUIDU_JAR)"
need npm "install npm (apt-get install -y npm): the text comes from the npm package chinese-poetry@2.0.1"
if [ "$DUIDU_ONLY" = 0 ]; then
  need hugo "apt-get install -y hugo (or run with --duidu-only)"
  need chromium "apt-get install -y chromium chromium-driver fonts-noto-cjk: bytes a search downloads (or --duidu-only)"
  need chromedriver "apt-get install -y chromium-driver: bytes a search downloads (or run with --duidu-only)"
fi

# ---- text and tools, cached outside the repository ----
mkdir -p "$CACHE"
DIST="$CACHE/chinese-poetry-2.0.1/package/dist"
if [ ! -f "$DIST/mengxue/guwenguanzhi.json" ]; then
  echo "fetching chinese-poetry@2.0.1 into $CACHE" >&2
  (cd "$CACHE" && npm pack --silent chinese-poetry@2.0.1 >/dev/null) || die "npm pack chinese-poetry@2.0.1 failed"
  rm -rf "$CACHE/chinese-poetry-2.0.1" && mkdir -p "$CACHE/chinese-poetry-2.0.1"
  tar -xzf "$CACHE/chinese-poetry-2.0.1.tgz" -C "$CACHE/chinese-poetry-2.0.1"
fi
PAGEFIND="$CACHE/npm/node_modules/@pagefind/linux-x64/bin/pagefind_extended"
if [ "$DUIDU_ONLY" = 0 ] && [ ! -x "$PAGEFIND" ]; then
  echo "installing pagefind@1.6.0 into $CACHE/npm" >&2
  mkdir -p "$CACHE/npm"
  npm install --silent --prefix "$CACHE/npm" pagefind@1.6.0 >/dev/null || die "npm install pagefind@1.6.0 failed"
  [ -x "$PAGEFIND" ] || die "pagefind_extended not found in $CACHE/npm (only linux-x64 is supported)"
fi
# Selenium drives Chromium for the bytes a search downloads: Debian's python3-selenium when it is
# installed (a machine without PyPI), else selenium from PyPI in a venv in the cache.
BROWSER_PY="$CACHE/venv/bin/python"
if [ "$DUIDU_ONLY" = 0 ] && ! "$BROWSER_PY" -c 'import selenium' 2>/dev/null; then
  if /usr/bin/python3 -c 'import selenium' 2>/dev/null; then
    BROWSER_PY=/usr/bin/python3
  else
    echo "installing selenium 4.50.0 into $CACHE/venv" >&2
    python3 -m venv "$CACHE/venv" || die "python3 -m venv failed (apt-get install -y python3-venv)"
    "$CACHE/venv/bin/pip" install -q selenium==4.50.0 \
      || die "pip install selenium==4.50.0 failed (without PyPI: apt-get install -y python3-selenium)"
  fi
fi
# The pool (one text unit a line) depends on the generator's code: its hash names the cache files.
KEY="$(sha256sum "$HERE/gen.py" | cut -c1-12)"
POOL="$CACHE/pool-$KEY"
if [ ! -f "$POOL-hans.txt" ]; then
  python3 "$HERE/gen.py" pool "$DIST" "$POOL-hant.txt" "$POOL.json"
  mkdir -p "$CACHE/empty-site"
  java -jar "$JAR" convert --site "$CACHE/empty-site" --to zh-Hans "$POOL-hant.txt" > "$POOL-hans.tmp"
  mv "$POOL-hans.tmp" "$POOL-hans.txt"
fi

# ---- the corpus (generated once per N, seed and generator) ----
CORPUS="$WORK/corpus-$N-s$SEED-$KEY"
if [ ! -f "$CORPUS/.complete" ] || { [ "$DUIDU_ONLY" = 0 ] && [ ! -d "$CORPUS/hugo/content" ]; }; then
  rm -rf "$CORPUS"
  mkdir -p "$CORPUS"
  HUGO_FLAG=""; [ "$DUIDU_ONLY" = 1 ] && HUGO_FLAG=--no-hugo
  python3 "$HERE/gen.py" corpus "$POOL-hant.txt" "$POOL-hans.txt" "$POOL.json" "$N" "$SEED" "$CORPUS" $HUGO_FLAG
  [ "$DUIDU_ONLY" = 1 ] || cp -r "$HERE/hugo/." "$CORPUS/hugo/"
  touch "$CORPUS/.complete"
fi
RUN="$WORK/run-$N"
rm -rf "$RUN"
mkdir -p "$RUN/time" "$RUN/log"
RESULTS="$RUN/results.tsv"
: > "$RESULTS"
note() { printf '%s\t%s\n' "$1" "$2" >> "$RESULTS"; }
note started "$(date -u '+%Y-%m-%d %H:%M')"

# The machine is shared: sample the load average every 5 s during the whole run.
( while :; do cut -d' ' -f1 /proc/loadavg >> "$RUN/load.txt"; sleep 5; done ) &
SAMPLER=$!
trap 'kill "$SAMPLER" 2>/dev/null || true' EXIT

# timed KEY RUN CMD…: wall/CPU/peak RSS of CMD into $RUN/time/KEY-RUN.txt, its output into log/.
# A failure is recorded (KEY-RUN.failed) and returned, so a caller can decide whether it is fatal.
timed() {
  local key="$1" run="$2"; shift 2
  local start end rc=0
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$RUN/time/$key-$run.txt" "$@" > "$RUN/log/$key-$run.out" 2> "$RUN/log/$key-$run.err" || rc=$?
  end=$(date +%s.%N)
  echo "$start $end" > "$RUN/time/$key-$run.wall"
  printf '  %-22s run %s: %6.2f s%s\n' "$key" "$run" "$(echo "$end - $start" | bc)" "$([ $rc = 0 ] || echo "  FAILED (exit $rc)")" >&2
  if [ $rc != 0 ]; then
    echo "$rc" > "$RUN/time/$key-$run.failed"
    tail -5 "$RUN/log/$key-$run.err" >&2 || true
  fi
  return $rc
}
must() { "$@" || die "$1 $2 failed; logs in $RUN/log"; }

OUT="$RUN/duidu-out"
SITE_IN="$CORPUS/duidu"
# the site's one setting: with or without the pinyin editions (the corpus is the same either way)
if [ "$NO_PINYIN" = 1 ]; then
  printf 'pinyinPages: false\n' > "$SITE_IN/duidu.yaml"
  note pinyin_pages false
else
  rm -f "$SITE_IN/duidu.yaml"
fi
if [ "$N" = 1 ]; then
  echo "Duidu: the repository's own site (the seed), cold builds" >&2
  for r in $(seq 1 "$RUNS"); do
    rm -rf "$RUN/seed-out"
    must timed duidu-seed "$r" java -jar "$JAR" build --site "$REPO" --out "$RUN/seed-out"
  done
  rm -rf "$RUN/seed-out"
fi
# Cold builds, in rounds (Duidu, Hugo, Pagefind) so that the peers see the same load as Duidu.
H="$CORPUS/hugo"
PAGEFIND_OK=$(( 1 - DUIDU_ONLY ))
if [ "$DUIDU_ONLY" = 0 ]; then
  MEM_KB=$(awk '/MemTotal/ {print $2}' /proc/meminfo)
  CAP_GB="${PAGEFIND_MEM_GB:-$(( MEM_KB * 6 / 10 / 1048576 ))}"
  note pagefind_cap_gb "$CAP_GB"
fi
if [ "$XMX_ONLY" = 1 ]; then
  echo "One cold build of $N interviews under -Xmx$XMX" >&2
  rm -rf "$OUT"
  sync
  timed duidu-xmx 1 java "-Xmx$XMX" -jar "$JAR" build --site "$SITE_IN" --out "$OUT" || true
  note xmx "$XMX"
  grep -h '^Built ' "$RUN/log/duidu-xmx-1.out" | head -1 > "$RUN/stages.txt" || true
  if [ ! -f "$RUN/time/duidu-xmx-1.failed" ]; then
    note site_bytes "$(du -sbD "$OUT/site" | cut -f1)"
    note site_files "$(find -H "$OUT/site" -type f | wc -l)"
    note index_bytes "$(du -sbD "$OUT/index" | cut -f1)"
    note static_search_bytes "$(du -sbD "$OUT/site/search" | cut -f1)"
    note xmx_out_disk "$(du -sh "$OUT" | cut -f1)"
  fi
  RUNS=0; INC_RUNS=0; IDENTICAL=0; XMX=""
fi
[ "$RUNS" = 0 ] || echo "Cold builds of $N interviews: Duidu (no JVM flags)$([ "$DUIDU_ONLY" = 1 ] || echo ", Hugo, Pagefind (address space capped at $CAP_GB GB)")" >&2
for r in $(seq 1 "$RUNS"); do
  rm -rf "$OUT"
  sync
  must timed duidu-cold "$r" java -jar "$JAR" build --site "$SITE_IN" --out "$OUT"
  if [ "$DUIDU_ONLY" = 0 ]; then
    rm -rf "$H/public" "$H/resources"
    sync
    must timed hugo "$r" hugo --quiet --source "$H"
    if [ "$r" = 1 ]; then
      note hugo_bytes "$(du -sb "$H/public" | cut -f1)"
      note hugo_files "$(find "$H/public" -type f | wc -l)"
    fi
    if [ "$PAGEFIND_OK" = 1 ]; then
      sync
      (ulimit -v $(( CAP_GB * 1048576 )); timed pagefind "$r" "$PAGEFIND" --site "$H/public") || PAGEFIND_OK=0
    fi
  fi
done
if [ "$XMX_ONLY" = 0 ]; then
grep -h '^Built ' "$RUN/log/duidu-cold-$RUNS.out" | head -1 > "$RUN/stages.txt" || true
# OUT/site and OUT/index may be symlinks into a generation directory: sizes follow them (du -D,
# find -H); du over OUT counts hard-linked files once, which is what the disk holds.
note site_bytes "$(du -sbD "$OUT/site" | cut -f1)"
note site_files "$(find -H "$OUT/site" -type f | wc -l)"
note index_bytes "$(du -sbD "$OUT/index" | cut -f1)"
note static_search_bytes "$(du -sbD "$OUT/site/search" | cut -f1)"
note out_disk "$(du -sh "$OUT" | cut -f1)"
fi
if [ "$PAGEFIND_OK" = 1 ]; then
  note pagefind_bytes "$(du -sb "$H/public/pagefind" | cut -f1)"
  note pagefind_files "$(find "$H/public/pagefind" -type f | wc -l)"
fi

# Bytes a search downloads: the same 8 queries on Duidu's zh-Hans search page and on a page using
# Pagefind's JS API that loads the first 10 results' data, as Pagefind's default UI does.
QUERIES=(明月 春风 故人 长安 白云 天下 君子 黄河)
if [ "$DUIDU_ONLY" = 0 ]; then
  echo "Bytes per search (Chromium), ${#QUERIES[@]} queries: Duidu's search page" >&2
  "$BROWSER_PY" "$HERE/search_bytes.py" "$OUT/site" zh-Hans/search.html "${QUERIES[@]}" > "$RUN/search-duidu.json" \
    || die "measuring Duidu's search page failed"
  if [ "$PAGEFIND_OK" = 1 ]; then
    echo "Bytes per search (Chromium): Pagefind" >&2
    cp "$HERE/pagefind-search.html" "$H/public/zh-hans/pagefind-search.html"
    "$BROWSER_PY" "$HERE/search_bytes.py" "$H/public" zh-hans/pagefind-search.html "${QUERIES[@]}" > "$RUN/search-pagefind.json" \
      || die "measuring Pagefind's search failed"
  fi
fi

if [ "$XMX_ONLY" = 0 ]; then
echo "Duidu: rebuilds into the same output" >&2
for r in $(seq 1 "$INC_RUNS"); do
  must timed duidu-unchanged "$r" java -jar "$JAR" build --site "$SITE_IN" --out "$OUT"
done
# One seed edited: a new paragraph with a word found nowhere else, a different one each run.
WIDTH=$(( ${#N} > 6 ? ${#N} : 6 ))   # gen.py's file names
EDITED="$(printf "%0${WIDTH}d" $((N / 2)))"
cp "$SITE_IN/seeds/$EDITED.txt" "$RUN/seed-original.txt"
restore_seed() { cp "$RUN/seed-original.txt" "$SITE_IN/seeds/$EDITED.txt"; }
trap 'restore_seed; kill "$SAMPLER" 2>/dev/null || true' EXIT
WORDS=(甲 乙 丙 丁 戊 己 庚 辛 壬 癸)
for r in $(seq 1 "$INC_RUNS"); do
  MARK="對讀基準校驗${WORDS[$(( (r - 1) % 10 ))]}號"
  restore_seed
  printf '\n對讀基準新增一段：%s。\n' "$MARK" >> "$SITE_IN/seeds/$EDITED.txt"
  must timed duidu-one-edited "$r" java -jar "$JAR" build --site "$SITE_IN" --out "$OUT"
done
java -jar "$JAR" search "$MARK" --index "$OUT/index" --json > "$RUN/search-edited.json" 2>&1 || true
# The same rebuilds through the ./duidu launcher (README: the fast way to run Duidu), whose class-data
# sharing archive sits beside the jar; a first, untimed run makes it when it is missing or older.
LAUNCH=(env DUIDU_JAR="$JAR" "$REPO/duidu")
"${LAUNCH[@]}" build --site "$SITE_IN" --out "$OUT" > "$RUN/log/launcher-warm.out" 2>&1 || die "the launcher's first run failed"
for r in $(seq 1 "$INC_RUNS"); do
  must timed duidu-launcher-unchanged "$r" "${LAUNCH[@]}" build --site "$SITE_IN" --out "$OUT"
done
for r in $(seq 1 "$INC_RUNS"); do
  restore_seed
  printf '\n對讀基準新增一段：%s（啟動器）。\n' "$MARK" >> "$SITE_IN/seeds/$EDITED.txt"
  [ $((r % 2)) = 0 ] && printf '對讀基準再加一段。\n' >> "$SITE_IN/seeds/$EDITED.txt"
  must timed duidu-launcher-one-edited "$r" "${LAUNCH[@]}" build --site "$SITE_IN" --out "$OUT"
done
# back to the last java -jar edit, built once more (untimed): the clean build below is compared with it
restore_seed
printf '\n對讀基準新增一段：%s。\n' "$MARK" >> "$SITE_IN/seeds/$EDITED.txt"
java -jar "$JAR" build --site "$SITE_IN" --out "$OUT" > "$RUN/log/back-to-edit.out" 2>&1 || die "the rebuild after the launcher's runs failed"
note edited_seed "seeds/$EDITED.txt"
note edited_word "$MARK"
note edited_found "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(1 for h in d["hits"] if h["interview"].endswith(sys.argv[2])))' "$RUN/search-edited.json" "$EDITED" 2>/dev/null || echo error)"
if [ "$IDENTICAL" = 1 ]; then
  echo "Duidu: clean build of the edited site, compared with the incremental one" >&2
  must timed duidu-clean-edited 1 java -jar "$JAR" build --site "$SITE_IN" --out "$RUN/duidu-clean"
  if diff -rq "$OUT/site" "$RUN/duidu-clean/site" > "$RUN/identical.txt" 2>&1; then
    note identical yes
  else
    note identical "no: $(wc -l < "$RUN/identical.txt") differences, e.g. $(head -1 "$RUN/identical.txt")"
  fi
  rm -rf "$RUN/duidu-clean"
fi
restore_seed
fi

if [ -n "$XMX" ]; then
  echo "Duidu: one cold build under -Xmx$XMX" >&2
  rm -rf "$OUT"
  sync
  timed duidu-xmx 1 java "-Xmx$XMX" -jar "$JAR" build --site "$SITE_IN" --out "$OUT" || true
  note xmx "$XMX"
  note xmx_out_disk "$(du -sh "$OUT" 2>/dev/null | cut -f1)"
fi
rm -rf "$OUT"

kill "$SAMPLER" 2>/dev/null || true
mkdir -p "$REPO/bench/results"
if [ -n "${DUIDU_COMMIT:-}" ]; then COMMIT="$DUIDU_COMMIT"
elif [ -n "${DUIDU_JAR:-}" ]; then COMMIT="unknown (DUIDU_JAR=$JAR; set DUIDU_COMMIT)"
else COMMIT="$(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- src pom.xml || echo ' + local changes')"
fi
python3 "$HERE/report.py" "$RUN" "$N" "$SEED" "$RUNS" "$COMMIT" "$JAR" | tee "$REPO/bench/results/scale-$N.md"
echo "written: bench/results/scale-$N.md (work files: $RUN)" >&2
