/**
 * Lesson pages stay light (a DOM budget, so that a long lesson or a heavier page shell cannot creep in
 * unnoticed) and their code blocks stay readable: exact text, language, a focusable and named scroll
 * region on a phone, contrast in the dark theme, wrapped lines on paper.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { contentReport } from '../helpers/content.ts';

/** The foundation's aim for every lesson page: at most 250 elements, <head> included (as `npm run bench` counts). */
const LESSON_DOM_BUDGET = 250;

const { lessons } = contentReport().content.inventory;
const lessonPath = (lesson: { module: string; slug: string }) => `modules/${lesson.module}/${lesson.slug}/`;

/** Fenced code blocks of a lesson's source, as authors typed them. */
function codeBlocks(body: string): { lang: string; code: string }[] {
  return [...body.matchAll(/^```(\w*)\n([\s\S]*?)\n```$/gm)].map((m) => ({ lang: m[1] || 'plaintext', code: m[2] ?? '' }));
}
const codeLessons = lessons.filter((lesson) => codeBlocks(lesson.body).length > 0);

test('every lesson page stays within its DOM budget', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the same HTML on every viewport: one project is enough');
  expect(lessons.length).toBeGreaterThanOrEqual(20);
  const counts: Record<string, number> = {};
  for (const lesson of lessons) {
    await page.goto(lessonPath(lesson));
    counts[`${lesson.module}/${lesson.slug}`] = await page.evaluate(() => document.getElementsByTagName('*').length);
  }
  // No exception: a lesson over the budget needs an editorial change (a lighter form for a table, a
  // paragraph to the teacher notes, a split), not a higher cap.
  const over = Object.entries(counts)
    .filter(([, count]) => count > LESSON_DOM_BUDGET)
    .map(([key, count]) => `${key}: ${count} éléments (budget ${LESSON_DOM_BUDGET})`);
  expect(over, 'lesson pages over their DOM budget').toEqual([]);
});

test('no lesson page scrolls sideways on a 360 px phone: wide tables and code scroll in their own region', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'a phone-only check');
  await page.setViewportSize({ width: 360, height: 740 });
  const wide: string[] = [];
  for (const lesson of lessons) {
    await page.goto(lessonPath(lesson));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) wide.push(`${lesson.module}/${lesson.slug}: ${width} px`);
  }
  expect(wide).toEqual([]);
  await page.goto('modules/systemes-de-recommandation/filtrage-par-contenu-et-collaboratif/');
  const region = page.getByRole('region', { name: 'Tableau : Un exemple à refaire au crayon' });
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test('code blocks give back the exact code, with their language, few spans and a name', async ({ page }) => {
  expect(codeLessons.length).toBeGreaterThanOrEqual(4);
  for (const lesson of codeLessons) {
    await page.goto(lessonPath(lesson));
    const blocks = codeBlocks(lesson.body);
    const pres = page.locator('.lesson-body pre');
    await expect(pres).toHaveCount(blocks.length);
    for (const [index, block] of blocks.entries()) {
      const pre = pres.nth(index);
      expect(await pre.evaluate((el) => el.textContent), `${lesson.slug}, bloc ${index + 1}`).toBe(block.code);
      await expect(pre).toHaveAttribute('data-language', block.lang);
      await expect(pre).toHaveAttribute('tabindex', '0');
      await expect(pre).toHaveAttribute('role', 'group');
      await expect(pre).toHaveAttribute('aria-label', block.lang === 'python' ? 'Code Python' : 'Texte tel quel');
      // At most one span per word or piece of text, none per line; colours come from classes.
      const stats = await pre.evaluate((el) => ({
        spans: el.querySelectorAll('span').length,
        styled: el.querySelectorAll('[style]').length + (el.hasAttribute('style') ? 1 : 0),
        classes: [...new Set([...el.querySelectorAll('span')].map((s) => s.className))],
      }));
      expect(stats.styled).toBe(0);
      expect(stats.spans).toBeLessThanOrEqual(block.code.split(/\s+/).length);
      for (const name of stats.classes) expect(['tok-keyword', 'tok-string', 'tok-comment', 'tok-function']).toContain(name);
    }
  }
});

test('a long line scrolls inside its block, which the keyboard can reach', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('modules/coder-langue-vivante/vocabulaire-et-grammaire/');
  const pre = page.locator('.lesson-body pre').first();
  const sizes = await pre.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, page: document.documentElement.scrollWidth }));
  expect(sizes.scroll, 'the poem line is wider than a phone').toBeGreaterThan(sizes.client);
  expect(sizes.page, 'the page itself does not scroll sideways').toBeLessThanOrEqual(360);
  await pre.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => pre.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  const results = await new AxeBuilder({ page }).include('.lesson-body pre').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('code keeps AA contrast in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('modules/coder-langue-vivante/ecrire-ses-propres-programmes/');
  await expect(page.locator('.tok-keyword').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.lesson-body pre').withRules(['color-contrast']).analyze();
  expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
});

test('on paper, long code lines wrap instead of being cut off', async ({ page }) => {
  await page.goto('modules/coder-langue-vivante/vocabulaire-et-grammaire/');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 600, height: 900 });
  for (const pre of await page.locator('.lesson-body pre').all()) {
    expect(await pre.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
});
