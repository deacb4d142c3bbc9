/**
 * Reflow (WCAG 1.4.10, RGAA 10.11): every built page at 320 px wide with the largest reading settings
 * (« Très grande » text, wide spacing) never scrolls sideways (tables and code scroll inside their own
 * box), and no word is cut without a hyphen. Chromium here has no French hyphenation dictionary, so a
 * word wider than its line is cut bare: such a word is accepted only where the text hyphenates
 * (`hyphens: auto` under lang="fr", so that a browser with the dictionary, as on pupils' phones,
 * writes « recomman-dation »), and never in a heading, which must fit its line (headings shrink on
 * narrow screens). Runs in the phone project only.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site-files.ts';

const pages = builtPages();

test.use({ viewport: { width: 320, height: 640 } });
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'phone', 'one run is enough'));

/** Largest reading settings, applied before the page's own script runs. */
async function largestSettings(page: Page) {
  await page.addInitScript(() => localStorage.setItem('declic.reading', JSON.stringify({ v: 1, size: 'xlarge', spacing: 'wide', font: 'system' })));
}

/** Words cut across two lines without a hyphen (URLs, code and hidden text left out), with their element. */
function cutWords(): string[] {
  const skip = 'pre, code, script, style, .sources, .visually-hidden, [aria-hidden="true"], svg, textarea, input, .cm-editor';
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(skip) || parent.offsetParent === null) continue;
    const hyphenates = getComputedStyle(parent).hyphens === 'auto' && parent.closest('[lang]')?.getAttribute('lang') === 'fr' && !parent.closest('h1, h2, h3, h4');
    if (hyphenates) continue;
    for (const m of (node.textContent ?? '').matchAll(/[\p{L}’'-]{5,}/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index ?? 0);
      range.setEnd(node, (m.index ?? 0) + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      // A word legitimately split at its own hyphen (« c’est-à-dire ») is not a cut.
      if (tops.size > 1 && !m[0].includes('-')) found.push(`${m[0]} (${parent.tagName.toLowerCase()}.${parent.className})`);
    }
  }
  return found;
}

/**
 * The innermost elements that stick out of the window on the right, or whose own text overflows their
 * box (an unbreakable « @compte_tres_long » is a text node, not an element), to name the culprit.
 */
function widerThanWindow(): string[] {
  const width = document.documentElement.clientWidth;
  const out = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
    (el) => el.getBoundingClientRect().right > width + 1 || (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && getComputedStyle(el).overflowX === 'visible'),
  );
  return out.filter((el) => !out.some((other) => other !== el && el.contains(other))).slice(0, 8).map((el) => `${el.tagName.toLowerCase()}.${el.className} « ${(el.textContent ?? '').trim().slice(0, 40)} »`);
}

for (const path of pages) {
  test(`reflow at 320 px, largest text: /${path}`, async ({ page }) => {
    await largestSettings(page);
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    // What a script shows after loading (an island, a measured result) counts too: wait for it.
    if ((await page.locator('astro-island, script[type="module"]').count()) > 0) await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    const wide = scrollWidth > clientWidth ? await page.evaluate(widerThanWindow) : [];
    expect(wide, 'elements that make the page scroll sideways').toEqual([]);
    expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
    expect(await page.evaluate(cutWords), 'words cut across two lines').toEqual([]);
  });
}

/** RGAA 10.12 / WCAG 1.4.12: the four spacings applied together hide or cut nothing. */
const SPACING_PAGES = ['', 'modules/', 'modules/biais-cognitifs/', 'modules/biais-cognitifs/pourquoi-des-raccourcis/', 'modules/biais-cognitifs/quiz/', 'modules/bulles-de-filtre/activites/mon-fil-d-actualite/', 'modules/biais-cognitifs/fiche-enseignant/', 'glossaire/', 'reglages/'];
for (const path of SPACING_PAGES) {
  test(`text spacing (RGAA 10.12) cuts nothing: /${path}`, async ({ page }) => {
    await page.goto(path);
    await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
    await page.waitForTimeout(100);
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => {
          const style = getComputedStyle(el);
          if (el.offsetParent === null || el.closest('.visually-hidden, [hidden]')) return false;
          const hides = (v: string) => v === 'hidden' || v === 'clip';
          return (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 2) || (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 2);
        })
        .filter((el) => !el.matches('.visually-hidden, .skip-link, progress') && (el.textContent ?? '').trim() !== '')
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(clipped, 'text hidden by an overflow').toEqual([]);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
}
