/**
 * A pupil takes the Biais cognitifs quiz with the keyboard only: answers half of it, reloads and
 * resumes, finishes, reads the results, checks the revision page, then does the whole quiz again
 * offline. Plus: a corrupted save, the page without JavaScript, and the answer key.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const QUIZ = 'modules/biais-cognitifs/quiz/';
const TOTAL = 12;

async function expectNoAxeViolation(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Presses Tab (Shift+Tab backwards) until `target` has the focus: proves it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target} with the keyboard`);
}

/** Answers the current question with the keyboard, whatever its type; returns the type. */
async function answerWithKeyboard(page: Page, withConfidence: boolean): Promise<string> {
  const question = page.locator('fieldset.quiz-question');
  const type = (await question.getAttribute('data-type')) ?? '';
  switch (type) {
    case 'estimate':
      await tabTo(page, question.getByLabel('Ton estimation'));
      await page.keyboard.type('512');
      break;
    case 'single':
    case 'true-false':
      await tabTo(page, question.getByRole('radio').first());
      await page.keyboard.press('Space');
      break;
    case 'multiple':
      await tabTo(page, question.getByRole('checkbox').first());
      await page.keyboard.press('Space');
      break;
    case 'ordering': {
      const down = question.getByRole('button', { name: /^Descendre/ }).first();
      await tabTo(page, down);
      await page.keyboard.press('Enter');
      await expect(page.locator('.quiz-feedback')).toContainText('est maintenant en position 2');
      break;
    }
    case 'matching':
    case 'cloze': {
      const selects = question.getByRole('combobox');
      for (let i = 0; i < (await selects.count()); i++) {
        await tabTo(page, selects.nth(i));
        await page.keyboard.press('ArrowDown');
        await expect(selects.nth(i)).not.toHaveValue('');
      }
      break;
    }
    case 'spot':
      await tabTo(page, question.locator('button.quiz-span').first());
      await page.keyboard.press('Enter');
      await expect(question.locator('button.quiz-span').first()).toHaveAttribute('aria-pressed', 'true');
      break;
    default:
      throw new Error(`unknown question type ${type}`);
  }
  // The estimate of this quiz is an unscored experience: it asks for no confidence.
  if (withConfidence && type !== 'estimate') {
    await tabTo(page, question.getByRole('radio', { name: 'forte' }));
    await page.keyboard.press('Space');
  }
  return type;
}

