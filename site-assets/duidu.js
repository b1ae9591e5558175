// Duidu reading enhancements. Reading works without this file; it only adds conveniences.
(function () {
  "use strict";
  var KEY = "duidu.edition";

  function remember(edition) {
    try { localStorage.setItem(KEY, edition); } catch (e) { /* storage may be disabled */ }
  }
  function remembered() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }

  // The reader's edition: remember the one being read.
  var body = document.body;
  var current = body.getAttribute("data-edition");
  if (current) { remember(current); }

  // Edition switch: keep the paragraph anchor, remember the choice.
  document.querySelectorAll("a.edition-switch, a.edition-link").forEach(function (a) {
    a.addEventListener("click", function () {
      remember(a.getAttribute("data-edition"));
      if (a.classList.contains("edition-switch") && location.hash) {
        a.href = a.href.split("#")[0] + location.hash;
      }
    });
  });

  // Landing page: go straight to the remembered edition.
  if (body.classList.contains("kind-landing")) {
    var choice = remembered();
    var target = choice && document.querySelector('a.edition-link[data-edition="' + choice + '"]');
    if (target) { location.replace(target.href); }
  }

  // Copy-citation buttons on reading pages: title, section, paragraph, URL.
  var article = document.querySelector("article.interview[data-title]");
  if (article && navigator.clipboard) {
    var title = article.getAttribute("data-title");
    article.querySelectorAll("p.para[id]").forEach(function (p) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "cite";
      var copy = document.documentElement.lang === "zh-Hans" ? ["引用", "已复制"] : ["引用", "已複製"];
      button.textContent = copy[0];
      button.addEventListener("click", function () {
        var section = p.closest("section.qa");
        var url = location.href.split("#")[0] + "#" + p.id;
        var text = title + (section ? " · " + section.id : "") + " · " + p.id + " · " + url;
        navigator.clipboard.writeText(text).then(function () { button.textContent = copy[1]; });
      });
      p.appendChild(button);
    });
  }
})();
