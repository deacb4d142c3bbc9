/**
 * The SCORM 1.2 packages (src/scorm/), read from the built site's scorm/ folder:
 * - each zip: imsmanifest.xml names exactly the files of the zip, and every file the HTML and CSS use
 *   is in it; the script is classic (no module, no dynamic import, no service worker);
 * - each package opens in a fake LMS, scorm-again's Scorm12API (window.API of the parent page, as
 *   Moodle's player does): it initializes, shows its lessons and quiz, and requests nothing outside;
 * - one module done through: lessons read (status « completed »), half the quiz, reload (LMSFinish,
 *   then resume from cmi.suspend_data), end of the quiz (score.raw, passed/failed, commit);
 * - without an LMS: plain reading, the French message, progress under a namespaced key.
 * The LMS is served from a made-up origin through page.route: nothing listens on the network.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { manifestFiles, MANIFEST_FILE } from '../../src/lib/scorm/manifest.ts';
import { referencedFiles } from '../../src/lib/scorm/lesson-html.ts';
import { SUSPEND_DATA_LIMIT } from '../../src/lib/scorm/suspend.ts';
import { DIST } from './site-files.ts';

/** scorm-again's browser build of the SCORM 1.2 API (a devDependency, exact version). */
const SCORM_AGAIN = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'scorm-again', 'dist', 'scorm12.min.js'), 'utf8');
const LMS = 'http://lms.test';

interface Built {
  module: string;
  path: string;
  size: number;
}
const PACKAGES = JSON.parse(readFileSync(join(DIST, 'scorm', 'index.json'), 'utf8')) as Built[];
const unzip = (pkg: Built) => unzipSync(new Uint8Array(readFileSync(join(DIST, pkg.path))));

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp', xml: 'application/xml', woff2: 'font/woff2' };

/**
 * The fake LMS page: scorm-again's SCORM 1.2 API on window.API, every call recorded, and the learner's
 * data kept in sessionStorage across reloads (as an LMS keeps it between sessions).
 */
const PLAYER = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm-again.js"></script>
<script>
  var calls = JSON.parse(sessionStorage.getItem('calls') || '[]');
  var saved = JSON.parse(sessionStorage.getItem('learner') || 'null');
  var api = new Scorm12API({ logLevel: 5 });
  if (saved) api.loadFromJSON({ core: { lesson_status: saved.status, score: { raw: saved.score } }, suspend_data: saved.suspend });
  function record(name, element, value) { calls.push([name, element, value]); sessionStorage.setItem('calls', JSON.stringify(calls)); }
  function keep() { sessionStorage.setItem('learner', JSON.stringify({ status: api.cmi.core.lesson_status, score: api.cmi.core.score.raw, suspend: api.cmi.suspend_data })); }
  api.on('LMSInitialize', function () { record('LMSInitialize'); });
  api.on('LMSSetValue.cmi.*', function (element, value) { record('LMSSetValue', element, value); });
  api.on('LMSCommit', function () { record('LMSCommit'); keep(); });
  api.on('LMSFinish', function () { record('LMSFinish'); keep(); });
  window.API = api;
</script></head><body><iframe src="/pkg/index.html" title="Module" style="width:100%;height:90vh;border:0"></iframe></body></html>`;

/** Serves the fake LMS and one package's files on the made-up origin; returns what else was requested. */
async function serve(page: Page, pkg: Built): Promise<string[]> {
  const files = unzip(pkg);
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`${LMS}/`) && !request.url().startsWith('data:')) outside.push(request.url());
  });
  await page.route(`${LMS}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/player.html') return route.fulfill({ contentType: 'text/html', body: PLAYER });
    if (path === '/scorm-again.js') return route.fulfill({ contentType: 'text/javascript', body: SCORM_AGAIN });
    const file = files[decodeURIComponent(path.replace(/^\/pkg\//, ''))];
    if (!path.startsWith('/pkg/') || !file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream', body: Buffer.from(file) });
  });
  return outside;
}

type Call = [string, string?, string?];
const calls = (page: Page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('calls') ?? '[]') as Call[]);
const lastValue = (list: Call[], element: string) => list.filter((c) => c[0] === 'LMSSetValue' && c[1] === element).at(-1)?.[2];
const cmi = (page: Page) => page.evaluate(() => {
  const api = (window as unknown as { API: { cmi: { core: { lesson_status: string; score: { raw: string } }; suspend_data: string } } }).API;
  return { status: api.cmi.core.lesson_status, score: api.cmi.core.score.raw, suspend: api.cmi.suspend_data };
});

