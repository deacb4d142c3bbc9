/** Reading comfort: chosen once, applied on every page, kept on the device, and robust to bad data. */
import { expect, test } from '@playwright/test';

test('larger text, wider spacing and the dys font follow the reader to other pages', async ({ page, baseURL }) => {
  const fontRequests: string[] = [];
  page.on('request', (r) => {
    if (/\.woff2?$/.test(r.url())) fontRequests.push(r.url());
  });
  await page.goto('modules/');
  expect(fontRequests, 'no font is downloaded by default').toEqual([]);

  // On a phone the navigation is behind « Menu ».
  const menu = page.locator('.site-menu > summary');
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('link', { name: 'Confort de lecture' }).click();
  await page.getByLabel('Très grande').check();
  await page.getByLabel(/Aéré/).check();
  await page.getByLabel(/OpenDyslexic/).check();
  await expect(page.locator('#settings-status')).toHaveText('Réglages enregistrés sur cet appareil.');

  await page.goto('glossaire/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-text-size', 'xlarge');
  await expect(html).toHaveAttribute('data-spacing', 'wide');
  await expect(html).toHaveAttribute('data-font', 'dys');
  await page.evaluate(() => document.fonts.ready);
  const fontFamily = await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(fontFamily).toContain('OpenDyslexic');
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const url of fontRequests) expect(url.startsWith(new URL(baseURL ?? '').origin)).toBe(true);
  const size = await page.locator('body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(23);

  await page.goto('reglages/');
  await expect(page.getByLabel('Très grande')).toBeChecked();
  await page.getByRole('button', { name: 'Revenir aux réglages par défaut' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /.+/);
  await expect(page.getByLabel('Normale')).toBeChecked();
});

test('corrupted saved settings are reset with a message, and pages still show', async ({ page }) => {
  await page.goto('reglages/');
  await page.evaluate(() => localStorage.setItem('declic.reading', '{"v":1,"size":'));
  await page.goto('modules/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('reglages/');
  await expect(page.locator('#settings-status')).toContainText('illisibles');
  await expect(page.getByLabel('Normale')).toBeChecked();
});

test('a choice ticked before the page script has loaded (slow device) is kept and saved', async ({ page }) => {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/reglages\.astro_astro_type_script[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  // Module scripts hold back DOMContentLoaded: wait only for the form to be there.
  await page.goto('reglages/', { waitUntil: 'commit' });
  await page.getByLabel('Très grande').check();
  release();
  await expect(page.locator('#settings-status')).toHaveText('Réglages enregistrés sur cet appareil.');
  await expect(page.getByLabel('Très grande')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
});
