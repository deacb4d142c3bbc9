/**
 * A new user's first visit, on a phone and on a desktop (the two Playwright projects):
 * home → catalogue → filter by level → a module → a lesson → next lesson → a glossary term → back.
 */
import { expect, test } from '@playwright/test';

test('a pupil finds a module, reads two lessons and looks up a term', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Déclic');
  await page.getByRole('link', { name: 'Voir les modules' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tous les modules');
  const cards = page.locator('.module-card');
  const total = await cards.count();
  expect(total).toBeGreaterThan(0);
  const empty = page.locator('.catalogue-empty');
  await expect(empty).toBeHidden();

  // Filtering works without JavaScript (radio buttons + CSS).
  const levels = page.getByRole('group', { name: 'Niveau' });
  await levels.getByLabel('5e').check();
  const visible5e = await cards.filter({ visible: true }).count();
  expect(visible5e).toBeGreaterThan(0);
  for (const card of await cards.filter({ visible: true }).all()) {
    await expect(card).toHaveAttribute('data-levels', /5e/);
  }
  await expect(empty).toBeHidden();

  const firstCard = cards.filter({ visible: true }).first();
  const moduleTitle = (await firstCard.getByRole('heading').textContent())?.trim() ?? '';
  await firstCard.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(moduleTitle);

  await page.getByRole('link', { name: 'Commencer la première leçon' }).click();
  await expect(page.getByText(/Leçon 1 sur \d/)).toBeVisible();
  const firstLessonUrl = page.url();

  await page.getByRole('navigation', { name: 'Leçon précédente et suivante' }).getByRole('link', { name: /Leçon suivante/ }).click();
  await expect(page.getByText(/Leçon 2 sur \d/)).toBeVisible();
  expect(page.url()).not.toBe(firstLessonUrl);
  const secondLessonUrl = page.url();

  const term = page.locator('article a.term').first();
  const termHref = (await term.getAttribute('href')) ?? '';
  const termSlug = termHref.split('#')[1] ?? '';
  await term.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Glossaire\s:\s/); // the term's module glossary page
  await expect(page.locator(`dt[id="${termSlug}"]`)).toBeInViewport();

  await page.goBack();
  expect(page.url()).toBe(secondLessonUrl);
  await expect(page.getByText(/Leçon 2 sur \d/)).toBeVisible();
});

test('the skip link takes keyboard users straight to the content', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard navigation is checked on the desktop project');
  await page.goto('modules/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a filter that matches nothing says so', async ({ page }) => {
  await page.goto('modules/');
  const durations = page.getByRole('group', { name: 'Durée' });
  // At least one duration bucket is empty while the catalogue is small; pick the one with no card.
  for (const label of ['1 à 2 séances', '3 à 4 séances', '5 séances ou plus']) {
    await durations.getByLabel(label).check();
    const shown = await page.locator('.module-card').filter({ visible: true }).count();
    if (shown === 0) await expect(page.locator('.catalogue-empty')).toBeVisible();
    else await expect(page.locator('.catalogue-empty')).toBeHidden();
  }
});
