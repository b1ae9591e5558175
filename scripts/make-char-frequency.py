#!/usr/bin/env python3
"""Derive src/main/resources/org/duidu/clean/char-frequency.tsv.

Input: jieba's dict.txt (MIT licence; from the Maven Central artifact com.huaban:jieba-analysis:1.0.2)
and OpenCC's TSCharacters.txt (Apache 2.0). Output: one line per character, `CHAR<TAB>RANK`, rank 0 =
most frequent, Traditional forms inheriting the rank of their Simplified form. The garble detector
uses it as a unigram language model; regenerate only when the sources change.

usage: make-char-frequency.py DICT_TXT TSCHARACTERS_TXT STCHARACTERS_TXT OUT_DIR
writes OUT_DIR/char-frequency.tsv and OUT_DIR/rare-words.txt (words of two or more rare characters,
in Simplified and in character-level Traditional, which the detector must not take for mojibake).
"""
import collections, sys

freq = collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.split()
    if len(parts) < 2:
        continue
    for ch in parts[0]:
        if "\u3400" <= ch <= "\u9fff":
            freq[ch] += int(parts[1])
rank = {c: i for i, (c, _) in enumerate(freq.most_common())}
for line in open(sys.argv[2], encoding="utf-8"):
    cols = line.rstrip("\n").split("\t")
    if len(cols) < 2:
        continue
    trad, simp = cols[0], cols[1].split(" ")[0]
    if simp in rank:
        rank[trad] = min(rank.get(trad, 1 << 30), rank[simp])
import os
RARE = 2000  # keep in step with rareRank in garble-rules.properties
out = sys.argv[4]
with open(os.path.join(out, "char-frequency.tsv"), "w", encoding="utf-8") as f:
    f.write("# char\trank (0 = most frequent); derived by scripts/make-char-frequency.py from jieba dict.txt (MIT) and OpenCC TSCharacters.txt (Apache-2.0)\n")
    for ch, r in sorted(rank.items(), key=lambda kv: (kv[1], kv[0])):
        f.write(f"{ch}\t{r}\n")
to_trad = {}
for line in open(sys.argv[3], encoding="utf-8"):
    cols = line.rstrip("\n").split("\t")
    if len(cols) >= 2:
        to_trad[cols[0]] = cols[1].split(" ")[0]
words = set()
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.split()
    if len(parts) < 2 or int(parts[1]) < 3:
        continue
    w = parts[0]
    if len(w) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in w):
        continue
    if sum(1 for c in w if rank.get(c, 1 << 30) > RARE) >= 2:
        words.add(w)
        words.add("".join(to_trad.get(c, c) for c in w))
with open(os.path.join(out, "rare-words.txt"), "w", encoding="utf-8") as f:
    f.write("# words of two or more rare characters (rank > %d), Simplified and character-level Traditional;\n" % RARE)
    f.write("# derived by scripts/make-char-frequency.py from jieba dict.txt (MIT) and OpenCC STCharacters.txt (Apache-2.0)\n")
    for w in sorted(words):
        f.write(w + "\n")
