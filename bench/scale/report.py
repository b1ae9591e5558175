#!/usr/bin/env python3
"""The markdown report of bench/scale.sh from its run directory (time/*.txt from /usr/bin/time -v,
time/*.wall with start and end, results.tsv, load.txt, search-*.json, stages.txt).

Usage: report.py RUN_DIR N SEED RUNS COMMIT JAR
"""
import datetime
import glob
import json
import os
import re
import statistics
import sys


def measurements(run, key):
    """Per run of KEY: (wall s, cpu s, peak RSS kB, failed) sorted by run number."""
    rows = []
    for path in sorted(glob.glob(os.path.join(run, "time", f"{key}-*.wall")), key=lambda p: int(p.rsplit("-", 1)[1][:-5])):
        start, end = map(float, open(path).read().split())
        base = path[:-5]
        text = open(base + ".txt").read() if os.path.exists(base + ".txt") else ""
        grab = lambda label: float(re.search(re.escape(label) + r":\s*([\d.]+)", text).group(1)) if label in text else float("nan")
        rows.append((end - start, grab("User time (seconds)") + grab("System time (seconds)"),
                     grab("Maximum resident set size (kbytes)"), os.path.exists(base + ".failed")))
    return rows


def mb(kb):
    return f"{kb / 1024:,.0f} MB" if kb < 1024 * 1024 else f"{kb / 1048576:.2f} GB"


def size(b):
    b = float(b)
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if b >= scale:
            return f"{b / scale:,.1f} {unit}"
    return f"{b:.0f} B"


