/**
 * Module « Le poids du numérique » (issue 15): the footprint activity by keyboard (computation and
 * sources shown, the changes that matter), axe in both themes; « Combien pèse cette page ? » agrees
 * with the bytes Playwright counts for the same page; the eco-design statement is linked from the footer.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolation, openActivity } from './activity-helpers.ts';

const ACTIVITY = 'modules/poids-du-numerique/activites/mon-empreinte-numerique/';
const LESSON = 'modules/poids-du-numerique/garder-et-reparer/';

test('the footprint activity works by keyboard and shows each computation with its source', async ({ page }) => {
  await openActivity(page, ACTIVITY);
  const table = page.getByRole('table', { name: /Empreinte par an/ });
  // Default: one smartphone kept 2 years, one shared box, 7 hours of video a week.
  await expect(table.getByRole('row', { name: /Smartphone/ })).toContainText('79,27 kg × 1 ÷ 2 ans = 39,6 kg/an');
  await expect(table.getByRole('row', { name: /Smartphone/ }).getByRole('link', { name: /ADEME/ })).toHaveAttribute('href', /impactco2\.fr/);
  // Keyboard: type a laptop kept 4 years.
  await page.getByLabel('Nombre : Ordinateur portable').focus();
  await page.keyboard.press('ArrowUp');
  await page.getByLabel('Années gardées : Ordinateur portable').fill('4');
  await expect(table.getByRole('row', { name: /Ordinateur portable/ })).toContainText('182,3 kg × 1 ÷ 4 ans = 45,6 kg/an');
  // Try the changes, by keyboard.
  const keep = page.getByRole('button', { name: /Garder mon smartphone 4 ans/ });
  await keep.focus();
  await page.keyboard.press('Enter');
  await expect(keep).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/19,8 kg de moins par an/)).toBeVisible();
  await page.getByRole('button', { name: /Supprimer mes vieux e-mails/ }).press('Space');
  await expect(page.getByText(/aucun facteur sourcé/)).toBeVisible();
  await expectNoSeriousAxeViolation(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousAxeViolation(page);
});

test('« Combien pèse cette page ? » agrees with the bytes the browser received for the lesson', async ({ page }) => {
  // Count what a visit of the lesson receives, as Playwright sees it.
  let counted = 0;
  let requests = 0;
  page.on('requestfinished', async (request) => {
    try {
      if (request.frame() !== page.mainFrame()) return;
      const sizes = await request.sizes();
      counted += sizes.responseBodySize;
      requests += 1;
    } catch {
      // Service-worker requests have no frame: they are not part of the page.
    }
  });
  await page.goto(LESSON);
  // Scroll to the end so that every lazy image loads, as the measuring frame does.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  const lessonScripts = await page.locator('script[src]').count();
  expect(lessonScripts).toBe(0);
  const link = page.getByRole('link', { name: 'Combien pèse cette page ?' });
  await expect(link).toHaveAttribute('href', /combien-pese-cette-page\/\?page=/);
  const seen = { counted, requests };
  page.removeAllListeners('requestfinished');
  await link.click();
  const weight = page.locator('#pw-weight');
  await expect(page.locator('#pw-result')).toHaveAttribute('data-measured', 'true', { timeout: 15_000 });
  const measured = Number(await weight.getAttribute('data-bytes'));
  expect(seen.counted).toBeGreaterThan(0);
  // Same files: the frame's Performance entries give the encoded body size of each one.
  expect(Math.abs(measured - seen.counted) / seen.counted).toBeLessThan(0.05);
  const measuredRequests = Number(await page.locator('#pw-requests').textContent());
  // Measured on 2 Dec 2026: 33 156 B in 5 files in the frame, 32 093 B in 5 files for Playwright.
  console.log(`page weight: measured ${measured} B in ${measuredRequests} files; Playwright counted ${seen.counted} B in ${seen.requests}`);
  expect(Math.abs(measuredRequests - seen.requests)).toBeLessThanOrEqual(2);
  await expect(page.getByText(/fois plus légère/)).toBeVisible();
  await expectNoSeriousAxeViolation(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousAxeViolation(page);
});

test('the footer links to the eco-design statement, which gives measured figures', async ({ page }) => {
  await page.goto(LESSON);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Écoconception' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Déclaration d’écoconception/);
  await expectNoSeriousAxeViolation(page);
});
