#!/usr/bin/env python3
"""Corpus generator of bench/scale.sh (issue 8): N interviews of real text, as a Duidu site project
and as the same content in a two-language Hugo site.

Text: Tang poems (quantangshi/poet.tang.*.json) and 古文觀止 prose (mengxue/guwenguanzhi.json) from the
npm package chinese-poetry@2.0.1 (MIT), unpacked by scale.sh outside the repository. The package's
text is Traditional. Its Simplified form (for the Hugo peer's zh-Hans pages) is the same pool run once
through `duidu convert --to zh-Hans` and cached beside the package; both pools are line-aligned, so
every interview is drawn once (by index) and written in both scripts.

Every interview i depends only on (seed, i) and the pool, so a corpus is deterministic for a seed and
a larger corpus contains the smaller ones. About 10 KB (UTF-8) and 25 paragraphs per interview: a lead,
then six sections of a 記者： question and a named interviewee's answer of three paragraphs, every
other answer with numbered points (一是…, 二是…).

Usage:
  gen.py pool   PACKAGE_DIST_DIR POOL_HANT_TXT POOL_JSON      (extract the Traditional pool)
  gen.py corpus POOL_HANT POOL_HANS POOL_JSON N SEED OUT_DIR [--no-hugo]
"""
import datetime
import json
import os
import random
import re
import sys

CJK = re.compile(r"^[\u4e00-\u9fff，。？！；、“”]+$")
NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
TITLE = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
# A line that starts like a turn label ("公曰：") would become a speaker: Duidu's parser sees a label
# in up to 12 non-punctuation characters before a colon. Prose colons become commas.
COLON = re.compile(r"[:：]")

# Fixed phrases, in Traditional; they go through the same conversion as the text ({} are slots).
TEMPLATES = {
    "lead": "{date}，本刊記者就唐詩與古文的閱讀，採訪了{name}。以下是訪談的主要內容。",
    "questions": [
        "{name}先生，您怎樣理解《{title}》裏「{line}」這一句？",
        "很多讀者喜歡《{title}》，您認為這首詩最值得細讀的地方在哪裏？",
        "您曾說「{line}」寫出了詩人的心境，能否具體談談？",
        "古文和唐詩在今天的閱讀中各有甚麼價值，我們應當怎樣讀《{title}》？",
        "對於初學者，您有哪些建議，比如從「{line}」這樣的句子入手嗎？",
        "最後，請您談談下一步的研究計劃，還會繼續整理《{title}》一類的作品嗎？",
    ],
    "answer": "我想先從原文說起。",
    "points": ["一是", "二是", "三是"],
    "headline": "{name}談《{title}》：唐詩與古文對讀",
    "source": "對讀月刊",
    "asks": "記者",
}


def pool(dist, out_txt, out_json):
    """Writes the Traditional pool, one unit a line, and its layout (counts per kind)."""
    names, titles, lines, prose = [], [], [], []
    seen_names = set()
    for author in json.load(open(os.path.join(dist, "quantangshi", "authors.tang.json"), encoding="utf-8")):
        n = author["name"]
        if NAME.match(n) and n not in seen_names:
            seen_names.add(n)
            names.append(n)
    files = sorted(f for f in os.listdir(os.path.join(dist, "quantangshi")) if re.match(r"poet\.tang\.\d+\.json$", f))
    files.sort(key=lambda f: int(f.split(".")[2]))
    seen_titles = set()
    for f in files:
        for poem in json.load(open(os.path.join(dist, "quantangshi", f), encoding="utf-8")):
            t = poem.get("title", "").split(" ")[0]
            if TITLE.match(t) and t not in seen_titles:
                seen_titles.add(t)
                titles.append(t)
            for line in poem.get("paragraphs", []):
                if CJK.match(line) and 6 <= len(line) <= 40:
                    lines.append(line)
    book = json.load(open(os.path.join(dist, "mengxue", "guwenguanzhi.json"), encoding="utf-8"))
    for volume in book["content"]:
        for article in volume["content"]:
            for para in article["paragraphs"]:
                for sentence in re.findall(r"[^。！？]*[。！？]”?", COLON.sub("，", para)):
                    sentence = sentence.strip()
                    if 6 <= len(sentence) <= 120 and "\n" not in sentence:
                        prose.append(sentence)
    fixed = [TEMPLATES["lead"], *TEMPLATES["questions"], TEMPLATES["answer"], *TEMPLATES["points"],
             TEMPLATES["headline"], TEMPLATES["source"], TEMPLATES["asks"]]
    kinds = [("fixed", fixed), ("names", names), ("titles", titles), ("lines", lines), ("prose", prose)]
    with open(out_txt, "w", encoding="utf-8") as out:
        for _, units in kinds:
            for u in units:
                out.write(u + "\n")
    json.dump({k: len(v) for k, v in kinds}, open(out_json, "w"))


def load(path_txt, layout):
    units = open(path_txt, encoding="utf-8").read().split("\n")[:-1]
    total = sum(layout.values())
    if len(units) != total:
        sys.exit(f"gen.py: {path_txt} has {len(units)} lines, expected {total} (stale cache? delete it)")
    result, at = {}, 0
    for kind in ("fixed", "names", "titles", "lines", "prose"):
        result[kind] = units[at:at + layout[kind]]
        at += layout[kind]
    f = result["fixed"]
    q = len(TEMPLATES["questions"])
    result["lead"], result["questions"], result["answer"] = f[0], f[1:1 + q], f[1 + q]
    result["points"] = f[2 + q:5 + q]
    result["headline"], result["source"], result["asks"] = f[5 + q], f[6 + q], f[7 + q]
    return result


