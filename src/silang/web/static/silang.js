// silang web UI: the one script. Turns highlight kinds on and off on the article page and
// remembers the choice; every page works without it (all highlights are then shown).
"use strict";
(function () {
  var KEY = "silang-hidden-highlights";
  function hidden() {
    try { return JSON.parse(window.localStorage.getItem(KEY) || "[]"); } catch (e) { return []; }
  }
  function apply(list) {
    ["evidence", "mention", "quantity", "time"].forEach(function (kind) {
      document.body.classList.toggle("hide-" + kind, list.indexOf(kind) >= 0);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var boxes = document.querySelectorAll("input[data-highlight]");
    if (!boxes.length) { return; }
    var list = hidden();
    apply(list);
    boxes.forEach(function (box) {
      box.checked = list.indexOf(box.dataset.highlight) < 0;
      box.addEventListener("change", function () {
        var now = [];
        boxes.forEach(function (b) { if (!b.checked) { now.push(b.dataset.highlight); } });
        try { window.localStorage.setItem(KEY, JSON.stringify(now)); } catch (e) { /* private mode */ }
        apply(now);
      });
    });
  });
})();
