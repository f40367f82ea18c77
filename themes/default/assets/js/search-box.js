/* The header's search box: offers the first results as the reader types, like the search of MkDocs Material.
   Loaded on every page with the box, after search-tokenizer.js and search-engine.js. Nothing of the index is
   loaded until the reader types: then meta.js, the shards of the query's terms and the chunks of the results shown,
   each by a script tag, so the box works from file:// too. Without JavaScript the form still sends ?q= to the
   search page. ARIA combobox pattern (1.2): the input owns a listbox of options; the focus stays in the input and
   aria-activedescendant names the option the arrow keys chose. Plain ES5, like the other scripts of the theme.
   Text from the plans reaches the page only through textContent, never as markup. */
(function () {
  "use strict";

  var LIMIT = 8;               /* results offered in the dropdown; the search page has the rest */
  var SNIPPET_BEFORE = 12;     /* characters of a snippet before its match */
  var SNIPPET_LENGTH = 44;     /* characters in a snippet: one or two lines of the panel */
  var TYPING_DELAY = 200;      /* ms after the last keystroke before searching */

  var form = document.querySelector("[data-search-box]");
  var engine = window.PlanAtlasSearch;
  if (!form || !engine || !window.PlanAtlasTokenizer) {
    return; /* no box on this page, or a script missing: the form still submits */
  }
  var input = form.querySelector("input[type=search]");
  var root = document.documentElement.getAttribute("data-root");
  if (root === null) {
    root = "";
  }
  engine.base = root + "assets/search/";

  var listId = input.id + "-list";
  var panel = document.createElement("div");
  panel.className = "site-search-panel";
  panel.hidden = true;
  var list = document.createElement("ul");
  list.id = listId;
  list.className = "site-search-list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "搜索结果");
  var footer = document.createElement("p");
  footer.className = "site-search-footer";
  panel.appendChild(list);
  panel.appendChild(footer);
  form.appendChild(panel);
  /* What the dropdown shows, also read out: "找到 12 条，显示前 8 条" or "没有找到". */
  var announce = document.createElement("p");
  announce.className = "visually-hidden";
  announce.setAttribute("role", "status");
  form.appendChild(announce);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);

  var state = { query: "", serial: 0, results: [], active: -1, timer: null, needles: [] };
  var fold = window.PlanAtlasTokenizer.fold;

  /* A few words of the text or note around the first word the query (or a variant: 法律援助 for 法援) found there,
     the match marked; null when it is only in the title. Folding keeps lengths, so offsets carry over. */
  function snippet(result) {
    var fields = [result.text || "", result.note || ""], f, i, at, best;
    for (f = 0; f < fields.length; f++) {
      best = null;
      for (i = 0; i < state.needles.length; i++) {
        at = fold(fields[f]).indexOf(state.needles[i]);
        if (at >= 0 && (best === null || at < best.at)) {
          best = { at: at, length: state.needles[i].length };
        }
      }
      if (best !== null) {
        var text = fields[f].replace(/\n/g, " ");
        var from = Math.max(0, best.at - SNIPPET_BEFORE), to = Math.min(text.length, from + SNIPPET_LENGTH);
        var line = document.createElement("span");
        line.className = "site-search-option-snippet";
        var mark = document.createElement("mark");
        mark.textContent = text.slice(best.at, Math.min(to, best.at + best.length));
        line.appendChild(document.createTextNode((from > 0 ? "…" : "") + text.slice(from, best.at)));
        line.appendChild(mark);
        line.appendChild(document.createTextNode(text.slice(best.at + best.length, to) + (to < text.length ? "…" : "")));
        return line;
      }
    }
    return null;
  }

  function normalize(text) {
    return text.replace(/\s+/g, " ").replace(/^ | $/g, "");
  }

  /* The full search page for the query, where filters by place and measure narrow it. */
  function searchPageHref(query) {
    return form.getAttribute("action") + "?q=" + encodeURIComponent(query);
  }

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function setOpen(open) {
    panel.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    form.setAttribute("data-state", open ? "open" : "closed");
    if (!open) {
      setActive(-1);
    }
  }

  function setActive(index) {
    var options = list.querySelectorAll("[role=option]");
    state.active = index;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    if (index >= 0 && options[index]) {
      input.setAttribute("aria-activedescendant", options[index].id);
      if (options[index].scrollIntoView) {
        options[index].scrollIntoView({ block: "nearest" });
      }
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function option(result, index) {
    var item = document.createElement("li");
    item.id = listId + "-" + index;
    item.className = "site-search-option";
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    item.setAttribute("data-ref", result.ref);
    /* An option holds no link (nothing interactive inside an option): a click or Enter goes to its address. */
    item.setAttribute("data-href", root + result.href);
    var title = document.createElement("span");
    title.className = "site-search-option-title";
    title.textContent = (result.kind === "agency" ? "" : result.numberPath) + result.title;
    var where = document.createElement("span");
    where.className = "site-search-option-where";
    where.textContent = result.kind === "agency" ? "责任单位 · " + result.context : result.planLabel;
    item.appendChild(title);
    var line = result.kind === "agency" ? null : snippet(result);
    if (line) {
      item.appendChild(line);
    }
    item.appendChild(where);
    /* A press on an option must not blur the input first (which would close the list before the click). */
    item.addEventListener("mousedown", function (event) { event.preventDefault(); });
    item.addEventListener("click", function () { go(item.getAttribute("data-href")); });
    return item;
  }

  function render(query, search, results) {
    list.textContent = "";
    footer.textContent = "";
    state.results = results;
    results.forEach(function (result, i) { list.appendChild(option(result, i)); });
    var count = search ? search.count() : 0;
    var about = search && search.uncertain > 0 ? "约 " : "";
    if (results.length === 0) {
      footer.appendChild(document.createTextNode("没有找到包含“" + query + "”的条目。可以查看"));
      footer.appendChild(link(root + engine.meta.routes.agencies, "责任单位索引"));
      footer.appendChild(document.createTextNode("，或到"));
      footer.appendChild(link(searchPageHref(query), "搜索页"));
      footer.appendChild(document.createTextNode("换个说法查找。"));
      announce.textContent = "没有找到包含“" + query + "”的条目。";
    } else {
      footer.appendChild(link(searchPageHref(query), count > results.length
        ? "查看全部 " + about + count + " 条结果（可按地区和措施筛选）"
        : "在搜索页查看（可按地区和措施筛选）"));
      announce.textContent = "找到" + about + count + " 条，列出前 " + results.length + " 条。用上下方向键选择，回车打开。";
    }
    form.setAttribute("data-query", query);
    form.setAttribute("data-count", String(results.length));
    setOpen(true);
    setActive(-1);
  }

  function update() {
    window.clearTimeout(state.timer);
    var query = normalize(input.value);
    if (query === state.query && !panel.hidden) {
      return;
    }
    state.query = query;
    state.serial += 1;
    var serial = state.serial;
    if (query === "") {
      state.results = [];
      list.textContent = "";
      setOpen(false);
      return;
    }
    form.setAttribute("data-state", "loading");
    engine.loadMeta().then(function () {
      return engine.search(query, {});
    }).then(function (search) {
      if (serial !== state.serial) {
        return null;
      }
      if (search.nothing) {
        render(query, null, []);
        return null;
      }
      return search.more(LIMIT).then(function (results) {
        if (serial === state.serial) {
          state.needles = [].concat.apply([], search.words.map(function (w) {
            return w.variants.map(function (v) { return v.folded; });
          }));
          render(query, search, results);
        }
      });
    }).then(null, function (error) {
      if (serial !== state.serial) {
        return;
      }
      /* The index is missing or partial: the search page says the same and offers the plans instead. */
      list.textContent = "";
      footer.textContent = (error && error.message) || "搜索索引不完整。";
      setOpen(true);
    });
  }

  function schedule(event) {
    if (event && event.isComposing) {
      return; /* pinyin being composed is not the query yet */
    }
    window.clearTimeout(state.timer);
    state.timer = window.setTimeout(update, TYPING_DELAY);
  }

  function go(href) {
    window.location.href = href;
  }

  input.addEventListener("input", schedule);
  input.addEventListener("compositionend", schedule);
  input.addEventListener("focus", function () {
    if (state.results.length > 0 && normalize(input.value) === state.query) {
      setOpen(true);
    }
  });
  input.addEventListener("keydown", function (event) {
    var count = state.results.length;
    var open = !panel.hidden;
    if (event.isComposing) {
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        if (count > 0 && normalize(input.value) === state.query) {
          setOpen(true);
        } else {
          update();
        }
        return;
      }
      if (count > 0) {
        var step = event.key === "ArrowDown" ? 1 : -1;
        /* From the input down to the first option, from the last back to the input (-1), and round. */
        var next = state.active + step;
        setActive(next >= count ? -1 : next < -1 ? count - 1 : next);
      }
    } else if (event.key === "Enter") {
      event.preventDefault();
      var query = normalize(input.value);
      if (open && state.active >= 0 && state.results[state.active]) {
        go(list.querySelectorAll("[role=option]")[state.active].getAttribute("data-href"));
      } else if (query !== "") {
        go(searchPageHref(query));
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault(); /* a search field would clear its text: keep it, close the list */
        setOpen(false);
      }
    }
  });
  form.addEventListener("focusout", function (event) {
    if (!event.relatedTarget || !form.contains(event.relatedTarget)) {
      setOpen(false);
    }
  });
  form.setAttribute("data-state", "closed");
}());
