/**
 * Offline use: after a first visit the service worker has stored the whole site; with the network
 * cut, pages open, search works, and an address never stored gets the French offline page.
 */
import { expect, test, type Page } from '@playwright/test';

async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i += 1) await new Promise((r) => setTimeout(r, 100));
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after visiting the home page, the site works with no network', async ({ page, context }) => {
  await page.goto('');
  await waitForOfflineReady(page);
  await context.setOffline(true);

  const visits: [string, RegExp | string][] = [
    ['modules/', 'Tous les modules'],
    ['glossaire/', 'Glossaire'],
    ['a-propos/', 'À propos et confidentialité'],
    ['enseignants/', 'Espace enseignants'],
  ];
  for (const [path, heading] of visits) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await page.goto('modules/');
  await page.locator('.module-card a').first().click();
  await page.getByRole('link', { name: 'Commencer la première leçon' }).click();
  await expect(page.getByText(/Leçon 1 sur \d/)).toBeVisible();
  await expect(page.locator('#site-status')).toContainText('Hors ligne');

  await page.goto('recherche/');
  await page.locator('#search-input').fill('biais');
  await expect(page.locator('#search-results li').first()).toBeVisible();

  // A quiz, never opened before, taken with no network: its page and island come from the worker's cache.
  await page.goto('modules/biais-cognitifs/quiz/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const question = page.locator('fieldset.quiz-question');
  await expect(question).toHaveAttribute('data-type', 'estimate');
  await question.getByLabel('Ton estimation').fill('40000');
  await page.getByRole('button', { name: 'Valider ma réponse' }).click();
  await expect(page.locator('.quiz-feedback')).toContainText(/Bonne réponse|Pas tout à fait|Merci d’avoir joué le jeu/);
  await page.getByRole('button', { name: 'Question suivante' }).click();
  await expect(page.locator('fieldset.quiz-question > legend')).toContainText('Question 2 sur');

  const response = await page.goto('une-page-jamais-vue/');
  expect(response?.ok()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page pas encore disponible hors ligne');
});

test.describe('preparing the device', () => {
  // The page itself fills the caches; without a worker in between, the test can slow its downloads down.
  test.use({ serviceWorkers: 'block' });

  test('« Préparer pour utiliser hors ligne » shows progress in bytes and can be cancelled', async ({ page }) => {
    await page.goto('reglages/');
    // Slow down the files stored on demand, so that cancelling happens mid-way.
    await page.route(/\.(woff|wasm|zip)$|pyodide/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const start = page.getByRole('button', { name: 'Préparer pour utiliser hors ligne' });
    const status = page.locator('#prepare-status');
    await start.click();
    await expect(status).toHaveText(/\d+(,\d)? (ko|Mo|o) sur \d+(,\d)? (ko|Mo)/);
    await expect(page.locator('#prepare-bar')).toBeVisible();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(status).toHaveText(/annulé/);

    await page.unroute(/\.(woff|wasm|zip)$|pyodide/);
    await start.click();
    await expect(status).toHaveText('Tout est prêt : Déclic fonctionne maintenant sans réseau sur cet appareil.', { timeout: 60_000 });
    const max = await page.locator('#prepare-bar').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max]);
    expect(max[0]).toBe(max[1]);
    expect(max[1]).toBeGreaterThan(100_000);
  });
});

test('the search answers junk with « aucun résultat » and a suggestion, never an error', async ({ page }) => {
  await page.goto('recherche/?q=%2B%3A');
  await expect(page.locator('#search-status')).toContainText('Aucun résultat pour « +: »');
  for (const junk of ['*', '~', 'x'.repeat(500)]) {
    await page.locator('#search-input').fill(junk);
    await expect(page.locator('#search-status')).toContainText('Aucun résultat');
  }
  await page.locator('#search-input').fill('confirmation');
  await expect(page.locator('#search-results li').first().getByRole('link')).toHaveText(/confirmation/i);
  await expect(page.locator('#search-results mark').first()).toBeVisible();
});

test('the header search field works without JavaScript as a plain form', async ({ browser, isMobile }) => {
  // The context is made without the project's device (JavaScript off): one run, on the desktop project.
  test.skip(isMobile, 'a context without the project device: run once');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${test.info().project.use.baseURL}glossaire/`);
  // On a narrow screen the search field is behind « Menu » (a <details>, no JavaScript needed).
  const menu = page.locator('.site-menu > summary');
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('search').getByRole('searchbox').fill('biais');
  await page.getByRole('search').getByRole('button', { name: 'Chercher' }).click();
  await expect(page).toHaveURL(/recherche\/\?q=biais/);
  // (Chromium's script switch does not render <noscript>, so only the always-present way out is checked.)
  await expect(page.getByRole('link', { name: 'Parcourir le catalogue' })).toBeVisible();
  await context.close();
});
