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

  // The contents follow the reader: the last section whose start has passed the top third of the window is marked
  // aria-current="location", and a contents panel that scrolls on its own (sticky beside the text on wide screens)
  // is scrolled to keep that entry in view. The observer only says when a section crosses that line; which one is
  // current is then read from the positions, so jumps and fast scrolls land on the right entry.
  function followContents() {
    var toc = document.querySelector(".toc");
    if (!toc || !("IntersectionObserver" in window)) { return; }
    var entries = Array.prototype.map.call(toc.querySelectorAll('a[href^="#"]'), function (link) {
      return { link: link, target: document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1))) };
    }).filter(function (entry) { return entry.target; });
    var current = null;

    function update() {
      var line = window.innerHeight / 3, found = null;
      // Document order is the order of the sections' tops, a section before the ones inside it.
      for (var i = 0; i < entries.length && entries[i].target.getBoundingClientRect().top <= line; i++) { found = entries[i]; }
      if (found === current) { return; }
      if (current) { current.link.removeAttribute("aria-current"); }
      current = found;
      if (current) {
        current.link.setAttribute("aria-current", "location");
        keepInView(toc, current.link);
      }
    }

    var observer = new IntersectionObserver(update, { rootMargin: "0px 0px -66% 0px" });
    entries.forEach(function (entry) { observer.observe(entry.target); });
    update();
  }

  // Scrolls the panel itself, never the page (scrollIntoView would move the text the reader is reading).
  function keepInView(panel, link) {
    if (panel.scrollHeight <= panel.clientHeight) { return; }
    var box = panel.getBoundingClientRect(), item = link.getBoundingClientRect();
    if (item.top < box.top || item.bottom > box.bottom) { panel.scrollTop += item.top - box.top - panel.clientHeight / 3; }
  }

  // A printed copy says when it was printed (without the script it keeps the day the page was built, labelled so)
  // and, where the site has no public address, the web address it was printed from (a file:// one helps nobody).
  function stampPrintedCopy() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-print-date]"), function (slot) {
      slot.textContent = "打印日期：" + dateForms.zh(new Date());
    });
    if (!/^https?:$/.test(location.protocol)) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("[data-print-address]"), function (slot) {
      slot.textContent = "本页网址：" + location.href.split("#")[0];
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll(".cite-text"), fillCitation);
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy-citation]"), setUpCitation);
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy-link]"), setUpCopyLink);
  foldTocOnNarrowScreens();
  followContents();
  window.addEventListener("beforeprint", stampPrintedCopy);
  followAlias();
  window.addEventListener("hashchange", followAlias);
})();
