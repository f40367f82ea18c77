/* Plan and provision pages: copy-link and cite buttons, and old anchors of renumbered provisions.
   Works from file:// (no fetch, no modules). The buttons stay hidden when this script does not run. */
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // file:// is not a secure context, so fall back to a selected textarea.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }

  function permalinkOf(actions) {
    var link = actions.querySelector(".permalink");
    return link.getAttribute("data-permalink") || link.href;
  }

  function announce(actions, message) {
    var status = actions.querySelector(".action-status");
    if (status) { status.textContent = message; }
  }

  function setUpActions(actions) {
    var copyButton = actions.querySelector("[data-copy-link]");
    var citeButton = actions.querySelector("[data-cite]");
    copyButton.hidden = false;
    citeButton.hidden = false;
    copyButton.addEventListener("click", function () {
      copyText(permalinkOf(actions)).then(function () { announce(actions, "链接已复制"); }, function () { announce(actions, "无法复制，请手动复制"); });
    });
    citeButton.addEventListener("click", function () {
      var citation = citeButton.getAttribute("data-cite") + " " + permalinkOf(actions);
      copyText(citation).then(function () { announce(actions, "引用已复制"); }, function () { announce(actions, "无法复制，请手动复制"); });
    });
  }

  function followAlias() {
    var plan = document.querySelector("[data-aliases]");
    var id = decodeURIComponent(location.hash.slice(1));
    if (!plan || !id || document.getElementById(id)) { return; }
    var aliases = JSON.parse(plan.getAttribute("data-aliases") || "{}");
    var current = aliases[id];
    if (current && document.getElementById(current)) {
      history.replaceState(null, "", "#" + current);
      document.getElementById(current).scrollIntoView();
    }
  }

  // The table of contents is open without JavaScript; on a phone it would push the text a screen down.
  function foldTocOnNarrowScreens() {
    var toc = document.querySelector(".toc details");
    if (toc && window.matchMedia("(max-width: 63.99rem)").matches && !location.hash) { toc.open = false; }
  }

  Array.prototype.forEach.call(document.querySelectorAll(".provision-actions"), setUpActions);
  foldTocOnNarrowScreens();
  followAlias();
  window.addEventListener("hashchange", followAlias);
})();
