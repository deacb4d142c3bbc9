/**
 * Bench section: every lesson, measured as a pupil reads it — words of pupil text, figures, then the
 * page loaded cold and scrolled to the end (lazy figures included): bytes transferred (gzip), requests,
 * DOM elements, JavaScript files, EcoIndex. The lesson format's budgets: ≤ 900 words, ≥ 2 figures,
 * ≤ 50 KB, no JS file, ≤ 250 DOM elements, EcoIndex ≥ 85.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

async function tsModule(entry) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'declic-bench-')), 'module.mjs');
  buildSync({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
  return import(pathToFileURL(outfile).href);
}

export default async function lessons({ browser, origin, base, dist, gzipSize }) {
  const { lessonWords, FIGURE_COMPONENTS, findTags } = await tsModule('src/lib/content/lesson-format.ts');
  const { ecoIndex } = await tsModule('src/lib/ecoindex.ts');
  const rows = [];
  for (const module of readdirSync('content/modules').sort()) {
    const folder = join('content/modules', module, 'lecons');
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.mdx')).sort()) {
      const body = readFileSync(join(folder, file), 'utf8').replace(/^---[\s\S]*?\n---/, '');
      const slug = file.replace(/^\d+-/, '').replace(/\.mdx$/, '');
      const path = `modules/${module}/${slug}/`;
      const figures = FIGURE_COMPONENTS.reduce((n, name) => n + findTags(body, name).length, 0);
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const requests = [];
      page.on('requestfinished', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(`${origin}${base}${path}`, { waitUntil: 'networkidle' });
      // lazy figures: scroll through the page as a reader would
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
      });
      await page.waitForLoadState('networkidle');
      const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
      await context.close();
      let bytes = 0;
      let scripts = 0;
      for (const pathname of requests) {
        const relative = decodeURIComponent(pathname).slice(base.length);
        const onDisk = join(dist, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
        if (existsSync(onDisk)) bytes += gzipSize(onDisk);
        if (/\.m?js$/.test(pathname)) scripts++;
      }
      rows.push({ path, words: lessonWords(body), figures, kb: bytes / 1024, requests: requests.length, dom, scripts, ecoindex: ecoIndex(dom, requests.length, bytes / 1024) });
    }
  }
  const over = rows.filter((r) => r.words > 900 || r.figures < 2 || r.kb > 50 || r.scripts > 0 || r.dom > 250 || r.ecoindex < 85);
  return {
    title: `Leçons (${rows.length}), lues jusqu’au bout sur un téléphone de 360 px, premier chargement — hors budget : ${over.length}`,
    lines: [
      ['leçon'.padEnd(62), 'mots', 'figures', 'Ko', 'requêtes', 'fichiers JS', 'DOM', 'EcoIndex'].join('\t'),
      ...rows.map((r) => [`/${r.path}`.padEnd(62), r.words, r.figures, r.kb.toFixed(1), r.requests, r.scripts, r.dom, r.ecoindex.toFixed(1)].join('\t')),
      `max : ${Math.max(...rows.map((r) => r.words))} mots, ${Math.max(...rows.map((r) => r.kb)).toFixed(1)} Ko, ${Math.max(...rows.map((r) => r.dom))} éléments ; EcoIndex min ${Math.min(...rows.map((r) => r.ecoindex)).toFixed(1)}`,
    ],
    data: rows,
  };
}