/** Answers the current question by pointer, whatever its type; says whether it was right, or not scored. */
async function answer(frame: FrameLocator): Promise<'right' | 'wrong' | 'unscored'> {
  const question = frame.locator('fieldset.quiz-question');
  switch (await question.getAttribute('data-type')) {
    case 'single':
    case 'true-false':
      await question.getByRole('radio').first().check();
      break;
    case 'multiple':
      await question.getByRole('checkbox').first().check();
      break;
    case 'estimate':
      await question.getByLabel('Ton estimation').fill('512');
      break;
    case 'matching':
    case 'cloze': {
      const selects = question.getByRole('combobox');
      for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 });
      break;
    }
    default:
      // ordering and "spot it" are complete as they start.
      break;
  }
  await frame.getByRole('button', { name: 'Valider ma réponse' }).click();
  const feedback = frame.locator('.quiz-feedback');
  await expect(feedback).toContainText(/Bonne réponse|Pas tout à fait|n’est pas notée/);
  const text = (await feedback.textContent()) ?? '';
  return text.includes('Bonne réponse') ? 'right' : text.includes('n’est pas notée') ? 'unscored' : 'wrong';
}

test.describe('SCORM 1.2 packages', () => {
  test('every zip: the manifest names exactly its files, every file used is inside, the script is classic', () => {
    test.skip(test.info().project.name !== 'desktop', 'files only: once');
    expect(PACKAGES.length).toBeGreaterThanOrEqual(10);
    for (const pkg of PACKAGES) {
      const files = unzip(pkg);
      const names = Object.keys(files).filter((name) => !name.endsWith('/'));
      const manifest = strFromU8(files[MANIFEST_FILE] as Uint8Array);
      expect(manifest, pkg.module).toContain('<schemaversion>1.2</schemaversion>');
      expect(manifestFiles(manifest).sort(), pkg.module).toEqual(names.filter((n) => n !== MANIFEST_FILE).sort());
      const used: string[] = [];
      for (const name of names.filter((n) => /\.(html|css)$/.test(n))) {
        const text = strFromU8(files[name] as Uint8Array);
        used.push(...referencedFiles(text).map((ref) => posix.normalize(posix.join(posix.dirname(name), decodeURI(ref)))));
      }
      const index = strFromU8(files['index.html'] as Uint8Array);
      const data = JSON.parse(/<script id="declic-scorm-data" type="application\/json">([\s\S]*?)<\/script>/.exec(index)?.[1] ?? '{}') as { questions: { image?: { src: string } }[] };
      used.push(...data.questions.flatMap((q) => (q.image ? [q.image.src.replace(/^\/+/, '')] : [])));
      expect(used.filter((file) => !names.includes(file)), `${pkg.module}: used but not in the package`).toEqual([]);
      expect(index).not.toMatch(/type="module"|\.mjs\b/);
      const script = strFromU8(files['declic-scorm.js'] as Uint8Array);
      expect(script).not.toMatch(/\bimport\s*\(|serviceWorker|import\.meta/);
      expect(pkg.size, pkg.module).toBeLessThan(200 * 1024);
    }
  });

  test('the Espace enseignants offers every package with its size', async ({ page, request }) => {
    test.skip(test.info().project.name !== 'desktop', 'the phone layout is covered by the page suites');
    await page.goto('enseignants/');
    const links = page.locator('#scorm ~ ul a[download]');
    await expect(links).toHaveCount(PACKAGES.length);
    for (const pkg of PACKAGES) {
      const link = page.locator(`#scorm ~ ul a[href$="/${pkg.path}"]`);
      await expect(link).toBeVisible();
      await expect(page.locator(`[data-scorm-size="${pkg.module}"]`)).toHaveText(`(zip, ${Math.max(1, Math.round(pkg.size / 1024))}\u00A0Ko)`);
      const response = await request.get((await link.getAttribute('href')) as string);
      expect(response.status()).toBe(200);
      expect((await response.body()).length).toBe(pkg.size);
    }
  });

  for (const [i, pkg] of PACKAGES.entries()) {
    test(`${pkg.module}: initializes in the LMS, shows its lessons and its quiz, requests nothing else`, async ({ page }) => {
      test.skip(test.info().project.name !== 'desktop', 'one screen is enough');
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const outside = await serve(page, pkg);
      await page.goto(`${LMS}/player.html`);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('#scorm-status')).toHaveText(/enregistrés sur la plateforme de ta classe/);
      await expect(frame.locator('#sommaire h1')).toBeVisible();
      const lessons = frame.locator('.scorm-contents a[href^="#lecon-"]');
      expect(await lessons.count()).toBeGreaterThanOrEqual(4);
      await lessons.first().click();
      await expect(frame.locator('.scorm-view:not([hidden]) h1')).toBeVisible();
      await expect(frame.locator('#sommaire')).toBeHidden();
      await frame.locator('.scorm-view:not([hidden]) .scorm-nav a[href="#sommaire"]').click();
      await frame.locator('.scorm-contents a[href="#quiz"]').click();
      await expect(frame.locator('fieldset.quiz-question > legend')).toContainText('Question 1 sur');
      const sent = await calls(page);
      expect(sent[0]?.[0]).toBe('LMSInitialize');
      expect(lastValue(sent, 'cmi.core.lesson_status')).toBe('incomplete');
      if (i === 0) {
        const axe = await new AxeBuilder({ page }).include('iframe').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('a pupil reads the lessons, leaves mid-quiz, comes back where she was, and her score reaches the LMS', async ({ page }) => {
    test.skip(test.info().project.name !== 'desktop', 'the phone runs the same script');
    const pkg = PACKAGES.find((p) => p.module === 'biais-cognitifs') as Built;
    const outside = await serve(page, pkg);
    await page.goto(`${LMS}/player.html`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('#scorm-status')).toHaveText(/enregistrés sur la plateforme/);

    // Lessons, one after the other through « Leçon suivante ».
    await frame.locator('.scorm-contents a[href^="#lecon-"]').first().click();
    const lessonCount = await frame.locator('section.scorm-view[id^="lecon-"]').count();
    for (let i = 1; i < lessonCount; i++) {
      await expect(frame.locator(`section.scorm-view[id^="lecon-"]:not([hidden])`)).toHaveCount(1);
      await frame.locator('.scorm-view:not([hidden]) .scorm-nav a.button').click();
    }
    await expect.poll(async () => (await cmi(page)).status).toBe('completed');
    await frame.locator('.scorm-view:not([hidden]) .scorm-nav a.button', { hasText: 'Faire le quiz du module' }).click();

    // Half the quiz, then the pupil leaves: the package finishes its session.
    let right = 0;
    let scored = 0;
    for (let n = 1; n <= 6; n++) {
      await expect(frame.locator('fieldset.quiz-question > legend')).toContainText(`Question ${n} sur 12`);
      const result = await answer(frame);
      if (result !== 'unscored') scored++;
      if (result === 'right') right++;
      await frame.getByRole('button', { name: n < 12 ? 'Question suivante' : 'Voir mes résultats' }).click();
    }
    const midway = (await cmi(page)).suspend;
    expect(midway.length).toBeGreaterThan(0);
    await page.reload();
    const before = await calls(page);
    expect(before.filter((c) => c[0] === 'LMSFinish')).toHaveLength(1);
    expect(lastValue(before, 'cmi.core.exit')).toBe('suspend');
    expect(lastValue(before, 'cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}$/);

    // Back: the new session starts from cmi.suspend_data (lessons read, question 7).
    await expect(frame.locator('#scorm-status')).toHaveText(/enregistrés sur la plateforme/);
    await expect(frame.locator('[data-read-mark]:not([hidden])')).toHaveCount(lessonCount);
    await frame.locator('.scorm-contents a[href="#quiz"]').click();
    await expect(frame.locator('fieldset.quiz-question > legend')).toContainText('Question 7 sur 12');
    for (let n = 7; n <= 12; n++) {
      await expect(frame.locator('fieldset.quiz-question > legend')).toContainText(`Question ${n} sur 12`);
      const result = await answer(frame);
      if (result !== 'unscored') scored++;
      if (result === 'right') right++;
      await frame.getByRole('button', { name: n < 12 ? 'Question suivante' : 'Voir mes résultats' }).click();
    }
    expect(scored).toBe(11);
    const score = Math.round((100 * right) / scored);
    await expect(frame.locator('.quiz-score')).toHaveText(`Score envoyé : ${score} sur 100.`.replace(' :', '\u00A0:'));
    const end = await cmi(page);
    expect(end.score).toBe(String(score));
    expect(end.status).toBe(score >= 60 ? 'passed' : 'failed');
    expect(end.suspend.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const state = JSON.parse(end.suspend) as { v: number; l: string; p: number; s: number };
    expect(state).toMatchObject({ v: 1, l: '1'.repeat(lessonCount), p: 12, s: score });
    const sent = await calls(page);
    expect(lastValue(sent, 'cmi.core.score.max')).toBe('100');
    expect(sent.at(-1)?.[0]).toBe('LMSCommit');
    console.info(`SCORM resume state after the whole quiz: ${end.suspend.length} characters of ${SUSPEND_DATA_LIMIT}`);
    expect(outside).toEqual([]);
  });

  test('without an LMS the package still reads, says so in French, and keeps progress under its own key', async ({ page }) => {
    const pkg = PACKAGES.find((p) => p.module === 'vrai-faux-ou-trompeur') as Built;
    await serve(page, pkg);
    await page.goto(`${LMS}/pkg/index.html`);
    await expect(page.locator('#scorm-status')).toHaveText(/n’est relié à aucune plateforme/);
    await page.locator('.scorm-contents a[href^="#lecon-"]').first().click();
    await expect(page.locator('.scorm-view:not([hidden]) h1')).toBeVisible();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toEqual([`declic-scorm.${pkg.module}.resume`]);
    await page.goBack();
    await expect(page.locator('[data-read-mark]:not([hidden])')).toHaveCount(1);
  });
});
