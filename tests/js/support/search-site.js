'use strict';
// Opens a built site's search the way the search page does: the page's fixed scripts (tokenizer, engine,
// meta.js) evaluated in one vm context, and every later shard or chunk loaded through the <script> element the
// engine creates. Records which files the engine loaded and their sizes, so tests can hold the byte budget.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const FIXED = ['assets/js/search-tokenizer.js', 'assets/js/search-engine.js', 'assets/search/meta.js'];

function openSearch(site) {
  const loaded = [];
  const context = { console, Math, Promise, setTimeout, Object, String, Array };
  const document = {
    head: {
      appendChild(script) {
        setImmediate(() => {
          const file = script.src;
          if (!fs.existsSync(file)) {
            script.onerror({ type: 'error' });
            return;
          }
          run(file);
          script.onload({ type: 'load' });
        });
      },
    },
    createElement(name) {
      if (name !== 'script') throw new Error('the engine creates only script elements, not ' + name);
      return { src: '', onload: null, onerror: null };
    },
  };
  context.window = context;
  context.self = context;
  context.document = document;
  vm.createContext(context);

  function run(file) {
    const code = fs.readFileSync(file);
    loaded.push({ file: path.relative(site, file).split(path.sep).join('/'), bytes: code.length });
    vm.runInContext(code.toString('utf8'), context, { filename: file });
  }

  FIXED.forEach((f) => run(path.join(site, f)));
  const engine = context.PlanAtlasSearch;
  engine.base = path.join(site, 'assets', 'search') + path.sep;
  return {
    engine,
    loaded,
    bytes: () => loaded.reduce((sum, f) => sum + f.bytes, 0),
    /** Every result of a query in order, as the page lists them after "show more" to the end. */
    async all(query, filters) {
      const search = await engine.search(query, filters || {});
      // Plain objects of this realm: the vm context's have other prototypes, which deepStrictEqual tells apart.
      return search.nothing ? [] : Array.from(await search.all(), (r) => ({ ref: String(r.ref), exact: r.exact === true }));
    },
    /** What the page does for a first query: the search, its first page of results, then settle. */
    async firstPage(query, pageSize) {
      const search = await engine.search(query, {});
      if (search.nothing) return { search, results: [] };
      const results = await search.more(pageSize || 20);
      await search.settle(6);
      return { search, results };
    },
  };
}

/** Every document of the index, read from all the chunks, with what the substring scan needs. */
function readCorpus(site) {
  const dir = path.join(site, 'assets', 'search');
  let meta = null;
  const chunks = {};
  const sink = {
    PlanAtlasSearch: {
      setMeta: (m) => { meta = m; },
      addChunk: (n, c) => { chunks[n] = c; },
    },
  };
  vm.createContext(sink);
  vm.runInContext(fs.readFileSync(path.join(dir, 'meta.js'), 'utf8'), sink);
  for (let n = 0; n < meta.chunks; n++) {
    vm.runInContext(fs.readFileSync(path.join(dir, 'docs', n + '.js'), 'utf8'), sink);
  }
  const { decodeNumbers } = numbers();
  const provinces = decodeNumbers(meta.planProvinces);
  const documents = [];
  for (let n = 0; n < meta.chunks; n++) {
    chunks[n].docs.forEach((d) => {
      const plan = d.k === 'p' ? chunks[n].plans[d.p] : null;
      const province = plan && provinces[plan.n] > 0 ? meta.provinces[provinces[plan.n] - 1].code : '';
      documents.push({
        number: documents.length,
        ref: plan ? plan.slug + '/' + d.id : 'agency:' + d.id,
        kind: d.k,
        title: d.t,
        text: d.x,
        note: d.r || '',
        names: plan ? plan.names : [],
        planLabel: plan ? plan.label : '',
        province,
        topic: d.c === undefined ? '' : meta.topics[d.c].id,
      });
    });
  }
  return { meta, documents };
}

function numbers() {
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return {
    decodeNumbers(text) {
      const out = [];
      let value = 0;
      let shift = 0;
      for (const c of text) {
        const digit = ALPHABET.indexOf(c);
        value += (digit & 31) * 2 ** shift;
        shift += 5;
        if (digit < 32) { out.push(value); value = 0; shift = 0; }
      }
      return out;
    },
  };
}

module.exports = { openSearch, readCorpus };
