/*
 * Plan Atlas search tokenizer: the browser twin of src/PlanAtlas/Search/ChineseTokenizer.cs.
 *
 * Overlapping bigrams for each run of CJK characters (a lone character stays a unigram) and
 * lower-cased words for runs of ASCII letters and digits; full-width ASCII (Ａ１) is folded first.
 * Bigrams let a reader find any phrase of two or more characters without a word segmenter.
 * Both implementations are checked against tests/PlanAtlas.Tests/Search/tokenizer-vectors.json.
 *
 * Plain ES5 so that it runs unbundled from file:// in any browser the offline copy meets.
 * It also holds the search index's term rule (runs, indexTerms, queryWord: the twin of SearchTerms.cs).
 * Browser: <script src="search-tokenizer.js"> before search-engine.js; it defines window.PlanAtlasTokenizer.
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

  /* Full-width ASCII to ASCII and A–Z to a–z, one UTF-16 unit for one, so that positions in the folded text
     are positions in the original (ChineseTokenizer.Fold). */
  function foldText(text) {
    var out = '', i, c;
    text = String(text);
    for (i = 0; i < text.length; i++) {
      c = fold(text.charCodeAt(i));
      out += String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
    }
    return out;
  }

  /* The runs of a folded text the search index is built from (ChineseTokenizer.Runs): CJK runs as their
     characters, ASCII runs as one string. Invisible characters separate runs here, unlike in tokenize: the
     index must hold only what a substring scan finds. */
  function runs(folded) {
    var out = [], run = [], cjk = false, i, c, codePoint, width, low, kind, isCjk;
    function flush() {
      if (run.length > 0) {
        out.push({ cjk: cjk, units: run });
        run = [];
      }
    }
    for (i = 0; i < folded.length; i += width) {
      c = folded.charCodeAt(i);
      codePoint = c;
      width = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < folded.length) {
        low = folded.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          codePoint = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      kind = classify(codePoint);
      isCjk = kind === CJK;
      if ((kind !== CJK && kind !== WORD) || (run.length > 0 && isCjk !== cjk)) {
        flush();
      }
      if (kind === CJK || kind === WORD) {
        cjk = isCjk;
        run.push(folded.substr(i, width));
      }
    }
    flush();
    return out;
  }

  /* Index terms of a text (SearchTerms.IndexTerms): every CJK character and bigram, every ASCII substring of
     one to ASCII_GRAM characters; sorted by UTF-16 code units like the C# side. */
  var ASCII_GRAM = 3;

  function indexTerms(text) {
    var seen = Object.create(null), out = [], all = runs(foldText(text || '')), r, i, units, word, length, start;
    function add(term) {
      if (!seen[term]) {
        seen[term] = true;
        out.push(term);
      }
    }
    for (r = 0; r < all.length; r++) {
      units = all[r].units;
      if (all[r].cjk) {
        for (i = 0; i < units.length; i++) {
          add(units[i]);
          if (i + 1 < units.length) {
            add(units[i] + units[i + 1]);
          }
        }
      } else {
        word = units.join('');
        for (length = 1; length <= ASCII_GRAM; length++) {
          for (start = 0; start + length <= word.length; start++) {
            add(word.substr(start, length));
          }
        }
      }
    }
    return out.sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; });
  }

  /* A query word (SearchTerms.Query): its folded form, the terms it is looked up by, and whether their posting
     list is exactly the documents containing it (the word is one term and nothing else). */
  function queryWord(word) {
    var folded = foldText(word), all = runs(folded), terms = [], seen = Object.create(null), r, i, units, run, length;
    function add(term) {
      if (!seen[term]) {
        seen[term] = true;
        terms.push(term);
      }
    }
    for (r = 0; r < all.length; r++) {
      units = all[r].units;
      if (all[r].cjk && units.length === 1) {
        add(units[0]);
      } else if (all[r].cjk) {
        for (i = 0; i + 1 < units.length; i++) {
          add(units[i] + units[i + 1]);
        }
      } else {
        run = units.join('');
        length = Math.min(run.length, ASCII_GRAM);
        for (i = 0; i + length <= run.length; i++) {
          add(run.substr(i, length));
        }
      }
    }
    return { folded: folded, terms: terms, exact: terms.length === 1 && terms[0] === folded };
  }

  return {
    tokenize: tokenize,
    fold: foldText,
    runs: runs,
    indexTerms: indexTerms,
    queryWord: queryWord
  };
}));
