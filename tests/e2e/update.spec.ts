/**
 * A new deployment is offered, never forced, and the pupil's saved data survives it:
 * deploy build A, save progress, deploy build B on the same address, reload, accept the update.
 */
import { expect, test } from '@playwright/test';
import { BASE_PATH, DIST } from './site-files.ts';
import { deployReleaseB, releaseBDir } from './release-b.ts';
import { startServer } from '../../scripts/serve.mjs';

/** Build A is the test build; B is the same site labelled release « B », made from it (release-b.ts). */
const BUILD_A = DIST;
const BUILD_B = releaseBDir(DIST);
const PORT = Number(process.env.DECLIC_TEST_PORT ?? 4399) + 50;

test.skip(({ isMobile }) => isMobile, 'one deployment scenario is enough: desktop project only');

test.beforeAll(({ isMobile }) => {
  if (!isMobile) deployReleaseB(BUILD_A, BUILD_B);
});

test('a new version is offered without forcing a reload, and saved progress survives it', async ({ page }) => {
  const origin = `http://127.0.0.1:${PORT}${BASE_PATH}`;
  let server = await startServer({ dir: BUILD_A, base: BASE_PATH, port: PORT });
  try {
    await page.goto(origin);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i += 1) await new Promise((r) => setTimeout(r, 100));
    });
    await page.goto(`${origin}reglages/`);
    await page.getByLabel('Grande', { exact: true }).check();
    await page.evaluate(() => localStorage.setItem('declic.quiz.test-progress', JSON.stringify({ v: 1, answered: 3 })));
    await expect(page.locator('meta[name="declic-release"]')).toHaveCount(0);

    await new Promise((resolve) => server.close(resolve));
    server = await startServer({ dir: BUILD_B, base: BASE_PATH, port: PORT });

    await page.goto(`${origin}modules/`);
    const offer = page.locator('#site-status');
    await expect(offer).toContainText('Nouvelle version de Déclic disponible.', { timeout: 60_000 });
    // Still the old version until the reader chooses to reload.
    await expect(page.locator('meta[name="declic-release"]')).toHaveCount(0);
    await offer.getByRole('button', { name: 'Recharger' }).click();
    await expect(page.locator('meta[name="declic-release"]')).toHaveAttribute('content', 'B');

    expect(await page.evaluate(() => localStorage.getItem('declic.quiz.test-progress'))).toBe(JSON.stringify({ v: 1, answered: 3 }));
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    const caches = await page.evaluate(async () => (await window.caches.keys()).filter((k) => k.startsWith('declic-site-')));
    expect(caches).toHaveLength(1);
  } finally {
    server.close();
  }
});
