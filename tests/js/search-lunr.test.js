'use strict';
// planAtlasLunr: how the search page wires the tokenizer into lunr and runs Ctrl+F-like queries.
const test = require('node:test');
const assert = require('node:assert');
const lunr = require('lunr');
const { planAtlasLunr, queryPipelineLabel } = require('../../themes/default/assets/js/search-tokenizer.js');

const documents = [
  { ref: 'a', title: '宪法宣誓', text: '全面落实宪法宣誓制度。', plan: 'gansu', path: '' },
  { ref: 'b', title: '宪法', text: '学习宪法，举行宣誓仪式。', plan: 'gansu', path: '' },
  { ref: 'c', title: '修宪', text: '依法修宪。Internet+诉讼', plan: 'dazu', path: '' },
  { ref: 'd', title: '民法典', text: '民法典进万家。', plan: 'dazu', path: '' },
];

const planAtlas = planAtlasLunr(lunr);
const built = lunr(function () {
  planAtlas.configure(this);
  this.ref('ref');
  this.field('title', { boost: 10 });
  this.field('text');
  this.field('plan');
  this.field('path');
  documents.forEach((d) => this.add(d));
});
const index = planAtlas.load(JSON.stringify(built));
const refs = (results) => results.map((r) => r.ref).sort();

test('the serialised index names only our query pipeline function, and loads', () => {
  assert.deepStrictEqual(JSON.parse(JSON.stringify(built)).pipeline, [queryPipelineLabel]);
  assert.ok(index instanceof lunr.Index);
});

test('searchAll requires every bigram of the phrase', () => {
  // b has 宪法 and 宣誓 but not 法宣, so it does not contain the phrase.
  assert.deepStrictEqual(refs(planAtlas.searchAll(index, '宪法宣誓')), ['a']);
});

test('searchAll finds a lone character inside bigrams on either side', () => {
  assert.deepStrictEqual(refs(planAtlas.searchAll(index, '宪')), ['a', 'b', 'c']);
});

test('searchAll matches Latin words inside longer words, case-insensitively', () => {
  assert.deepStrictEqual(refs(planAtlas.searchAll(index, 'INTER')), ['c']);
  assert.deepStrictEqual(refs(planAtlas.searchAll(index, 'Ｉｎｔｅｒｎｅｔ')), ['c']);
});

test('searchAll with nothing searchable returns nothing, not everything', () => {
  assert.deepStrictEqual(planAtlas.searchAll(index, '，。 '), []);
});

test('lunr query language: a typed phrase is split into bigrams by the search pipeline', () => {
  assert.deepStrictEqual(refs(index.search('宪法宣誓')), ['a', 'b']);
  assert.deepStrictEqual(refs(index.search('+民法 +法典')), ['d']);
});

test('wiring lunr twice reuses the registered function without a warning', () => {
  const warnings = [];
  const original = lunr.utils.warn;
  lunr.utils.warn = (message) => warnings.push(message);
  try {
    assert.strictEqual(planAtlasLunr(lunr).queryTokens, planAtlas.queryTokens);
  } finally {
    lunr.utils.warn = original;
  }
  assert.deepStrictEqual(warnings, []);
});
