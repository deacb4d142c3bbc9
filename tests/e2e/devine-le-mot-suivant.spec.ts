/** « Devine le mot suivant », done with the keyboard only: choose a corpus, read a table, make the model write, ask it a question. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { buildModel, detokenize, generate, tokenize } from '../../src/lib/activities/devine-le-mot-suivant.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { expectNoSeriousAxeViolation, openActivity } from './activity-helpers.ts';

const PAGE = 'modules/ia-qui-ecrit/activites/devine-le-mot-suivant/';
const tale = parseYaml(readFileSync('content/modules/ia-qui-ecrit/activites/devine-le-mot-suivant/02-chaperon-rouge.yaml', 'utf8')) as { text: string };

test('a pupil builds, reads and questions a model with the keyboard only', async ({ page }) => {
  await openActivity(page, PAGE);
  const island = page.locator('section.next-word');

  // 1. The corpus: the fables are chosen; an arrow key moves to Perrault's tale.
  await page.getByRole('radio', { name: /Trois fables de La Fontaine/ }).focus();
  await expect(page.getByRole('radio', { name: /Trois fables/ })).toBeChecked();
  await expect(page.getByRole('table')).toHaveAccessibleName(/Après\s«\sle\s», dans\s«\sTrois fables de La Fontaine\s»/);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Petit Chaperon rouge/ })).toBeChecked();
  await expect(page.getByRole('table')).toHaveAccessibleName(/Après\s«\sle\s», dans\s«\sLe début du\s«\sPetit Chaperon rouge\s»/);
  await expect(page.getByRole('row', { name: /^loup/ })).toBeVisible();

  // 2. A word's table, typed and sent with Enter; the other corpora never saw it.
  await page.getByRole('textbox', { name: 'Un mot' }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('galette');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table')).toHaveAccessibleName(/Après\s«\sgalette\s»/);
  await expect(island.getByText(/«\sTrois fables de La Fontaine\s» n’a jamais vu ce mot/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Tableau de\s«\sgalette\s» affiché/ })).toBeAttached();

  // 3. Writing at temperature 0: always the most frequent word, so the text is known in advance.
  await expect(page.getByRole('textbox', { name: 'Premiers mots' })).toHaveValue('galette');
  await page.getByRole('textbox', { name: 'Premiers mots' }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('le loup');
  await page.getByRole('slider', { name: /Température/ }).focus();
  await page.keyboard.press('Home');
  await expect(page.getByText(/^Température\s:\s0,0$/)).toBeVisible();
  await expect(island.getByText(/À 0, le modèle prend toujours le mot le plus fréquent/)).toBeVisible();
  await page.getByRole('button', { name: 'Écrire 15 mots' }).focus();
  await page.keyboard.press('Enter');
  const model = buildModel(tokenize(tale.text));
  const expected = detokenize(generate(model, ['le', 'loup'], 15, 0, seededRandom(1)).tokens);
  await expect(page.getByRole('region', { name: 'Texte écrit par ton modèle' })).toHaveText(expected);
  await expect(island.getByText(/Température 0\s: le mot le plus fréquent est choisi, sans tirage/)).toBeVisible();

  // One more word, with the Space key: the table it was drawn from is shown with the chosen word.
  await page.getByRole('button', { name: 'Mot suivant' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('table').last()).toContainText('(choisi)');

  // 4. A question: the model only continues from a word it knows.
  await page.getByRole('textbox', { name: 'Ta question' }).focus();
  await page.keyboard.type('Où demeure la mère-grand ?');
  await page.keyboard.press('Enter');
  const answer = page.getByRole('region', { name: 'Réponse de ton modèle' });
  await expect(answer).toBeFocused();
  await expect(answer).toContainText(/Ton modèle est parti du mot\s«\smère-grand\s»/);

  await expectNoSeriousAxeViolation(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousAxeViolation(page);
});

test('the page works without any network request once loaded, and stores nothing', async ({ page, context }) => {
  await openActivity(page, PAGE);
  await context.setOffline(true);
  await page.getByRole('radio', { name: /messages d’un groupe de classe/ }).check();
  await expect(page.getByRole('table')).toHaveAccessibleName(/Après\s«\sle\s», dans\s«\sLes messages/);
  await expect(page.getByRole('row', { name: /^bus/ })).toBeVisible();
  await page.getByRole('button', { name: 'Écrire 15 mots' }).click();
  await expect(page.getByRole('region', { name: 'Texte écrit par ton modèle' })).toHaveText(/^Le /);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('mot-suivant')))).toEqual([]);
  await context.setOffline(false);
});
