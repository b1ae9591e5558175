// Duidu reading enhancements. Reading works without this file; it only adds conveniences:
// the edition switch keeps the reader's place, the chosen edition is remembered and honoured by the
// landing page, and every paragraph gets a copy-citation button.
// Loaded with `defer` from the site's own origin; no inline script, so a strict CSP holds.
(function () {
  "use strict";
  var KEY = "duidu.edition";
  var EDITIONS = ["zh-Hans", "zh-Hant"];

  function remember(edition) {
    if (EDITIONS.indexOf(edition) < 0) { return; }
    try { localStorage.setItem(KEY, edition); } catch (e) { /* storage may be disabled (file://, privacy mode) */ }
  }
  function remembered() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }

  var body = document.body;
  var current = body.getAttribute("data-edition");
  if (current) { remember(current); }

  // The edition switch points at the same place in the other edition: same page, same #pN / #qN.
  var switches = document.querySelectorAll("a.edition-switch");
  function keepPlace() {
    var hash = /^#[A-Za-z][\w-]*$/.test(location.hash) ? location.hash : "";
    switches.forEach(function (a) {
      a.href = a.href.split("#")[0] + hash;
    });
  }
  keepPlace();
  window.addEventListener("hashchange", keepPlace);

  document.querySelectorAll("a.edition-switch, a.edition-link").forEach(function (a) {
    a.addEventListener("click", function () {
      keepPlace();
      remember(a.getAttribute("data-edition"));
    });
  });

  // Landing page: a returning reader goes straight to the edition they chose last time.
  if (body.classList.contains("kind-landing")) {
    var choice = remembered();
    var target = choice && document.querySelector('a.edition-link[data-edition="' + choice + '"]');
    if (target) { location.replace(target.href); }
  }

  // Copy-citation: title, section, paragraph, URL, e.g. "《标题》，问 3，第 19 段，https://…#p19".
  var article = document.querySelector("article.interview[data-title]");
  if (!article) { return; }
  var title = article.getAttribute("data-title");
  var label = article.getAttribute("data-cite-label");
  var copiedLabel = article.getAttribute("data-copied");

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // file:// and plain http: the older, synchronous way
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "copy-buffer";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  // Citation styles: the short form above, GB/T 7714-2015 (责任者.题名[EB/OL].出版者,年[引用日期].URL)
  // and Chicago (Author. "Title." Source, Date. URL.), each pointing at the paragraph (#pN).
  var STYLE_KEY = "duidu.cite";
  var STYLES = ["short", "gbt7714", "chicago"];
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"];
  var people = article.getAttribute("data-people") || "";
  var source = article.getAttribute("data-source") || "";
  var date = article.getAttribute("data-date") || "";

  function citeStyle() {
    var chosen = null;
    try { chosen = localStorage.getItem(STYLE_KEY); } catch (e) { chosen = null; }
    return STYLES.indexOf(chosen) >= 0 ? chosen : "short";
  }

  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }

  function chicagoDate(iso) {
    var parts = iso.split("-");
    if (parts.length === 3) { return MONTHS[Number(parts[1]) - 1] + " " + Number(parts[2]) + ", " + parts[0]; }
    if (parts.length === 2) { return MONTHS[Number(parts[1]) - 1] + " " + parts[0]; }
    return parts[0];
  }

  function cite(style, url, where) {
    if (style === "gbt7714") {
      return (people ? people.replace(/、/g, ",") + "." : "") + title + "[EB/OL]."
        + [source, date ? date.slice(0, 4) : ""].filter(Boolean).join(",") + "[" + today() + "]." + url;
    }
    if (style === "chicago") {
      return (people ? people.replace(/、/g, ", ") + ". " : "") + "\u201c" + title + ".\u201d "
        + [source, date ? chicagoDate(date) : ""].filter(Boolean).join(", ") + (source || date ? ". " : "") + url + ".";
    }
    return "《" + title + "》，" + where + "，" + url;
  }

  var styleNames = (article.getAttribute("data-cite-styles") || "").split("|");
  if (styleNames.length === STYLES.length) {
    var chooser = document.createElement("p");
    chooser.className = "cite-style";
    var choose = document.createElement("label");
    choose.setAttribute("for", "cite-style");
    choose.textContent = article.getAttribute("data-cite-style-label") + " ";
    var select = document.createElement("select");
    select.id = "cite-style";
    STYLES.forEach(function (style, i) {
      var option = document.createElement("option");
      option.value = style;
      option.textContent = styleNames[i];
      select.appendChild(option);
    });
    select.value = citeStyle();
    select.addEventListener("change", function () {
      try { localStorage.setItem(STYLE_KEY, select.value); } catch (e) { /* not remembered */ }
    });
    chooser.appendChild(choose);
    chooser.appendChild(select);
    var header = article.querySelector(".interview-header");
    if (header) { header.appendChild(chooser); }
  }

  article.querySelectorAll("p.para[id][data-cite]").forEach(function (p) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "cite";
    button.textContent = label;
    button.setAttribute("aria-label", label + "：" + p.getAttribute("data-cite"));
    button.addEventListener("click", function () {
      var url = location.href.split("#")[0].split("?")[0] + "#" + p.id;
      var citation = cite(citeStyle(), url, p.getAttribute("data-cite"));
      copy(citation).then(function () {
        button.textContent = copiedLabel;
        button.setAttribute("data-citation", citation);
        setTimeout(function () { button.textContent = label; }, 2000);
      }, function () {
        // copying refused: show the citation so it can be copied by hand
        window.prompt(label, citation);
      });
    });
    p.appendChild(button);
  });
})();

// Arriving from a search hit (SLUG.html?hl=词语 词#pN): the paragraph's matched words are marked and
// the paragraph is scrolled into view (the browser already jumps to #pN; marking may move it).
(function () {
  "use strict";
  var words;
  try {
    words = (new URLSearchParams(window.location.search).get("hl") || "").split(/\s+/).filter(function (w) { return w.length > 0; });
  } catch (e) {
    return;
  }
  var id = /^#p\d+$/.test(location.hash) ? location.hash.slice(1) : "";
  var target = id && document.getElementById(id);
  if (!target || words.length === 0) {
    return;
  }
  // longest first, so a word inside a longer one does not split it
  words.sort(function (a, b) { return b.length - a.length; });
  var walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      var parent = node.parentElement;
      return parent && parent.closest(".anchor, .cite, .speaker, rt, .garbled-note, sup") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    }
  });
  var nodes = [];
  while (walker.nextNode()) { nodes.push(walker.currentNode); }
  nodes.forEach(function (node) {
    var text = node.nodeValue;
    var parts = [];
    var at = 0;
    for (var i = 0; i < text.length;) {
      var found = null;
      for (var w = 0; w < words.length; w++) {
        if (text.startsWith(words[w], i)) { found = words[w]; break; }
      }
      if (found) {
        parts.push(text.slice(at, i), found);
        i += found.length;
        at = i;
      } else {
        i++;
      }
    }
    if (parts.length === 0) { return; }
    parts.push(text.slice(at));
    var fragment = document.createDocumentFragment();
    parts.forEach(function (part, k) {
      if (k % 2 === 1) {
        var mark = document.createElement("mark");
        mark.className = "hl";
        mark.textContent = part;
        fragment.appendChild(mark);
      } else if (part) {
        fragment.appendChild(document.createTextNode(part));
      }
    });
    node.parentNode.replaceChild(fragment, node);
  });
  target.classList.add("hl-target");
  target.scrollIntoView({ block: "center" });
}());
