#!/usr/bin/env python3
"""Derive src/main/resources/org/duidu/clean/char-frequency.tsv.

Input: jieba's dict.txt (MIT licence; from the Maven Central artifact com.huaban:jieba-analysis:1.0.2)
and OpenCC's TSCharacters.txt (Apache 2.0). Output: one line per character, `CHAR<TAB>RANK`, rank 0 =
most frequent, Traditional forms inheriting the rank of their Simplified form. The garble detector
uses it as a unigram language model; regenerate only when the sources change.

usage: make-char-frequency.py DICT_TXT TSCHARACTERS_TXT > char-frequency.tsv
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
print("# char\trank (0 = most frequent); derived by scripts/make-char-frequency.py from jieba dict.txt (MIT) and OpenCC TSCharacters.txt (Apache-2.0)")
for ch, r in sorted(rank.items(), key=lambda kv: (kv[1], kv[0])):
    print(f"{ch}\t{r}")
