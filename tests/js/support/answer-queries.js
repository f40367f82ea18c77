'use strict';
// The node side of SearchEngineOracleTests (C#): opens a built site's search exactly as the page does and answers
// queries with every result in order. stdin: { "site": "<output folder>", "queries": [{ "q", "province"?, "topic"? }] }
// stdout: [{ "q", "results": [{ "ref", "exact" }], "firstQueryBytes" }]
const fs = require('node:fs');
const { openSearch } = require('./search-site.js');

(async () => {
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  const answers = [];
  for (const query of input.queries) {
    const first = openSearch(input.site);
    await first.firstPage(query.q);
    const fresh = openSearch(input.site);
    const results = await fresh.all(query.q, { province: query.province || '', topic: query.topic || '' });
    answers.push({ q: query.q, results, firstQueryBytes: first.bytes() });
  }
  process.stdout.write(JSON.stringify(answers));
})().catch((e) => {
  process.stderr.write(String(e && e.stack || e));
  process.exit(1);
});
