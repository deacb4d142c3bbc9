/**
 * Bench section for quizzes (run by scripts/bench.mjs): the JavaScript a quiz page and the revision
 * page load (every chunk, gzip), against the 31 KB budget of the quiz island (tests/e2e/js-budgets.spec.ts:
 * 30 KB until the one device store, issue 20), and the first-visit
 * weight of the quiz page. Measured in Chromium after the island has started.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const BUDGET_JS = 31 * 1024;

function fileOf(dist, base, url) {
  const pathname = decodeURIComponent(new URL(url).pathname).slice(base.length);
  const file = join(dist, pathname);
  return pathname === '' || pathname.endsWith('/') ? join(file, 'index.html') : file;
}

async function visit({ browser, origin, base, dist, gzipSize }, path, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = [];
  page.on('requestfinished', (request) => urls.push(request.url()));
  await page.goto(`${origin}${base}${path}`, { waitUntil: 'networkidle' });
  await page.waitForSelector(ready);
  await context.close();
  const files = urls.map((url) => fileOf(dist, base, url)).filter((file) => existsSync(file));
  const js = files.filter((f) => /\.m?js$/.test(f)).map((f) => ({ file: f.slice(dist.length + 1), gzip: gzipSize(f) }));
  const total = files.reduce((sum, f) => sum + gzipSize(f), 0);
  return { path, js, jsTotal: js.reduce((sum, f) => sum + f.gzip, 0), total, requests: urls.length };
}

export default async (ctx) => {
  const modulesDir = join(ctx.dist, 'modules');
  const quizPages = readdirSync(modulesDir)
    .filter((m) => existsSync(join(modulesDir, m, 'quiz', 'index.html')))
    .map((m) => `modules/${m}/quiz/`);
  const results = [];
  for (const path of quizPages) results.push(await visit(ctx, path, 'fieldset.quiz-question'));
  results.push(await visit(ctx, 'revision/', 'main h1'));
  const kb = (n) => (n / 1024).toFixed(1);
  const lines = results.map((r) => {
    const verdict = r.path.includes('quiz') ? (r.jsTotal <= BUDGET_JS ? 'dans le budget de 31 Ko' : 'BUDGET DE 31 Ko DÉPASSÉ') : '';
    return `/${r.path} : JS ${kb(r.jsTotal)} Ko gzip en ${r.js.length} fichiers (${r.js.map((f) => `${f.file.replace(/^_astro\//, '')} ${kb(f.gzip)}`).join(', ')}) ${verdict} ; première visite ${kb(r.total)} Ko, ${r.requests} requêtes`;
  });
  return { title: 'Quiz — JavaScript de l’îlot (gzip, tous les fichiers chargés) et poids de la page', lines, data: { budgetBytes: BUDGET_JS, pages: results } };
};
