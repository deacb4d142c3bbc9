/**
 * Bench section for the simulations: the JavaScript each island loads (gzip, chart code included)
 * against the 60 KB budget, the rest of a first visit of its page, and how long a pupil's click takes
 * to update the feed (15 reactions, median).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 60;
const ISLANDS = [
  { name: 'Mon fil d’actualité', path: 'modules/bulles-de-filtre/activites/mon-fil-d-actualite/', clicks: true },
  { name: 'Le recommandeur à la loupe', path: 'modules/systemes-de-recommandation/activites/recommandeur-a-la-loupe/', clicks: false },
];

const kb = (n) => (n / 1024).toFixed(1);

export default async function simulations({ browser, origin, base, dist }) {
  const data = [];
  for (const island of ISLANDS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const urls = [];
    page.on('requestfinished', (request) => urls.push(request.url()));
    const started = Date.now();
    await page.goto(`${origin}${base}${island.path}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('astro-island:not([ssr])');
    const hydratedMs = Date.now() - started;
    const sizes = { js: 0, css: 0, html: 0 };
    for (const url of urls) {
      const pathname = decodeURIComponent(new URL(url).pathname).slice(base.length);
      const file = pathname === '' || pathname.endsWith('/') ? join(dist, pathname, 'index.html') : join(dist, pathname);
      if (!existsSync(file)) continue;
      const size = gzipSync(readFileSync(file), { level: 6 }).length;
      if (/\.m?js$/.test(file)) sizes.js += size;
      else if (/\.css$/.test(file)) sizes.css += size;
      else if (/\.html$/.test(file)) sizes.html += size;
    }
    let clickMs = null;
    if (island.clicks) {
      const times = [];
      for (let i = 0; i < 15; i++) {
        const t0 = await page.evaluate(() => performance.now());
        await page.locator('article.post.current').getByRole('button', { name: 'J’aime' }).click();
        await page.getByText(`${i + 1} réaction${i === 0 ? '' : 's'}`, { exact: true }).waitFor();
        times.push((await page.evaluate(() => performance.now())) - t0);
      }
      times.sort((a, b) => a - b);
      clickMs = times[Math.floor(times.length / 2)];
    }
    await context.close();
    data.push({ island: island.name, path: island.path, jsGzip: sizes.js, cssGzip: sizes.css, htmlGzip: sizes.html, withinBudget: sizes.js <= BUDGET_KB * 1024, hydratedMs, clickMs });
  }
  const lines = [
    ['îlot'.padEnd(28), 'JS gzip (Ko)', `budget ${BUDGET_KB} Ko`, 'CSS', 'HTML', 'hydraté (ms)', 'clic → fil (ms, médiane)'].join('\t'),
    ...data.map((d) => [d.island.padEnd(28), kb(d.jsGzip), d.withinBudget ? 'oui' : 'DÉPASSÉ', kb(d.cssGzip), kb(d.htmlGzip), d.hydratedMs, d.clickMs === null ? '—' : d.clickMs.toFixed(0)].join('\t')),
  ];
  return { title: 'Simulations — JavaScript par îlot (graphiques compris), gzip', lines, data };
}
