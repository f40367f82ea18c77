'use strict';
// Runs queries against a serialised index in lunr.js, as the browser would after loading it.
// stdin: { "index": "<serialised index JSON>", "queries": ["宪法宣誓", ...] }
// stdout: [ { query, search: [{ ref, score }], all: [{ ref, score }] } ]
//   search = lunr's own query language (idx.search): the phrase's bigrams, any of them;
//   all    = planAtlas searchAll: every token REQUIRED (what the search page uses).
const fs = require('node:fs');
const lunr = require('lunr');
const { planAtlasLunr } = require('../../themes/default/assets/js/search-tokenizer.js');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const planAtlas = planAtlasLunr(lunr);
const index = planAtlas.load(input.index);

const simplify = (results) => results.map((r) => ({ ref: r.ref, score: r.score }));
const output = input.queries.map((query) => ({
  query,
  search: simplify(index.search(query)),
  all: simplify(planAtlas.searchAll(index, query)),
}));

process.stdout.write(JSON.stringify(output));
