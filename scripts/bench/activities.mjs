/**
 * Bench section for the information activities: for each island, the JavaScript a first visit of
 * its page loads (gzip, as a static host would serve it), split into the island's own file and the
 * shared chunks (Svelte runtime, strings, storage), plus the DOM size once hydrated.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ACTIVITIES = [
  ['enquete-laterale', 'modules/vrai-faux-ou-trompeur/activites/enquete-laterale/', 'EnqueteLaterale'],
  ['fil-sans-fin', 'modules/economie-de-l-attention/activites/fil-sans-fin/', 'FilSansFin'],
  ['experience-ancrage', 'modules/biais-cognitifs/activites/experience-ancrage/', 'ExperienceAncrage'],
];

export default async ({ browser, origin, base, dist, gzipSize }) => {
  const data = [];
  for (const [island, path, component] of ACTIVITIES) {
    if (!existsSync(join(dist, path, 'index.html'))) continue;
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = [];
    page.on('requestfinished', (request) => {
      if (/\.m?js(\?|$)/.test(request.url())) scripts.push(decodeURIComponent(new URL(request.url()).pathname).slice(base.length));
    });
    await page.goto(`${origin}${base}${path}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('astro-island:not([ssr])');
    const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
    await context.close();
    let own = 0;
    let shared = 0;
    for (const file of scripts) {
      const size = gzipSize(join(dist, file));
      if (file.includes(`${component}.`)) own += size;
      else shared += size;
    }
    data.push({ island, path, files: scripts.length, ownGzip: own, sharedGzip: shared, totalGzip: own + shared, dom });
  }
  const kb = (n) => (n / 1024).toFixed(1);
  return {
    title: 'Activités (information) — JS au premier chargement, gzip (Ko)',
    lines: [
      ['îlot'.padEnd(20), 'îlot seul', 'partagé', 'total', 'fichiers', 'DOM'].join('\t'),
      ...data.map((d) => [d.island.padEnd(20), kb(d.ownGzip), kb(d.sharedGzip), kb(d.totalGzip), d.files, d.dom].join('\t')),
    ],
    data,
  };
};
