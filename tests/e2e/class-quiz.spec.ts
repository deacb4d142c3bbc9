/**
 * The whole path of a quiz result, with nothing seeded: a teacher assigns the Biais cognitifs quiz, a
 * pupil opens the link, takes the quiz by clicking through its twelve questions (every type), hands in,
 * and the teacher's dashboard shows the score and the very answers the pupil gave.
 * (teacher.spec.ts covers the rest of the class: several pupils, bad imports, CSV.)
 */
import { expect, test, type Page } from '@playwright/test';

const hydrated = (page: Page) => expect(page.locator('astro-island[ssr]')).toHaveCount(0);

/** Answers the current question by clicking its first choices, whatever its type; returns the type. */
async function answerByClicking(page: Page): Promise<string> {
  const question = page.locator('fieldset.quiz-question');
  const type = (await question.getAttribute('data-type')) ?? '';
  switch (type) {
    case 'estimate':
      await question.getByLabel('Ton estimation').fill('1 000');
      break;
    case 'single':
    case 'true-false':
      await question.getByRole('radio').first().check();
      break;
    case 'multiple':
      await question.getByRole('checkbox').first().check();
      break;
    case 'ordering':
      await question.getByRole('button', { name: /^Descendre/ }).first().click();
      break;
    case 'matching':
    case 'cloze': {
      const selects = question.getByRole('combobox');
      for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 });
      break;
    }
    case 'spot':
      await question.locator('button.quiz-span').first().click();
      break;
    default:
      throw new Error(`unknown question type ${type}`);
  }
  return type;
}

test('a pupil takes the assigned quiz for real; the teacher sees the score and the answers given', async ({ browser, baseURL, isMobile }) => {
  test.skip(isMobile, 'one walk is enough: the quiz on a phone is covered by quiz.spec.ts');
  test.setTimeout(120_000);

  const teacher = await browser.newContext({ baseURL });
  const desk = await teacher.newPage();
  await desk.goto('enseignants/devoirs/');
  await hydrated(desk);
  await desk.getByLabel('Titre du devoir').fill('Quiz des biais');
  await desk.getByLabel('Classe (par exemple 4e B)').fill('5e A');
  await desk.locator('details[data-module="biais-cognitifs"] > summary').click();
  await desk.getByRole('group', { name: 'Biais cognitifs' }).getByLabel(/Quiz — Biais cognitifs/).check();
  await desk.getByRole('button', { name: 'Créer le devoir' }).click();
  const link = await desk.getByRole('textbox', { name: 'Lien du devoir' }).inputValue();

  // ——— The pupil, on her own device ———
  const device = await browser.newContext({ baseURL });
  const pupil = await device.newPage();
  await pupil.goto(link);
  await hydrated(pupil);
  await pupil.getByLabel('Ton prénom ou un pseudonyme').fill('Inès');
  await pupil.getByRole('button', { name: 'Commencer le devoir' }).click();
  await pupil.getByRole('link', { name: /Quiz — Biais cognitifs/ }).click();
  await hydrated(pupil);

  const types = new Set<string>();
  for (let position = 1; position <= 12; position++) {
    await expect(pupil.locator('fieldset.quiz-question > legend')).toContainText(`Question ${position} sur 12`);
    types.add(await answerByClicking(pupil));
    await pupil.getByRole('button', { name: 'Valider ma réponse' }).click();
    await expect(pupil.locator('.quiz-feedback')).toContainText(/Bonne réponse|Pas tout à fait|Merci d’avoir joué le jeu/);
    await pupil.getByRole('button', { name: position < 12 ? 'Question suivante' : 'Voir mes résultats' }).click();
  }
  expect(types.size).toBe(8);
  const scoreText = await pupil.getByRole('region', { name: 'Tes résultats' }).locator('.quiz-score').innerText();
  const score = Number(/(\d+) bonnes? réponses? sur 11/.exec(scoreText)?.[1]);
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThan(11); // 12 questions, the estimate is an unscored experience; // first choices everywhere cannot all be right

  // Back on the assignment page, the quiz shows as done with that score, and goes in the hand-in.
  await pupil.goto(link);
  await hydrated(pupil);
  await expect(pupil.locator('.activity').first()).toContainText(`Fait · ${score} sur 11`);
  await pupil.getByRole('button', { name: 'Préparer mon rendu' }).click();
  const code = await pupil.getByLabel('Code à envoyer à ton professeur').inputValue();

  // ——— The teacher reads it ———
  await desk.getByRole('link', { name: 'Voir les résultats' }).click();
  await hydrated(desk);
  await desk.getByLabel('Codes de rendu (un ou plusieurs, tels que reçus)').fill(code);
  await desk.getByRole('button', { name: 'Importer les codes' }).click();
  await expect(desk.getByText('Import terminé : 1 rendu ajouté.')).toBeVisible();
  const table = desk.getByRole('table', { name: /Quiz des biais — 5e A/ });
  await expect(table.getByRole('row', { name: /Inès/ })).toContainText(`${score} ${score > 1 ? 'justes' : 'juste'} sur 11`);
  // « On n’utilise que 10 % de son cerveau » is false: the first choice, « Vrai », is the wrong answer she gave.
  const analysis = desk.getByRole('table', { name: 'À retravailler en classe' });
  await expect(analysis.getByRole('row', { name: /10 % de son cerveau/ })).toContainText('« Vrai »');
  // Every scored question is listed (the estimate is an unscored experience); exactly the ones she missed are at 100 %, with the answer she chose.
  await expect(analysis.locator('tbody tr')).toHaveCount(11);
  await expect(analysis.locator('tbody tr').filter({ hasText: '100 %' })).toHaveCount(11 - score);
  await expect(analysis.locator('tbody tr').filter({ hasText: '0 %' }).filter({ hasNotText: '100 %' })).toHaveCount(score);

  await Promise.all([teacher.close(), device.close()]);
});
