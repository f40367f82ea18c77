'use strict';
// The search engine over the real site, loaded exactly as the browser loads it (support/search-site.js: the page's
// scripts in a vm context, each shard and chunk through the script element the engine adds), against a plain
// substring scan of the same documents, for queries drawn from the corpus. The site is built once with the CLI into
// a temp folder; PLANATLAS_SEARCH_SITE names an already built output folder instead.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { openSearch, readCorpus } = require('./support/search-site.js');
const { scan } = require('./support/substring-scan.js');

const BUDGET = 300 * 1024;
const repo = path.join(__dirname, '..', '..');

function builtSite() {
  if (process.env.PLANATLAS_SEARCH_SITE) return process.env.PLANATLAS_SEARCH_SITE;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'planatlas-search-'));
  execFileSync('dotnet', ['run', '--project', path.join(repo, 'src', 'PlanAtlas.Cli'), '--', 'build', '--output', out], { cwd: repo, stdio: 'pipe', timeout: 10 * 60 * 1000 });
  return out;
}

const site = builtSite();
const corpus = readCorpus(site);
const { documents } = corpus;

/* A seeded generator, so that a failing query repeats. */
function random(seed) {
  let state = seed >>> 0;
  return (n) => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state % n; };
}

function drawQueries() {
  const next = random(20260115);
  const texts = documents.filter((d) => d.kind === 'p' && d.text.length > 10).map((d) => d.text);
  const fragment = (min, max) => {
    const text = texts[next(texts.length)];
    const length = min + next(max - min + 1);
    const start = next(Math.max(1, text.length - length));
    return text.substr(start, length).replace(/\s+/g, ' ').trim();
  };
  const queries = [];
  for (let i = 0; i < 200; i++) queries.push(fragment(2, 8));
  for (let i = 0; i < 40; i++) queries.push(fragment(2, 4) + ' ' + fragment(2, 4));
  const ascii = [...new Set(documents.flatMap((d) => d.text.match(/[0-9A-Za-z]{2,}/g) || []))].slice(0, 15);
  ascii.forEach((w) => queries.push(w, w.slice(1), w.toUpperCase()));
  documents.filter((d) => d.kind === 'a').slice(0, 15).forEach((d) => queries.push(d.title));
  queries.push('火星殖民计划', 'qqzx', '法治 不存在的词', '《宪法》', '，。', '法', '１２３４８');
  // Words with synonyms or agency aliases (meta.synonyms), alone and beside another word: OR within, AND across.
  corpus.meta.synonyms.forEach((group, i) => {
    queries.push(group[i % group.length]);
    if (i % 4 === 0) queries.push(group[group.length - 1] + ' ' + fragment(2, 3));
  });
  queries.push('法援 渠县', '普法 宪法', '司法局', '县司法局', '州司法局 普法');
  return [...new Set(queries.filter((q) => q.length > 0))];
}

test('every query drawn from the corpus gets the substring scan\'s results, in its order', async () => {
  const queries = drawQueries();
  let withResults = 0;
  for (const q of queries) {
    const engine = openSearch(site);
    const actual = await engine.all(q);
    assert.deepStrictEqual(actual, scan(corpus, q), `query “${q}”`);
    if (actual.length > 0) withResults++;
  }
  assert.ok(withResults > queries.length / 2, `${withResults} of ${queries.length} queries found something`);
});

test('a plan or place named in the query narrows to its plan; the snippet text is still the provision\'s', async () => {
  const engine = openSearch(site);
  const results = await engine.all('大足区 法律援助');
  assert.ok(results.length > 0);
  results.forEach((r) => assert.match(r.ref, /^dazu\//));
  assert.deepStrictEqual(results, scan(corpus, '大足区 法律援助'));
  const search = await engine.engine.search('渠县 宪法宣誓', {});
  const page = await search.more(20);
  page.forEach((r) => { assert.strictEqual(r.plan, 'quxian'); assert.ok(r.text.includes('宪法宣誓')); });
});

test('an agency name finds the agency, linked to its page', async () => {
  const engine = openSearch(site);
  const search = await engine.engine.search('渠县司法局', {});
  const [first] = await search.more(1);
  assert.strictEqual(first.kind, 'agency');
  assert.strictEqual(first.href, 'agencies/quxian-justice/index.html');
});

test('a word with synonyms finds any of them: 法援 finds 法律援助, as the scan of the expanded query does', async () => {
  const engine = openSearch(site);
  assert.deepStrictEqual([...engine.engine.variantsOf('法援')], ['法援', '法律援助']);
  assert.deepStrictEqual([...engine.engine.variantsOf('法律援助')], ['法律援助', '法援']);
  const results = await engine.all('法援');
  assert.ok(results.length > 0, '法援 finds the provisions on 法律援助');
  assert.deepStrictEqual(results, scan(corpus, '法援'));
  const byFull = new Set((await openSearch(site).all('法律援助')).map((r) => r.ref));
  results.forEach((r) => assert.ok(byFull.has(r.ref), `${r.ref} also holds 法律援助 (or 法援)`));
});

test('an agency\'s alias finds its full name, and a name finds the provisions whose notes name it', async () => {
  const engine = openSearch(site);
  assert.ok(engine.engine.variantsOf('县委办').includes('县委办公室'));
  const bureau = await engine.all('县司法局');
  assert.strictEqual(bureau[0].ref, 'agency:quxian-justice');
  assert.ok(bureau.some((r) => r.ref.startsWith('quxian/')), 'provisions whose notes name 县司法局');
  assert.ok(bureau.every((r) => r.ref === 'agency:quxian-justice' || r.ref.startsWith('quxian/')), 'only the county\'s');
  const every = await openSearch(site).all('司法局');
  ['agency:quxian-justice', 'agency:liangshan-justice', 'agency:dazu-justice'].forEach((ref) => assert.ok(every.some((r) => r.ref === ref), ref));
  const search = await openSearch(site).engine.search('县司法局', {});
  const [, provision] = await search.more(2);
  assert.match(provision.note, /县司法局/);
});

test('filters by province and measure keep what the scan keeps', async () => {
  const topic = documents.find((d) => d.topic).topic;
  for (const [q, filters] of [['法律援助', { province: '510000' }], ['宪法', { topic }], ['法', { province: '620000', topic }]]) {
    const engine = openSearch(site);
    assert.deepStrictEqual(await engine.all(q, filters), scan(corpus, q, filters), q);
  }
});

test('a first query loads within the 300 kB budget, all search scripts counted', async () => {
  const page = ['assets/js/search.js'].map((f) => fs.statSync(path.join(site, f)).size).reduce((a, b) => a + b, 0);
  for (const q of ['法律援助', '宪法宣誓', '大足区 法律援助', '法', '12348']) {
    const engine = openSearch(site);
    await engine.firstPage(q, 20);
    assert.ok(engine.bytes() + page <= BUDGET, `${q}: ${engine.bytes() + page} bytes`);
    assert.ok(engine.loaded.every((f) => f.file.startsWith('assets/')), 'only the site\'s own files');
  }
});

test('a missing shard rejects with the file\'s name instead of hanging', async () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'planatlas-damaged-'));
  fs.cpSync(path.join(site, 'assets'), path.join(copy, 'assets'), { recursive: true });
  fs.rmSync(path.join(copy, 'assets', 'search', 'terms'), { recursive: true });
  const engine = openSearch(copy);
  await assert.rejects(engine.engine.search('宪法', {}), /搜索索引缺少文件 terms\/\d+\.js/);
  fs.rmSync(copy, { recursive: true });
});
