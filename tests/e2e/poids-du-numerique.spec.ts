/**
 * Module « Le poids du numérique » (issue 15), beside its activity (tests/e2e/mon-empreinte-numerique.spec.ts):
 * « Combien pèse cette page ? » agrees with the bytes Playwright counts for the same page; the
 * eco-design statement is linked from the footer.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolation } from './activity-helpers.ts';

const LESSON = 'modules/poids-du-numerique/garder-et-reparer/';

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
