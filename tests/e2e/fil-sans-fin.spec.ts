/**
 * « Le fil sans fin », walked as a pupil: a round with every technique on, then one with infinite
 * scrolling off, the comparison, notifications, autoplay (pausable, and still under reduced motion),
 * and the design audit. The clock is controlled so that timed events happen at once.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolation, openActivity } from './activity-helpers.ts';

const PAGE = 'modules/economie-de-l-attention/activites/fil-sans-fin/';

test('two rounds, the second without infinite scrolling, are measured and compared on the device', async ({ page }) => {
  await openActivity(page, PAGE);
  await expect(page.getByRole('heading', { name: 'Tour 1' })).toBeVisible();
  await expect(page.getByRole('switch', { name: /Défilement infini/ })).toBeChecked();
  await page.getByRole('button', { name: 'Lancer le tour 1' }).click();
  const feed = page.getByRole('region', { name: /Fil de Défilo/ });
  await expect(feed).toBeFocused();
  for (let i = 0; i < 8; i++) await page.keyboard.press('PageDown');
  await expect.poll(() => feed.getByRole('article').count()).toBeGreaterThan(8);
  await expect(page.getByText('Tu as tout vu !')).toHaveCount(0);
  await expectNoSeriousAxeViolation(page);
  await page.getByRole('button', { name: 'J’arrête ce tour' }).click();

  await expect(page.getByRole('heading', { name: 'Compare tes tours' })).toBeFocused();
  const table = page.getByRole('table', { name: 'Ce que chaque tour a mesuré' });
  const first = table.getByRole('row', { name: /1 \(référence\)/ });
  await expect(first).toContainText('tout activé');
  const seenFirst = Number(await first.getByRole('cell').nth(3).textContent());
  expect(seenFirst).toBeGreaterThan(3);

  // The suggested second round switches infinite scrolling off.
  await expect(page.getByRole('switch', { name: /Défilement infini/ })).not.toBeChecked();
  await page.getByRole('button', { name: 'Lancer le tour 2' }).click();
  await feed.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByText('Tu as tout vu !')).toBeVisible();
  await expect(feed.getByRole('article')).toHaveCount(8);
  await page.getByRole('button', { name: 'J’arrête ce tour' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row', { name: /^2/ })).toContainText('sans : Défilement infini');
  await expect(page.getByText(/Tour 2 \(sans\s:\sDéfilement infini\)\s:\s\d+ publications vues, soit/)).toBeVisible();

  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('declic.activity.fil-sans-fin.tours') ?? 'null'));
  expect(stored).toMatchObject({ v: 1, data: [{ settings: { infinite: true } }, { settings: { infinite: false } }] });
  await page.reload();
  await expect(page.getByRole('table', { name: 'Ce que chaque tour a mesuré' }).getByRole('row')).toHaveCount(3);
});

test('notifications arrive during a round and opening one is counted', async ({ page }) => {
  await page.clock.install();
  await openActivity(page, PAGE);
  await page.getByRole('switch', { name: /Lecture automatique/ }).uncheck();
  await page.getByRole('button', { name: 'Lancer le tour 1' }).click();
  await page.clock.runFor(16_000);
  await expect(page.getByText(/Notification\s:\s@zoe_et_ses_chats a publié une nouvelle vidéo/)).toBeVisible();
  await page.getByRole('button', { name: 'Ouvrir' }).click();
  await page.getByRole('button', { name: 'J’arrête ce tour' }).click();
  const row = page.getByRole('table', { name: 'Ce que chaque tour a mesuré' }).getByRole('row', { name: /^1/ });
  await expect(row.getByRole('cell').nth(4)).toHaveText('1');
  await expect(row.getByRole('cell').nth(5)).toHaveText('—');
});

test('autoplay starts by itself and can be paused', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.clock.install();
  await openActivity(page, PAGE);
  await page.getByRole('button', { name: 'Lancer le tour 1' }).click();
  await page.clock.runFor(1_000);
  await expect(page.getByText('Lecture en cours…')).toBeVisible();
  await page.getByRole('button', { name: 'Mettre en pause la lecture automatique' }).click();
  await expect(page.getByText('Lecture en cours…')).toHaveCount(0);
  await page.clock.runFor(10_000);
  await expect(page.getByText('Lecture en cours…')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reprendre la lecture automatique' })).toHaveAttribute('aria-pressed', 'true');
});

test('with reduced motion, autoplay waits for the pupil', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install();
  await openActivity(page, PAGE);
  await page.getByRole('button', { name: 'Lancer le tour 1' }).click();
  await page.clock.runFor(10_000);
  await expect(page.getByText('Lecture en cours…')).toHaveCount(0);
  await expect(page.getByText('En pause : ton appareil demande de limiter les animations.')).toBeVisible();
  await page.getByRole('button', { name: 'Reprendre la lecture automatique' }).click();
  await page.clock.runFor(1_000);
  await expect(page.getByText('Lecture en cours…')).toBeVisible();
});

test('the design audit is filled in and kept on the device', async ({ page }) => {
  await openActivity(page, PAGE);
  await page.getByLabel('Nom de l’application').fill('Mon appli de vidéos');
  const infinite = page.getByRole('group', { name: 'Défilement infini' });
  await infinite.getByLabel('Présente dans l’application ?').selectOption({ label: 'oui' });
  await infinite.getByLabel('Peut-on la désactiver ?').selectOption({ label: 'non' });
  const notifications = page.getByRole('group', { name: 'Notifications' });
  await notifications.getByLabel('Présente dans l’application ?').selectOption({ label: 'oui' });
  await notifications.getByLabel('Peut-on la désactiver ?').selectOption({ label: 'oui' });
  await expect(page.getByText('Techniques examinées : 2 sur 8. Présentes : 2. Présentes et désactivables : 1.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Nom de l’application')).toHaveValue('Mon appli de vidéos');
  await expect(page.getByText('Techniques examinées : 2 sur 8. Présentes : 2. Présentes et désactivables : 1.')).toBeVisible();
});

test('the running app and the comparison keep their contrast in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.clock.install();
  await openActivity(page, PAGE);
  await page.getByRole('button', { name: 'Lancer le tour 1' }).click();
  await page.clock.runFor(16_000);
  await expect(page.getByText(/^Notification\s:/)).toBeVisible();
  await expectNoSeriousAxeViolation(page);
  await page.getByRole('button', { name: 'J’arrête ce tour' }).click();
  await expectNoSeriousAxeViolation(page);
});
