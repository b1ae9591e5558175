// Duidu reading aids on reading pages and the parallel view. Everything works without this file:
// the pinyin toggle is a link between a page and its pinyin edition. This file remembers the choice
// (a reader who turned pinyin on gets it on every reading page), adds tone colours, and makes copying
// a pinyin page give the characters only. Loaded with `defer`, no inline script: a strict CSP holds.
(function () {
  "use strict";
  var PINYIN = "duidu.pinyin";
  var TONES = "duidu.tones";

  function stored(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* storage may be disabled (file://, privacy mode) */ }
  }
  function place() {
    return /^#[A-Za-z][\w-]*$/.test(location.hash) ? location.hash : "";
  }

  var body = document.body;
  var onPinyin = body.classList.contains("pinyin");
  var toggle = document.querySelector("a.pinyin-toggle");
  if (toggle) {
    if (!onPinyin && stored(PINYIN) === "on") {
      location.replace(toggle.href.split("#")[0] + place());
      return;
    }
    toggle.addEventListener("click", function () {
      store(PINYIN, toggle.getAttribute("data-pinyin"));
      toggle.href = toggle.href.split("#")[0] + place();
    });
  }
  if (!onPinyin) { return; }

  // Tone colours: a pressed/unpressed button beside the note, remembered like the pinyin choice.
  var note = document.querySelector(".pinyin-note[data-tones]");
  if (note) {
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

  // Copying gives the characters only: the readings (rt) and buttons leave the copied text.
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
})();