def interview(seed, i, sizes, lengths):
    """The choices of interview i as indices into the pools (identical for both scripts)."""
    rng = random.Random(f"duidu-bench-{seed}-{i}")
    day = datetime.date(2000, 1, 1) + datetime.timedelta(days=rng.randrange(9000))
    name = rng.randrange(sizes["names"])
    title = rng.randrange(sizes["titles"])

    def text(length):
        units, chars = [], 0
        poem = rng.random() < 0.55
        start = rng.randrange(sizes["lines" if poem else "prose"])
        kind = "lines" if poem else "prose"
        while chars < length:
            units.append((kind, start))
            chars += lengths[kind][start]
            start = (start + 1) % sizes[kind]
        return units

    sections = []
    for s in range(6):
        points = s % 2 == 1
        sections.append({
            "q": s, "title": rng.randrange(sizes["titles"]), "line": rng.randrange(sizes["lines"]),
            "answers": [text(rng.randrange(105, 205)) for _ in range(3)], "points": points,
        })
    return {"date": day, "name": name, "title": title, "lead": text(120), "sections": sections}


def render(plan, p):
    """Paragraphs (label, text, is_point) and metadata of one interview in the pool p's script."""
    name = p["names"][plan["name"]]
    join = lambda units: "".join(p[k][x] for k, x in units)
    date = plan["date"]
    date_text = f"{date.year}年{date.month}月{date.day}日"
    paras = [(None, p["lead"].format(date=date_text, name=name) + join(plan["lead"]))]
    for s in plan["sections"]:
        q = p["questions"][s["q"]].format(name=name, title=p["titles"][s["title"]], line=p["lines"][s["line"]].rstrip("。？！"))
        paras.append((p["asks"], q))
        for k, a in enumerate(s["answers"]):
            body = join(a)
            if s["points"] and k > 0:
                body = p["points"][k - 1] + body
            elif k == 0:
                body = p["answer"] + body
            paras.append((name if k == 0 else "", body))
    meta = {"title": p["headline"].format(name=name, title=p["titles"][plan["title"]]), "date": date.isoformat(),
            "person": name, "source": p["source"]}
    return paras, meta


def transcript(paras):
    out = []
    for label, text in paras:
        out.append(f"{label}：{text}" if label else text)
    return "\n\n".join(out) + "\n"


def hugo_page(paras, meta):
    front = ["---", "title: " + json.dumps(meta["title"], ensure_ascii=False), "date: " + meta["date"],
             "people: [" + json.dumps(meta["person"], ensure_ascii=False) + "]", "years: [\"" + meta["date"][:4] + "\"]",
             "sources: [" + json.dumps(meta["source"], ensure_ascii=False) + "]", "---", ""]
    body, q = [], 0
    for n, (label, text) in enumerate(paras, start=1):
        if label in ("記者", "记者"):
            q += 1
            body.append(f"## {q} {{#q{q}}}\n")
        shown = f"**{label}**：{text}" if label else text
        body.append(f"{shown}\n{{#p{n}}}\n")
    return "\n".join(front) + "\n".join(body)


def corpus(pool_hant, pool_hans, pool_json, n, seed, out, hugo):
    layout = json.load(open(pool_json))
    hant = load(pool_hant, layout)
    hans = load(pool_hans, layout) if hugo else None
    seeds = os.path.join(out, "duidu", "seeds")
    os.makedirs(seeds, exist_ok=True)
    if hugo:
        for lang in ("zh-hant", "zh-hans"):
            os.makedirs(os.path.join(out, "hugo", "content", lang, "interviews"), exist_ok=True)
    lengths = {k: [len(u) for u in hant[k]] for k in ("lines", "prose")}
    width = max(6, len(str(n)))
    total = 0
    for i in range(n):
        plan = interview(seed, i, layout, lengths)
        name = f"{i:0{width}d}"
        paras, meta = render(plan, hant)
        text = transcript(paras)
        total += len(text.encode("utf-8"))
        with open(os.path.join(seeds, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(seeds, name + ".yaml"), "w", encoding="utf-8") as f:
            f.write("title: " + json.dumps(meta["title"], ensure_ascii=False) + "\ndate: " + meta["date"] + "\n")
        if hugo:
            for lang, p in (("zh-hant", hant), ("zh-hans", hans)):
                pp, mm = render(plan, p)
                with open(os.path.join(out, "hugo", "content", lang, "interviews", name + ".md"), "w", encoding="utf-8") as f:
                    f.write(hugo_page(pp, mm))
    print(f"generated {n} interviews, {total} bytes of transcripts ({total // max(n, 1)} per interview)")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "pool":
        pool(*sys.argv[2:5])
    elif len(sys.argv) in (8, 9) and sys.argv[1] == "corpus":
        corpus(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]), sys.argv[7],
               "--no-hugo" not in sys.argv[8:])
    else:
        sys.exit(__doc__)
