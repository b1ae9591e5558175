// duidu serve only: reload the page when the site was rebuilt, show a banner when the rebuild failed.
(function () {
  "use strict";
  if (!window.EventSource) { return; }
  var events = new EventSource("/__duidu/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("failure", function (e) {
    var banner = document.getElementById("duidu-build-failure") || document.createElement("pre");
    banner.id = "duidu-build-failure";
    banner.setAttribute("role", "alert");
    banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;margin:0;padding:1em;max-height:40vh;overflow:auto;" +
      "background:#5c0000;color:#fff;font:13px/1.4 monospace;white-space:pre-wrap;z-index:99999";
    banner.textContent = "duidu: the rebuild failed; this page shows the last good build.\n\n" + e.data;
    document.body.appendChild(banner);
  });
})();
