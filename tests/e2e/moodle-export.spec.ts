/**
 * Quiz export to Moodle, on the built site under /declic/: every quiz's Moodle XML and GIFT files are
 * served at their URLs, reached from the guide page, the answer key and the teacher notes with their
 * sizes, and left out of what the service worker stores at install (pupils' devices never fetch them).
 * The files' content is checked question by question in tests/unit/moodle-export.test.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
// XMLValidator is marked deprecated in fast-xml-parser 5 (moved to the fast-xml-validator package) but
// still ships and checks well-formedness strictly; one dev dependency is enough for these tests.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/url.ts';
import { DIST } from './site-files.ts';

test.skip(({ isMobile }) => isMobile, 'files and links: run once, on the desktop project');

/** Modules with a quiz: those whose answer key was built. */
const modules = readdirSync(join(DIST, 'modules')).filter((module) => existsSync(join(DIST, paths.answerKey(module), 'index.html')));

test('every quiz is served as Moodle XML and GIFT under the base path', async ({ request }) => {
  expect(modules.length).toBeGreaterThanOrEqual(10);
  for (const module of modules) {
    const xml = await request.get(paths.moodleXml(module));
    expect(xml.status(), module).toBe(200);
    expect(xml.headers()['content-type']).toContain('xml');
    const text = await xml.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'question' }).parse(text) as { quiz: { question: { '@_type': string }[] } };
    expect(parsed.quiz.question[0]?.['@_type']).toBe('category');
    expect(parsed.quiz.question.length).toBeGreaterThan(8);

    const gift = await request.get(paths.moodleGift(module));
    expect(gift.status(), module).toBe(200);
    expect(gift.headers()['content-type']).toContain('text/plain');
    expect(await gift.text()).toContain('$CATEGORY: $course$/Déclic/');
  }
});

test('the files are cached on first use, not at install', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'offline-manifest.json'), 'utf8')) as { precache: { url: string }[]; lazy: { url: string }[] };
  expect(manifest.precache.filter((e) => e.url.startsWith('telechargements/'))).toEqual([]);
  expect(manifest.lazy.filter((e) => e.url.startsWith('telechargements/moodle/'))).toHaveLength(modules.length * 2);
});

test('a teacher finds the guide from the Espace enseignants, and the files with their sizes', async ({ page }) => {
  await page.goto(paths.teachers());
  await page.getByRole('link', { name: 'Utiliser Déclic dans Éléa ou Moodle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utiliser Déclic dans Éléa ou Moodle' })).toBeVisible();
  await expect(page.getByText('« Format Moodle XML »').first()).toBeVisible();
  await expect(page.locator('.moodle-files li')).toHaveCount(modules.length);
  await expect(page.locator('.moodle-files a').first()).toHaveText(/^Moodle XML \(\d+\s?ko\)$/);
});

for (const [name, path] of [
  ['answer key', paths.answerKey('biais-cognitifs')],
  ['teacher notes', paths.teacherNotes('biais-cognitifs')],
] as const) {
  test(`the ${name} links to both files, with their sizes, and the download works`, async ({ page }) => {
    await page.goto(path);
    const section = page.getByRole('region', { name: 'Ce quiz dans Éléa ou Moodle' });
    await expect(section).toBeVisible();
    const xml = section.getByRole('link', { name: /^Fichier Moodle XML \(\d+\s?ko\)$/ });
    await expect(xml).toHaveAttribute('href', `/declic/${paths.moodleXml('biais-cognitifs')}`);
    await expect(section.getByRole('link', { name: /^Fichier GIFT \(\d+\s?ko\)$/ })).toHaveAttribute('href', `/declic/${paths.moodleGift('biais-cognitifs')}`);
    const [download] = await Promise.all([page.waitForEvent('download'), xml.click()]);
    expect(download.suggestedFilename()).toBe('declic-biais-cognitifs.xml');
  });
}
