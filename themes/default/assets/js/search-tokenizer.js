/*
 * Plan Atlas search tokenizer: the browser twin of src/PlanAtlas/Search/ChineseTokenizer.cs.
 *
 * Overlapping bigrams for each run of CJK characters (a lone character stays a unigram) and
 * lower-cased words for runs of ASCII letters and digits; full-width ASCII (Ａ１) is folded first.
 * Bigrams let a reader find any phrase of two or more characters without a word segmenter.
 * Both implementations are checked against tests/PlanAtlas.Tests/Search/tokenizer-vectors.json.
 *
 * Plain ES5 so that it runs unbundled from file:// in any browser the offline copy meets.
 * Browser: <script src="lunr.js"> then this file; it defines window.PlanAtlasTokenizer.
 * Node: require() it; module.exports is the same object.
 */
(function (root, factory) {
  var api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.PlanAtlasTokenizer = api;
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var SEPARATOR = 0, WORD = 1, CJK = 2, IGNORABLE = 3;

  /* Must match LunrIndexWriter.QueryPipelineFunction: the serialised index names it. */
  var QUERY_PIPELINE_LABEL = 'planAtlasQueryTokens';

  function isAsciiLetterOrDigit(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  }

  function classify(c) {
    if (isAsciiLetterOrDigit(c)) {
      return WORD;
    }
    if ((c >= 0x4e00 && c <= 0x9fff) ||      /* unified ideographs */
        (c >= 0x3400 && c <= 0x4dbf) ||      /* extension A */
        (c >= 0xf900 && c <= 0xfaff) ||      /* compatibility ideographs */
        (c >= 0x20000 && c <= 0x3ffff) ||    /* extensions B and later (surrogate pairs) */
        c === 0x3007 ||                      /* 〇, the ideographic zero in dates */
        (c >= 0x3041 && c <= 0x3096) ||      /* hiragana */
        (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || /* katakana, not the ・ separator */
        (c >= 0xac00 && c <= 0xd7a3)) {      /* hangul syllables */
      return CJK;
    }
    /* Invisible characters that web pages leave inside words must not split a phrase. */
    if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) {
      return IGNORABLE;
    }
    return SEPARATOR;
  }

  /* Full-width forms of printable ASCII (U+FF01..U+FF5E) sit at a fixed offset from ASCII. */
  function fold(c) {
    return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
  }

  function tokenize(text) {
    var tokens = [], word = '', run = [], i, c, codePoint, width, low, ch;
    if (text === null || text === undefined) {
      return tokens;
    }
    text = String(text);

    function flushWord() {
      if (word.length > 0) {
        tokens.push(word);
        word = '';
      }
    }

    function flushRun() {
      var j;
      if (run.length === 1) {
        tokens.push(run[0]);
      }
      for (j = 0; j + 1 < run.length; j++) {
        tokens.push(run[j] + run[j + 1]);
      }
      run = [];
    }

    for (i = 0; i < text.length; i += width) {
      c = fold(text.charCodeAt(i));
      codePoint = c;
      width = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          codePoint = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          width = 2;
        }
      }

      switch (classify(codePoint)) {
        case WORD:
          flushRun();
          ch = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
          word += String.fromCharCode(ch);
          break;
        case CJK:
          flushWord();
          run.push(text.substr(i, width));
          break;
        case IGNORABLE:
          break;
        default:
          flushWord();
          flushRun();
      }
    }

    flushWord();
    flushRun();
    return tokens;
  }

  /* A query token of one CJK character must be found inside the index's bigrams. */
  function isLoneCjk(token) {
    var c = token.charCodeAt(0);
    var width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    return token.length === width && !isAsciiLetterOrDigit(c);
  }

  function unique(items) {
    var seen = Object.create(null), out = [], i;
    for (i = 0; i < items.length; i++) {
      if (!seen[items[i]]) {
        seen[items[i]] = true;
        out.push(items[i]);
      }
    }
    return out;
  }

  /*
   * Wires the tokenizer into a lunr instance and returns the helpers the search page needs.
   * Registering the query pipeline function is what lets lunr.Index.load accept our index.
   */
  function planAtlasLunr(lunr) {
    var queryTokens = lunr.Pipeline.registeredFunctions[QUERY_PIPELINE_LABEL];

    function tokenizer(obj, metadata) {
      var values, tokens = [], i, j, parts;
      if (obj === null || obj === undefined) {
        return tokens;
      }
      values = Array.isArray(obj) ? obj : [obj];
      for (i = 0; i < values.length; i++) {
        parts = tokenize(lunr.utils.asString(values[i]));
        for (j = 0; j < parts.length; j++) {
          tokens.push(new lunr.Token(parts[j], lunr.utils.clone(metadata) || {}));
        }
      }
      return tokens;
    }

    if (!queryTokens) {
      /*
       * lunr's query parser splits only on spaces and hyphens, so a typed phrase reaches the
       * search pipeline whole; this splits it into the index's bigrams (matching any of them).
       */
      queryTokens = function (token) {
        var parts = tokenize(token.toString()), out = [], i;
        for (i = 0; i < parts.length; i++) {
          out.push(new lunr.Token(parts[i], token.metadata));
        }
        return out;
      };
      lunr.Pipeline.registerFunction(queryTokens, QUERY_PIPELINE_LABEL);
    }

    /* For builders (tests, or indexing in the browser): our tokenizer, no English stemming. */
    function configure(builder) {
      builder.tokenizer = tokenizer;
      builder.pipeline.reset();
      builder.searchPipeline.reset();
      builder.searchPipeline.add(queryTokens);
    }

    function load(serialized) {
      return lunr.Index.load(typeof serialized === 'string' ? JSON.parse(serialized) : serialized);
    }

    /*
     * Ctrl+F-like search: every token of the text is REQUIRED. Bigrams must match exactly; a lone
     * CJK character or a Latin/digit word may sit anywhere inside an indexed term (*x*).
     */
    function searchAll(index, text) {
      var tokens = unique(tokenize(text));
      if (tokens.length === 0) {
        return []; /* a query with no clauses would match every document */
      }
      return index.query(function (query) {
        var i, loose;
        for (i = 0; i < tokens.length; i++) {
          loose = isLoneCjk(tokens[i]) || isAsciiLetterOrDigit(tokens[i].charCodeAt(0));
          query.term(tokens[i], {
            presence: lunr.Query.presence.REQUIRED,
            usePipeline: false,
            wildcard: loose ? (lunr.Query.wildcard.LEADING | lunr.Query.wildcard.TRAILING) : lunr.Query.wildcard.NONE
          });
        }
      });
    }

    return {
      tokenizer: tokenizer,
      queryTokens: queryTokens,
      configure: configure,
      load: load,
      searchAll: searchAll
    };
  }

  return {
    tokenize: tokenize,
    planAtlasLunr: planAtlasLunr,
    queryPipelineLabel: QUERY_PIPELINE_LABEL
  };
}));
