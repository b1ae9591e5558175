// duidu serve only (never part of the built site): reload this page when a rebuild changed it, keeping
// its scroll position; show every diagnostic of a failed build in an overlay until it is fixed.
// Everything shown is set with textContent: diagnostics quote untrusted content.
(function () {
  "use strict";
  var script = document.currentScript;
  var params = script ? new URL(script.src).searchParams : null;
  var shown = params ? params.get("build") : null;
  // the checksum of this page as built: after a rebuild the page asks for its own headers, and reloads
  // only if it changed (an edit is shown first as its own pages, then as the whole site)
  var page = params ? params.get("page") : null;
  var overlaid = false;
  var asked = 0;
  var KEY = "duidu-live-scroll";
  var here = location.pathname + location.search;

  try {
    var saved = JSON.parse(sessionStorage.getItem(KEY) || "null");
    sessionStorage.removeItem(KEY);
    if (saved && saved.page === here) {
      var restore = function () { window.scrollTo(saved.x, saved.y); };
      if (document.readyState === "complete") { restore(); } else { window.addEventListener("load", restore); }
    }
  } catch (e) { /* storage disabled: reload without keeping the place */ }

  function reload() {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ page: here, x: window.scrollX, y: window.scrollY }));
    } catch (e) { /* ignore */ }
    location.reload();
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function hide() {
    var old = document.getElementById("duidu-overlay");
    if (old) { old.remove(); }
  }

  function show(failure) {
    hide();
    if (!document.getElementById("duidu-live-css")) {
      var css = document.createElement("link");
      css.id = "duidu-live-css";
      css.rel = "stylesheet";
      css.href = "/__duidu/live.css";
      document.head.appendChild(css);
    }
    var box = element("div");
    box.id = "duidu-overlay";
    box.setAttribute("role", "alert");
    box.lang = "en";
    var close = element("button", "", "\u00d7");
    close.type = "button";
    close.setAttribute("aria-label", "Hide");
    close.addEventListener("click", hide);
    box.appendChild(close);
    box.appendChild(element("h2", "", "duidu: the build failed"));
    box.appendChild(element("p", "", failure.summary + " \u2014 this page shows the last good build; it reloads when the sources are fixed."));
    var list = element("ol");
    (failure.diagnostics || []).forEach(function (d) {
      var item = element("li", "duidu-diagnostic");
      item.appendChild(element("div", "duidu-place", d.place + ": " + d.severity + ": " + d.code));
      item.appendChild(element("div", "duidu-message", d.message));
      if (typeof d.source === "string") {
        var pre = element("pre", "duidu-source");
        var chars = Array.from(d.source);
        var at = Math.max(0, (d.column || 1) - 1);
        pre.appendChild(document.createTextNode(d.line + " | " + chars.slice(0, at).join("")));
        if (at < chars.length) {
          pre.appendChild(element("mark", "", chars[at]));
          pre.appendChild(document.createTextNode(chars.slice(at + 1).join("")));
        }
        item.appendChild(pre);
      }
      list.appendChild(item);
    });
    box.appendChild(list);
    document.body.appendChild(box);
  }

  function settle(state) {
    if (state.failure) {
      show(state.failure);
      overlaid = true;
    } else {
      hide();
      overlaid = false;
    }
  }

  function reloadIfChanged(state) {
    var ticket = ++asked;
    fetch(here, { method: "HEAD", cache: "no-store" }).then(function (r) {
      if (ticket !== asked) { return; } // a newer state is being checked
      if (r.headers.get("X-Duidu-Page") !== page) {
        reload();
      } else {
        shown = String(state.build);
        settle(state);
      }
    }, function () {
      if (ticket === asked) { reload(); }
    });
  }

  if (!window.EventSource) { return; }
  var events = new EventSource("/__duidu/events");
  events.addEventListener("state", function (e) {
    var state = JSON.parse(e.data);
    if (shown !== null && String(state.build) !== shown) {
      // a newer state exists (perhaps told before this page connected); after a failure the page
      // reloads whatever changed: it has shown the last good build all along
      if (overlaid && !state.failure) { reload(); } else if (page && window.fetch) { reloadIfChanged(state); } else { reload(); }
    } else {
      settle(state);
    }
  });
})();
