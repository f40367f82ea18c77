'use strict';
// node bench/search-bytes.js OUTPUT [query …]: what a first query loads from a built site (the search page's fixed
// scripts, meta.js, the shards of its terms and the chunks of its first 20 results), measured with the same loader the
// node tests use (tests/js/support/search-site.js). For the national-scale numbers: build a corpus with the benchmark
// (`scale 3000 --keep`), then run this on its output.
const fs = require('node:fs');
const path = require('node:path');
const { openSearch } = require('../tests/js/support/search-site.js');

async function main() {
  const [site, ...given] = process.argv.slice(2);
  if (!site || !fs.existsSync(path.join(site, 'assets', 'search', 'meta.js'))) {
    console.error('usage: node bench/search-bytes.js OUTPUT [query …]  (OUTPUT: a built site with assets/search/meta.js)');
    process.exit(2);
  }
  const queries = given.length > 0 ? given : ['法律援助', '宪法宣誓', '法治', '法', '12348', '公共法律服务', '普法 责任制', '司法局'];
  const page = fs.statSync(path.join(site, 'assets', 'js', 'search.js')).size;
  console.log('query\tresults\tKiB loaded\tfiles\tlargest file');
  for (const query of queries) {
    const search = openSearch(site);
    const started = process.hrtime.bigint();
    const { results } = await search.firstPage(query, 20);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const largest = search.loaded.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(`${query}\t${results.length}\t${((search.bytes() + page) / 1024).toFixed(1)}\t${search.loaded.length}\t${largest.file} ${(largest.bytes / 1024).toFixed(1)} KiB\t(${ms.toFixed(0)} ms in node)`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
