/* A measure's page: on a narrow screen, show one plan's column at a time and turn the plan links above the
   columns into a switcher. Progressive enhancement: without this script the links jump to the stacked columns.
   Works from file:// (no fetch, no modules). */
(function () {
  "use strict";

  var container = document.querySelector("[data-compare-columns]");
  var switcher = document.querySelector(".compare-switcher");
  if (!container || !switcher || !window.matchMedia) { return; }

  var narrow = window.matchMedia("(max-width: 47.99rem)");
  var links = Array.prototype.slice.call(switcher.querySelectorAll("a[data-column]"));
  var columns = Array.prototype.slice.call(container.querySelectorAll(".compare-column"));

  // The column the address points at: the column itself or a provision inside it; else the first.
  function columnFromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    for (var i = 0; target && i < columns.length; i++) {
      if (columns[i] === target || columns[i].contains(target)) { return columns[i]; }
    }
    return columns[0];
  }

  function show(column) {
    columns.forEach(function (c) { c.classList.toggle("is-active", c === column); });
    links.forEach(function (link) {
      if (link.getAttribute("data-column") === column.id) { link.setAttribute("aria-current", "true"); }
      else { link.removeAttribute("aria-current"); }
    });
  }

  function apply() {
    if (narrow.matches) {
      container.classList.add("is-switching");
      show(columnFromHash());
    } else {
      container.classList.remove("is-switching");
      columns.forEach(function (c) { c.classList.remove("is-active"); });
      links.forEach(function (link) { link.removeAttribute("aria-current"); });
    }
  }

  links.forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (!narrow.matches) { return; } // wide screens: an ordinary jump to the column
      event.preventDefault();
      var column = document.getElementById(link.getAttribute("data-column"));
      history.replaceState(null, "", "#" + column.id);
      show(column);
      var heading = column.querySelector("h2");
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    });
  });

  window.addEventListener("hashchange", apply);
  if (narrow.addEventListener) { narrow.addEventListener("change", apply); } else if (narrow.addListener) { narrow.addListener(apply); }
  apply();
})();
