/* The search page: finds what Ctrl+F would find, across every provision of every plan.
   Loaded after lunr.js, search-tokenizer.js and the two data files the build writes
   (assets/search/index.js and documents.js), which assign globals: nothing is fetched, so the
   page works from file:// too. Plain ES5, like the other scripts of the theme.
   Text from the plans reaches the page only through textContent, never as markup. */
(function () {
  "use strict";

  var PAGE_SIZE = 50;          /* results rendered at a time; "显示更多结果" adds the next ones */
  var SNIPPET_BEFORE = 30;     /* characters of context before the first match */
  var SNIPPET_LENGTH = 120;    /* characters in a snippet */
  var TYPING_DELAY = 250;      /* ms after the last keystroke before searching and announcing */
  var EXAMPLES = ["宪法宣誓", "枫桥经验", "一村一法律顾问", "12348"];

  var form = document.querySelector("[data-search-form]");
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  var more = document.querySelector("[data-search-more]");
  var noScript = document.querySelector("[data-search-nojs]");
  if (!form || !status || !list) {
    return;
  }

  if (!window.lunr || !window.PlanAtlasTokenizer || !window.PlanAtlasSearchIndex || !window.PlanAtlasSearchDocuments) {
    /* A data file did not load (a partial copy of the site): keep pointing at the plan pages. */
    status.textContent = "搜索索引没有载入，暂时无法搜索。请打开方案全文，用浏览器的“查找”功能。";
    return;
  }

  var tokenizer = window.PlanAtlasTokenizer;
  var planAtlas = tokenizer.planAtlasLunr(window.lunr);
  var index = planAtlas.load(window.PlanAtlasSearchIndex);
  var documents = window.PlanAtlasSearchDocuments;
  var documentOrder = {};
  Object.keys(documents).forEach(function (ref, i) { documentOrder[ref] = i; });
  var foldedCache = {};

  var input = document.getElementById("search-q");
  var planSelect = document.getElementById("search-plan");
  var topicSelect = document.getElementById("search-topic");
  var baseTitle = document.title;
  /* The link rewriter records the relative way back to the site root on <html>; links built here
     start from it and name files, so that they work on any host and from file://. */
  var root = document.documentElement.getAttribute("data-root");
  if (root === null) {
    root = "../";
  }

  var examples = document.createElement("p");
  examples.className = "search-examples";
  status.parentNode.insertBefore(examples, status.nextSibling);

  var state = { key: null, query: "", plan: "", topic: "", results: [], shown: 0, marks: null };
  var typingTimer = null;

  /* Full-width ASCII to ASCII and A–Z to a–z, one character for one, so positions in the folded
     text are positions in the original (the tokenizer folds the same way). */
  function fold(text) {
    return String(text)
      .replace(/[\uff01-\uff5e]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xfee0); })
      .replace(/[A-Z]/g, function (c) { return c.toLowerCase(); });
  }

  function folded(ref, field) {
    var key = field + "\u0000" + ref;
    if (!(key in foldedCache)) {
      foldedCache[key] = fold(documents[ref][field] || "");
    }
    return foldedCache[key];
  }

  function normalizeQuery(text) {
    return text.replace(/\s+/g, " ").replace(/^ | $/g, "");
  }

  /* Every document holding every bigram (or word) of the query, the ones containing the whole
     query in title or text first, then by lunr's score, then in site order. */
  function search(query) {
    var foldedQuery = fold(query);
    var hits = planAtlas.searchAll(index, query);
    var results = [];
    for (var i = 0; i < hits.length; i++) {
      var ref = hits[i].ref;
      if (!documents[ref]) {
        continue;
      }
      results.push({
        ref: ref,
        doc: documents[ref],
        score: hits[i].score,
        exact: folded(ref, "title").indexOf(foldedQuery) >= 0 || folded(ref, "text").indexOf(foldedQuery) >= 0,
        order: documentOrder[ref]
      });
    }
    results.sort(function (a, b) {
      return (b.exact - a.exact) || (b.score - a.score) || (a.order - b.order);
    });
    return results;
  }

  /* Where to highlight: the whole query wherever it occurs; only in a result that nowhere holds the
     whole query, each of its tokens. Overlapping and touching ranges are merged into one <mark>. */
  function matchRanges(foldedText, marks, exact) {
    var needles = exact || foldedText.indexOf(marks.query) >= 0 ? [marks.query] : marks.tokens;
    var found = [];
    needles.forEach(function (needle) {
      if (!needle) {
        return;
      }
      for (var at = foldedText.indexOf(needle); at >= 0; at = foldedText.indexOf(needle, at + 1)) {
        found.push([at, at + needle.length]);
      }
    });
    found.sort(function (a, b) { return (a[0] - b[0]) || (a[1] - b[1]); });
    var merged = [];
    found.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.push([range[0], range[1]]);
      }
    });
    return merged;
  }

  function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
  }

  /* Appends text[from, to) to parent as text nodes and <mark>s; paragraph breaks become spaces. */
  function appendHighlighted(parent, text, ranges, from, to) {
    var at = from;
    function plain(end) {
      if (end > at) {
        parent.appendChild(document.createTextNode(text.slice(at, end).replace(/\n/g, " ")));
      }
    }
    ranges.forEach(function (range) {
      var start = Math.max(range[0], from);
      var end = Math.min(range[1], to);
      if (end <= start || start < at) {
        return;
      }
      plain(start);
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, end).replace(/\n/g, " ");
      parent.appendChild(mark);
      at = end;
    });
    plain(to);
  }

  function appendField(parent, result, field) {
    var text = result.doc[field] || "";
    appendHighlighted(parent, text, matchRanges(folded(result.ref, field), state.marks, result.exact), 0, text.length);
  }

  /* About SNIPPET_LENGTH characters of the text around its first match, with … where cut. */
  function appendSnippet(parent, result) {
    var text = result.doc.text || "";
    var ranges = matchRanges(folded(result.ref, "text"), state.marks, result.exact);
    var first = ranges.length > 0 ? ranges[0][0] : 0;
    var to = Math.min(text.length, Math.max(0, first - SNIPPET_BEFORE) + SNIPPET_LENGTH);
    var from = Math.max(0, to - SNIPPET_LENGTH);
    if (from > 0 && isLowSurrogate(text.charCodeAt(from))) {
      from -= 1;
    }
    if (to < text.length && isLowSurrogate(text.charCodeAt(to))) {
      to += 1;
    }
    if (from > 0) {
      parent.appendChild(document.createTextNode("…"));
    }
    appendHighlighted(parent, text, ranges, from, to);
    if (to < text.length) {
      parent.appendChild(document.createTextNode("…"));
    }
  }

  function resultItem(result) {
    var doc = result.doc;
    var item = document.createElement("li");
    item.className = "search-result";
    item.setAttribute("data-ref", result.ref);

    var heading = document.createElement("h2");
    heading.className = "search-result-title";
    var link = document.createElement("a");
    link.href = root + doc.anchor;
    var number = document.createElement("span");
    number.className = "marker";
    number.textContent = doc.number;
    link.appendChild(number);
    appendField(link, result, "title");
    heading.appendChild(link);
    item.appendChild(heading);

    var meta = document.createElement("p");
    meta.className = "search-result-meta";
    var plan = document.createElement("span");
    plan.className = "search-result-plan";
    plan.textContent = doc.planShort;
    meta.appendChild(plan);
    if (doc.path) {
      var path = document.createElement("span");
      path.className = "search-result-path";
      appendField(path, result, "path");
      meta.appendChild(path);
    }
    if (doc.topicTitle) {
      var topic = document.createElement("span");
      topic.className = "search-result-topic";
      topic.textContent = "纲要措施：" + doc.topicTitle;
      meta.appendChild(topic);
    }
    item.appendChild(meta);

    var snippet = document.createElement("p");
    snippet.className = "search-result-snippet";
    appendSnippet(snippet, result);
    item.appendChild(snippet);
    return item;
  }

  /* Renders the next PAGE_SIZE results; returns the first new result's link. */
  function showMore() {
    var end = Math.min(state.results.length, state.shown + PAGE_SIZE);
    var fragment = document.createDocumentFragment();
    var firstLink = null;
    for (var i = state.shown; i < end; i++) {
      var item = resultItem(state.results[i]);
      firstLink = firstLink || item.querySelector("a");
      fragment.appendChild(item);
    }
    list.appendChild(fragment);
    state.shown = end;
    if (more) {
      more.hidden = state.shown >= state.results.length;
      more.textContent = "显示更多结果（还有 " + (state.results.length - state.shown) + " 条）";
    }
    return firstLink;
  }

  function selectedLabel(select) {
    return select && select.value ? select.options[select.selectedIndex].text : "";
  }

  function statusText(query, results, total, exactCount) {
    var scope = [selectedLabel(planSelect), selectedLabel(topicSelect)].filter(Boolean).join("、");
    var where = scope ? "在" + scope + "中" : "";
    var text;
    if (results.length === 0) {
      text = where + "没有找到包含“" + query + "”的条目。";
      if (total > 0) {
        text += "不限方案和措施时有 " + total + " 条。";
      }
    } else if (exactCount === results.length) {
      text = where + "找到 " + results.length + " 条包含“" + query + "”的条目。";
    } else {
      text = where + "找到 " + results.length + " 条相关条目，其中 " + exactCount + " 条包含完整的“" + query + "”，排在前面。";
    }
    if (scope && results.length > 0 && total !== results.length) {
      text += "全部方案共 " + total + " 条。";
    }
    if (query.length === 1) {
      text += "只输入一个字时结果会很多，输入两个字以上的词语更准确。";
    }
    return text;
  }

  function showExamples(visible) {
    examples.textContent = "";
    examples.hidden = !visible;
    if (!visible) {
      return;
    }
    examples.appendChild(document.createTextNode("例如："));
    EXAMPLES.forEach(function (example, i) {
      if (i > 0) {
        examples.appendChild(document.createTextNode("、"));
      }
      var link = document.createElement("a");
      link.href = "?q=" + encodeURIComponent(example);
      link.textContent = example;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        input.value = example;
        update();
        input.focus();
      });
      examples.appendChild(link);
    });
  }

  /* The data- attributes say which search the text describes, for scripts and tests that wait on it. */
  function setStatus(text, count, total) {
    status.textContent = text;
    status.setAttribute("data-count", String(count));
    status.setAttribute("data-total", String(total));
    status.setAttribute("data-query", state.query);
    status.setAttribute("data-plan", state.plan);
    status.setAttribute("data-topic", state.topic);
  }

  function syncAddress(query, plan, topic) {
    var parts = [];
    if (query) { parts.push("q=" + encodeURIComponent(query)); }
    if (plan) { parts.push("plan=" + encodeURIComponent(plan)); }
    if (topic) { parts.push("topic=" + encodeURIComponent(topic)); }
    var search = parts.length > 0 ? "?" + parts.join("&") : "";
    document.title = query ? "“" + query + "”的搜索结果 · " + baseTitle : baseTitle;
    if (search === location.search) {
      return;
    }
    try {
      history.replaceState(history.state, "", search || location.pathname);
    } catch (e) {
      /* some browsers refuse to change a file:// address; the results are still right */
    }
  }

  function update() {
    window.clearTimeout(typingTimer);
    var query = normalizeQuery(input.value);
    var plan = planSelect ? planSelect.value : "";
    var topic = topicSelect ? topicSelect.value : "";
    syncAddress(query, plan, topic);
    var key = query + "\u0000" + plan + "\u0000" + topic;
    if (key === state.key) {
      return;
    }
    state.key = key;
    state.query = query;
    state.plan = plan;
    state.topic = topic;
    list.textContent = "";
    state.results = [];
    state.shown = 0;
    if (more) {
      more.hidden = true;
    }

    if (query === "") {
      setStatus("请输入要查找的词语。", 0, 0);
      showExamples(true);
      return;
    }
    showExamples(false);
    var tokens = tokenizer.tokenize(query);
    if (tokens.length === 0) {
      setStatus("“" + query + "”中没有可以查找的汉字、字母或数字。", 0, 0);
      return;
    }

    var all = search(query);
    var results = all.filter(function (r) {
      return (!plan || r.doc.plan === plan) && (!topic || r.doc.topic === topic);
    });
    var exactCount = results.filter(function (r) { return r.exact; }).length;
    state.results = results;
    state.marks = { query: fold(query), tokens: tokens };
    setStatus(statusText(query, results, all.length, exactCount), results.length, all.length);
    showMore();
  }

  function decode(text) {
    try {
      return decodeURIComponent(text.replace(/\+/g, " "));
    } catch (e) {
      return text;
    }
  }

  function readAddress() {
    var params = {};
    location.search.replace(/^\?/, "").split("&").forEach(function (pair) {
      if (!pair) {
        return;
      }
      var eq = pair.indexOf("=");
      var name = decode(eq < 0 ? pair : pair.slice(0, eq));
      if (!Object.prototype.hasOwnProperty.call(params, name)) {
        params[name] = eq < 0 ? "" : decode(pair.slice(eq + 1));
      }
    });
    return params;
  }

  function choose(select, value) {
    if (!select || !value) {
      return;
    }
    select.value = value;
    if (select.value !== value) {
      select.value = "";
    }
  }

  var params = readAddress();
  input.value = params.q || "";
  choose(planSelect, params.plan);
  choose(topicSelect, params.topic);

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update();
  });
  input.addEventListener("input", function (event) {
    if (event.isComposing) {
      return; /* pinyin being composed is not the query yet */
    }
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(update, TYPING_DELAY);
  });
  input.addEventListener("compositionend", function () {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(update, TYPING_DELAY);
  });
  [planSelect, topicSelect].forEach(function (select) {
    if (select) {
      select.addEventListener("change", update);
    }
  });
  if (more) {
    more.addEventListener("click", function () {
      var link = showMore();
      if (link) {
        link.focus();
      }
    });
  }

  if (noScript) {
    noScript.hidden = true;
  }
  form.hidden = false;
  update();

  /* For tests and measurements: the loaded index and the page's own ranking. */
  window.PlanAtlasSearch = {
    index: index,
    searchAll: function (query) { return planAtlas.searchAll(index, query); },
    search: function (query) { return search(normalizeQuery(query)).map(function (r) { return { ref: r.ref, exact: r.exact, score: r.score }; }); }
  };
}());
