/**
 * « Le recommandeur à la loupe » (module systemes-de-recommandation), used as a pupil would, on a
 * phone and a desktop.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const LENS = 'modules/systemes-de-recommandation/activites/recommandeur-a-la-loupe/';

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

  // Worked by hand in tests/unit/recommandeur-a-la-loupe.test.ts: Hugo, Yanis and Rayan rated this film 4, 5 and 3.
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

test('Le recommandeur à la loupe, once used, passes axe in dark mode with reduced motion', async ({ page }) => {
  test.setTimeout(90_000); // a full axe scan of a long page, on a shared machine
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto(LENS);
  await hydrated(page);
  await page.getByRole('button', { name: 'Exemple : un fan d’aventure' }).click();
  await page.getByText('Le tableau des notes de la classe').click();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
