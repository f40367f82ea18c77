/* Agency index: sorting by any column and a text filter, on top of a table that is complete without them.
   Header cells get sort buttons and aria-sort; the filter box stays hidden when this script does not run.
   Sorting by kind (类别) restores the grouped layout; any other column lists all agencies in one sorted body.
   Works from file:// (no fetch, no modules). */
(function () {
  "use strict";

  var table = document.querySelector("[data-agency-table]");
  if (!table || !table.tHead) { return; }

  var groups = Array.prototype.slice.call(table.querySelectorAll("tbody[data-agency-group]"));
  var rows = [];
  groups.forEach(function (body) {
    Array.prototype.forEach.call(body.rows, function (row) {
      if (!row.classList.contains("agency-group-row")) {
        rows.push({ row: row, body: body, order: rows.length });
      }
    });
  });

  var sorted = document.createElement("tbody");
  sorted.className = "agency-sorted";
  sorted.hidden = true;
  table.appendChild(sorted);

  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var collator = window.Intl && Intl.Collator ? new Intl.Collator("zh-CN") : null;
  var grouped = true;
  var current = { column: -1, direction: "" };
  var filterBox = document.querySelector("[data-agency-filter]");
  var input = filterBox ? filterBox.querySelector("input") : null;
  var status = filterBox ? filterBox.querySelector("[role=status]") : null;

  function valueOf(item, column, type) {
    var cell = item.row.cells[column];
    if (type === "number" || type === "group") {
      var raw = cell.getAttribute("data-sort-value");
      return parseFloat(raw === null ? cell.textContent : raw) || 0;
    }
    var link = cell.querySelector("a");
    return (link || cell).textContent.trim();
  }

  function compareText(a, b) {
    return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0);
  }

  function showGrouped(reverse) {
    var order = reverse ? groups.slice().reverse() : groups;
    order.forEach(function (body) { table.appendChild(body); });
    table.appendChild(sorted);
    rows.forEach(function (item) { item.body.appendChild(item.row); });
    sorted.hidden = true;
    grouped = true;
  }

  function showSorted(column, type, direction) {
    var sign = direction === "ascending" ? 1 : -1;
    var list = rows.slice().sort(function (a, b) {
      var x = valueOf(a, column, type);
      var y = valueOf(b, column, type);
      var result = type === "number" ? x - y : compareText(x, y);
      return result !== 0 ? sign * result : a.order - b.order;
    });
    list.forEach(function (item) { sorted.appendChild(item.row); });
    groups.forEach(function (body) { body.hidden = true; });
    sorted.hidden = false;
    grouped = false;
  }

  function sortBy(column) {
    var type = headers[column].getAttribute("data-sort") || "text";
    var direction = current.column === column && current.direction === "ascending" ? "descending" : "ascending";
    if (type === "group") {
      showGrouped(direction === "descending");
    } else {
      showSorted(column, type, direction);
    }
    current = { column: column, direction: direction };
    headers.forEach(function (th, i) {
      if (i === column) { th.setAttribute("aria-sort", direction); } else { th.removeAttribute("aria-sort"); }
    });
    applyFilter();
  }

  function applyFilter() {
    var terms = input ? input.value.trim().toLowerCase().split(/[\s、，,]+/).filter(Boolean) : [];
    var shown = 0;
    rows.forEach(function (item) {
      var text = (item.row.getAttribute("data-filter") || item.row.textContent).toLowerCase();
      var match = terms.every(function (term) { return text.indexOf(term) >= 0; });
      item.row.hidden = !match;
      if (match) { shown += 1; }
    });
    groups.forEach(function (body) {
      var visible = rows.some(function (item) { return item.body === body && !item.row.hidden; });
      body.hidden = !grouped || !visible;
    });
    if (status) {
      status.textContent = terms.length === 0 ? "" : shown === 0 ? "没有符合条件的单位" : "显示 " + shown + " 个，共 " + rows.length + " 个";
    }
  }

  headers.forEach(function (th, column) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    button.addEventListener("click", function () { sortBy(column); });
  });

  if (filterBox && input) {
    filterBox.hidden = false;
    input.addEventListener("input", applyFilter);
    if (input.value) { applyFilter(); }
  }
})();
