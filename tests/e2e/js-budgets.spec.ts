/**
 * JavaScript budgets from the issues, checked on every build so that a new island or a dependency
 * cannot push a page over silently (Rollup reshuffles shared chunks whenever islands are added: this
 * is how the quiz page once went from 28.8 to 32.3 KB unnoticed). `npm run bench` gives the figures.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, gzippedBytes, pageScripts } from './site-files.ts';

test.skip(({ isMobile }) => isMobile, 'reads the built files: run once');

const KB = 1024;
const pages = builtPages();

const BUDGETS: { pages: RegExp; maxBytes: number; why: string }[] = [
  { pages: /^modules\/[^/]+\/quiz\/$/, maxBytes: 30 * KB, why: 'quiz island (issue 3)' },
  { pages: /^revision\/$/, maxBytes: 30 * KB, why: 'revision island, same code as the quiz (issue 3)' },
  { pages: /^modules\/(bulles-de-filtre\/activites\/mon-fil-d-actualite|systemes-de-recommandation\/activites\/recommandeur-a-la-loupe)\/$/, maxBytes: 60 * KB, why: 'simulation island (issue 7)' },
  { pages: /^modules\/poids-du-numerique\/activites\/mon-empreinte-numerique\/$/, maxBytes: 60 * KB, why: 'footprint activity (issue 15)' },
  { pages: /^combien-pese-cette-page\/$/, maxBytes: 60 * KB, why: '« Combien pèse cette page ? » (issue 15)' },
];

for (const budget of BUDGETS) {
  const matching = pages.filter((path) => budget.pages.test(path));

  test(`budget ${budget.maxBytes / KB} KB gzip: ${budget.why}`, () => {
    expect(matching.length, `no built page matches ${budget.pages}`).toBeGreaterThan(0);
    const over = matching
      .map((path) => ({ path, bytes: gzippedBytes(pageScripts(path)) }))
      .filter(({ bytes }) => bytes > budget.maxBytes)
      .map(({ path, bytes }) => `/${path}: ${(bytes / KB).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });
}

test('the quiz page loads its island and nothing else', () => {
  const scripts = pageScripts('modules/biais-cognitifs/quiz/');
  // The island, the Svelte renderer and their shared chunks: a handful of files, all measured above.
  expect(scripts.some((file) => /\/Quiz\.[\w-]+\.js$/.test(file))).toBe(true);
  expect(scripts.filter((file) => /(Exercise|Feed|Recommender|Assignment|Dashboard|editor)/.test(file))).toEqual([]);
  expect(scripts.length).toBeLessThanOrEqual(8);
});

test('the CodeMirror editor chunk stays under 120 KB gzip (issue 4)', () => {
  const editor = readdirSync(join(DIST, '_astro')).filter((file) => /^editor\.[\w-]+\.js$/.test(file));
  expect(editor).toHaveLength(1);
  expect(gzippedBytes(editor.map((file) => `_astro/${file}`))).toBeLessThan(120 * KB);
});
