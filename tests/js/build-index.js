'use strict';
// The reference side of LunrOracleTests: lunr.js itself builds the index the C# writer must match.
// stdin: { "options": { titleBoost, textBoost, planBoost, pathBoost, b, k1 }, "documents": [
//          { ref, title, text, plan, path, boost? } ] }   stdout: JSON.stringify(index)
const fs = require('node:fs');
const lunr = require('lunr');
const { planAtlasLunr } = require('../../themes/default/assets/js/search-tokenizer.js');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const options = input.options || {};
const planAtlas = planAtlasLunr(lunr);

const index = lunr(function () {
  planAtlas.configure(this);
  this.ref('ref');
  this.field('title', { boost: options.titleBoost });
  this.field('text', { boost: options.textBoost });
  this.field('plan', { boost: options.planBoost });
  this.field('path', { boost: options.pathBoost });
  if (options.b !== undefined) this.b(options.b);
  if (options.k1 !== undefined) this.k1(options.k1);
  for (const doc of input.documents) {
    this.add(doc, doc.boost === undefined ? undefined : { boost: doc.boost });
  }
});

process.stdout.write(JSON.stringify(index));
