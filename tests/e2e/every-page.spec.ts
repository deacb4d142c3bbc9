/**
 * Every built page, in a real browser under the sub-path: no request leaves the site, no serious or
 * critical axe violation, French language, one h1, a skip link, no script file where none is needed,
 * and a Content-Security-Policy that the page itself never breaks.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIVITIES, ACTIVITY_NAMES } from '../../src/lib/activities/registry.ts';
import { paths } from '../../src/lib/url.ts';
import { BASE_PATH, DIST, builtPages } from './site-files.ts';

const pages = builtPages();

/** Pages that are allowed to load a script file (interactive islands or page scripts). */
const PAGES_WITH_SCRIPTS = [
  /^reglages\/$/,
  /^recherche\/$/,
  // — Quizzes —
  /^modules\/[^/]+\/quiz\/$/,
  /^revision\/$/,

  // — Python exercises —
  /^modules\/[^/]+\/exercices\/[^/]+\/$/,
  /^carnet\/$/,

  // — Simulations and class activities (src/lib/activities/registry.ts) —
  ...ACTIVITY_NAMES.map((name) => new RegExp(`^${paths.activity(ACTIVITIES[name].module, name)}$`)),

  // — Teacher tools —
  /^devoir\/$/,
  /^enseignants\/devoirs\/$/,
  /^enseignants\/tableau-de-bord\/$/,
];

test('the build has the expected kinds of pages', () => {
  expect(pages).toEqual(expect.arrayContaining(['', 'modules/', 'glossaire/', 'enseignants/', 'reglages/', 'a-propos/', '404.html']));
  expect(pages.filter((p) => /^modules\/[^/]+\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(4);
});

test('every page carries its Content-Security-Policy: hashes for inline scripts, WebAssembly only where Python runs', () => {
  for (const path of pages) {
    const html = readFileSync(join(DIST, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toContain("connect-src 'self'");
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc.includes('wasm-unsafe-eval'), path).toBe(/^modules\/[^/]+\/exercices\/[^/]+\/$|^carnet\/$/.test(path));
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy'), path).toBeLessThan(html.indexOf('<script') === -1 ? Infinity : html.indexOf('<script'));
  }
});

for (const path of pages) {
  test(`page /${path}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const requests: string[] = [];
    const blocked: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === '404.html' ? 200 : 200);

    const outside = requests.filter((url) => !url.startsWith(`${origin}${BASE_PATH}`) && !url.startsWith('data:'));
    expect(outside, 'requests outside the site').toEqual([]);

    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#contenu');

    const scripts = requests.filter((url) => /\.m?js(\?|$)/.test(url));
    if (!PAGES_WITH_SCRIPTS.some((re) => re.test(path))) expect(scripts, 'script files on a page that needs none').toEqual([]);

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(blocked, 'Content-Security-Policy violations').toEqual([]);
  });
}

test('dark mode has no contrast violation on a lesson', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const lesson = pages.find((p) => /^modules\/[^/]+\/[^/]+\/$/.test(p) && !p.includes('fiche-enseignant'));
  await page.goto(lesson ?? '');
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
});

test('an unknown address shows the French 404 page with a way back', async ({ page }) => {
  const response = await page.goto('page-qui-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await page.getByRole('link', { name: 'Revenir à l’accueil' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}$`));
});
