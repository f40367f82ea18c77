'use strict';
// The browser half of search-terms-vectors.json: the engine's term rule equals the index builder's.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { indexTerms, queryWord } = require('../../themes/default/assets/js/search-tokenizer.js');

const vectors = JSON.parse(fs.readFileSync(path.join(__dirname, '../PlanAtlas.Tests/Search/search-terms-vectors.json'), 'utf8'));

for (const c of vectors.index) {
  test(`index terms: ${c.name}`, () => {
    assert.deepStrictEqual(indexTerms(c.input), c.expected);
  });
}

for (const c of vectors.query) {
  test(`query word: ${c.name}`, () => {
    const word = queryWord(c.input);
    assert.deepStrictEqual(word.terms, c.terms);
    assert.strictEqual(word.exact, c.exact);
  });
}
