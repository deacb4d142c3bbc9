/**
 * JavaScript budgets from the issues, checked on every build so that a new island or a dependency
 * cannot push a page over silently (Rollup reshuffles shared chunks whenever islands are added: this
 * is how the quiz page once went from 28.8 to 32.3 KB unnoticed). `npm run bench` gives the figures.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ACTIVITIES, ACTIVITY_NAMES } from '../../src/lib/activities/registry.ts';
import { paths } from '../../src/lib/url.ts';
import { BASE_PATH, builtPages, DIST, gzippedBytes, pageScripts } from './site-files.ts';

test.skip(({ isMobile }) => isMobile, 'reads the built files: run once');

const KB = 1024;
const pages = builtPages();

const BUDGETS: { pages: RegExp; maxBytes: number; why: string }[] = [
  // 31 KB: the one device store (issue 20, +0.4 KB) is shared by every island that saves; the quiz was 29.98 KB before it.
  // The shared Svelte core (src/integrations/svelte-chunk.ts) holds every runtime feature ANY island uses: a spread
  // of attributes, a dynamic component, {@html} or class={expression} in one island added 2 KB to the quiz on
  // 3 December (17.4 -> 19.4 KB core); they were written another way, and this budget catches the next one.
  { pages: /^modules\/[^/]+\/quiz\/$/, maxBytes: 31 * KB, why: 'quiz island (issue 3)' },
  { pages: /^revision\/$/, maxBytes: 31 * KB, why: 'revision island, same code as the quiz (issue 3)' },
  // The activities' own budgets (src/lib/activities/registry.ts).
  ...ACTIVITY_NAMES.flatMap((name) => {
    const { module, scriptBudgetKB } = ACTIVITIES[name] as { module: string; scriptBudgetKB?: number };
    return scriptBudgetKB ? [{ pages: new RegExp(`^${paths.activity(module, name)}$`), maxBytes: scriptBudgetKB * KB, why: `${name} island` }] : [];
  }),
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
  expect(scripts.filter((file) => /(Exercise|Notebook|Feed|Recommender|Assignment|Dashboard|editor)/.test(file))).toEqual([]);
  expect(scripts.length).toBeLessThanOrEqual(8);
});

test.describe('as the browser loads it', () => {
  test.use({ serviceWorkers: 'block' });

  // « Mon carnet de code » runs the same editor and worker as an exercise: the same budget (issue 18).
  const PYTHON_PAGES = [
    { name: 'an exercise page', path: 'modules/coder-langue-vivante/exercices/le-deux-points-oublie/', openEditor: async (_page: Page) => {} },
    {
      name: 'the notebook page (« Mon carnet de code »)',
      path: paths.notebook(),
      // An empty notebook shows no editor: the pupil's first program opens it.
      openEditor: async (page: Page) => page.getByRole('button', { name: 'Nouveau programme' }).click(),
    },
  ];
  for (const { name, path, openEditor } of PYTHON_PAGES) {
    test(`${name} fetches at most 120 KB gzip of JavaScript before Pyodide (issue 19)`, async ({ page }) => {
      test.setTimeout(120_000);
      const scripts = new Set<string>();
      page.on('request', (request) => {
        const url = new URL(request.url()).pathname;
        // Every script the page and its worker fetch, Pyodide's own files excepted.
        if ((request.resourceType() === 'script' || /\.m?js$/.test(url)) && !url.startsWith(`${BASE_PATH}pyodide/`)) scripts.add(url.slice(BASE_PATH.length));
      });
      await page.goto(path);
      await openEditor(page);
      await expect(page.getByText('Python est prêt.')).toBeVisible({ timeout: 90_000 });
      await page.getByRole('textbox', { name: 'Ton programme' }).click();
      const files = [...scripts];
      expect(files.some((file) => /editor\./.test(file)), files.join(', ')).toBe(true);
      expect(files.some((file) => /python\.worker/.test(file)), files.join(', ')).toBe(true);
      // Nothing to preload before the editor: no Vite preload helper (src/integrations/empty-preloads.ts).
      expect(files.filter((file) => /preload-helper/.test(file))).toEqual([]);
      const kb = gzippedBytes(files) / KB;
      // Exercise page, 119.2 KB on 3 December (gzip, Node's default level): editor 89.1, Svelte core 17.0, exercise
      // island 5.7, parts shared with the notebook 3.6, worker 2.1, common (strings helper, device store) 1.2,
      // renderer 0.5. The Parsons and vocabulary boards load on their own pages only; the Python the worker runs
      // (harness.py 2.3 KB, dessin.py) is fetched as Python files, with Pyodide. The notebook: 118.5 KB.
      expect(kb, `${kb.toFixed(1)} KB: ${files.join(', ')}`).toBeLessThan(120);
    });
  }
});

test('the CodeMirror editor chunk stays under 120 KB gzip (issue 4)', () => {
  const editor = readdirSync(join(DIST, '_astro')).filter((file) => /^editor\.[\w-]+\.js$/.test(file));
  expect(editor).toHaveLength(1);
  expect(gzippedBytes(editor.map((file) => `_astro/${file}`))).toBeLessThan(120 * KB);
});