async function validateAndGoOn(page: Page, position: number) {
  await tabTo(page, page.getByRole('button', { name: 'Valider ma réponse' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz-feedback')).toContainText(/Bonne réponse|Pas tout à fait|Merci d’avoir joué le jeu/);
  const next = page.getByRole('button', { name: position < TOTAL ? 'Question suivante' : 'Voir mes résultats' });
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
}

async function takeQuestions(page: Page, from: number, to: number, types: Set<string>) {
  for (let position = from; position <= to; position++) {
    await expect(page.locator('fieldset.quiz-question > legend')).toContainText(`Question ${position} sur ${TOTAL}`);
    types.add(await answerWithKeyboard(page, position % 2 === 1));
    await validateAndGoOn(page, position);
  }
}

test('a pupil takes the quiz with the keyboard, resumes after a reload, then again offline', async ({ page, context, isMobile }) => {
  test.skip(isMobile, 'keyboard use is checked on the desktop project');
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto(QUIZ);
  await expect(page.getByRole('button', { name: 'Valider ma réponse' })).toBeVisible();

  // Validating without an answer says so, in the live region.
  await tabTo(page, page.getByRole('button', { name: 'Valider ma réponse' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz-feedback')).toContainText('Réponds avant de valider');

  const types = new Set<string>();
  await takeQuestions(page, 1, 6, types);
  await expectNoAxeViolation(page);

  await page.reload();
  await expect(page.getByText(/Tu reprends là où tu t’étais arrêté ou arrêtée\s:\squestion 7 sur 12\./)).toBeVisible();
  await takeQuestions(page, 7, TOTAL, types);
  expect([...types].sort()).toEqual(['cloze', 'estimate', 'matching', 'multiple', 'ordering', 'single', 'spot', 'true-false']);

  const results = page.getByRole('region', { name: 'Tes résultats' });
  await expect(results).toBeVisible();
  await expect(results.locator('.quiz-score')).toHaveText(/\d+ bonnes? réponses? sur 11/);
  await expect(results.getByRole('heading', { name: 'Ta confiance était-elle un bon guide ?' })).toBeVisible();
  await expect(results.getByText(/^Confiance forte\s:\s\d+ bonnes? réponses? sur 5$/)).toBeVisible();
  await expect(results.getByText(/Informations fiables que tu as jugées fiables\s:\s\d sur 2/)).toBeVisible();
  await expect(results.getByText(/Part des informations que tu as rejetées\s:\s\d+\s%/)).toBeVisible();
  await expect(results.getByRole('heading', { name: 'Ce que tu as manqué' })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Le premier chiffre et l’avis des autres' }).first()).toBeVisible();
  await expectNoAxeViolation(page);

  // The missed questions wait in the revision page, across modules.
  await page.goto('revision/');
  await expect(page.getByText(/\d+ questions? à revoir aujourd’hui/)).toBeVisible();
  await expect(page.locator('fieldset.quiz-question > legend')).toContainText('Module : Biais cognitifs');
  await expectNoAxeViolation(page);

  // Offline: visit the quiz page once, cut the network, start over and take the whole quiz again.
  await page.goto(QUIZ);
  await expect(page.getByRole('region', { name: 'Tes résultats' })).toBeVisible();
  const online = requests.length;
  await context.setOffline(true);
  const restartButton = page.getByRole('button', { name: 'Recommencer le quiz' });
  await tabTo(page, restartButton);
  await page.keyboard.press('Enter');
  await takeQuestions(page, 1, TOTAL, new Set());
  await expect(results.locator('.quiz-score')).toBeVisible();
  await expect(results.getByRole('heading', { name: 'Tes essais précédents' })).toBeVisible();
  await expect(results.locator('.quiz-history li')).toHaveCount(1);
  expect(requests.slice(online), 'requests made while taking the quiz offline').toEqual([]);
  await context.setOffline(false);
});

test('on a phone, a pupil answers by tapping and sees the explanation', async ({ page }) => {
  await page.goto(QUIZ);
  // The first question is an experience (anchoring): announced as unscored, no confidence asked.
  await expect(page.getByText('Question non notée')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'moyenne' })).toHaveCount(0);
  await page.getByLabel('Ton estimation').fill('40 000');
  await page.getByRole('button', { name: 'Valider ma réponse' }).click();
  const feedback = page.locator('.quiz-feedback');
  await expect(feedback).toContainText('Merci d’avoir joué le jeu : cette question n’est pas notée.');
  await expect(page.getByText(/Valeur exacte\s:\s40\s320\. Réponses raisonnables\s:\sde 20\s000 à 80\s000\. Ta réponse\s:\s40\s000\./)).toBeVisible();
  await page.getByRole('button', { name: 'Question suivante' }).click();
  await page.getByRole('radio', { name: /^À prouver/ }).check();
  await page.getByRole('button', { name: 'Valider ma réponse' }).click();
  await expect(feedback).toContainText('Pas tout à fait.');
  // Every option is explained, the chosen one and the right one included.
  await expect(page.locator('.quiz-option-feedback')).toHaveCount(4);
  await expect(page.getByRole('link', { name: 'Pourquoi notre cerveau prend des raccourcis' })).toBeVisible();
});

test('a corrupted save is set aside with a French message; the quiz and other saves survive', async ({ page }) => {
  await page.goto(QUIZ);
  await expect(page.getByRole('button', { name: 'Valider ma réponse' })).toBeVisible(); // the island has read the storage
  await page.evaluate(() => {
    localStorage.setItem('declic.quiz.progress.biais-cognitifs', '{"v":1,"attempt":{oops');
    localStorage.setItem('declic.reading', '{"v":1,"size":"large","spacing":"normal","font":"system"}');
    localStorage.setItem('declic.quiz.progress.autre-module', '{"v":1,"attempt":{"startedAt":1,"position":0,"records":{}},"history":[]}');
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Tes réponses enregistrées pour ce quiz étaient illisibles');
  await expect(page.locator('fieldset.quiz-question > legend')).toContainText('Question 1 sur 12');
  const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  const aside = Object.keys(stored).filter((k) => k.startsWith('declic.corrupted.'));
  expect(aside).toHaveLength(1);
  expect(stored[aside[0] ?? '']).toContain('{oops');
  expect(stored['declic.reading']).toContain('large');
  expect(stored['declic.quiz.progress.autre-module']).toBeTruthy();
  await page.getByLabel('Ton estimation').fill('100');
  await page.getByRole('button', { name: 'Valider ma réponse' }).click();
  await expect(page.locator('.quiz-feedback')).toContainText('Merci d’avoir joué le jeu');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the quiz page explains itself and shows the questions read-only', async ({ page }) => {
    await page.goto(QUIZ);
    await expect(page.getByText(/Si le quiz n’apparaît pas/)).toBeVisible();
    await expect(page.locator('.quiz-sheet > li')).toHaveCount(TOTAL);
    await expect(page.locator('.quiz-sheet')).not.toContainText('✓');
  });
});

test('the answer key lists every right answer and is linked from the teacher notes and the Espace enseignants only', async ({ page }) => {
  for (const path of ['modules/biais-cognitifs/', QUIZ]) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'Version imprimable avec le corrigé (enseignants)' })).toHaveCount(0);
  }
  await page.goto('enseignants/');
  await expect(page.getByRole('link', { name: 'Version imprimable avec le corrigé (enseignants)' }).first()).toBeVisible();
  await page.goto('modules/biais-cognitifs/fiche-enseignant/');
  await page.getByRole('link', { name: 'Version imprimable avec le corrigé (enseignants)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrigé du quiz : Biais cognitifs');
  await expect(page.locator('.quiz-sheet > li')).toHaveCount(TOTAL);
  await expect(page.getByText(/^Réponse\s:\s40\s320 \(réponses acceptées\s:\sde 20\s000 à 80\s000\)$/)).toBeVisible();
  await expect(page.getByText(/Aucun passage manipulateur\s:\sil fallait valider sans rien sélectionner\./)).toBeVisible();
});

test('the last lesson leads to the quiz', async ({ page }) => {
  await page.goto('modules/biais-cognitifs/ancrage-et-conformisme/');
  await page.getByRole('navigation', { name: 'Leçon précédente et suivante' }).getByRole('link', { name: /Faire le quiz du module/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz — Biais cognitifs');
});

test('a question image is fetched when the quiz opens (not at answer time), with its text alternative, and printed in the key', async ({ page }) => {
  const IMAGE = /\/declic\/images\/quiz\/axe-tronque-abonnes\.svg$/;
  const loaded = page.waitForResponse((response) => IMAGE.test(response.url()) && response.ok());
  await page.goto('modules/vrai-faux-ou-trompeur/quiz/');
  await loaded;
  await page.goto('modules/vrai-faux-ou-trompeur/quiz/corrige/');
  const image = page.getByRole('img', { name: /^Diagramme en barres « Abonnés de la chaîne »/ });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // On a phone the image fits the screen.
  const { width } = (await image.boundingBox())!;
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
});

test('on a phone, by touch, each new question is focused and its start is on screen', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'touch on the phone project');
  await page.goto(QUIZ);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  for (let position = 1; position <= 4; position++) {
    const question = page.locator('fieldset.quiz-question');
    await expect(question.locator('> legend')).toContainText(`Question ${position} sur ${TOTAL}`);
    const type = (await question.getAttribute('data-type')) ?? '';
    if (type === 'single' || type === 'true-false') await question.getByRole('radio').first().tap();
    else if (type === 'multiple') await question.getByRole('checkbox').first().tap();
    else if (type === 'estimate') await question.getByLabel('Ton estimation').fill('512');
    else if (type === 'ordering') await question.getByRole('button', { name: /^Descendre/ }).first().tap();
    else if (type === 'spot') await question.locator('button.quiz-span').first().tap();
    else {
      const selects = question.getByRole('combobox');
      for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 });
    }
    await page.getByRole('button', { name: 'Valider ma réponse' }).tap();
    await page.getByRole('button', { name: 'Question suivante' }).tap();
    const step = page.locator('.quiz-step');
    await expect(step).toBeFocused();
    await expect(step.locator('fieldset.quiz-question > legend')).toContainText(`Question ${position + 1} sur ${TOTAL}`);
    const top = await step.evaluate((el) => el.getBoundingClientRect().top);
    expect(top, 'the new question starts in the top third of the screen').toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(page.viewportSize()!.height / 3);
  }
});

test('matching definitions are shown in full, lettered, never cut', async ({ page }) => {
  const list = page.locator('.quiz-definitions li');
  await page.goto(QUIZ);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // Walk to the first matching question, answering anything.
  for (let i = 0; i < TOTAL; i++) {
    const type = await page.locator('fieldset.quiz-question').getAttribute('data-type');
    if (type === 'matching') break;
    await answerWithKeyboard(page, false);
    await page.getByRole('button', { name: 'Valider ma réponse' }).click();
    await page.getByRole('button', { name: /Question suivante|Voir mes résultats/ }).click();
  }
  test.skip((await page.locator('fieldset.quiz-question').getAttribute('data-type')) !== 'matching', 'no matching question in this quiz');
  await expect(list.first()).toBeVisible();
  for (const item of await list.all()) {
    expect(await item.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await expect(item).toHaveText(/^[A-Z]\. .+/);
  }
  await expect(page.locator('.quiz-matching option').nth(1)).toHaveText(/^[A-Z]\. /);
});
