#!/usr/bin/env bash
# Lighthouse 12 over the reference site, as a reader's browser gets it from a static host.
#
#   scripts/lighthouse.sh            # mobile (Lighthouse's default: Moto G Power, slow 4G, 4x CPU throttling)
#   PRESET=desktop scripts/lighthouse.sh
#   PROJECT=/tmp/archive PAGES="zh-Hans/page/2.html …" scripts/lighthouse.sh   # another site project, other pages
#   ARCHIVE=1 scripts/lighthouse.sh  # the 45-interview test archive (ArchiveFixture): every list page type and
#                                    # search with filters, both editions (PAGES= still picks others)
#
# Builds the site with a base URL pointing at a local server (so canonical and hreflang links are
# absolute, as on a real deployment), serves it on 127.0.0.1, runs Lighthouse on the landing,
# reading, parallel and search pages of both editions, prints the four category scores and exits 1
# if any is below MIN (default 95). Reports (JSON and HTML) go to target/lighthouse/.
# Needs: Java 17, Maven, python3 (static server), node/npm, chromium. Lighthouse itself is installed
# with npm into LH_DIR (default /tmp/duidu-lighthouse), never into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MIN=${MIN:-95}
PRESET=${PRESET:-mobile}
LH_DIR=${LH_DIR:-/tmp/duidu-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
OUT="$ROOT/target/lighthouse"
SLUG=${SLUG:-000_8e6aaae491def166}

if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LH_DIR"
  (cd "$LH_DIR" && npm init -y >/dev/null && npm install --no-audit --no-fund lighthouse@12.2.3 >/dev/null)
fi
[ -f target/duidu.jar ] || mvn -B -q -DskipTests package

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
WORK=$(mktemp -d)
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -n "${ARCHIVE:-}" ]; then
  # the archive the tests build (src/test/java/org/duidu/ArchiveFixture.java), written by its main method
  [ -f target/test-classes/org/duidu/ArchiveFixture.class ] || mvn -B -q test-compile
  PROJECT=$(java -cp target/test-classes org.duidu.ArchiveFixture "$WORK/archive")
  if [ -z "${PAGES:-}" ]; then
    # term file names are the zh-Hans form in both editions; search: a common word with one filter and date
    # order, and with two chosen filters (a person and a tag), in the edition's own script
    PAGES=""
    for e in zh-Hans zh-Hant; do
      if [ $e = zh-Hans ]; then we=我们 person=黄海 tag=经济; else we=我們 person=黃海 tag=經濟; fi
      for p in page/2.html people/index.html people/王丽.html sources/index.html sources/新华社.html years/index.html \
               years/2021.html tags/index.html tags/经济.html "search.html?q=$we&year=2022&sort=date" "search.html?q=$we&person=$person&tag=$tag"; do
        PAGES="$PAGES $(node -e 'console.log(encodeURI(process.argv[1]))' "$e/$p")"
      done
    done
  fi
fi
mkdir -p "$WORK/project"
# PROJECT=DIR builds another site project instead (e.g. the test archive that ArchiveFixture writes)
for d in seeds templates site-assets pages; do
  if [ -d "${PROJECT:-.}/$d" ]; then cp -r "${PROJECT:-.}/$d" "$WORK/project/"; fi
done
if [ -n "${PROJECT:-}" ] && [ -f "$PROJECT/duidu.yaml" ]; then grep -v '^baseUrl:' "$PROJECT/duidu.yaml" > "$WORK/project/duidu.yaml"; fi
printf 'baseUrl: http://127.0.0.1:%s/\n' "$PORT" >> "$WORK/project/duidu.yaml"
java -jar target/duidu.jar build --site "$WORK/project" --out "$WORK/out" >/dev/null 2>&1
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$WORK/out/site" >/dev/null 2>&1 &
SERVER=$!
for _ in $(seq 50); do
  if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/index.html')" 2>/dev/null; then break; fi
  sleep 0.2
done

mkdir -p "$OUT"
# PAGES="a.html b.html" runs only those
# (the search pages with a query, so that search.js loads the index and writes results: 营商环境 / 營商環境)
read -r -a PAGES <<< "${PAGES:-index.html zh-Hans/$SLUG.html zh-Hant/$SLUG.html zh-Hans/parallel/$SLUG.html zh-Hant/parallel/$SLUG.html zh-Hans/search.html?q=%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83 zh-Hant/search.html?q=%E7%87%9F%E5%95%86%E7%92%B0%E5%A2%83}"
PRESET_FLAG=()
if [ "$PRESET" = desktop ]; then PRESET_FLAG=(--preset=desktop); fi
FAIL=0
# cpu: Lighthouse's benchmarkIndex of the machine during that run. Its CPU throttling multiplies the tasks'
# observed durations, so a loaded machine (an index below about 1000) lowers performance through TBT and LCP
printf '%-45s %6s %6s %6s %6s %6s\n' "page ($PRESET)" perf a11y bp seo cpu
for page in "${PAGES[@]}"; do
  name=$(echo "${page%%\?*}" | tr '/' '_' | sed 's/\.html$//')-$PRESET
  # pages that differ only in their query (search with filters) get reports of their own
  if [ "$page" != "${page%%\?*}" ]; then name="$name-$(printf '%s' "${page#*\?}" | md5sum | cut -c1-8)"; fi
  "$LH_DIR/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/$page" --quiet \
    --only-categories=performance,accessibility,best-practices,seo "${PRESET_FLAG[@]}" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage" \
    --output=json --output=html --output-path="$OUT/$name" >/dev/null 2>&1 || true
  if [ ! -f "$OUT/$name.report.json" ]; then
    echo "$page: Lighthouse failed to run"; FAIL=1; continue
  fi
  line=$(node -e '
    const r = require(process.argv[1]);
    const s = ["performance", "accessibility", "best-practices", "seo"].map(c => Math.round(r.categories[c].score * 100));
    console.log(s.join(" ") + " " + Math.round(r.environment.benchmarkIndex));' "$OUT/$name.report.json")
  read -r perf a11y bp seo cpu <<< "$line"
  label=$(node -e 'console.log(decodeURIComponent(process.argv[1]))' "$page")
  printf '%-45s %6s %6s %6s %6s %6s\n' "$label" "$perf" "$a11y" "$bp" "$seo" "$cpu"
  for s in $perf $a11y $bp $seo; do
    if [ "$s" -lt "$MIN" ]; then FAIL=1; fi
  done
done
if [ "$FAIL" -ne 0 ]; then
  echo "some score is below $MIN (reports in $OUT)"; exit 1
fi
echo "all scores >= $MIN (reports in $OUT)"
