'use strict';
// The meaning of a search as a plain scan (the twin of src/PlanAtlas/Search/SubstringScan.cs): every word of the
// query has a variant (itself, or a word of a group of meta.synonyms that holds it) in the folded title, text or
// note, or in a name of the document's plan; holders of the whole query as typed first.
const { fold, queryWord } = require('../../../themes/default/assets/js/search-tokenizer.js');

function normalize(query) {
  return String(query).replace(/\s+/g, ' ').replace(/^ | $/g, '');
}

/** Every group of synonyms holding the folded word, merged: the word first, then the others in group order. */
function variants(synonyms, word) {
  const out = [fold(word)];
  (synonyms || []).filter((g) => g.includes(out[0])).forEach((g) => g.forEach((w) => { if (!out.includes(w)) out.push(w); }));
  return out;
}

/** corpus: { documents, meta } as readCorpus gives them. */
function scan(corpus, query, filters) {
  filters = filters || {};
  const { documents, meta } = corpus;
  const text = normalize(query);
  const words = text === '' ? [] : text.split(' ');
  if (!words.some((w) => queryWord(w).terms.length > 0)) return [];
  const expanded = words.map((w) => variants(meta.synonyms, w));
  const whole = fold(text);
  const inText = (d, w) => fold(d.title).includes(w) || fold(d.text).includes(w) || fold(d.note).includes(w);
  const hits = documents
    .filter((d) => !filters.province || d.province === filters.province)
    .filter((d) => !filters.topic || d.topic === filters.topic)
    .filter((d) => expanded.every((word) => word.some((w) => inText(d, w) || d.names.some((n) => n.includes(w)))))
    .map((d) => ({ ref: d.ref, exact: inText(d, whole), number: d.number }));
  hits.sort((a, b) => (b.exact - a.exact) || (a.number - b.number));
  return hits.map((h) => ({ ref: h.ref, exact: h.exact }));
}

module.exports = { scan, normalize, variants };
