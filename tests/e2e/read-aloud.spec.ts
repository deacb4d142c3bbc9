/**
 * « Écouter » on a lesson, with a stubbed speechSynthesis (headless Chromium has no voice): nothing is
 * loaded or spoken before the press, sentences are spoken in page order with the current one
 * highlighted, Pause stops and Reprendre says the sentence again, and a device without a French voice
 * is told so.
 */
import { expect, test, type Page } from '@playwright/test';

const LESSON = 'modules/biais-cognitifs/pourquoi-des-raccourcis/';

/** A fake speech engine: records what is spoken; each utterance ends when the test says so. */
async function stubSpeech(page: Page, voices: { lang: string; name: string; localService: boolean; default: boolean }[]) {
  await page.addInitScript((list) => {
    const spoken: string[] = [];
    let current: { onend?: () => void } | null = null;
    const w = window as unknown as Record<string, unknown>;
    w['__spoken'] = spoken;
    w['__finishUtterance'] = () => {
      const u = current;
      current = null;
      u?.onend?.();
    };
    class Utterance {
      text: string; voice: unknown = null; lang = ''; rate = 1; onend?: () => void;
      constructor(text: string) { this.text = text; }
    }
    w['SpeechSynthesisUtterance'] = Utterance;
    const synth = {
      getVoices: () => list,
      speak: (u: Utterance) => { spoken.push(u.text); current = u; },
      cancel: () => { current = null; },
      pause: () => {}, resume: () => {},
      addEventListener: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  }, voices);
}

const highlighted = (page: Page) => page.evaluate(() => {
  const h = CSS.highlights.get('read-aloud');
  return h ? [...h].map((r) => r.toString()).join('') : '';
});
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.slice());
const finish = (page: Page) => page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());

test('reads the lesson sentence by sentence, highlights it, pauses and resumes', async ({ page }) => {
  await stubSpeech(page, [{ lang: 'en-US', name: 'Alex', localService: true, default: true }, { lang: 'fr-FR', name: 'Google français', localService: false, default: false }, { lang: 'fr-FR', name: 'Thomas', localService: true, default: false }]);
  const scripts: string[] = [];
  page.on('request', (r) => { if (/\.m?js(\?|$)/.test(r.url())) scripts.push(r.url()); });
  await page.goto(LESSON);
  const listen = page.getByRole('button', { name: 'Écouter la leçon' });
  await expect(listen).toBeVisible();
  await page.waitForTimeout(300);
  expect(await spoken(page), 'never starts by itself').toEqual([]);
  expect(scripts, 'no script file before the press').toEqual([]);

  await listen.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => spoken(page)).toHaveLength(1);
  const title = (await page.locator('h1').textContent())?.trim() ?? '';
  expect((await spoken(page))[0]).toBe(title);
  expect(await highlighted(page)).toBe(title);
  await expect(page.getByRole('status').filter({ hasText: /Lecture\s:\sphrase 1 sur \d+/ })).toBeVisible();

  await finish(page);
  await finish(page);
  const said = await spoken(page);
  expect(said).toHaveLength(3);
  expect(said[1]).toBe('Objectifs');
  expect(await highlighted(page)).toBe(said[2]);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Reprendre' })).toHaveAttribute('aria-pressed', 'true');
  await finish(page);
  expect(await spoken(page), 'nothing more while paused').toHaveLength(3);
  await page.getByRole('button', { name: 'Reprendre' }).click();
  await expect.poll(() => spoken(page)).toHaveLength(4);
  expect((await spoken(page))[3], 'the interrupted sentence is said again').toBe(said[2]);

  await page.getByRole('button', { name: 'Arrêter' }).click();
  expect(await highlighted(page)).toBe('');
  await expect(listen).toBeFocused();
});

test('a device without a French voice is told so', async ({ page }) => {
  await stubSpeech(page, [{ lang: 'en-US', name: 'Alex', localService: true, default: true }]);
  await page.goto(LESSON);
  await page.getByRole('button', { name: 'Écouter la leçon' }).click();
  await expect(page.getByText(/n’a pas de voix française/)).toBeVisible();
  expect(await spoken(page)).toEqual([]);
});
