#!/usr/bin/env node
/**
 * npm run bench — a benchmark, not a test: builds the site, then measures in headless Chromium what a
 * first (cold) visit of each kind of page transfers, gzip-compressed as a static host would serve it
 * (HTML, CSS, JS, fonts, images), and its DOM size. Prints a table and writes bench-results/bench.json.
 *
 * Each feature adds its own measurements as scripts/bench/<feature>.mjs, exporting
 *   default async ({ browser, origin, base, dist, gzipSize }) => ({ title, lines: string[], data })
 * run after the page measurements, against the same build and server.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { buildSync } from 'esbuild';
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';

// The published EcoIndex formula, from the project's own TypeScript (also used by the e2e budget).
const ecoindexModule = join(mkdtempSync(join(tmpdir(), 'declic-bench-')), 'ecoindex.mjs');
buildSync({ entryPoints: ['src/lib/ecoindex.ts'], bundle: true, format: 'esm', platform: 'node', outfile: ecoindexModule, logLevel: 'silent' });
const { ecoIndex, ecoIndexGrade } = await import(pathToFileURL(ecoindexModule).href);

const DIST = 'dist-bench';
const PORT = Number(process.env.DECLIC_BENCH_PORT ?? 4398);
const BASE = '/';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function build() {
  const started = performance.now();
  execSync('npx astro build', {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DECLIC_OUT_DIR: DIST, DECLIC_BASE: BASE },
  });
  return (performance.now() - started) / 1000;
}

function firstMatch(pattern) {
  const sitemap = execSync(`find ${DIST} -name index.html`, { encoding: 'utf8' }).split('\n').filter(Boolean);
  const found = sitemap.map((f) => f.slice(DIST.length + 1).replace(/index\.html$/, '')).filter((p) => pattern.test(p)).sort();
  return found;
}

const kindOf = (url, type) => {
  if (type === 'document') return 'html';
  if (/\.css(\?|$)/.test(url) || type === 'stylesheet') return 'css';
  if (/\.m?js(\?|$)/.test(url) || type === 'script') return 'js';
  if (/\.(woff2?|ttf|otf)(\?|$)/.test(url) || type === 'font') return 'font';
  if (type === 'image') return 'image';
  return 'other';
};

async function measure(browser, origin, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const resources = [];
  page.on('requestfinished', (request) => resources.push({ url: request.url(), type: request.resourceType() }));
  await page.goto(`${origin}${BASE}${path}`, { waitUntil: 'networkidle' });
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  const inlineScript = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + s.textContent.length, 0));
  await context.close();
  const bytes = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  for (const { url, type } of resources) {
    const pathname = decodeURIComponent(new URL(url).pathname).slice(BASE.length);
    let file = join(DIST, pathname);
    if (pathname === '' || pathname.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) continue;
    bytes[kindOf(url, type)] += gzipSync(readFileSync(file), { level: 6 }).length;
  }
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  return { path, requests: resources.length, bytes, total, dom, inlineScript, ecoindex: ecoIndex(dom, resources.length, total / 1024) };
}

const kb = (n) => (n / 1024).toFixed(1);

const buildSeconds = build();
const server = await startServer({ dir: DIST, base: BASE, port: PORT });
const browser = await chromium.launch({ executablePath });
const origin = `http://127.0.0.1:${PORT}`;

const kinds = [
  ['accueil', ['']],
  ['catalogue', ['modules/']],
  ['module', firstMatch(/^modules\/[^/]+\/$/)],
  ['leçon', firstMatch(/^modules\/[^/]+\/(?!fiche-enseignant\/|quiz\/|exercices\/|activites\/)[^/]+\/$/)],
  ['fiche enseignant', firstMatch(/^modules\/[^/]+\/fiche-enseignant\/$/)],
  ['glossaire', ['glossaire/']],
  ['réglages', ['reglages/']],
  ['à propos', ['a-propos/']],
];

const rows = [];
for (const [kind, paths] of kinds) {
  const results = [];
  for (const path of paths) results.push(await measure(browser, origin, path));
  const worst = results.reduce((a, b) => (b.total > a.total ? b : a));
  const lowestEcoindex = results.reduce((a, b) => (b.ecoindex < a.ecoindex ? b : a));
  rows.push({ kind, pages: results.length, worst, lowestEcoindex, all: results });
}
const extraSections = [];
const benchDir = join(import.meta.dirname, 'bench');
const gzipSize = (file) => gzipSync(readFileSync(file), { level: 6 }).length;
for (const name of existsSync(benchDir) ? readdirSync(benchDir).filter((f) => f.endsWith('.mjs')).sort() : []) {
  const { default: run } = await import(pathToFileURL(join(benchDir, name)).href);
  extraSections.push({ name, ...(await run({ browser, origin, base: BASE, dist: DIST, gzipSize })) });
}
await browser.close();
server.close();

console.log(`\nDéclic — banc d'essai (${new Date().toISOString().slice(0, 10)})`);
console.log(`Build : ${buildSeconds.toFixed(1)} s\n`);
console.log('Premier chargement, gzip (Ko) — pire page de chaque sorte');
console.log(['sorte'.padEnd(17), 'pages', 'HTML', 'CSS', 'JS', 'polices', 'images', 'total', 'requêtes', 'DOM', 'JS inline (o)'].join('\t'));
for (const { kind, pages, worst } of rows) {
  const b = worst.bytes;
  console.log([kind.padEnd(17), pages, kb(b.html), kb(b.css), kb(b.js), kb(b.font), kb(b.image), kb(worst.total), worst.requests, worst.dom, worst.inlineScript].join('\t'));
}
console.log('\nEcoIndex (formule publiée : éléments du DOM, requêtes, Ko transférés) — page la moins bien notée de chaque sorte');
console.log(['sorte'.padEnd(17), 'pages', 'EcoIndex', 'note', 'DOM', 'requêtes', 'Ko', 'page'].join('\t'));
for (const { kind, pages, lowestEcoindex: p } of rows) {
  console.log([kind.padEnd(17), pages, p.ecoindex.toFixed(1), ecoIndexGrade(p.ecoindex), p.dom, p.requests, kb(p.total), `/${p.path}`].join('\t'));
}
for (const section of extraSections) {
  console.log(`\n${section.title}`);
  for (const line of section.lines) console.log(line);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify({ date: new Date().toISOString(), buildSeconds, rows, sections: extraSections.map(({ name, title, data }) => ({ name, title, data })) }, null, 2),
);
console.log('\nDétail : bench-results/bench.json');
