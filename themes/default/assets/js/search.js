/* The search page: finds what Ctrl+F would find, across every provision of every plan and every agency.
   Loaded after search-tokenizer.js, search-engine.js and assets/search/meta.js; the engine loads the index's
   shards and document chunks by script tags as a query needs them: nothing is fetched, so the page works from
   file:// too. Plain ES5, like the other scripts of the theme.
   Text from the plans reaches the page only through textContent, never as markup. */
(function () {
  "use strict";

  var PAGE_SIZE = 20;          /* results rendered at a time; "显示更多结果" adds the next ones */
  var SETTLE_CHUNKS = 6;       /* after a page, verify the remaining candidates when they fit in this many chunks */
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

  var engine = window.PlanAtlasSearch;
  if (!window.PlanAtlasTokenizer || !engine || !engine.meta) {
    /* A script did not load (a partial copy of the site): keep pointing at the plan pages. */
    status.textContent = "搜索索引没有载入，暂时无法搜索。请打开方案全文，用浏览器的“查找”功能。";
    return;
  }

  var fold = window.PlanAtlasTokenizer.fold;
  var input = document.getElementById("search-q");
  var provinceSelect = document.getElementById("search-province");
  var topicSelect = document.getElementById("search-topic");
  var baseTitle = document.title;
  /* The link rewriter records the relative way back to the site root on <html>; links built here
     start from it and name files, so that they work on any host and from file://. */
  var root = document.documentElement.getAttribute("data-root");
  if (root === null) {
    root = "../";
  }
  engine.base = root + "assets/search/";

  var examples = document.createElement("p");
  examples.className = "search-examples";
  status.parentNode.insertBefore(examples, status.nextSibling);
  /* Under a search that found nothing: where else to look. */
  var empty = document.createElement("p");
  empty.className = "search-empty";
  empty.hidden = true;
  examples.parentNode.insertBefore(empty, examples.nextSibling);

  var state = { key: null, query: "", province: "", topic: "", search: null, shown: 0, marks: null, serial: 0 };
  var typingTimer = null;

  function normalizeQuery(text) {
    return text.replace(/\s+/g, " ").replace(/^ | $/g, "");
  }

  /* Where to highlight: the whole query wherever it occurs; only in a result that nowhere holds the
     whole query, each of its words. Overlapping and touching ranges are merged into one <mark>. */
  function matchRanges(foldedText, marks, exact) {
    var needles = exact || foldedText.indexOf(marks.query) >= 0 ? [marks.query] : marks.words;
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

  function appendField(parent, result, text) {
    appendHighlighted(parent, text, matchRanges(fold(text), state.marks, result.exact), 0, text.length);
  }

  /* About SNIPPET_LENGTH characters of the text around its first match, with … where cut. */
  function appendSnippet(parent, result, text) {
    var ranges = matchRanges(fold(text), state.marks, result.exact);
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

  function span(className, text) {
    var element = document.createElement("span");
    element.className = className;
    element.textContent = text;
    return element;
  }

  function resultItem(result) {
    var agency = result.kind === "agency";
    var item = document.createElement("li");
    item.className = agency ? "search-result search-result-agency" : "search-result";
    item.setAttribute("data-ref", result.ref);

    var heading = document.createElement("h2");
    heading.className = "search-result-title";
    var link = document.createElement("a");
    link.href = root + result.href;
    if (!agency) {
      link.appendChild(span("marker", result.numberPath));
    }
    appendField(link, result, result.title);
    heading.appendChild(link);
    item.appendChild(heading);

    var meta = document.createElement("p");
    meta.className = "search-result-meta";
    if (agency) {
      meta.appendChild(span("search-result-kind", "责任单位"));
      if (result.context) {
        meta.appendChild(span("search-result-plan", result.context));
      }
    } else {
      meta.appendChild(span("search-result-plan", result.planLabel));
      if (result.context) {
        var path = span("search-result-path", "");
        appendField(path, result, result.context);
        meta.appendChild(path);
      }
      if (result.topicTitle) {
        meta.appendChild(span("search-result-topic", "纲要措施：" + result.topicTitle));
      }
    }
    item.appendChild(meta);

    if (result.text) {
      var snippet = document.createElement("p");
      snippet.className = "search-result-snippet";
      if (agency) {
        snippet.appendChild(document.createTextNode("也写作："));
        appendField(snippet, result, result.text);
      } else {
        appendSnippet(snippet, result, result.text);
      }
      item.appendChild(snippet);
    }
    if (result.note && matchRanges(fold(result.note), state.marks, false).length > 0) {
      /* found by an agency that its note names: show the note, which the snippet of the text does not hold */
      var note = document.createElement("p");
      note.className = "search-result-note";
      appendField(note, result, result.note);
      item.appendChild(note);
    }
    return item;
  }

  function selectedLabel(select) {
    return select && select.value ? select.options[select.selectedIndex].text : "";
  }

  function quoted(words) {
    return words.map(function (w) { return "“" + w + "”"; }).join("和");
  }

  /* The synonyms and agency aliases the query also looked for (法援 → 法律援助), for the status line. */
  function alsoSought(search) {
    var others = [];
    search.words.forEach(function (word) {
      word.variants.slice(1).forEach(function (v) { others.push("“" + v.folded + "”"); });
    });
    return others.length > 0 ? "同时查找了" + others.join("、") + "。" : "";
  }

  function showEmpty(visible) {
    empty.textContent = "";
    empty.hidden = !visible;
    if (!visible) {
      return;
    }
    var agencies = document.createElement("a");
    agencies.href = root + engine.meta.routes.agencies;
    agencies.textContent = "责任单位索引";
    empty.appendChild(document.createTextNode("可以换一个说法或只用其中一个词，也可以在"));
    empty.appendChild(agencies);
    empty.appendChild(document.createTextNode("中按地区和类别找到部门，查看它牵头和参与的措施。"));
  }

  /* The count is exact once every candidate that needs it has been checked against its text; until then, "约". */
  function statusText(search) {
    var query = state.query;
    var scope = [selectedLabel(provinceSelect), selectedLabel(topicSelect)].filter(Boolean).join("、");
    var where = scope ? "在" + scope + "中" : "";
    var words = query.split(" ");
    var count = search.count();
    var about = search.uncertain > 0 ? "约 " : "";
    var text;
    if (count === 0) {
      text = where + "没有找到包含" + quoted(words) + "的条目。" + alsoSought(search);
      if (scope && search.unfiltered > 0 && search.unfilteredUncertain === 0) {
        text += "不限地区和措施时有 " + search.unfiltered + " 条。";
      }
    } else {
      text = where + "找到" + about + (about ? "" : " ") + count + " 条包含" + quoted(words) + "的条目。" + alsoSought(search);
      if (words.length > 1) {
        text += "完整包含“" + query + "”的排在前面。";
      }
      if (scope && search.unfilteredUncertain === 0 && search.unfiltered !== count) {
        text += "不限地区和措施时共 " + search.unfiltered + " 条。";
      }
    }
    if (words.some(function (w) { return w.length === 1; })) {
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
    EXAMPLES.concat(["大足区 法律援助"]).forEach(function (example, i) {
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

  /* The data- attributes say which search the text describes, for scripts and tests that wait on it:
     data-state is "loading" while shards and chunks load, then "done" (or "error"). */
  function setStatus(text, search, phase) {
    status.textContent = text;
    status.setAttribute("data-count", String(search ? search.count() : 0));
    status.setAttribute("data-total", String(search ? search.unfiltered : 0));
    status.setAttribute("data-exact", search && search.uncertain > 0 ? "false" : "true");
    status.setAttribute("data-query", state.query);
    status.setAttribute("data-province", state.province);
    status.setAttribute("data-topic", state.topic);
    status.setAttribute("data-state", phase);
  }

  function syncAddress(query, province, topic) {
    var parts = [];
    if (query) { parts.push("q=" + encodeURIComponent(query)); }
    if (province) { parts.push("province=" + encodeURIComponent(province)); }
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

  function fail(error) {
    setStatus((error && error.message ? error.message : "搜索索引不完整。") +
      "暂时无法搜索，请打开方案全文，用浏览器的“查找”功能。", null, "error");
  }

  /* Renders the next PAGE_SIZE results; resolves to the first new result's link. */
  function showMore() {
    var serial = state.serial, search = state.search;
    if (more) {
      more.disabled = true;
    }
    return search.more(PAGE_SIZE).then(function (results) {
      return search.settle(SETTLE_CHUNKS).then(function () { return results; });
    }).then(function (results) {
      if (serial !== state.serial) {
        return null; /* a newer query replaced this one */
      }
      var fragment = document.createDocumentFragment();
      var firstLink = null;
      results.forEach(function (result) {
        var item = resultItem(result);
        firstLink = firstLink || item.querySelector("a");
        fragment.appendChild(item);
      });
      list.appendChild(fragment);
      state.shown += results.length;
      if (more) {
        more.disabled = false;
        more.hidden = search.done();
        var left = search.count() - state.shown;
        more.textContent = search.uncertain > 0 ? "显示更多结果" : "显示更多结果（还有 " + left + " 条）";
      }
      setStatus(statusText(search), search, "done");
      showEmpty(search.count() === 0);
      return firstLink;
    });
  }

  function update() {
    window.clearTimeout(typingTimer);
    var query = normalizeQuery(input.value);
    var province = provinceSelect ? provinceSelect.value : "";
    var topic = topicSelect ? topicSelect.value : "";
    syncAddress(query, province, topic);
    var key = query + "\u0000" + province + "\u0000" + topic;
    if (key === state.key) {
      return;
    }
    state.key = key;
    state.query = query;
    state.province = province;
    state.topic = topic;
    state.search = null;
    state.shown = 0;
    state.serial += 1;
    var serial = state.serial;
    list.textContent = "";
    showEmpty(false);
    if (more) {
      more.hidden = true;
    }

    if (query === "") {
      setStatus("请输入要查找的词语。", null, "done");
      showExamples(true);
      return;
    }
    showExamples(false);
    setStatus("正在查找“" + query + "”……", null, "loading");
    engine.search(query, { province: province, topic: topic }).then(function (search) {
      if (serial !== state.serial) {
        return null;
      }
      if (search.nothing) {
        setStatus("“" + query + "”中没有可以查找的汉字、字母或数字。", null, "done");
        return null;
      }
      state.search = search;
      state.marks = {
        query: fold(query),
        /* every variant is marked: 法律援助 in a result found for 法援 */
        words: [].concat.apply([], search.words.map(function (w) { return w.variants.map(function (v) { return v.folded; }); }))
      };
      return showMore();
    }).then(null, function (error) {
      if (serial === state.serial) {
        fail(error);
      }
    });
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
  choose(provinceSelect, params.province);
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
  [provinceSelect, topicSelect].forEach(function (select) {
    if (select) {
      select.addEventListener("change", update);
    }
  });
  if (more) {
    more.addEventListener("click", function () {
      if (!state.search) {
        return;
      }
      showMore().then(function (link) {
        if (link) {
          link.focus();
        }
      }, fail);
    });
  }

  if (noScript) {
    noScript.hidden = true;
  }
  form.hidden = false;
  update();

  /* For tests and measurements: every result of a query, in the page's order. */
  window.PlanAtlasSearchPage = {
    all: function (query, filters) {
      return engine.search(query, filters).then(function (search) {
        return search.nothing ? [] : search.all();
      }).then(function (results) {
        return results.map(function (r) { return { ref: r.ref, exact: r.exact }; });
      });
    }
  };
}());
