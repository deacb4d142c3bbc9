/**
 * Search benchmark: index size (raw and gzip), index load time and query time in Chromium, on the
 * real site and on a synthetic corpus of 1,000 generated lessons built with the same builder. The
 * browser runs the search page's own loading and query code (compact index unpacked, then lunr).
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const QUERIES = ['biais de confirmation', 'bulles', 'desinformation', 'algorithmes de recommandation', 'ancrage', 'rumeur', 'attention', 'python boucle'];

/** The project's own TypeScript index builder, bundled on the fly so the bench measures the real code. */
async function importBuilder() {
  const out = join(mkdtempSync(join(tmpdir(), 'declic-bench-')), 'builder.mjs');
  buildSync({ entryPoints: ['src/lib/search/index-builder.ts'], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'silent' });
  return import(pathToFileURL(out).href);
}

/** A seeded generator, so the synthetic corpus is the same on every run. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function syntheticDocuments(realPayload, count) {
  const words = realPayload.docs.flatMap((d) => d.text.split(/\s+/)).filter((w) => w.length > 2);
  const next = random(42);
  const pick = () => words[Math.floor(next() * words.length)];
  const phrase = (n) => Array.from({ length: n }, pick).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetique/${i}/`, kind: 'lesson', title: phrase(5), module: `Module ${i % 40}`, headings: phrase(15), body: phrase(1100),
  }));
}

/** The same code the search page runs (unpacking the compact index, lunr, French), bundled for the browser. */
function browserSearchBundle() {
  const out = join(mkdtempSync(join(tmpdir(), 'declic-bench-')), 'search.js');
  buildSync({ entryPoints: ['src/lib/search/index-builder.ts'], bundle: true, format: 'iife', globalName: 'declicSearch', platform: 'browser', outfile: out, logLevel: 'silent' });
  return out;
}

async function measureInBrowser(browser, origin, base, json, bundle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}${base}`);
  await page.addScriptTag({ path: bundle });
  const result = await page.evaluate(
    ({ json, queries }) => {
      const { loadSearchIndex, runSearch } = window.declicSearch;
      const started = performance.now();
      const { index, docs } = loadSearchIndex(JSON.parse(json));
      const loadMs = performance.now() - started;
      const times = [];
      for (let round = 0; round < 5; round += 1) {
        for (const q of queries) {
          const t0 = performance.now();
          runSearch(index, docs, q);
          times.push(performance.now() - t0);
        }
      }
      times.sort((a, b) => a - b);
      return { loadMs, medianQueryMs: times[Math.floor(times.length / 2)], maxQueryMs: times[times.length - 1] };
    },
    { json, queries: QUERIES },
  );
  await context.close();
  return result;
}

export default async function searchBench({ browser, origin, base, dist }) {
  const realJson = readFileSync(join(dist, 'recherche-index.json'), 'utf8');
  const real = JSON.parse(realJson);
  const { buildSearchIndex } = await importBuilder();
  const started = performance.now();
  const syntheticJson = JSON.stringify(buildSearchIndex(syntheticDocuments(real, 1000)));
  const syntheticBuildSeconds = (performance.now() - started) / 1000;
  writeFileSync(join(tmpdir(), 'declic-synthetic-index.json'), syntheticJson);

  const bundle = browserSearchBundle();
  const rows = [];
  for (const [label, json, docs] of [['site réel', realJson, real.docs.length], ['1 000 leçons synthétiques', syntheticJson, 1000]]) {
    const timing = await measureInBrowser(browser, origin, base, json, bundle);
    rows.push({ label, docs, rawKB: json.length / 1024, gzipKB: gzipSync(json).length / 1024, ...timing });
  }
  const fmt = (n) => n.toFixed(1);
  return {
    title: 'Recherche (index lunr, Chromium)',
    lines: [
      ['corpus'.padEnd(26), 'documents', 'brut (Ko)', 'gzip (Ko)', 'chargement (ms)', 'requête médiane (ms)', 'requête max (ms)'].join('\t'),
      ...rows.map((r) => [r.label.padEnd(26), r.docs, fmt(r.rawKB), fmt(r.gzipKB), fmt(r.loadMs), fmt(r.medianQueryMs), fmt(r.maxQueryMs)].join('\t')),
      `Construction de l’index synthétique (Node) : ${syntheticBuildSeconds.toFixed(1)} s`,
    ],
    data: { rows, syntheticBuildSeconds },
  };
}
