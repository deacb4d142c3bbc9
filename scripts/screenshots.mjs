#!/usr/bin/env node
/**
 * Screenshots for a human review (phone, desktop, dark mode, and print as PDF): not a test.
 *   npm run build:test && node scripts/screenshots.mjs [page-path …]
 * Writes to screenshots/ (ignored by git).
 */
import { mkdirSync } from 'node:fs';
import { chromium, devices } from '@playwright/test';
import { startServer } from './serve.mjs';

const BASE = '/declic/';
const PORT = Number(process.env.DECLIC_SHOT_PORT ?? 4397);
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['', 'modules/', 'modules/biais-cognitifs/', 'modules/biais-cognitifs/biais-de-confirmation/', 'modules/biais-cognitifs/fiche-enseignant/', 'glossaire/'];
const server = await startServer({ dir: 'dist-test', base: BASE, port: PORT });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
mkdirSync('screenshots', { recursive: true });
const name = (path) => path.replace(/\/$/, '').replace(/\//g, '_') || 'accueil';

for (const [label, options] of [
  ['phone', { ...devices['Pixel 7'] }],
  ['desktop', { viewport: { width: 1366, height: 900 } }],
  ['dark', { viewport: { width: 1366, height: 900 }, colorScheme: 'dark' }],
]) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(`http://127.0.0.1:${PORT}${BASE}${path}`);
    await page.screenshot({ path: `screenshots/${name(path)}-${label}.png`, fullPage: label !== 'dark' });
    if (label === 'desktop') await page.pdf({ path: `screenshots/${name(path)}-print.pdf`, format: 'A4' });
  }
  await context.close();
}
await browser.close();
server.close();
console.log('screenshots/ écrit');
