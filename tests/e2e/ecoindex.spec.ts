/**
 * EcoIndex ≥ 85 for every reading page: each lesson, module, glossary page and teacher notes page,
 * measured as a pupil's browser loads it (first visit, no service worker): DOM elements, requests,
 * and the kilobytes a server sends gzip-compressed. Same formula and measure as `npm run bench`
 * (src/lib/ecoindex.ts, the published EcoIndex formula).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { ecoIndex } from '../../src/lib/ecoindex.ts';
import { BASE_PATH, DIST, builtPages } from './site-files.ts';

const BUDGET = 85;

/** Pages pinned below the budget, at their current score, so that they cannot get worse. */
const PINNED: Record<string, number> = {
  // The two lessons already pinned by the DOM budget (lesson-pages.spec.ts): ≈ 300 elements, 84.7.
  'modules/coder-langue-vivante/vocabulaire-et-grammaire/': 84,
  'modules/coder-langue-vivante/lire-un-programme/': 84,
};

const pages = builtPages().filter(
  (path) =>
    path === 'glossaire/' ||
    path.startsWith('glossaire/') ||
    /^modules\/[^/]+\/$/.test(path) ||
    // The teacher notes' summary, each séance's page and the bearings (src/lib/teacher/notes-pages.ts).
    /^modules\/[^/]+\/fiche-enseignant\/(?:[^/]+\/)?$/.test(path) ||
    /^modules\/[^/]+\/(?!quiz\/|exercices\/|activites\/|fiche-enseignant\/)[^/]+\/$/.test(path),
);

test.use({ serviceWorkers: 'block' });

async function measure(page: Page, path: string) {
  const files: string[] = [];
  const onRequest = (request: { url(): string }) => files.push(request.url());
  page.on('requestfinished', onRequest);
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('requestfinished', onRequest);
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  let bytes = 0;
  for (const url of files) {
    const pathname = decodeURIComponent(new URL(url).pathname).slice(BASE_PATH.length);
    const file = join(DIST, pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 6 }).length;
  }
  return { dom, requests: files.length, kb: bytes / 1024, score: ecoIndex(dom, files.length, bytes / 1024) };
}

test('every lesson, module, glossary and teacher notes page has an EcoIndex of 85 or more', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the same pages on every viewport: one project is enough');
  test.setTimeout(240_000);
  expect(pages.length).toBeGreaterThan(30);
  const low: string[] = [];
  const lowest = new Map<string, string>();
  const scores = new Map<string, number>();
  for (const path of pages) {
    const m = await measure(page, path);
    const kind = path.startsWith('glossaire/') ? 'glossaire' : path.includes('/fiche-enseignant/') ? 'fiche enseignant' : /^modules\/[^/]+\/$/.test(path) ? 'module' : 'leçon';
    if (m.score < (scores.get(kind) ?? Infinity)) {
      scores.set(kind, m.score);
      lowest.set(kind, `${kind} : ${m.score.toFixed(1)} (/${path}, ${m.dom} éléments, ${m.requests} requêtes, ${m.kb.toFixed(1)} Ko)`);
    }
    const floor = PINNED[path] ?? BUDGET;
    if (m.score < floor) low.push(`/${path}: ${m.score.toFixed(1)} (${m.dom} éléments, ${m.requests} requêtes, ${m.kb.toFixed(1)} Ko)`);
  }
  console.log(`EcoIndex le plus bas par sorte de page :\n${[...lowest.values()].join('\n')}`);
  expect(low).toEqual([]);
});