def main():
    run, n, seed, runs, commit, jar = sys.argv[1:7]
    n = int(n)
    notes = {}
    for line in open(os.path.join(run, "results.tsv"), encoding="utf-8"):
        k, v = line.rstrip("\n").split("\t", 1)
        notes[k] = v
    loads = [float(x) for x in open(os.path.join(run, "load.txt")).read().split()] if os.path.exists(os.path.join(run, "load.txt")) else []
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1))
    cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read())
    java = re.search(r'"([^"]+)"', os.popen("java -version 2>&1").read())
    hugo = os.popen("hugo version 2>/dev/null").read().split(" ")
    out = []
    w = out.append
    w(f"### {n:,} interview{'s' if n != 1 else ''} (seed {seed}), {notes.get('started') or format(datetime.datetime.now(datetime.timezone.utc), '%Y-%m-%d %H:%M')} UTC, commit {commit}")
    w("")
    load_text = (f"load average (1 min) sampled every 5 s during the run: min {min(loads):.1f}, median "
                 f"{statistics.median(loads):.1f}, max {max(loads):.1f}") if loads else "load average not sampled"
    w(f"Machine: {os.cpu_count()} cores ({cpu.group(1).strip() if cpu else 'unknown CPU'}), {mem_kb / 1048576:.1f} GB RAM, "
      f"shared with other engineers' builds and tests; {load_text}. Duidu: `java -jar {jar} build` "
      f"(Java {java.group(1) if java else '?'}), cold JVM, no flags "
      f"unless stated. Hugo {hugo[1] if len(hugo) > 1 else '–'}, "
      f"Pagefind 1.6.0 (`pagefind_extended`). "
      + (f"Median of {runs} runs (min–max in brackets)." if str(runs) != "0" else "One run (--xmx-only).")
      + (" The Duidu site sets `pinyinPages: false` (--no-pinyin): no pinyin editions." if notes.get("pinyin_pages") == "false" else ""))
    w("")

    def row(label, key, note=""):
        ms = measurements(run, key)
        if not ms:
            return None
        ok = [m for m in ms if not m[3]]
        if not ok:
            w(f"| {label} | failed (exit {open(glob.glob(os.path.join(run, 'time', key + '-*.failed'))[0]).read().strip()}) "
              f"after {ms[0][0]:.1f} s | | | {note} |")
            return None
        walls = [m[0] for m in ok]
        med = statistics.median(walls)
        spread = f" ({min(walls):.2f}–{max(walls):.2f})" if len(walls) > 1 else ""
        w(f"| {label} | {len(ok)} | **{med:.2f} s**{spread} | {statistics.median(m[1] for m in ok):.1f} s | "
          f"{mb(statistics.median(m[2] for m in ok))} (max {mb(max(m[2] for m in ok))}) | {note} |")
        return med, max(m[2] for m in ok), statistics.median(m[1] for m in ok)

    w("| build | runs | wall | CPU (user+sys) | peak RSS | note |")
    w("|---|---|---|---|---|---|")
    seed_row = row("Duidu, the repository's own seed site", "duidu-seed")
    cold = row("Duidu cold build", "duidu-cold", "output deleted before each run")
    xmx = row(f"Duidu cold build, -Xmx{notes.get('xmx', '')}", "duidu-xmx") if "xmx" in notes else None
    unchanged = row("Duidu rebuild, nothing changed", "duidu-unchanged", "into the same output")
    edited = row("Duidu rebuild, one seed edited", "duidu-one-edited", f"{notes.get('edited_seed', '')}: one paragraph added, a different one each run")
    row("Duidu rebuild, nothing changed, `./duidu` launcher", "duidu-launcher-unchanged", "with its class-data sharing archive (README)")
    row("Duidu rebuild, one seed edited, `./duidu` launcher", "duidu-launcher-one-edited", "the same seed, a different edit each run")
    row("Duidu clean build of the edited site", "duidu-clean-edited", "compared with the incremental output")
    hugo = row("Hugo", "hugo", "public/ deleted before each run; Hugo has no on-disk incremental build")
    pagefind = row("Pagefind", "pagefind", f"over Hugo's output; address space capped at {notes.get('pagefind_cap_gb', '?')} GB")
    ratio = None
    if cold and hugo and pagefind:
        peer = hugo[0] + pagefind[0]
        ratio = cold[0] / peer
        peer_cpu = hugo[2] + pagefind[2]
        w(f"| Hugo + Pagefind | | **{peer:.2f} s** | {peer_cpu:.1f} s | | sum of medians |")
    w("")
    if ratio is not None:
        w(f"**Ratio duidu / (Hugo + Pagefind), cold: {ratio:.2f}× wall**, {cold[2] / peer_cpu:.2f}× CPU"
          + (f"; one seed edited: {edited[0] / peer:.3f}× wall (the peers rebuild everything)" if edited else "")
          + (f"; nothing changed: {unchanged[0] / peer:.3f}× wall" if unchanged else "") + ".")
        w("")
    stages = open(os.path.join(run, "stages.txt"), encoding="utf-8").read().strip() if os.path.exists(os.path.join(run, "stages.txt")) else ""
    if stages:
        w(f"Stage split (Duidu's own report, last cold run): `{stages}`")
        w("")
    w("| issue 8 row | duidu build | peak RSS | Hugo | Pagefind | ratio to Hugo+Pagefind |")
    w("|---|---|---|---|---|---|")
    fmt = lambda m: f"{m[0]:.2f} s" if m else "–"
    w(f"| {n:,} | {fmt(cold)}" + (f" (-Xmx{notes['xmx']}: {fmt(xmx)}, {mb(xmx[1])})" if xmx else (" (-Xmx: failed)" if "xmx" in notes else ""))
      + f" | {mb(cold[1]) if cold else '–'} | {fmt(hugo)} | {fmt(pagefind)}{', ' + mb(pagefind[1]) + ' peak' if pagefind else ''} | "
      f"{f'{ratio:.2f}×' if ratio is not None else '–'} |")
    if seed_row:
        w(f"| 1 (the repository's seed) | {fmt(seed_row)} | {mb(seed_row[1])} | | | |")
    w("")
    w("| output | Duidu | Hugo + Pagefind |")
    w("|---|---|---|")
    g = lambda k: size(notes[k]) if k in notes else "–"
    w(f"| site | {g('site_bytes')} ({notes.get('site_files', '?')} files) | {g('hugo_bytes')} ({notes.get('hugo_files', '?')} files, before Pagefind) |")
    w(f"| search index | Lucene {g('index_bytes')}; static search files {g('static_search_bytes')} (inside site) | "
      f"Pagefind {g('pagefind_bytes')} ({notes.get('pagefind_files', '?')} files, stored gzip-compressed) |")
    disk = notes.get("out_disk") or notes.get("xmx_out_disk")
    if disk:
        w(f"| disk (du of the output directory: site, index, build cache; hard links counted once) | {disk} | |")
    searches = {}
    for who in ("duidu", "pagefind"):
        path = os.path.join(run, f"search-{who}.json")
        if os.path.exists(path):
            searches[who] = json.load(open(path))
    if searches:
        cell = lambda who: (f"{size(statistics.median(searches[who]['raw']))} raw, **{size(statistics.median(searches[who]['gzip']))} gzip**, "
                            f"{statistics.median(searches[who]['files']):.0f} files") if who in searches else "–"
        w(f"| bytes one search downloads (median of 8 queries, zh-Hans, everything but the HTML page) | {cell('duidu')} | {cell('pagefind')} |")
    w("")
    checks = []
    if "edited_found" in notes:
        checks.append(f"after the edit, `duidu search {notes.get('edited_word', '')}` finds the edited interview: "
                      f"{'yes' if notes['edited_found'] not in ('0', 'error') else 'NO'}")
    if "identical" in notes:
        checks.append(f"incremental site byte-identical to a clean build of the edited site (`diff -r`): {notes['identical']}")
    if checks:
        w("Checks: " + "; ".join(checks) + ".")
        w("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
