/**
 * A new deployment is offered, never forced, and the pupil's saved data survives it:
 * deploy build A, save progress, deploy build B on the same address, reload, accept the update.
 */
import { execFile } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { BASE_PATH, DIST } from './site-files.ts';
import { startServer } from '../../scripts/serve.mjs';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const BUILD_A = join(ROOT, 'dist-update-a');
const BUILD_B = join(ROOT, 'dist-update-b');
const PORT = Number(process.env.DECLIC_TEST_PORT ?? 4399) + 50;

test.skip(({ isMobile }) => isMobile, 'one deployment scenario is enough: desktop project only');
test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  rmSync(BUILD_A, { recursive: true, force: true });
  cpSync(DIST, BUILD_A, { recursive: true });
  await run('node', [join(ROOT, 'node_modules', 'astro', 'astro.js'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DECLIC_BASE: BASE_PATH, DECLIC_OUT_DIR: BUILD_B, DECLIC_RELEASE: 'B' },
  });
});

test.afterAll(() => {
  rmSync(BUILD_A, { recursive: true, force: true });
  rmSync(BUILD_B, { recursive: true, force: true });
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
