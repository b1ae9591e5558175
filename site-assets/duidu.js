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

  article.querySelectorAll("p.para[id][data-cite]").forEach(function (p) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "cite";
    button.textContent = label;
    button.setAttribute("aria-label", label + "：" + p.getAttribute("data-cite"));
    button.addEventListener("click", function () {
      var url = location.href.split("#")[0] + "#" + p.id;
      var citation = "《" + title + "》，" + p.getAttribute("data-cite") + "，" + url;
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
