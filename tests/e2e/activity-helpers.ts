/** Shared steps for the activity specs: open an activity page and wait for its island, run axe on a state. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function openActivity(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // Astro removes the ssr attribute once the island is hydrated.
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
}

export async function expectNoSeriousAxeViolation(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}
