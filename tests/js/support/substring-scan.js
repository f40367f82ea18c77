'use strict';
// The meaning of a search as a plain scan (the twin of src/PlanAtlas/Search/SubstringScan.cs): every word of the
// query occurs in the folded title or text, or in a name of the document's plan; whole-query holders first.
const { fold, queryWord } = require('../../../themes/default/assets/js/search-tokenizer.js');

function normalize(query) {
  return String(query).replace(/\s+/g, ' ').replace(/^ | $/g, '');
}

function scan(documents, query, filters) {
  filters = filters || {};
  const text = normalize(query);
  const words = text === '' ? [] : text.split(' ');
  if (!words.some((w) => queryWord(w).terms.length > 0)) return [];
  const folded = words.map(fold);
  const whole = fold(text);
  const inText = (d, w) => fold(d.title).includes(w) || fold(d.text).includes(w);
  const hits = documents
    .filter((d) => !filters.province || d.province === filters.province)
    .filter((d) => !filters.topic || d.topic === filters.topic)
    .filter((d) => folded.every((w) => inText(d, w) || d.names.some((n) => n.includes(w))))
    .map((d) => ({ ref: d.ref, exact: inText(d, whole), number: d.number }));
  hits.sort((a, b) => (b.exact - a.exact) || (a.number - b.number));
  return hits.map((h) => ({ ref: h.ref, exact: h.exact }));
}

module.exports = { scan, normalize };
