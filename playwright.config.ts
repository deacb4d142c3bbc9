import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against a real build served under a sub-path, as an académie would host it:
 * every test therefore also proves that the site works under DECLIC_BASE. `npm run test:e2e` builds
 * dist-test first (the specs list its pages when they load).
 */
export const BASE_PATH = '/declic/';
/** Several checkouts can test at once on one machine: DECLIC_TEST_PORT picks another port. */
const PORT = Number(process.env.DECLIC_TEST_PORT ?? 4399);
const chromium = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // In CI a failed test runs once more; one that then passes is reported as « flaky » (not hidden):
  // the list reporter marks it and the summary counts it apart.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    launchOptions: chromium,
    trace: 'off',
  },
  webServer: {
    // DECLIC_TEST_DIST: another build to test (dist-pseudo for tests/e2e/pseudo-locale.spec.ts).
    command: `node scripts/serve.mjs --dir ${process.env.DECLIC_TEST_DIST ?? 'dist-test'} --base ${BASE_PATH} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions: chromium } },
  ],
});
