'use strict';
// The browser tokenizer against the vectors the C# tokenizer is also tested with.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { tokenize } = require('../../themes/default/assets/js/search-tokenizer.js');

const vectorsPath = path.join(__dirname, '../PlanAtlas.Tests/Search/tokenizer-vectors.json');
const vectors = JSON.parse(fs.readFileSync(vectorsPath, 'utf8'));

test('the vector file has cases', () => {
  assert.ok(vectors.cases.length >= 25);
});

for (const c of vectors.cases) {
  test(`tokenize: ${c.name}`, () => {
    assert.deepStrictEqual(tokenize(c.input), c.expected);
  });
}
