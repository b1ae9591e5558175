/*
 * Duidu search page. Reads ?q= from the page URL, loads the static index written by
 * org.duidu.search.StaticIndexWriter (search/*.js, injected as <script> elements so that the page
 * also works from file://), and ranks paragraphs exactly as `duidu search` does: the same fold,
 * the same unigrams and bigrams, the same BM25 in float arithmetic, the same ties.
 * Every rule below mirrors a Java class (Tokenization, Snippets, ExactBm25Similarity, Searcher);
 * change both together. No third-party code, no fetch, no WebAssembly.
 */
(function () {
  "use strict";

  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) {
    DIGIT[ALPHABET.charAt(a)] = a;
  }
  var UNIT = /^[\p{L}\p{N}]$/u;
  var SPACE = /[\s]+/u;
  var CLAUSE_ENDS = "。！？；，、：…!?;,:";
  var SNIPPET = { whole: 100, target: 80, leadIn: 20, maxLeadIn: 30, min: 40, max: 110 };
  var SHOWN = 20;
  // the search page shows at most this many hits of one interview, the rest behind "N more"
  var PER_INTERVIEW = 3;
  var FACETS = ["person", "source", "year", "tag"];
  var NO_FACETS = { slug: "", date: "", person: [], source: [], year: [], tag: [] };
  // a document is its interview's key * DOC_KEY + its paragraph index (StaticIndexWriter)
  var DOC_KEY = 65536;

  var TEXTS = {
    "zh-Hans": {
      found: "找到 {n} 个段落", shown: "，显示前 {m} 个", none: "没有找到“{q}”。", any: "没有段落包含所有词；以下段落包含其中一些词。",
      loading: "正在搜索…", error: "无法加载搜索索引。", empty: "请输入要搜索的词。", lead: "导语", section: "第 {n} 问",
      roles: { lead: "导语", question: "问", answer: "答" }, inInterviews: "，分布在 {m} 篇访谈中",
      moreIn: "本篇还有 {n} 处", sortLabel: "排序：", byRelevance: "相关度", byDate: "日期（新的在前）", removeFilter: "取消这个筛选",
      facets: { person: "人物", source: "来源", year: "年份", tag: "标签", role: "段落" }
    },
    "zh-Hant": {
      found: "找到 {n} 個段落", shown: "，顯示前 {m} 個", none: "沒有找到「{q}」。", any: "沒有段落包含所有詞；以下段落包含其中一些詞。",
      loading: "正在搜尋…", error: "無法載入搜尋索引。", empty: "請輸入要搜尋的詞。", lead: "導語", section: "第 {n} 問",
      roles: { lead: "導語", question: "問", answer: "答" }, inInterviews: "，分布在 {m} 篇訪談中",
      moreIn: "本篇還有 {n} 處", sortLabel: "排序：", byRelevance: "相關度", byDate: "日期（新的在前）", removeFilter: "取消這個篩選",
      facets: { person: "人物", source: "來源", year: "年份", tag: "標籤", role: "段落" }
    }
  };

  // ---- loading: every index file calls duiduSearchReceive(name, data) when it runs ----

  function Loader(base) {
    this.base = base;
    this.version = "";
    this.data = {};
    this.waiting = {};
    var self = this;
    window.duiduSearchReceive = function (name, data) {
      self.data[name] = data;
    };
  }

  Loader.prototype.load = function (name) {
    var self = this;
    if (!this.waiting[name]) {
      this.waiting[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        // index.js is never taken from a cache (it names this build's version); every other file is
        // asked for with that version, so files of different builds are never mixed
        // facets.js too: an edit of metadata alone changes it without changing the index's version
        script.src = self.base + name + ".js" + (name === "index" || name === "facets" ? "?t=" + Date.now() : "?v=" + self.version);
        script.async = true;
        script.onload = function () {
          if (name in self.data) {
            resolve(self.data[name]);
          } else {
            reject(new Error("search index file " + script.src + " did not register"));
          }
        };
        script.onerror = function () {
          reject(new Error("cannot load " + script.src));
        };
        document.head.appendChild(script);
      });
    }
    return this.waiting[name];
  };

  function decode(text) {
    var out = [];
    var value = 0;
    var scale = 1;
    for (var i = 0; i < text.length; i++) {
      var d = DIGIT[text.charAt(i)];
      if (d >= 32) {
        value += (d - 32) * scale;
        scale *= 32;
      } else {
        out.push(value + d * scale);
        value = 0;
        scale = 1;
      }
    }
    return out;
  }

  // ---- analysis (Tokenization.java, ScriptFold.java) ----

  function Analyzer(foldPairs) {
    this.variants = new Map();
    var cps = Array.from(foldPairs, function (c) { return c.codePointAt(0); });
    for (var i = 0; i + 1 < cps.length; i += 2) {
      this.variants.set(cps[i], cps[i + 1]);
    }
  }

  Analyzer.prototype.fold = function (cp) {
    var normalized = String.fromCodePoint(cp).normalize("NFKC").toLowerCase();
    var out = [];
    for (var ch of normalized) {
      var c = ch.codePointAt(0);
      out.push(this.variants.has(c) ? this.variants.get(c) : c);
    }
    return out;
  };

  Analyzer.prototype.tokenize = function (text) {
    var units = [];
    var previousWasUnit = false;
    for (var i = 0; i < text.length;) {
      var cp = text.codePointAt(i);
      var next = i + (cp > 0xFFFF ? 2 : 1);
      var folded = this.fold(cp);
      for (var j = 0; j < folded.length; j++) {
        var s = String.fromCodePoint(folded[j]);
        if (UNIT.test(s)) {
          units.push({ text: s, joined: previousWasUnit, start: i, end: next });
          previousWasUnit = true;
        } else {
          previousWasUnit = false;
        }
      }
      i = next;
    }
    var tokens = [];
    for (var u = 0; u < units.length; u++) {
      tokens.push({ term: units[u].text, bigram: false, position: u, start: units[u].start, end: units[u].end });
      if (u + 1 < units.length && units[u + 1].joined) {
        tokens.push({ term: units[u].text + units[u + 1].text, bigram: true, position: u,
          start: units[u].start, end: units[u + 1].end });
      }
    }
    return tokens;
  };

  Analyzer.prototype.phrase = function (word) {
    var tokens = this.tokenize(word);
    var phrase = [];
    var coveredThrough = -1;
    for (var i = 0; i < tokens.length; i++) {
      var token = tokens[i];
      var bigramFollows = i + 1 < tokens.length && tokens[i + 1].bigram;
      if (token.bigram) {
        phrase.push(token);
        coveredThrough = token.position + 1;
      } else if (!bigramFollows && token.position > coveredThrough) {
        phrase.push(token);
      }
    }
    if (phrase.length === 0) {
      return phrase;
    }
    var first = phrase[0].position;
    return phrase.map(function (t) {
      return { term: t.term, bigram: t.bigram, position: t.position - first, start: t.start, end: t.end };
    });
  };

  Analyzer.prototype.phrases = function (query) {
    var self = this;
    return query.trim().split(SPACE)
      .map(function (word) { return self.phrase(word); })
      .filter(function (phrase) { return phrase.length > 0; });
  };

  // ---- the index and ranking (Searcher.java, ExactBm25Similarity.java) ----

  function Engine(loader, meta, analyzer) {
    this.loader = loader;
    this.meta = meta;
    this.analyzer = analyzer;
    this.averageLength = meta.sumTotalTermFreq / meta.docCount;
    this.postings = new Map();
    // doc -> length * 4 + role, from the postings loaded so far (every hit is in one)
    this.info = new Map();
    // a large term has the file terms-S-J: the J-th large term of its shard S (the list is in shard order)
    this.large = new Map();
    var perShard = {};
    (meta.large || []).forEach(function (term) {
      var s = this.shard(term);
      perShard[s] = (perShard[s] || 0) + 1;
      this.large.set(term, "terms-" + s + "-" + (perShard[s] - 1));
    }, this);
  }

  /** The index file holding a term's postings: its own file if it is large, else its hash shard. */
  Engine.prototype.fileOf = function (term) {
    return this.large.has(term) ? this.large.get(term) : "terms-" + this.shard(term);
  };

  Engine.prototype.shard = function (term) {
    var hash = 0x811c9dc5 | 0;
    for (var i = 0; i < term.length; i++) {
      hash ^= term.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % this.meta.shards;
  };

  /** Loads the postings of every term; resolves to a Map term -> {df, docs: Map doc -> positions}. */
  Engine.prototype.loadTerms = function (terms) {
    var self = this;
    var names = {};
    terms.forEach(function (term) { names[self.fileOf(term)] = true; });
    return Promise.all(Object.keys(names).map(function (name) { return self.loader.load(name); }))
      .then(function (shards) {
        terms.forEach(function (term) {
          if (self.postings.has(term)) {
            return;
          }
          var encoded;
          for (var s = 0; s < shards.length; s++) {
            if (Object.prototype.hasOwnProperty.call(shards[s], term)) {
              encoded = shards[s][term];
            }
          }
          var docs = new Map();
          var df = 0;
          if (encoded !== undefined) {
            // StaticIndexWriter: df, then per interview key delta, count, and per paragraph
            // index delta, frequency, length * 4 + role, position deltas
            var numbers = decode(encoded);
            df = numbers[0];
            var key = 0;
            for (var k = 1; k < numbers.length;) {
              key += numbers[k++];
              var count = numbers[k++];
              var paragraph = 0;
              for (var c = 0; c < count; c++) {
                paragraph += numbers[k++];
                var freq = numbers[k++];
                var doc = key * DOC_KEY + paragraph;
                self.info.set(doc, numbers[k++]);
                var positions = new Array(freq);
                var position = 0;
                for (var f = 0; f < freq; f++) {
                  position += numbers[k++];
                  positions[f] = position;
                }
                docs.set(doc, positions);
              }
            }
          }
          self.postings.set(term, { df: df, docs: docs });
        });
      });
  };

  Engine.prototype.idf = function (df) {
    var n = this.meta.docCount;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };

  /** Map doc -> phrase frequency (ExactPhraseMatcher: matching start positions). */
  Engine.prototype.matchPhrase = function (phrase) {
    var lists = phrase.map(function (t) { return this.postings.get(t.term); }, this);
    var matches = new Map();
    lists[0].docs.forEach(function (positions, doc) {
      if (phrase.length === 1) {
        matches.set(doc, positions.length);
        return;
      }
      var others = [];
      for (var i = 1; i < phrase.length; i++) {
        var p = lists[i].docs.get(doc);
        if (!p) {
          return;
        }
        others.push(new Set(p));
      }
      var freq = 0;
      positions.forEach(function (start) {
        for (var i = 1; i < phrase.length; i++) {
          if (!others[i - 1].has(start - phrase[0].position + phrase[i].position)) {
            return;
          }
        }
        freq++;
      });
      if (freq > 0) {
        matches.set(doc, freq);
      }
    });
    return matches;
  };

  Engine.prototype.phraseScore = function (phraseIdf, freq, doc) {
    var meta = this.meta;
    var info = this.info.get(doc);
    var boost = meta.boosts[info % 4];
    var length = Math.floor(info / 4);
    return Math.fround(boost * phraseIdf * freq / (freq + meta.k1 * (1 - meta.b + meta.b * length / this.averageLength)));
  };

  /**
   * Only the role filter is known before texts are loaded (the page offers ?role=); interview and
   * section filters belong to `duidu search` and /api/search.
   */
  Engine.prototype.accepts = function (doc, options) {
    if (options.role !== undefined && this.meta.roles[this.info.get(doc) % 4] !== options.role) {
      return false;
    }
    if (!this.facets) {
      return true;
    }
    var entry = this.facets.interviews[Math.floor(doc / DOC_KEY)];
    if (options.interview && (!entry || entry.slug !== options.interview)) {
      return false;
    }
    for (var f = 0; f < FACETS.length; f++) {
      var wanted = options[FACETS[f]];
      if (wanted && !(entry && entry[FACETS[f]].some(function (v) { return v[0] === wanted || v[1] === wanted; }))) {
        return false;
      }
    }
    return true;
  };

  /**
   * Counts, date order, grouping and paging over every ranked hit (Browsing.java): per facet and
   * role, how many of the hits' interviews have each value; by date, newest interview first (undated
   * last), a stable sort; at most perInterview hits per interview, placed together where its best
   * stands; then limit hits from offset.
   */
  Engine.prototype.browse = function (hits, options, edition) {
    var self = this;
    var order = [];
    var roles = {};
    hits.forEach(function (hit) {
      var key = Math.floor(hit.doc / DOC_KEY);
      if (!(key in roles)) {
        roles[key] = {};
        order.push(key);
      }
      roles[key][self.meta.roles[self.info.get(hit.doc) % 4]] = true;
    });
    var labelIndex = edition === "zh-Hant" ? 1 : 0;
    var counts = {};
    FACETS.forEach(function (facet) {
      var n = {};
      var labels = {};
      order.forEach(function (key) {
        (self.facets.interviews[key] || NO_FACETS)[facet].forEach(function (v) {
          n[v[0]] = (n[v[0]] || 0) + 1;
          if (!(v[0] in labels)) {
            labels[v[0]] = v[labelIndex];
          }
        });
      });
      counts[facet] = sortedCounts(n, labels);
    });
    var roleCounts = {};
    order.forEach(function (key) {
      Object.keys(roles[key]).forEach(function (r) { roleCounts[r] = (roleCounts[r] || 0) + 1; });
    });
    var roleLabels = {};
    Object.keys(roleCounts).forEach(function (r) { roleLabels[r] = r; });
    counts.role = sortedCounts(roleCounts, roleLabels);

    var ordered = hits.slice();
    if (options.sort === "date") {
      var dateOf = function (hit) { return (self.facets.interviews[Math.floor(hit.doc / DOC_KEY)] || NO_FACETS).date; };
      ordered.sort(function (x, y) {
        var a = dateOf(x);
        var b = dateOf(y);
        if ((a === "") !== (b === "")) {
          return a === "" ? 1 : -1;
        }
        return a < b ? 1 : a > b ? -1 : 0;
      });
    }
    var more = {};
    var grouped = ordered;
    if (options.perInterview > 0) {
      var groups = new Map();
      ordered.forEach(function (hit) {
        var key = Math.floor(hit.doc / DOC_KEY);
        if (!groups.has(key)) {
          groups.set(key, []);
        }
        var g = groups.get(key);
        if (g.length < options.perInterview) {
          g.push(hit);
        } else {
          more[key] = (more[key] || 0) + 1;
        }
      });
      grouped = [];
      groups.forEach(function (g) { grouped = grouped.concat(g); });
    }
    var offset = Math.min(grouped.length, options.offset || 0);
    return { page: grouped.slice(offset, offset + (options.limit || 10)), more: more, interviews: order.length, counts: counts };
  };

  function sortedCounts(n, labels) {
    return Object.keys(n).map(function (value) { return { value: value, label: labels[value], count: n[value] }; })
      .sort(function (x, y) { return y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0); });
  }

  /** Whether a search asks for more than a ranked list (SearchRequest.Browse.active). */
  function browsing(options) {
    return FACETS.some(function (f) { return !!options[f]; }) || options.sort === "date" || options.perInterview > 0
      || options.offset > 0 || !!options.counts || !!options.interview;
  }

  /** Ranks documents for phrases; every phrase required unless anyWord. */
  Engine.prototype.rank = function (phrases, anyWord, options) {
    var self = this;
    var scores = new Map();
    var counts = new Map();
    phrases.forEach(function (phrase) {
      var phraseIdf = 0;
      var missing = false;
      phrase.forEach(function (t) {
        var df = self.postings.get(t.term).df;
        if (df > 0) {
          phraseIdf += self.idf(df);
        } else {
          missing = true;
        }
      });
      if (missing) {
        return;
      }
      self.matchPhrase(phrase).forEach(function (freq, doc) {
        scores.set(doc, (scores.get(doc) || 0) + self.phraseScore(phraseIdf, freq, doc));
        counts.set(doc, (counts.get(doc) || 0) + 1);
      });
    });
    var hits = [];
    scores.forEach(function (score, doc) {
      if ((anyWord || counts.get(doc) === phrases.length) && self.accepts(doc, options)) {
        hits.push({ doc: doc, score: Math.fround(score) });
      }
    });
    hits.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
    return hits;
  };

  /**
   * Runs a query: resolves to {query, total, anyWord, phrases, hits: [{doc, interview, section,
   * paragraph, role, score, text, speaker, title}]} with at most options.limit hits (default 10),
   * texts in options.edition (default zh-Hans).
   */
  Engine.prototype.search = function (query, options) {
    options = options || {};
    var self = this;
    var phrases = this.analyzer.phrases(query);
    var terms = [];
    phrases.forEach(function (phrase) { phrase.forEach(function (t) { terms.push(t.term); }); });
    // an index written without the site build (no facets.js) still answers; its interviews just have no facets
    var facetsLoaded = browsing(options) && !this.facets
      ? this.loader.load("facets").then(function (data) { self.facets = data; }, function () { self.facets = { interviews: {} }; })
      : Promise.resolve();
    return Promise.all([this.loadTerms(terms), facetsLoaded]).then(function () {
      var anyWord = false;
      var hits = phrases.length ? self.rank(phrases, false, options) : [];
      if (hits.length === 0 && phrases.length > 1) {
        hits = self.rank(phrases, true, options);
        anyWord = true;
      }
      var edition = options.edition || "zh-Hans";
      var browsed = browsing(options) ? self.browse(hits, options, edition) : null;
      var top = browsed ? browsed.page : hits.slice(0, options.limit || 10);
      return Promise.all(top.map(function (hit) { return self.paragraph(hit.doc, edition); }))
        .then(function (paragraphs) {
          var more = {};
          if (browsed) {
            top.forEach(function (hit, i) {
              more[paragraphs[i].interview] = browsed.more[Math.floor(hit.doc / DOC_KEY)] || 0;
            });
          }
          return {
            query: query, total: hits.length, anyWord: anyWord, phrases: phrases,
            interviews: browsed ? browsed.interviews : undefined, offset: browsed ? options.offset || 0 : undefined,
            more: browsed ? more : undefined, counts: browsed && options.counts ? browsed.counts : undefined,
            hits: top.map(function (hit, i) {
              var p = paragraphs[i];
              return {
                doc: hit.doc, interview: p.interview, section: p.section, paragraph: p.paragraph,
                role: self.meta.roles[self.info.get(hit.doc) % 4], score: hit.score,
                text: p.text, speaker: p.speaker, title: p.title
              };
            })
          };
        });
    });
  };

  /** Resolves to {interview, section, paragraph, text, speaker, title} of a document in an edition. */
  Engine.prototype.paragraph = function (doc, edition) {
    var self = this;
    var key = Math.floor(doc / DOC_KEY);
    var index = doc - key * DOC_KEY;
    var block = Math.floor(index / this.meta.block);
    return this.loader.load("text-" + edition + "-" + key + "-" + block).then(function (data) {
      if (!data.decoded) {
        data.decoded = { section: decode(data.section), paragraph: decode(data.paragraph) };
      }
      var i = index - block * self.meta.block;
      return {
        interview: data.interview, section: data.decoded.section[i], paragraph: data.decoded.paragraph[i],
        text: data.texts[i], speaker: data.speakers[i], title: data.title
      };
    });
  };

  // ---- snippets (Snippets.java) ----

  function matches(analyzer, text, phrases) {
    var tokens = analyzer.tokenize(text);
    var byKey = new Map();
    tokens.forEach(function (t) { byKey.set(t.position + "\u0000" + t.term, t); });
    var ranges = [];
    phrases.forEach(function (phrase) {
      var head = phrase[0];
      tokens.forEach(function (candidate) {
        if (candidate.term !== head.term) {
          return;
        }
        var base = candidate.position - head.position;
        var start = Infinity;
        var end = -1;
        for (var i = 0; i < phrase.length; i++) {
          var found = byKey.get((base + phrase[i].position) + "\u0000" + phrase[i].term);
          if (!found) {
            return;
          }
          start = Math.min(start, found.start);
          end = Math.max(end, found.end);
        }
        ranges.push([start, end]);
      });
    });
    ranges.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.push([r[0], r[1]]);
      }
    });
    return merged;
  }

  function snap(text, offset) {
    var c = text.charCodeAt(offset);
    return offset > 0 && offset < text.length && c >= 0xDC00 && c <= 0xDFFF ? offset - 1 : offset;
  }

  function isClauseEnd(text, index) {
    return CLAUSE_ENDS.indexOf(text.charAt(index)) >= 0;
  }

  function snippetWindow(text, marks) {
    var length = text.length;
    if (length <= SNIPPET.whole) {
      return [0, length];
    }
    var first = marks.length ? marks[0][0] : 0;
    var firstEnd = marks.length ? marks[0][1] : 0;
    var start = 0;
    for (var i = 0; i < first; i++) {
      if (isClauseEnd(text, i)) {
        start = i + 1;
      }
    }
    if (first - start > SNIPPET.maxLeadIn) {
      start = snap(text, first - SNIPPET.leadIn);
    }
    var target = start + SNIPPET.target;
    var end = -1;
    for (var b = Math.max(firstEnd, start + SNIPPET.min); b <= Math.min(length, start + SNIPPET.max); b++) {
      var boundary = b === length || isClauseEnd(text, b - 1);
      if (boundary && (end < 0 || Math.abs(b - target) < Math.abs(end - target))) {
        end = b;
      }
    }
    if (end < 0) {
      end = snap(text, Math.min(length, Math.max(firstEnd, target)));
    }
    if (end - start < SNIPPET.min && start > 0) {
      var best = -1;
      for (var c = start; c >= Math.max(0, end - SNIPPET.max); c--) {
        var isStart = c === 0 || isClauseEnd(text, c - 1);
        if (isStart && (best < 0 || Math.abs(end - c - SNIPPET.target) < Math.abs(end - best - SNIPPET.target))) {
          best = c;
        }
      }
      start = best >= 0 ? best : snap(text, Math.max(0, end - SNIPPET.target));
    }
    return [start, end];
  }

  /** Appends the snippet to a node as text nodes and <mark> elements: never HTML from the index. */
  function appendSnippet(node, text, marks) {
    var w = snippetWindow(text, marks);
    var at = w[0];
    if (w[0] > 0) {
      node.appendChild(document.createTextNode("…"));
    }
    marks.forEach(function (m) {
      var s = Math.max(m[0], w[0]);
      var e = Math.min(m[1], w[1]);
      if (s >= e) {
        return;
      }
      node.appendChild(document.createTextNode(text.slice(at, s)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(s, e);
      node.appendChild(mark);
      at = e;
    });
    node.appendChild(document.createTextNode(text.slice(at, w[1])));
    if (w[1] < text.length) {
      node.appendChild(document.createTextNode("…"));
    }
  }

  // ---- the page ----

  function format(template, values) {
    return template.replace(/\{(\w)\}/g, function (_, key) { return values[key]; });
  }

  function open(base) {
    var loader = new Loader(base);
    return loader.load("index").then(function (meta) {
      loader.version = meta.version;
      return loader.load("fold").then(function (fold) {
        return new Engine(loader, meta, new Analyzer(fold));
      });
    });
  }

  /** The marked passages of a hit's text, each once: what its reading page highlights (?hl=). */
  function markedWords(engine, text, phrases) {
    var words = [];
    matches(engine.analyzer, text, phrases).forEach(function (m) {
      var w = text.slice(m[0], m[1]);
      if (words.indexOf(w) < 0) {
        words.push(w);
      }
    });
    return words.join(" ");
  }

  /** A link to this page with some parameters changed (null removes one); offset never carries over. */
  function pageUrl(params, changes) {
    var next = new URLSearchParams();
    ["q", "person", "source", "year", "tag", "role", "sort", "interview"].forEach(function (name) {
      var value = Object.prototype.hasOwnProperty.call(changes, name) ? changes[name] : params[name];
      if (value) {
        next.set(name, value);
      }
    });
    return "search.html?" + next.toString();
  }

  /** Filters with counts (each value a link adding it; a chosen one a link removing it) and the sort links. */
  function renderControls(results, params, texts, controls) {
    controls.textContent = "";
    var sort = document.createElement("p");
    sort.className = "search-sort";
    sort.appendChild(document.createTextNode(texts.sortLabel + " "));
    [["relevance", texts.byRelevance], ["date", texts.byDate]].forEach(function (option, i) {
      var chosen = (params.sort || "relevance") === option[0];
      var a = document.createElement("a");
      a.href = pageUrl(params, { sort: option[0] === "relevance" ? null : option[0] });
      a.textContent = option[1];
      if (chosen) {
        a.setAttribute("aria-current", "true");
      }
      if (i > 0) {
        sort.appendChild(document.createTextNode(" · "));
      }
      sort.appendChild(a);
    });
    controls.appendChild(sort);
    if (!results.counts) {
      return;
    }
    FACETS.concat(["role"]).forEach(function (facet) {
      var values = results.counts[facet] || [];
      if (values.length === 0 && !params[facet]) {
        return;
      }
      var group = document.createElement("section");
      group.className = "search-facet";
      group.setAttribute("data-facet", facet);
      var heading = document.createElement("h2");
      heading.textContent = texts.facets[facet];
      group.appendChild(heading);
      var list = document.createElement("ul");
      values.slice(0, 12).forEach(function (v) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        var chosen = params[facet] === v.value || (facet !== "role" && params[facet] === v.label);
        var change = {};
        change[facet] = chosen ? null : v.value;
        a.href = pageUrl(params, change);
        a.setAttribute("data-value", v.value);
        a.textContent = (chosen ? "✕ " : "") + (facet === "role" ? texts.roles[v.value] : v.label);
        if (chosen) {
          a.setAttribute("aria-current", "true");
          a.setAttribute("title", texts.removeFilter);
        }
        li.appendChild(a);
        var count = document.createElement("span");
        count.className = "search-count";
        count.textContent = " " + v.count;
        li.appendChild(count);
        list.appendChild(li);
      });
      group.appendChild(list);
      controls.appendChild(group);
    });
  }

  /**
   * Shows hits grouped by interview (at most PER_INTERVIEW each, then "N more in this interview"),
   * appending to the groups already shown when the next page continues one.
   */
  function render(engine, results, edition, container, status, params) {
    var texts = TEXTS[edition] || TEXTS["zh-Hans"];
    if (results.total === 0) {
      status.textContent = format(texts.none, { q: results.query.trim() });
      return;
    }
    status.textContent = (results.anyWord ? texts.any + " " : "") + format(texts.found, { n: results.total })
      + (results.interviews !== undefined ? format(texts.inInterviews, { m: results.interviews }) : "") + "。";
    results.hits.forEach(function (hit) {
      var last = container.lastElementChild;
      var section = last && last.getAttribute("data-interview") === hit.interview ? last : null;
      if (!section) {
        section = document.createElement("section");
        section.className = "search-group";
        section.setAttribute("data-interview", hit.interview);
        var heading = document.createElement("h2");
        var headingLink = document.createElement("a");
        headingLink.href = hit.interview + ".html";
        headingLink.textContent = hit.title;
        heading.appendChild(headingLink);
        section.appendChild(heading);
        var list = document.createElement("ol");
        list.className = "search-hits";
        section.appendChild(list);
        container.appendChild(section);
      }
      var li = document.createElement("li");
      li.setAttribute("data-paragraph", "p" + hit.paragraph);
      var role = document.createElement("span");
      role.className = "search-role search-role-" + hit.role;
      role.textContent = texts.roles[hit.role];
      li.appendChild(role);
      li.appendChild(document.createTextNode(" "));
      var where = document.createElement("span");
      where.className = "search-where";
      where.textContent = (hit.section === 0 ? texts.lead : format(texts.section, { n: hit.section })) + " ";
      li.appendChild(where);
      var link = document.createElement("a");
      link.href = hit.interview + ".html?hl=" + encodeURIComponent(markedWords(engine, hit.text, results.phrases)) + "#p" + hit.paragraph;
      appendSnippet(link, hit.text, matches(engine.analyzer, hit.text, results.phrases));
      li.appendChild(link);
      section.querySelector("ol").appendChild(li);
      var more = results.more ? results.more[hit.interview] : 0;
      var old = section.querySelector(".search-more-in");
      if (old) {
        old.remove();
      }
      if (more > 0) {
        var p = document.createElement("p");
        p.className = "search-more-in";
        var a = document.createElement("a");
        a.href = pageUrl(params, { interview: hit.interview });
        a.textContent = format(texts.moreIn, { n: more });
        p.appendChild(a);
        section.appendChild(p);
      }
    });
  }

  function start() {
    var container = document.getElementById("search-results");
    if (!container) {
      return;
    }
    var status = document.getElementById("search-status");
    var controls = document.getElementById("search-controls");
    var moreButton = document.getElementById("search-next");
    var layout = document.getElementById("search-layout");
    var input = document.getElementById("q");
    var edition = container.getAttribute("data-edition") || "zh-Hans";
    var root = container.getAttribute("data-root") || "";
    var texts = TEXTS[edition] || TEXTS["zh-Hans"];
    var url = new URLSearchParams(window.location.search);
    var params = {};
    ["q", "person", "source", "year", "tag", "role", "sort", "interview"].forEach(function (name) {
      params[name] = url.get(name) || "";
    });
    var query = params.q;
    // ?role=answer (or question, lead) restricts results, as `duidu search --role` does
    var role = ["lead", "question", "answer"].indexOf(params.role) >= 0 ? params.role : undefined;
    if (input) {
      input.value = query;
    }
    // the index loads on the first query only, so an empty search page costs no index bytes
    var opened = null;
    function engine() {
      opened = opened || open(root + "search/");
      return opened;
    }
    window.duiduSearch = {
      /** For tests and scripts: the ranked hits of a query, as `duidu search` returns them. */
      search: function (q, options) {
        return engine().then(function (e) { return e.search(q, options); });
      },
      /** For tests: the tokens of a text, as org.duidu.search.Tokenization produces them. */
      tokenize: function (text) {
        return engine().then(function (e) { return e.analyzer.tokenize(text); });
      }
    };
    if (!query.trim()) {
      status.textContent = texts.empty;
      container.setAttribute("data-state", "idle");
      return;
    }
    status.textContent = texts.loading;
    container.setAttribute("data-state", "loading");
    var options = {
      limit: SHOWN, role: role, edition: edition, person: params.person || undefined, source: params.source || undefined,
      year: params.year || undefined, tag: params.tag || undefined, interview: params.interview || undefined,
      sort: params.sort === "date" ? "date" : undefined, perInterview: params.interview ? 0 : PER_INTERVIEW, offset: 0, counts: true
    };
    function showPage(e) {
      return e.search(query, options).then(function (results) {
        render(e, results, edition, container, status, params);
        if (options.offset === 0 && controls) {
          renderControls(results, params, texts, controls);
        }
        var shownSoFar = options.offset + results.hits.length;
        if (moreButton) {
          moreButton.hidden = !(results.total > shownSoFar && results.hits.length > 0);
        }
        options.offset = shownSoFar;
        // shown in the same task that filled it: one frame has the block with its content, none has it half-filled
        if (layout) {
          layout.hidden = false;
        }
      });
    }
    if (moreButton) {
      moreButton.addEventListener("click", function () {
        container.setAttribute("data-state", "loading");
        engine().then(showPage).then(function () {
          container.setAttribute("data-state", "done");
        });
      });
    }
    // the index is asked for once the page as written has been painted (the frame after this one): its requests
    // and their parsing then never hold back the heading and the form on a slow phone
    afterPaint(function () { return engine(); })
      .then(showPage)
      .then(function () {
        container.setAttribute("data-state", "done");
      }, function (error) {
        status.textContent = texts.error;
        container.setAttribute("data-state", "error");
        if (window.console) {
          window.console.error(error);
        }
      });
  }

  /** Resolves to what run() returns, run in a task after the next frame is painted. */
  function afterPaint(run) {
    return new Promise(function (resolve) {
      var later = function () { setTimeout(function () { resolve(run()); }, 0); };
      if (window.requestAnimationFrame) {
        window.requestAnimationFrame(later);
      } else {
        later();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
