/**
 * The interface is ready for a second language: built with the pseudo-locale (every dictionary string
 * becomes « [Ďéçłîç] », see src/i18n/pseudo.ts), a lesson page, the quiz island, activity islands
 * and a Python exercise (with a Python error explained) show no French that is not content. Any run of Latin letters still visible must come from
 * content/ (lesson text, titles, questions, activity data); anything else is a string written in a
 * component instead of the dictionary.
 *
 * Needs its own build, so it runs only when asked:
 *   DECLIC_PSEUDO_LOCALE=1 DECLIC_BASE=/declic/ DECLIC_OUT_DIR=dist-pseudo npx astro build
 *   DECLIC_PSEUDO_LOCALE=1 DECLIC_TEST_DIST=dist-pseudo npx playwright test tests/e2e/pseudo-locale.spec.ts
 * (`npm run test:pseudo-locale` does both.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

test.skip(process.env.DECLIC_PSEUDO_LOCALE !== '1', 'needs the pseudo-locale build (npm run test:pseudo-locale)');

const ROOT = join(import.meta.dirname, '..', '..');

/** Letters and digits only, single spaces, lower case: how text is compared with content/. */
const normalise = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(mdx?|ya?ml)$/.test(name) ? [path] : [];
  });
}
/**
 * What authors wrote that a page of `module` may show, normalised: the module's folder, and every
 * module's and page's file (titles in menus and links). A visible text found in it is content.
 */
function contentOf(module: string): string {
  const modules = join(ROOT, 'content', 'modules');
  const shared = readdirSync(modules).map((name) => join(modules, name, 'module.yaml'));
  const sources = [...files(join(modules, module)), ...shared, ...files(join(ROOT, 'content', 'pages'))];
  return ` ${sources.map((file) => normalise(readFileSync(file, 'utf8'))).join(' ')} `;
}

/** A run of unaccented Latin letters: pseudo-localised text has none (every letter is replaced). */
const LATIN_WORD = /[A-Za-z]{3,}/;

/** Visible texts (text nodes, and the aria-label and placeholder a screen reader or a pupil meets). */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      // The logotype « Dé<span>clic</span> » is the site's name, the same in every language.
      if (!parent || text === '' || parent.closest('script, style, template, noscript, .brand')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && !parent.closest('.sr-only, .visually-hidden')) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder]')) {
      for (const name of ['aria-label', 'placeholder']) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/**
 * Parts of visible texts with French that is neither pseudo-localised nor content of `module`: a text
 * node may join both (« Biais cognitifs · [éñṽîŕöñ 25 ɱîñ] »), so the pseudo-localised parts are cut
 * out and what is left must be content, or one of `notInterface`: words a pupil typed or Python said.
 */
async function untranslated(page: Page, module: string, notInterface: string[] = []): Promise<string[]> {
  const content = contentOf(module);
  const parts = (await visibleTexts(page)).flatMap((text) => text.split(/\[[^\]]*\]/));
  return [...new Set(parts.map((part) => part.trim()).filter((part) => LATIN_WORD.test(part) && !content.includes(` ${normalise(part)} `) && !notInterface.includes(part)))];
}

async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
}

test('the build is pseudo-localised, and the check finds a string written outside the dictionary', async ({ page }) => {
  await page.goto('modules/biais-cognitifs/quiz/');
  await hydrated(page);
  expect((await visibleTexts(page)).some((text) => /^\[.*[áéîöü].*\]$/.test(text))).toBe(true);
  await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('p'), { textContent: 'Voir mes réponses' })));
  expect(await untranslated(page, 'biais-cognitifs')).toEqual(['Voir mes réponses']);
});

test('a lesson page shows no French outside content', async ({ page }) => {
  await page.goto('modules/biais-cognitifs/lecons/biais-de-confirmation/');
  expect(await untranslated(page, 'biais-cognitifs')).toEqual([]);
});

test('the quiz island shows no French outside content, with its messages', async ({ page }) => {
  await page.goto('modules/biais-cognitifs/quiz/');
  await hydrated(page);
  expect(await untranslated(page, 'biais-cognitifs')).toEqual([]);
  // Validating without an answer shows the island's own message.
  await page.locator('.quiz-actions button').click();
  await expect(page.locator('.quiz-feedback')).not.toBeEmpty();
  expect(await untranslated(page, 'biais-cognitifs')).toEqual([]);
});

test('an activity island (the anchoring experiment) shows no French outside content', async ({ page }) => {
  await page.goto('modules/biais-cognitifs/activites/experience-ancrage/');
  await hydrated(page);
  expect(await untranslated(page, 'biais-cognitifs')).toEqual([]);
});

test('an activity island (the endless feed) shows no French outside content', async ({ page }) => {
  await page.goto('modules/economie-de-l-attention/activites/fil-sans-fin/');
  await hydrated(page);
  expect(await untranslated(page, 'economie-de-l-attention')).toEqual([]);
  // Once a round is started, the mock app shows its feed (content) and its controls (dictionary).
  await page.getByRole('button', { name: /^\[Łáñçéŕ/ }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
  expect(await untranslated(page, 'economie-de-l-attention')).toEqual([]);
});

test('a Python exercise shows no French outside content, nor does the explanation of an error', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('modules/coder-langue-vivante/exercices/le-deux-points-oublie/');
  await hydrated(page);
  expect(await untranslated(page, 'coder-langue-vivante')).toEqual([]);
  // A NameError typed by the pupil: its explanation (src/lib/python/explain.ts) comes from the dictionary.
  const program = 'print(nom)';
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(program);
  await page.locator('.actions button').first().click();
  const explanation = page.locator('.feedback .explanation');
  await expect(explanation).toBeVisible({ timeout: 90_000 });
  await expect(explanation.locator('h2')).toHaveText(/^\[.*[áéîöü].*\]$/);
  // « Ligne 1 : print(nom) », pseudo-localised around the pupil's line, which stays as typed.
  await expect(explanation.locator('.where')).toContainText(program);
  await expect(explanation.locator('.where')).toHaveText(/^\[Łîĝñé 1.*\]$/);
  // What is left: the pupil's program (in the editor) and Python's own words, in English as Python says them.
  expect(await untranslated(page, 'coder-langue-vivante', [program, "NameError: name 'nom' is not defined"])).toEqual([]);
});
