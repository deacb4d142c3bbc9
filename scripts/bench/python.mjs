/**
 * Bench section for the Python exercises (run by `npm run bench`): in headless Chromium, against the
 * built site,
 *   - cold start: a first visit (empty cache) presses « Exécuter » as soon as the island is ready;
 *     time from navigation to the first line in the console (Pyodide's load included);
 *   - reading first: the pupil reads the instructions for 5 s, then presses « Exécuter »; time from
 *     the click to the first output (the aim is under 1 s: Pyodide starts loading when the page is idle);
 *   - warm run: a small program run again once Python is loaded;
 *   - the JavaScript the exercise page loads before Pyodide, and the editor's own chunk, gzip.
 */
import { join } from 'node:path';
import { readdirSync } from 'node:fs';

const PATH = 'modules/coder-langue-vivante/exercices/compter-les-mots-d-une-fable/';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (n) => `${Math.round(n)} ms`;

async function firstOutput(page) {
  await page.locator('.console').filter({ hasText: /\S/ }).waitFor({ timeout: 120_000 });
  return performance.now();
}

async function openFresh(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) scripts.push({ url: request.url(), at: performance.now() });
  });
  const started = performance.now();
  await page.goto(url);
  await page.locator('astro-island:not([ssr])').waitFor({ timeout: 30_000 });
  return { context, page, started, scripts };
}

export default async function pythonBench({ browser, origin, base, dist, gzipSize }) {
  const url = `${origin}${base}${PATH}`;
  const cold = [];
  const afterReading = [];
  const warm = [];
  let pageJs = 0;
  let pageJsFiles = [];

  for (let i = 0; i < 3; i += 1) {
    const { context, page, started, scripts } = await openFresh(browser, url);
    await page.getByRole('button', { name: 'Exécuter' }).click();
    cold.push((await firstOutput(page)) - started);
    if (i === 0) {
      // JS of the page itself: every script but the worker and Pyodide's own files.
      pageJsFiles = scripts.map((s) => new URL(s.url).pathname.slice(base.length)).filter((p) => !/python\.worker|pyodide\//.test(p));
      pageJs = pageJsFiles.reduce((sum, p) => sum + gzipSize(join(dist, p)), 0);
      for (let run = 0; run < 5; run += 1) {
        // Timed inside the page: from the click to the console's first new text.
        warm.push(
          await page.evaluate(
            () =>
              new Promise((resolve) => {
                const log = document.querySelector('.console');
                const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Exécuter');
                let cleared = false;
                let clicked = 0;
                new MutationObserver((_, observer) => {
                  const text = log?.textContent ?? '';
                  if (text === '') cleared = true;
                  else if (cleared) {
                    observer.disconnect();
                    resolve(performance.now() - clicked);
                  }
                }).observe(log, { childList: true, characterData: true, subtree: true });
                clicked = performance.now();
                button?.click();
              }),
          ),
        );
        await page.getByRole('button', { name: 'Exécuter' }).and(page.locator(':enabled')).waitFor();
      }
    }
    await context.close();
  }

  for (let i = 0; i < 3; i += 1) {
    const { context, page } = await openFresh(browser, url);
    await page.waitForTimeout(5000);
    const clicked = performance.now();
    await page.getByRole('button', { name: 'Exécuter' }).click();
    afterReading.push((await firstOutput(page)) - clicked);
    await context.close();
  }

  const assets = join(dist, '_astro');
  const editorFile = readdirSync(assets).find((f) => /^editor\..*\.js$/.test(f));
  const editorJs = editorFile ? gzipSize(join(assets, editorFile)) : 0;
  const pyodide = ['pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'].reduce((sum, f) => sum + gzipSize(join(dist, 'pyodide', f)), 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} Ko`;

  return {
    title: 'Exercices Python (Pyodide dans un worker)',
    lines: [
      `Premier chargement, clic immédiat → première sortie : médiane ${ms(median(cold))} (${cold.map(ms).join(', ')})`,
      `Lecture de la consigne 5 s, puis clic → première sortie : médiane ${ms(median(afterReading))} (${afterReading.map(ms).join(', ')}) — objectif < 1 s`,
      `Exécution à chaud d’un petit programme : médiane ${ms(median(warm))} (${warm.map(ms).join(', ')})`,
      `JS de la page d’exercice avant Pyodide (gzip) : ${kb(pageJs)} (${pageJsFiles.length} fichiers), dont l’éditeur CodeMirror : ${kb(editorJs)} — objectif < 120 Ko`,
      `Pyodide (4 fichiers, gzip, chargés par le worker puis mis en cache) : ${kb(pyodide)}`,
    ],
    data: { cold, afterReading, warm, pageJs, pageJsFiles, editorJs, pyodide },
  };
}
