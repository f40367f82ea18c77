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

  // The address of a page of the site as a reader shares it: over http a folder's address, from file:// the file itself.
  function addressOf(relative) {
    var address = new URL(relative, location.href).href;
    return location.protocol === "file:" ? address : address.replace(/\/index\.html(#|$)/, "/$1");
  }

  function permalinkOf(actions) {
    var link = actions.querySelector(".permalink");
    return link.getAttribute("data-permalink") || addressOf(link.getAttribute("href"));
  }

  function announce(scope, message) {
    var status = scope.querySelector(".action-status");
    if (status) { status.textContent = message; }
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  // The forms of CitationBuilder.Date and of the styles' address escaping (Render/Cite), kept in step with them.
  var dateForms = {
    iso: function (d) { return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()); },
    zh: function (d) { return d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日"; },
    csl: function (d) { return d.getFullYear() + ", " + (d.getMonth() + 1) + ", " + d.getDate(); }
  };
  var addressForms = {
    text: function (u) { return u; },
    json: function (u) { return JSON.stringify(u).slice(1, -1); },
    bibtex: function (u) { return u.replace(/\{/g, "%7B").replace(/\}/g, "%7D"); }
  };

  // A citation names the day it was read and, where the site has no public address, the address it was read at:
  // both are filled in the page itself, so the citation shown is the one copied.
  function fillCitation(citation) {
    var page = citation.closest("[data-cite-href]");
    var address = addressOf(page.getAttribute("data-cite-href"));
    var today = new Date();
    Array.prototype.forEach.call(citation.querySelectorAll("[data-slot]"), function (slot) {
      var form = slot.getAttribute("data-form");
      if (slot.getAttribute("data-slot") === "accessed") {
        slot.textContent = (dateForms[form] || dateForms.iso)(today);
      } else if (slot.textContent === "") {
        slot.textContent = (addressForms[form] || addressForms.text)(address);
      }
    });
  }

  function copyAndSay(text, scope, done) {
    copyText(text).then(function () { announce(scope, done); }, function () { announce(scope, "无法复制，请手动复制"); });
  }

  function setUpCitation(button) {
    var scope = button.closest(".cite-style, .provision-actions");
    var citation = scope.querySelector(".cite-text");
    button.hidden = false;
    button.addEventListener("click", function () {
      citation.hidden = false;
      copyAndSay(citation.textContent, scope, "引用已复制");
    });
  }

  function setUpCopyLink(button) {
    var actions = button.closest(".provision-actions");
    button.hidden = false;
    button.addEventListener("click", function () { copyAndSay(permalinkOf(actions), actions, "链接已复制"); });
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

  Array.prototype.forEach.call(document.querySelectorAll(".cite-text"), fillCitation);
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy-citation]"), setUpCitation);
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy-link]"), setUpCopyLink);
  foldTocOnNarrowScreens();
  followAlias();
  window.addEventListener("hashchange", followAlias);
})();
