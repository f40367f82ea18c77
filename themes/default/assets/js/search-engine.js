/*
 * Plan Atlas search engine: reads the sharded index that src/PlanAtlas/Search writes (the files are described in
 * src/PlanAtlas/Search/SearchFormat.md) and answers a query as a substring scan would (SubstringScan.cs).
 *
 * Every data file is a script that calls this object (PlanAtlasSearch.addShard(3, {...})): the engine loads one by
 * adding a <script> element, never by fetch or XHR, so the page works from file://. A query loads the shards of its
 * terms, then the document chunks of the results it shows, verifying each candidate against its text.
 *
 * Needs search-tokenizer.js first (window.PlanAtlasTokenizer). Plain ES5 syntax; uses Promise and Math.imul.
 */
(function (global) {
  'use strict';

  var tokenizer = global.PlanAtlasTokenizer;
  var NAME = '@', TOPIC = '#', SPACE = ' ';
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  (function () {
    for (var i = 0; i < ALPHABET.length; i++) {
      DIGIT[ALPHABET.charAt(i)] = i;
    }
  }());

  var engine = {
    base: 'assets/search/',   /* the page sets it from <html data-root> */
    meta: null,
    shards: {},
    chunks: {},
    bytesHint: 0
  };
  var pending = {};          /* path -> { promise, resolve, reject, done } */
  var planStart = [];        /* document number of each plan's first provision; one more at the end */
  var planProvince = [];     /* index + 1 into meta.provinces, 0 for none */
  var decoded = {};          /* key -> posting list, decoded once */
  var synonyms = {};         /* folded word -> its variants, itself first (meta.synonyms; QueryExpansion.cs) */

  /* ---- data files call these ---- */

  /* Loads meta.js, once; the header's box does so on the first keystroke, the search page has it already. */
  engine.loadMeta = function () {
    return engine.meta ? Promise.resolve(engine.meta) : load('meta.js').then(function () { return engine.meta; });
  };

  engine.setMeta = function (meta) {
    var counts = decodeNumbers(meta.planCounts), at = meta.agencies, i;
    engine.meta = meta;
    planStart = [];
    for (i = 0; i < counts.length; i++) {
      planStart.push(at);
      at += counts[i];
    }
    planStart.push(at);
    planProvince = decodeNumbers(meta.planProvinces);
    settle('meta.js');
    synonyms = {};
    (meta.synonyms || []).forEach(function (group) {
      group.forEach(function (word) {
        var variants = synonyms[word] || (synonyms[word] = [word]);
        group.forEach(function (other) {
          if (variants.indexOf(other) < 0) {
            variants.push(other);
          }
        });
      });
    });
  };

  /* The words a folded query word stands for: itself, then its synonyms and agency aliases. */
  function variantsOf(folded) {
    return Object.prototype.hasOwnProperty.call(synonyms, folded) ? synonyms[folded] : [folded];
  }

  engine.addShard = function (n, terms) {
    engine.shards[n] = terms;
    settle('terms/' + n + '.js');
  };

  engine.addChunk = function (n, chunk) {
    engine.chunks[n] = chunk;
    settle('docs/' + n + '.js');
  };

  /* ---- loading ---- */

  function settle(path) {
    var entry = pending[path];
    if (entry && !entry.done) {
      entry.done = true;
      entry.resolve();
    }
  }

  /* Loads assets/search/<path> once, by a script tag; rejects with the file's name when it is missing. */
  function load(path) {
    var entry = pending[path], script;
    if (entry) {
      return entry.promise;
    }
    entry = pending[path] = { done: false };
    entry.promise = new Promise(function (resolve, reject) {
      entry.resolve = resolve;
      entry.reject = reject;
    });
    script = global.document.createElement('script');
    script.onload = function () {
      if (!entry.done) {
        entry.done = true;
        entry.reject(new Error('搜索索引的文件 ' + path + ' 已载入，但内容不对。'));
      }
    };
    script.onerror = function () {
      if (!entry.done) {
        entry.done = true;
        entry.reject(new Error('搜索索引缺少文件 ' + path + '。'));
      }
    };
    script.src = engine.base + path;
    (global.document.head || global.document.documentElement).appendChild(script);
    return entry.promise;
  }

  function loadAll(paths) {
    var unique = {}, list = [], i;
    for (i = 0; i < paths.length; i++) {
      if (!unique[paths[i]]) {
        unique[paths[i]] = true;
        list.push(load(paths[i]));
      }
    }
    return Promise.all(list);
  }

  /* ---- the index ---- */

  /* FNV-1a over UTF-16 code units: TermShards.Hash. */
  function shardOf(key) {
    var hash = 0x811c9dc5, i;
    for (i = 0; i < key.length; i++) {
      hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
    }
    return hash % engine.meta.shards;
  }

  function decodeNumbers(text) {
    var out = [], value = 0, shift = 0, i, digit;
    for (i = 0; i < text.length; i++) {
      digit = DIGIT[text.charAt(i)];
      value += (digit & 31) * Math.pow(2, shift);
      shift += 5;
      if (digit < 32) {
        out.push(value);
        value = 0;
        shift = 0;
      }
    }
    return out;
  }

  /* PostingCodec: '~' + six documents a character, or gaps as varints. */
  function decodePosting(text) {
    var out = [], i, bits, b, gaps, previous = -1;
    if (text.charAt(0) === '~') {
      for (i = 1; i < text.length; i++) {
        bits = DIGIT[text.charAt(i)];
        for (b = 0; b < 6; b++) {
          if (bits & (1 << b)) {
            out.push((i - 1) * 6 + b);
          }
        }
      }
      return out;
    }
    gaps = decodeNumbers(text);
    for (i = 0; i < gaps.length; i++) {
      previous += gaps[i] + 1;
      out.push(previous);
    }
    return out;
  }

  /* A shard's value for a key: its posting list, or ELSEWHERE, the file that holds the list, ':' and its length. */
  var ELSEWHERE = '!';

  /* { file, size } of a key whose list has a file of its own; null when its shard holds it (or has no such key). */
  function elsewhere(key) {
    var text = engine.shards[shardOf(key)][key], colon;
    if (typeof text !== 'string' || text.charAt(0) !== ELSEWHERE) {
      return null;
    }
    colon = text.indexOf(':');
    return { file: text.slice(1, colon), size: Number(text.slice(colon + 1)) };
  }

  /* The posting list of a key whose shard (and own file) is loaded; empty when the index has no such key. */
  function posting(key) {
    if (!(key in decoded)) {
      var own = elsewhere(key);
      var text = own === null ? engine.shards[shardOf(key)][key] : engine.shards[own.file][key];
      decoded[key] = typeof text === 'string' ? decodePosting(text) : [];
    }
    return decoded[key];
  }

  /*
   * The long lists a query can do without. A word of several terms is verified against the text anyway, so when one
   * of its terms has a short list (a rare term) its long lists add little and are left out. A word whose terms are all
   * common keeps the two shortest lists: their intersection keeps the candidates to verify few (司法局 is 司法 and 法局,
   * each in a third of a national corpus: either alone would mean verifying tens of thousands of documents), and more
   * lists would cost more than they save (法治宣传教育 has five). In a query of several words the other words narrow
   * the candidates too, so such a word keeps its shortest list only (普法 责任制 at 3,000 plans: 任制 without 责任's
   * 42 kB). A list that a word of one term needs (its answer is the list itself) is loaded all the same.
   */
  function longListsToSkip(words) {
    var skip = Object.create(null), keep = Object.create(null), kept = words.length > 1 ? 1 : 2;
    words.forEach(function (word) {
      word.variants.forEach(function (variant) {
        var long = variant.terms.filter(function (t) { return elsewhere(t) !== null; });
        if (long.length < variant.terms.length) {
          long.forEach(function (t) { skip[t] = true; });
          return;
        }
        long.sort(function (a, b) { return elsewhere(a).size - elsewhere(b).size || (a < b ? -1 : a > b ? 1 : 0); });
        long.forEach(function (t, i) { (i < kept ? keep : skip)[t] = true; });
      });
    });
    Object.keys(keep).forEach(function (t) { delete skip[t]; });
    return skip;
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) { i++; } else if (a[i] > b[j]) { j++; } else { out.push(a[i]); i++; j++; }
    }
    return out;
  }

  function union(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i] < b[j])) { out.push(a[i++]); } else if (i >= a.length || a[i] > b[j]) { out.push(b[j++]); } else { out.push(a[i]); i++; j++; }
    }
    return out;
  }

  /* Whether a sorted list holds a number (binary search). */
  function holds(list, number) {
    var low = 0, high = list.length - 1, mid;
    while (low <= high) {
      mid = (low + high) >> 1;
      if (list[mid] === number) { return true; }
      if (list[mid] < number) { low = mid + 1; } else { high = mid - 1; }
    }
    return false;
  }

  function range(from, to) {
    var out = [], i;
    for (i = from; i < to; i++) {
      out.push(i);
    }
    return out;
  }

  /* The plan a provision belongs to (binary search over planStart); -1 for an agency. */
  function planOf(number) {
    var low = 0, high = planStart.length - 2, mid;
    if (high < 0 || number < planStart[0]) {
      return -1;
    }
    while (low < high) {
      mid = (low + high + 1) >> 1;
      if (planStart[mid] <= number) { low = mid; } else { high = mid - 1; }
    }
    return low;
  }

  function plansToDocuments(plans) {
    var out = [], i, j;
    for (i = 0; i < plans.length; i++) {
      for (j = planStart[plans[i]]; j < planStart[plans[i] + 1]; j++) {
        out.push(j);
      }
    }
    return out;
  }

  /* ---- documents ---- */

  function chunkOf(number) {
    return Math.floor(number / engine.meta.chunkSize);
  }

  function loadDocuments(numbers) {
    var paths = [], i;
    for (i = 0; i < numbers.length; i++) {
      paths.push('docs/' + chunkOf(numbers[i]) + '.js');
    }
    return loadAll(paths);
  }

  /* A loaded document with what a result needs: its plan, links from the site root, its measure. */
  function documentAt(number) {
    var chunk = engine.chunks[chunkOf(number)];
    var doc = chunk.docs[number % engine.meta.chunkSize];
    var routes = engine.meta.routes, plan = doc.k === 'p' ? chunk.plans[doc.p] : null;
    var topic = doc.c === undefined ? null : engine.meta.topics[doc.c];
    return {
      number: number,
      kind: doc.k === 'a' ? 'agency' : 'provision',
      id: doc.id,
      ref: plan ? plan.slug + '/' + doc.id : 'agency:' + doc.id,
      plan: plan ? plan.slug : '',
      planLabel: plan ? plan.label : '',
      planNames: plan ? plan.names : [],
      numberPath: doc.n || '',
      marker: doc.m || '',
      title: doc.t,
      context: doc.a,
      text: doc.x,
      note: doc.r || '',
      topic: topic ? topic.id : '',
      topicTitle: topic ? topic.title : '',
      href: plan ? fill(routes.anchor, plan.slug, doc.id) : fill(routes.agency, '', doc.id),
      page: plan ? fill(routes.page, plan.slug, doc.id) : fill(routes.agency, '', doc.id)
    };
  }

  function fill(pattern, plan, id) {
    return pattern.replace('{plan}', plan).replace('{id}', id);
  }

  /* ---- queries ---- */

  function normalize(text) {
    return String(text).replace(/\s+/g, ' ').replace(/^ | $/g, '');
  }

  /* A query word as typed (folded, terms, exact), with the query words of its variants, itself first. */
  function queryWord(word) {
    var typed = tokenizer.queryWord(word);
    typed.variants = variantsOf(typed.folded).map(function (v, i) { return i === 0 ? typed : tokenizer.queryWord(v); });
    return typed;
  }

  /*
   * Starts a search. Resolves to a Search whose more(n) gives the next n results in order (exact first), or
   * { nothing: true } when no word of the query has a character to search. filters: { province, topic }.
   */
  engine.search = function (query, filters) {
    filters = filters || {};
    var text = normalize(query);
    var words = text === '' || !engine.meta ? [] : text.split(' ').map(queryWord);
    var keys = [], i, j, k, variant, skipped;
    var searchable = words.some(function (w) { return w.terms.length > 0; });
    if (!engine.meta || !searchable) {
      return Promise.resolve({ nothing: true, words: words });
    }
    for (i = 0; i < words.length; i++) {
      for (k = 0; k < words[i].variants.length; k++) {
        variant = words[i].variants[k];
        for (j = 0; j < variant.terms.length; j++) {
          keys.push(variant.terms[j]);
        }
        keys.push(NAME + variant.folded);
      }
    }
    for (i = 1; i < words.length; i++) {
      keys.push(spaceKey(words[i]));
    }
    if (filters.topic) {
      keys.push(TOPIC + filters.topic);
    }
    return loadAll(keys.map(function (k) { return 'terms/' + shardOf(k) + '.js'; }))
      .then(function () {
        var own = [];
        skipped = longListsToSkip(words);
        keys.forEach(function (k) {
          var where = elsewhere(k);
          if (where !== null && !skipped[k]) {
            own.push('terms/' + where.file + '.js');
          }
        });
        return loadAll(own);
      })
      .then(function () { return new Search(tokenizer.fold(text), words, filters, skipped); });
  };

  /* The key of the documents holding a space followed by the word's first character (a surrogate pair is one). */
  function spaceKey(word) {
    return SPACE + String.fromCodePoint(word.folded.codePointAt(0));
  }

  /* The documents whose title, text or note may hold a query word: all its terms but the long lists skipped. */
  function inTextOf(word, skipped) {
    var terms = word.terms.filter(function (t) { return !skipped[t]; });
    /* A word of punctuation only (《》) has no terms: every document may hold it, the text decides. */
    return terms.length === 0 ? range(0, engine.meta.documents) : terms.map(posting).reduce(intersect);
  }

  function Search(whole, words, filters, skipped) {
    var self = this;
    var candidates = null, exactCandidates = null, i, inText, plans, sure, provinceIndex = -1;
    this.query = whole;
    this.words = words;
    this.planSets = [];
    this.sure = [];         /* per word of several variants: the documents an exact variant's posting lists */
    for (i = 0; i < words.length; i++) {
      /* A word matches where any of its variants does: the union of theirs. */
      inText = [];
      plans = [];
      sure = [];
      words[i].variants.forEach(function (variant) {
        var found = inTextOf(variant, skipped);
        inText = union(inText, found);
        plans = union(plans, posting(NAME + variant.folded));
        if (variant.exact) {
          sure = union(sure, found);
        }
      });
      this.planSets.push(toSet(plans));
      this.sure.push(sure);
      candidates = candidates === null ? union(inText, plansToDocuments(plans)) : intersect(candidates, union(inText, plansToDocuments(plans)));
      /* Only the word as typed can be part of the whole query as typed. */
      exactCandidates = exactCandidates === null ? inTextOf(words[i], skipped) : intersect(exactCandidates, inTextOf(words[i], skipped));
    }
    /* The whole query needs, before each word after the first, a space followed by that word's first character. */
    for (i = 1; i < words.length; i++) {
      exactCandidates = intersect(exactCandidates, posting(spaceKey(words[i])));
    }
    this.unfiltered = candidates.length;
    this.unfilteredUncertain = candidates.filter(function (d) { return !self.certain(d); }).length;
    if (filters.province) {
      engine.meta.provinces.forEach(function (p, index) { if (p.code === filters.province) { provinceIndex = index + 1; } });
      candidates = candidates.filter(function (d) { var plan = planOf(d); return plan >= 0 && planProvince[plan] === provinceIndex; });
    }
    if (filters.topic) {
      candidates = intersect(candidates, posting(TOPIC + filters.topic));
    }
    this.candidates = candidates;
    this.exactCandidates = intersect(exactCandidates, candidates);
    this.verdicts = {};     /* number -> 0 no match, 1 match, 2 match holding the whole query */
    this.failed = 0;
    this.uncertain = candidates.filter(function (d) { return !self.certain(d); }).length;
    this.nextExact = 0;
    this.next = 0;
  }

  function toSet(list) {
    var set = {}, i;
    for (i = 0; i < list.length; i++) {
      set[list[i]] = true;
    }
    return set;
  }

  /* A candidate needs no verifying when, for each word, an exact variant's posting lists it or the word names its plan. */
  Search.prototype.certain = function (number) {
    var plan = planOf(number), i, word;
    for (i = 0; i < this.words.length; i++) {
      word = this.words[i];
      if (plan >= 0 && this.planSets[i][plan]) {
        continue;
      }
      if (word.variants.length === 1 ? !word.exact : !holds(this.sure[i], number)) {
        return false;
      }
    }
    return true;
  };

  /* Judges a candidate whose chunk is loaded: the substring scan of SubstringScan.cs. */
  Search.prototype.judge = function (number) {
    if (number in this.verdicts) {
      return this.verdicts[number];
    }
    var doc = documentAt(number);
    var fields = [tokenizer.fold(doc.title), tokenizer.fold(doc.text), tokenizer.fold(doc.note)];
    var plan = planOf(number), verdict = 1, i;
    function holdsText(w) {
      return fields[0].indexOf(w) >= 0 || fields[1].indexOf(w) >= 0 || fields[2].indexOf(w) >= 0;
    }
    for (i = 0; i < this.words.length && verdict; i++) {
      if (!this.words[i].variants.some(function (v) { return holdsText(v.folded); }) && !(plan >= 0 && this.planSets[i][plan])) {
        verdict = 0;
      }
    }
    if (verdict && holdsText(this.query)) {
      verdict = 2;
    }
    if (!this.certain(number)) {
      this.uncertain--;
    }
    if (!verdict) {
      this.failed++;
    }
    this.verdicts[number] = verdict;
    return verdict;
  };

  /* Results found so far or still possible; exact once nothing is left to verify. */
  Search.prototype.count = function () {
    return this.candidates.length - this.failed;
  };

  Search.prototype.done = function () {
    return this.nextExact >= this.exactCandidates.length && this.next >= this.candidates.length;
  };

  /*
   * The next n results: first every candidate that may hold the whole query, in site order, keeping those that do;
   * then the other candidates in site order, keeping the matches. Each batch loads its chunks side by side.
   */
  Search.prototype.more = function (n) {
    var self = this, results = [];
    function step() {
      var batch = [], list, from, d;
      if (results.length >= n || self.done()) {
        return Promise.resolve(results);
      }
      if (self.nextExact < self.exactCandidates.length) {
        list = self.exactCandidates;
        from = 'exact';
        while (self.nextExact < list.length && batch.length < n - results.length) {
          batch.push(list[self.nextExact++]);
        }
      } else {
        list = self.candidates;
        from = 'rest';
        while (self.next < list.length && batch.length < n - results.length) {
          d = list[self.next++];
          if (self.verdicts[d] !== 2) {
            batch.push(d);
          }
        }
      }
      return loadDocuments(batch).then(function () {
        batch.forEach(function (d) {
          var verdict = self.judge(d);
          if ((from === 'exact' && verdict === 2) || (from === 'rest' && verdict >= 1)) {
            results.push(documentAt(d));
            results[results.length - 1].exact = verdict === 2;
          }
        });
        return step();
      });
    }
    return step();
  };

  /* Verifies the candidates still uncertain when they fit in a few more chunks, so that small counts are exact. */
  Search.prototype.settle = function (maxChunks) {
    var self = this, open = [], chunks = {}, count = 0;
    this.candidates.forEach(function (d) {
      if (!(d in self.verdicts) && !self.certain(d)) {
        open.push(d);
        if (!chunks[chunkOf(d)]) {
          chunks[chunkOf(d)] = true;
          count++;
        }
      }
    });
    if (open.length === 0 || count > maxChunks) {
      return Promise.resolve(this);
    }
    return loadDocuments(open).then(function () {
      open.forEach(function (d) { self.judge(d); });
      return self;
    });
  };

  /* Every result, in order (tests and measurements). */
  Search.prototype.all = function () {
    var self = this, out = [];
    function step() {
      return self.more(200).then(function (batch) {
        out = out.concat(batch);
        return self.done() ? out : step();
      });
    }
    return step();
  };

  engine.normalize = normalize;
  engine.variantsOf = function (word) { return variantsOf(tokenizer.fold(word)); };
  engine.shardOf = shardOf;
  engine.decodePosting = decodePosting;
  engine.loaded = function () { return Object.keys(pending).filter(function (p) { return pending[p].done; }); };
  global.PlanAtlasSearch = engine;
}(typeof window !== 'undefined' ? window : this));
