/* A measure's page: the chooser above the two side-by-side columns picks which plans they show. The columns are
   copies of the plans' sections in the full list below (ids prefixed "side-", as the build prefixes the default
   pair's), so every plan stays readable without this script, which only reveals the chooser. A reader who arrives
   at a plan or one of its provisions (#plan-quxian, #quxian-part_2__sec_1__art_1: the links of the comparison index
   and of a provision's page) sees that plan beside the plan above it (data-above), else beside the other column.
   Works from file:// (no fetch, no modules). */
(function () {
  "use strict";

  var PREFIX = "side-";
  var side = document.querySelector("[data-compare-side]");
  var list = document.querySelector("[data-compare-columns]");
  var chooser = document.querySelector("[data-compare-chooser]");
  if (!side || !list || !chooser) { return; }

  var selects = Array.prototype.slice.call(chooser.querySelectorAll("select[data-slot]"));
  var columns = Array.prototype.slice.call(list.children);

  function source(slug) {
    for (var i = 0; i < columns.length; i++) {
      if (columns[i].getAttribute("data-plan") === slug) { return columns[i]; }
    }
    return null;
  }

  function prefixed(element, attribute) {
    var value = element.getAttribute(attribute);
    if (value) { element.setAttribute(attribute, PREFIX + value); }
  }

  function copy(column) {
    var clone = column.cloneNode(true);
    [clone].concat(Array.prototype.slice.call(clone.querySelectorAll("[id], [aria-labelledby]"))).forEach(function (element) {
      prefixed(element, "id");
      prefixed(element, "aria-labelledby");
    });
    return clone;
  }

  function slotPlan(slot) { return side.children[slot].getAttribute("data-plan"); }

  // The 条文对照 of the two plans shown: the plan-above page when one is above the other, else the pair's page
  // when the build made one (the list of pairs below); none otherwise.
  var pairLink = document.querySelector("[data-compare-pair-link]");
  function pairHref(a, b) {
    var left = source(a);
    var aboveLink = left && left.getAttribute("data-above") === b && left.querySelector(".compare-above-link");
    if (aboveLink) { return aboveLink.getAttribute("href"); }
    var pairs = document.querySelectorAll(".compare-pairs a[data-pair]");
    for (var i = 0; i < pairs.length; i++) {
      var key = pairs[i].getAttribute("data-pair");
      if (key === a + "--" + b || key === b + "--" + a) { return pairs[i].getAttribute("href"); }
    }
    var right = source(b);
    var reverse = right && right.getAttribute("data-above") === a && right.querySelector(".compare-above-link");
    return reverse ? reverse.getAttribute("href") : null;
  }

  function updatePairLink() {
    if (!pairLink) { return; }
    var href = slotPlan(0) === slotPlan(1) ? null : pairHref(slotPlan(0), slotPlan(1));
    pairLink.hidden = !href;
    if (href) { pairLink.querySelector("a").setAttribute("href", href); }
  }

  function show(slot, slug) {
    var column = source(slug);
    selects[slot].value = slug;
    if (column && slotPlan(slot) !== slug) { side.replaceChild(copy(column), side.children[slot]); }
    updatePairLink();
  }

  selects.forEach(function (select) {
    select.addEventListener("change", function () { show(Number(select.getAttribute("data-slot")), select.value); });
  });

  // The plan the address points at (its section in the full list, or a provision in it), shown first, and the plan
  // above it (or the other column's plan) beside it; the view then scrolls to that plan's copy.
  function fromAddress() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target || !list.contains(target)) { return; }
    var column = target.closest(".compare-column");
    var slug = column.getAttribute("data-plan");
    var above = column.getAttribute("data-above");
    var other = slotPlan(0) === slug ? slotPlan(1) : slotPlan(0);
    if (above && source(above)) { other = above; }
    if (other === slug) { other = columns[0] === column ? columns[1].getAttribute("data-plan") : columns[0].getAttribute("data-plan"); }
    show(0, slug);
    show(1, other);
    var copyOfTarget = document.getElementById(PREFIX + id);
    if (copyOfTarget) {
      if (copyOfTarget.classList.contains("compare-provision")) { copyOfTarget.classList.add("is-target"); }
      copyOfTarget.scrollIntoView();
    }
  }

  chooser.hidden = false;
  // After the browser's own jump to the fragment, which would otherwise win.
  if (document.readyState === "complete") { fromAddress(); } else { window.addEventListener("load", fromAddress); }
})();
