/**
 * « Mon fil d’actualité » (module bulles-de-filtre), used as a pupil would, on a phone and a desktop.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const FEED = 'modules/bulles-de-filtre/activites/mon-fil-d-actualite/';

/** Astro removes the `ssr` attribute once the island has hydrated. */
async function hydrated(page: Page) {
  await expect(page.locator('astro-island')).toHaveCount(1);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Records every request made from now on: the simulation must need no network once loaded. */
function requestsFrom(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function diversity(page: Page): Promise<number> {
  return Number(await page.getByTestId('feed-diversity').getAttribute('data-bits'));
}

test('Mon fil d’actualité: liking one topic narrows the feed, chronological widens it again', async ({ page }) => {
  await page.goto(FEED);
  await hydrated(page);
  const requests = requestsFrom(page);
  const current = page.locator('article.post.current');
  const liked = (await current.locator('.chip.topic').textContent())?.trim() ?? '';
  const start = await diversity(page);
  expect(start).toBeGreaterThan(2);

  for (let i = 0; i < 15; i++) {
    const topic = (await current.locator('.chip.topic').textContent())?.trim();
    await current.getByRole('button', { name: topic === liked ? 'J’aime' : 'Je passe' }).click();
    await expect(page.getByText(i === 0 ? '1 réaction' : `${i + 1} réactions`, { exact: true })).toBeVisible();
  }
  const narrowed = await diversity(page);
  expect(narrowed).toBeLessThan(start);
  expect(narrowed).toBeLessThan(1.5);
  await expect(page.getByTestId('feed-replay')).toContainText('s’est resserré après');
  await expect(page.getByRole('list', { name: 'Thèmes' }).first()).toContainText(liked);

  // Why this post: the numbers behind it, in words.
  await current.getByText('Pourquoi je vois ce post ?').click();
  await expect(current.locator('details.why')).toContainText(`Thème « ${liked} »`);
  await expect(current.locator('details.why')).toContainText('Score');

  await page.getByRole('radio', { name: /Chronologique/ }).check();
  await expect.poll(() => diversity(page)).toBeGreaterThan(narrowed + 0.5);
  await expect(current.locator('details.why')).toContainText('Mode chronologique');

  // The chart has its table.
  await page.getByText('Voir les données du graphique').click();
  await expect(page.getByRole('region', { name: 'La diversité de ton fil, réaction après réaction' }).getByRole('row')).toHaveCount(17);

  // Compare with another profile from the same start.
  await page.getByLabel('Autre profil', { exact: true }).selectOption({ label: 'Curieux de tout' });
  await page.getByRole('button', { name: 'Comparer' }).click();
  await expect(page.getByText('Aime toutes les publications, quel que soit le thème.')).toBeVisible();
  await expect(page.getByText('Après 15 réactions chacun.')).toBeVisible();

  await page.getByRole('button', { name: 'Recommencer depuis le début' }).click();
  await expect(page.getByText('0 réaction', { exact: true })).toBeVisible();
  await expect(page.getByText('Réagis à quelques publications : le résumé apparaîtra ici.')).toBeVisible();
  expect(requests, 'requests after the page has loaded').toEqual([]);
});

test('Mon fil d’actualité works with the keyboard alone', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard use is checked on the desktop project');
  await page.goto(FEED);
  await hydrated(page);
  const like = page.locator('article.post.current').getByRole('button', { name: 'J’aime' });
  await like.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 réaction', { exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Réaction enregistrée');
  await page.getByRole('radio', { name: /Engagement/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Chronologique/ })).toBeChecked();
});

test('Mon fil d’actualité, once used, passes axe in dark mode with reduced motion', async ({ page }) => {
  test.setTimeout(90_000); // a full axe scan of a long page, on a shared machine
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto(FEED);
  await hydrated(page);
  await page.locator('article.post.current').getByRole('button', { name: 'J’aime' }).click();
  await page.locator('article.post.current').getByText('Pourquoi je vois ce post ?').click();
  await page.getByText('Voir les données du graphique').click();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
