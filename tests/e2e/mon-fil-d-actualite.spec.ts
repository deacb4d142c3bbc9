/**
 * The two simulations of the algorithm modules, used as a pupil would, on a phone and a desktop.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const FEED = 'modules/bulles-de-filtre/activites/mon-fil-d-actualite/';
const LENS = 'modules/systemes-de-recommandation/activites/recommandeur-a-la-loupe/';

/** Astro removes the `ssr` attribute once the island has hydrated. */
async function hydrated(page: Page) {
  await expect(page.locator('astro-island')).toHaveCount(1);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Records every request made from now on: the simulations must need no network once loaded. */
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

test('Le recommandeur à la loupe: the explanation names the neighbours used; cold start falls back to popularity', async ({ page }) => {
  await page.goto(LENS);
  await hydrated(page);
  const requests = requestsFrom(page);
  const explanation = page.getByTestId('reco-explanation');
  await expect(explanation).toContainText('démarrage à froid');

  await page.getByRole('group', { name: /La Cité des brumes/ }).getByRole('radio', { name: '5 étoiles' }).check();
  await page.getByRole('group', { name: /Orbite 9/ }).getByRole('radio', { name: '5 étoiles' }).check();
  await page.getByRole('group', { name: /Coloc en pagaille/ }).getByRole('radio', { name: '1 étoile' }).check();
  await expect(page.getByText('Tu as noté 3 œuvres.')).toBeVisible();

  // Worked by hand in tests/unit/recommender.test.ts: Hugo, Yanis and Rayan rated this film 4, 5 and 3.
  await expect(explanation).toContainText('« Le Labyrinthe de verre »');
  for (const name of ['Hugo', 'Yanis', 'Rayan']) await expect(explanation).toContainText(name);
  await expect(explanation).toContainText('0,70 × 4');
  await expect(explanation).toContainText('Sacha, pourtant plus proche de toi, n’a pas noté cette œuvre');
  const neighbours = page.getByRole('table', { name: /du plus proche au plus éloigné/ });
  await expect(neighbours.getByRole('row').nth(1)).toContainText('Hugo');
  await expect(neighbours.getByRole('row').nth(1)).toContainText('0,70');

  await page.getByRole('button', { name: 'Effacer mes notes (nouvel utilisateur)' }).click();
  await expect(explanation).toContainText('Tu n’as rien noté');
  await expect(explanation).toContainText('« Racines »');
  expect(requests, 'requests after the page has loaded').toEqual([]);
});

test('Le recommandeur à la loupe: the popularity loop concentrates exposure round after round', async ({ page }) => {
  await page.goto(LENS);
  await hydrated(page);
  const summary = page.getByTestId('loop-summary');
  const share = async () => Number(/reçoivent (\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
  const last = await share();
  const slider = page.getByLabel(/Tour affiché/);
  await slider.fill('1');
  await expect(summary).toContainText('Au tour 1');
  const first = await share();
  expect(last).toBeGreaterThan(first + 15);
  await page.getByRole('button', { name: 'Tour suivant' }).click();
  await expect(summary).toContainText('Au tour 2');
  const before = await summary.textContent();
  await page.getByRole('button', { name: 'Nouveau tirage' }).click();
  await expect(summary).not.toHaveText(before ?? '');
});

test('both simulations, once used, pass axe in dark mode with reduced motion', async ({ page }) => {
  test.setTimeout(150_000); // two full axe scans of long pages, on a shared machine
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto(FEED);
  await hydrated(page);
  await page.locator('article.post.current').getByRole('button', { name: 'J’aime' }).click();
  await page.locator('article.post.current').getByText('Pourquoi je vois ce post ?').click();
  await page.getByText('Voir les données du graphique').click();
  let results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.goto(LENS);
  await hydrated(page);
  await page.getByRole('button', { name: 'Exemple : un fan d’aventure' }).click();
  await page.getByText('Le tableau des notes de la classe').click();
  results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
