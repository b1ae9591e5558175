// Duidu reading aids on reading pages and the parallel view. Everything works without this file:
// the pinyin toggle is a link between a page and its pinyin edition. This file remembers the choice
// (a reader who turned pinyin on gets it on every reading page), adds tone colours, makes copying a
// pinyin page give the characters only, and glosses words: click or tap a character, or focus a
// paragraph (Tab) and move with the arrow keys, to see the longest CC-CEDICT word from there with its
// reading and English. Loaded with `defer`, no inline script: a strict CSP holds.
(function () {
  "use strict";
  var PINYIN = "duidu.pinyin";
  var TONES = "duidu.tones";
  var body = document.body;
  // the folder of the site's tap-to-gloss dictionary (gloss/<version>/K.js), relative to this page
  var glossFolder = document.currentScript ? document.currentScript.getAttribute("data-gloss") : null;

  function stored(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* storage may be disabled (file://, privacy mode) */ }
  }
  function place() {
    return /^#[A-Za-z][\w-]*$/.test(location.hash) ? location.hash : "";
  }

  // --- The pinyin toggle; returns false when the page is leaving for its pinyin edition.
  function pinyinToggle(onPinyin) {
    var toggle = document.querySelector("a.pinyin-toggle");
    if (!toggle) { return true; }
    if (!onPinyin && stored(PINYIN) === "on") {
      location.replace(toggle.href.split("#")[0] + place());
      return false;
    }
    toggle.addEventListener("click", function () {
      store(PINYIN, toggle.getAttribute("data-pinyin"));
      toggle.href = toggle.href.split("#")[0] + place();
    });
    return true;
  }

  // --- Tone colours: a pressed/unpressed button beside the note, remembered like the pinyin choice.
  // The tone of a reading from its mark (1-4; 5, the neutral tone, without one), as the class t1-t5 of
  // its rt: the build leaves the class out (11 bytes of every character's 27 on a pinyin page).
  var MARKS = { "\u0304": 1, "\u0301": 2, "\u030C": 3, "\u0300": 4 };
  function toneClasses() {
    document.querySelectorAll("ruby rt").forEach(function (rt) {
      var tone = 5;
      var marks = rt.textContent.normalize("NFD");
      for (var i = 0; i < marks.length; i++) {
        if (MARKS[marks[i]]) { tone = MARKS[marks[i]]; break; }
      }
      rt.className = "t" + tone;
    });
  }
  function toneColours() {
    var note = document.querySelector(".pinyin-note[data-tones]");
    if (!note) { return; }
    toneClasses();
    var button = document.createElement("button");
    button.type = "button";
    button.className = "tones-toggle";
    button.textContent = note.getAttribute("data-tones");
    var show = function (on) {
      body.classList.toggle("tones", on);
      button.setAttribute("aria-pressed", on ? "true" : "false");
    };
    show(stored(TONES) === "on");
    button.addEventListener("click", function () {
      var on = !body.classList.contains("tones");
      show(on);
      store(TONES, on ? "on" : "off");
    });
    note.appendChild(button);
  }

  // --- Copying gives the characters only: the readings (rt) and buttons leave the copied text.
  function copyCharactersOnly() {
    document.addEventListener("copy", function (event) {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed || !event.clipboardData) { return; }
      var box = document.createElement("div");
      for (var i = 0; i < selection.rangeCount; i++) {
        box.appendChild(selection.getRangeAt(i).cloneContents());
      }
      if (!box.querySelector("rt")) { return; }
      box.querySelectorAll("rt, rp, button").forEach(function (n) { n.parentNode.removeChild(n); });
      event.clipboardData.setData("text/plain", box.textContent);
      event.preventDefault();
    });
  }

  // --- Tap-to-gloss over the site's dictionary: shard K (gloss/<version>/K.js) holds the words whose
  // first character's code point is K modulo SHARDS (the build's GlossShards.COUNT), so the words that
  // start at a tapped character are all in one shard, loaded (once) when a character of it is tapped.
  var SHARDS = 256;
  function gloss(folder) {
    var shards = {};
    var waiting = {};
    window.duiduGlossShard = function (k, dict) {
      var longest = 1;
      Object.keys(dict).forEach(function (w) { longest = Math.max(longest, Array.from(w).length); });
      shards[k] = { dict: dict, longest: longest };
      (waiting[k] || []).forEach(function (then) { then(); });
      delete waiting[k];
    };
    function shardOf(ch) { return ch.codePointAt(0) % SHARDS; }
    // calls then() once the shard of ch is loaded (at once when it is)
    function withShard(ch, then) {
      var k = shardOf(ch);
      if (shards[k]) { then(); return; }
      if (waiting[k]) { waiting[k].push(then); return; }
      waiting[k] = [then];
      var script = document.createElement("script");
      script.src = folder + k + ".js";
      script.onerror = function () { delete waiting[k]; popup.removeAttribute("aria-busy"); };
      document.head.appendChild(script);
    }
    var han = /\p{Script=Han}/u;
    var popup = document.createElement("div");
    popup.className = "gloss";
    popup.id = "gloss";
    popup.setAttribute("role", "status");
    popup.hidden = true;
    body.appendChild(popup);
    var highlight = window.CSS && CSS.highlights && window.Highlight ? new Highlight() : null;
    if (highlight) {
      CSS.highlights.set("gloss", highlight);
      try {
        // the rule lives here, not in duidu.css, whose validator does not know ::highlight() yet (CSSOM: CSP allows it)
        document.styleSheets[0].insertRule("::highlight(gloss) { background-color: var(--mark); color: var(--fg); }");
      } catch (e) { /* a browser without ::highlight() shows the popup only */ }
    }

    // The characters of a paragraph a reader reads: text nodes outside readings, links and buttons.
    function characters(p) {
      var out = [];
      var walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
        acceptNode: function (n) {
          return n.parentNode.closest("rt, a, button, .garbled, .garbled-note, .speaker") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
        }
      });
      for (var n = walker.nextNode(); n; n = walker.nextNode()) {
        for (var i = 0; i < n.data.length; i++) {
          var code = n.data.codePointAt(i);
          var ch = String.fromCodePoint(code);
          out.push({ node: n, offset: i, ch: ch });
          if (ch.length > 1) { i++; }
        }
      }
      return out;
    }
    // the longest word starting at chars[i], once its shard is loaded (null before)
    function lookup(chars, i) {
      var shard = chars[i] ? shards[shardOf(chars[i].ch)] : null;
      if (!shard) { return null; }
      var text = "";
      for (var k = i; k < chars.length && k < i + shard.longest; k++) { text += chars[k].ch; }
      var cps = Array.from(text);
      for (var len = cps.length; len > 0; len--) {
        var word = cps.slice(0, len).join("");
        if (Object.prototype.hasOwnProperty.call(shard.dict, word)) { return { word: word, length: len, entries: shard.dict[word] }; }
      }
      return null;
    }
    function hide() {
      showing++; // a word still waiting for its shard is not shown after all
      popup.removeAttribute("aria-busy");
      popup.hidden = true;
      if (highlight) { highlight.clear(); }
    }
    // shows the word at chars[i] once its shard is there; false when chars[i] is not a Han character
    var showing = 0;
    function show(p, chars, i) {
      if (!han.test(chars[i] ? chars[i].ch : "")) { hide(); return false; }
      var ticket = ++showing;
      popup.setAttribute("aria-busy", "true"); // until the word's shard is there
      withShard(chars[i].ch, function () {
        if (ticket === showing) {
          popup.removeAttribute("aria-busy");
          open(p, chars, i);
        }
      });
      return true;
    }
    function open(p, chars, i) {
      var hit = lookup(chars, i);
      if (!hit) { hide(); return; }
      var range = document.createRange();
      range.setStart(chars[i].node, chars[i].offset);
      var last = chars[i + hit.length - 1];
      range.setEnd(last.node, last.offset + last.ch.length);
      if (highlight) { highlight.clear(); highlight.add(range); }
      popup.textContent = "";
      var word = document.createElement("span");
      word.className = "gloss-word";
      word.lang = p.closest("[lang]").lang;
      word.textContent = hit.word;
      popup.appendChild(word);
      hit.entries.slice(0, 3) /* the build ships three at most (GlossShards.SHOWN) */.forEach(function (entry) {
        var line = document.createElement("span");
        line.className = "gloss-entry";
        var reading = document.createElement("span");
        reading.className = "gloss-reading";
        reading.lang = "zh-Latn-pinyin";
        reading.textContent = entry[0];
        var english = document.createElement("span");
        english.className = "gloss-english";
        english.lang = "en";
        english.textContent = entry[1];
        line.appendChild(reading);
        line.appendChild(english);
        popup.appendChild(line);
      });
      var rect = range.getBoundingClientRect();
      popup.hidden = false;
      var width = popup.offsetWidth;
      var left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
      popup.style.left = (left + window.scrollX) + "px";
      popup.style.top = (rect.bottom + window.scrollY + 6) + "px";
    }
    function indexAt(chars, x, y) {
      var caret = document.caretRangeFromPoint ? document.caretRangeFromPoint(x, y) : null;
      if (!caret) { return -1; }
      for (var i = 0; i < chars.length; i++) {
        if (chars[i].node === caret.startContainer && chars[i].offset >= caret.startOffset - 1 && chars[i].offset <= caret.startOffset) {
          // the caret falls between two characters: take the one under the pointer
          var r = document.createRange();
          r.setStart(chars[i].node, chars[i].offset);
          r.setEnd(chars[i].node, chars[i].offset + chars[i].ch.length);
          var box = r.getBoundingClientRect();
          if (x >= box.left && x <= box.right) { return i; }
        }
      }
      return -1;
    }

    // a paragraph that takes focus from the keyboard opens the popup; one focused by following a link
    // to its #pN (search results, the terms page) or by a click does not
    var keyboard = false;
    document.addEventListener("keydown", function (event) { if (event.key === "Tab") { keyboard = true; } }, true);
    document.addEventListener("pointerdown", function () { keyboard = false; }, true);

    document.querySelectorAll("p.para").forEach(function (p) {
      var cursor = -1;
      p.tabIndex = 0;
      p.setAttribute("aria-describedby", "gloss");
      p.addEventListener("click", function (event) {
        if (event.target.closest("a, button") || !window.getSelection().isCollapsed) { return; }
        var chars = characters(p);
        var i = indexAt(chars, event.clientX, event.clientY);
        if (i >= 0 && show(p, chars, i)) { cursor = i; event.stopPropagation(); } else { hide(); }
      });
      p.addEventListener("focus", function () {
        if (keyboard && p.matches(":focus-visible")) {
          var chars = characters(p);
          if (cursor < 0) { cursor = chars.findIndex(function (c) { return han.test(c.ch); }); }
          if (cursor >= 0) { show(p, chars, cursor); }
        }
      });
      // focus moving to another element closes it (not the window losing focus)
      p.addEventListener("blur", function (event) { if (event.relatedTarget) { hide(); } });
      p.addEventListener("keydown", function (event) {
        var chars = characters(p);
        if (event.key === "Escape") { hide(); return; }
        if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") { return; }
        var step = event.key === "ArrowRight" ? 1 : -1;
        var hit = cursor >= 0 ? lookup(chars, cursor) : null;
        var next = cursor + (step > 0 && hit ? hit.length : step);
        while (next >= 0 && next < chars.length && !han.test(chars[next].ch)) { next += step; }
        if (next >= 0 && next < chars.length) {
          cursor = next;
          show(p, chars, cursor);
          event.preventDefault();
        }
      });
    });
    document.addEventListener("click", function (event) {
      if (!popup.contains(event.target)) { hide(); }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { hide(); }
    });
  }

  var onPinyin = body.classList.contains("pinyin");
  if (!pinyinToggle(onPinyin)) { return; }
  if (onPinyin) {
    toneColours();
    copyCharactersOnly();
  }
  // reading pages and the parallel view (each column's paragraph is a stop of its own, in its own script)
  if (glossFolder) { gloss(glossFolder); }
})();
