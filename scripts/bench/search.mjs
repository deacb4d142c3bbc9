/**
 * Search benchmark, on the real site and on a synthetic corpus of 1,000 generated lessons built with
 * the same builder (src/lib/search/shards.ts):
 * - on the search page itself, cold cache: the time from the first keystroke to the first results
 *   on screen, and the bytes (gzip) of the index files fetched before they appeared — the synthetic
 *   index is served in place of the real one by a route, the page's own code does the rest;
 * - in the browser, the time of one query once its shards are loaded (median and worst);
 * - the size of the meta file, of the largest shard and of the whole index.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const QUERIES = ['biais de confirmation', 'bulles', 'desinformation', 'algorithmes de recommandation', 'ancrage', 'rumeur', 'attention', 'python boucle', 'l’IA', 'infox'];
/** What the pupil types on the search page (the first keystroke starts the clock). */
const TYPED = 'algorithme';
// Typed in one go (no pause between keys): the clock runs from the first key to the first result.

const gzip = (text) => gzipSync(text, { level: 6 }).length;

/** The project's own TypeScript, bundled on the fly so the bench measures the real code. */
function bundle(format, platform) {
  const out = join(mkdtempSync(join(tmpdir(), 'declic-bench-')), format === 'esm' ? 'shards.mjs' : 'shards.js');
  buildSync({ entryPoints: ['src/lib/search/shards.ts'], bundle: true, format, globalName: 'declicSearch', platform, outfile: out, logLevel: 'silent' });
  return out;
}

/** A seeded generator, so the synthetic corpus is the same on every run. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function syntheticDocuments(realWords, count) {
  const next = random(42);
  const pick = () => realWords[Math.floor(next() * realWords.length)];
  const phrase = (n) => Array.from({ length: n }, pick).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `modules/module-${i % 40}/lecon-${i}/`, kind: 'lesson', title: phrase(5), module: `Module ${i % 40}`, headings: phrase(15), body: phrase(1100),
  }));
}

/** name → JSON text, for the real build or a built synthetic index. */
function realFiles(dist) {
  const files = new Map([['meta', readFileSync(join(dist, 'recherche-index.json'), 'utf8')]]);
  for (const file of readdirSync(join(dist, 'recherche-index'))) files.set(file.replace(/\.json$/, ''), readFileSync(join(dist, 'recherche-index', file), 'utf8'));
  return files;
}

function sizes(files) {
  const shards = [...files].filter(([name]) => name.startsWith('t')).map(([, text]) => gzip(text));
  return {
    files: files.size,
    metaKB: gzip(files.get('meta')) / 1024,
    largestShardKB: Math.max(...shards) / 1024,
    totalKB: [...files.values()].reduce((sum, text) => sum + gzip(text), 0) / 1024,
  };
}

