/**
 * Paper: a pupil worksheet, a pupil quiz and the teacher's answer key printed to PDF (A4, the page's
 * own print styles), with their page counts checked; each carries the note « Déclic · module ·
 * licence · page », has no answers for pupils, and the pupil quiz page no longer links to the answer key.
 */
import { expect, test, type Page } from '@playwright/test';

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'printing does not depend on the screen'));

async function pdfPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  return pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

test('a lesson worksheet: name, class, date, the « À toi » tasks with lines, no answer, one or two pages', async ({ page }) => {
  await page.goto('modules/biais-cognitifs/pourquoi-des-raccourcis/');
  await page.getByRole('link', { name: 'Fiche élève à imprimer' }).click();
  await expect(page.locator('h1')).toContainText('Fiche élève');
  await expect(page.getByText('Nom et prénom :')).toBeVisible();
  await expect(page.getByText(/^À toi — /).first()).toBeVisible();
  await expect(page.locator('.worksheet-lines').first()).toBeVisible();
  await expect(page.locator('main details, main .answer')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-note')).toContainText(/Déclic · Biais cognitifs · contenus sous licence CC BY-SA 4\.0 · page\s:\s.*fiche-eleve\//);
  const pages = await pdfPages(page);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

test('a module worksheet starts each lesson on a new page', async ({ page }) => {
  await page.goto('modules/biais-cognitifs/fiche-eleve/');
  const lessons = await page.locator('.worksheet').count();
  expect(lessons).toBeGreaterThanOrEqual(4);
  const pages = await pdfPages(page);
  expect(pages).toBeGreaterThanOrEqual(lessons);
  expect(pages).toBeLessThanOrEqual(lessons * 2);
});

test('the pupil quiz prints every question without answers; the answer key is compact and for teachers only', async ({ page }) => {
  await page.goto('modules/biais-cognitifs/quiz/');
  await expect(page.getByRole('link', { name: /corrigé/ })).toHaveCount(0);
  await page.getByRole('link', { name: /Version élève du quiz à imprimer/ }).click();
  const questions = await page.locator('.quiz-sheet > li').count();
  expect(questions).toBeGreaterThanOrEqual(8);
  await expect(page.locator('.quiz-sheet-explanation')).toHaveCount(0);
  await expect(page.getByText('Nom et prénom :')).toBeVisible();
  const pupilPages = await pdfPages(page);
  expect(pupilPages).toBeLessThanOrEqual(Math.ceil(questions / 2));

  await page.goto('modules/biais-cognitifs/quiz/corrige/');
  await expect(page.getByText(/destiné aux enseignants/)).toBeVisible();
  const keyPages = await pdfPages(page);
  expect(keyPages, `${questions} questions`).toBeLessThanOrEqual(Math.ceil(questions / 3));

  await page.goto('modules/biais-cognitifs/');
  await expect(page.getByRole('link', { name: /corrigé/ })).toHaveCount(0);
  await page.goto('enseignants/');
  await expect(page.getByRole('link', { name: /corrigé/ }).first()).toBeVisible();
});