/** Cold cache, on the search page: first keystroke → first results, and what was fetched meanwhile. */
async function typeAhead(browser, origin, base, files) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = [];
  await page.route(/recherche-index(\.json|\/[a-z0-9]+\.json)$/, (route) => {
    const url = new URL(route.request().url());
    const name = url.pathname.endsWith('recherche-index.json') ? 'meta' : url.pathname.split('/').pop().replace(/\.json$/, '');
    fetched.push({ name, at: Date.now() });
    return route.fulfill({ status: 200, contentType: 'application/json', body: files.get(name) ?? 'null' });
  });
  await page.goto(`${origin}${base}recherche/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => {
    window.__firstResults = new Promise((resolve) => {
      const list = document.querySelector('#search-results');
      new MutationObserver(() => list.children.length > 0 && resolve(performance.now())).observe(list, { childList: true });
    });
  });
  // The first keystroke: nothing fetched before it (no focus beforehand), the clock starts with it.
  const started = await page.evaluate(() => performance.now());
  const startedAt = Date.now();
  await page.locator('#search-input').pressSequentially(TYPED);
  const firstResults = await page.evaluate(() => window.__firstResults);
  const shownAt = startedAt + (firstResults - started);
  const before = fetched.filter((f) => f.at <= shownAt + 1);
  await context.close();
  return {
    firstResultsMs: firstResults - started,
    bytesBeforeKB: before.reduce((sum, f) => sum + gzip(files.get(f.name) ?? ''), 0) / 1024,
    filesBefore: before.map((f) => f.name),
  };
}

/** One query once its shards are loaded, in Chromium (the page's own code, bundled). */
async function queryTimes(browser, origin, base, files, script) {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${origin}${base}`);
  await page.addScriptTag({ path: script });
  const result = await page.evaluate(
    async ({ files, queries }) => {
      const { ShardedSearch } = window.declicSearch;
      const search = new ShardedSearch(JSON.parse(files.meta), async (name) => JSON.parse(files[name]));
      for (const q of queries) for (let i = 1; i <= q.length; i++) await search.search(q.slice(0, i), { asYouType: true });
      const times = [];
      for (let round = 0; round < 5; round += 1) {
        for (const q of queries) {
          for (let i = 1; i <= q.length; i++) {
            const t0 = performance.now();
            search.searchLoaded(q.slice(0, i), { asYouType: true });
            times.push(performance.now() - t0);
          }
        }
      }
      times.sort((a, b) => a - b);
      return { medianQueryMs: times[Math.floor(times.length / 2)], maxQueryMs: times[times.length - 1] };
    },
    { files: Object.fromEntries(files), queries: QUERIES },
  );
  await context.close();
  return result;
}

export default async function searchBench({ browser, origin, base, dist }) {
  const real = realFiles(dist);
  const { buildShardedIndex } = await import(pathToFileURL(bundle('esm', 'node')).href);
  const realWords = JSON.parse(real.get('meta')).docs.flatMap(([, , title]) => title.split(/\s+/));
  const snippetWords = [...real].filter(([name]) => name.startsWith('s')).flatMap(([, text]) => JSON.parse(text).join(' ').split(/\s+/));
  const started = performance.now();
  const built = buildShardedIndex(syntheticDocuments([...realWords, ...snippetWords].filter((w) => w.length > 2), 1000));
  const syntheticBuildSeconds = (performance.now() - started) / 1000;
  const synthetic = new Map([['meta', JSON.stringify(built.meta)], ...[...built.files].map(([name, content]) => [name, JSON.stringify(content)])]);

  const script = bundle('iife', 'browser');
  const rows = [];
  for (const [label, files, docs] of [['site réel', real, JSON.parse(real.get('meta')).docs.length], ['1 000 leçons synthétiques', synthetic, 1000]]) {
    rows.push({ label, docs, ...sizes(files), ...(await typeAhead(browser, origin, base, files)), ...(await queryTimes(browser, origin, base, files, script)) });
  }
  const fmt = (n) => n.toFixed(1);
  return {
    title: `Recherche (index lunr découpé, Chromium ; « ${TYPED} » tapé sur la page, cache vide)`,
    lines: [
      ['corpus'.padEnd(26), 'docs', 'fichiers', 'méta (Ko)', 'plus gros fragment (Ko)', 'total (Ko)', '1ers résultats (ms)', 'avant eux (Ko)', 'requête médiane (ms)', 'requête max (ms)'].join('\t'),
      ...rows.map((r) => [r.label.padEnd(26), r.docs, r.files, fmt(r.metaKB), fmt(r.largestShardKB), fmt(r.totalKB), fmt(r.firstResultsMs), fmt(r.bytesBeforeKB), fmt(r.medianQueryMs), fmt(r.maxQueryMs)].join('\t')),
      `Tailles en gzip. Construction de l’index synthétique (Node) : ${syntheticBuildSeconds.toFixed(1)} s`,
    ],
    data: { rows, syntheticBuildSeconds },
  };
}
