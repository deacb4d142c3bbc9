/**
 * A pupil works on Python exercises in a real browser, with Pyodide loaded from the site itself:
 * runs a wrong program and reads the French explanation, runs an infinite loop and stops it (the page
 * stays responsive, the code stays in the editor), fixes the code, passes the checks, reloads and
 * finds the code again. Also: the time limit, huge output, a corrupted save, Parsons and vocabulary.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const MODULE = 'modules/coder-langue-vivante/exercices/';
const PYTHON_READY = 90_000;

async function open(page: Page, slug: string) {
  await page.goto(`${MODULE}${slug}/`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
}

async function waitForPython(page: Page) {
  await expect(page.getByText('Python est prêt.')).toBeVisible({ timeout: PYTHON_READY });
}

const editor = (page: Page) => page.getByRole('textbox', { name: 'Ton programme' });

async function replaceCode(page: Page, code: string) {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

const console_ = (page: Page) => page.getByRole('log');

test.describe.configure({ timeout: 180_000 });

test('a pupil reads the French explanation, stops an infinite loop, fixes the code and finds it again after a reload', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().includes('/declic/')) outside.push(request.url());
  });
  await open(page, 'le-deux-points-oublie');
  await expect(editor(page)).toContainText('for mot in morale.split()');
  await waitForPython(page);

  // 1. The given program: a missing colon, explained in French with its line.
  await page.getByRole('button', { name: 'Exécuter' }).click();
  const feedback = page.locator('.feedback');
  await expect(feedback.getByRole('heading', { name: 'Il manque les deux-points' })).toBeVisible();
  await expect(feedback).toContainText('Ligne 2 : for mot in morale.split()');
  await expect(feedback).toContainText('Ajoute « : » à la fin de la ligne indiquée');

  // 2. An infinite loop: the page stays responsive and Stop ends it; the code stays in the editor.
  await replaceCode(page, 'n = 0\nwhile n < 3:\n    print("encore")\n');
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(console_(page)).toContainText('encore');
  await expect(page.locator('.console-note')).toContainText('L’affichage a été coupé');
  await page.getByRole('button', { name: 'Arrêter' }).click();
  await expect(page.locator('.console-note')).toContainText('Programme arrêté. Ton code est resté dans l’éditeur.');
  await expect(editor(page)).toContainText('while n < 3:');
  await expect(page.getByRole('button', { name: 'Arrêter' })).toBeDisabled();

  // 3. The fixed program passes the checks (the restarted worker is ready again).
  await replaceCode(page, 'morale = "Rien ne sert de courir il faut partir à point"\nfor mot in morale.split():\n    print(mot)\n');
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(feedback).toContainText('Bravo ! Ton programme réussit toutes les vérifications', { timeout: PYTHON_READY });
  await expect(console_(page)).toContainText('Rien\nne\nsert');

  // 4. After a reload the pupil finds the code again.
  await page.reload();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
  await expect(page.getByText('Ton travail précédent a été retrouvé sur cet appareil.')).toBeVisible();
  await expect(editor(page)).toContainText('for mot in morale.split():');
  expect(outside).toEqual([]);
});

test('the time limit stops a silent infinite loop and explains it', async ({ page }) => {
  await open(page, 'le-deux-points-oublie');
  await waitForPython(page);
  await replaceCode(page, 'while True:\n    pass\n');
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(page.getByRole('heading', { name: 'Le programme ne s’arrêtait pas' })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.console-note')).toContainText('Programme arrêté au bout de 5 secondes');
  await expect(editor(page)).toContainText('while True:');
});

test('Tab indents in the editor, Escape then Tab leaves it', async ({ page }) => {
  await open(page, 'compter-les-mots-d-une-fable');
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('x = 1');
  await expect(editor(page)).toContainText('    x = 1');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor(page)).not.toBeFocused();
  await expect(page.locator(':focus')).toBeVisible();
});

test('a corrupted save is set aside with a French message and the starter code is shown', async ({ page }) => {
  await page.goto('');
  await page.evaluate(() => {
    localStorage.setItem('declic.exercise.coder-langue-vivante.la-date-de-la-bataille', '{pas du json');
    localStorage.setItem('declic.reading-prefs', 'garde');
  });
  await open(page, 'la-date-de-la-bataille');
  await expect(page.getByText('Ton travail enregistré sur cet appareil était illisible')).toBeVisible();
  await expect(editor(page)).toContainText('print(bataille + " : " + annee)');
  const kept = await page.evaluate(() => [
    Object.keys(localStorage).filter((k) => k.startsWith('declic.corrupted.')).map((k) => localStorage.getItem(k)),
    localStorage.getItem('declic.reading-prefs'),
  ]);
  expect(kept).toEqual([[JSON.stringify({ key: 'declic.exercise.coder-langue-vivante.la-date-de-la-bataille', raw: '{pas du json' })], 'garde']);
});

test('a Parsons problem is solved with the keyboard only', async ({ page }) => {
  await open(page, 'remettre-la-frise-en-ordre');
  await waitForPython(page);
  const target = [
    ['dates = [1848, 1515, 1789]', 0],
    ['evenements = {1515: "Marignan", 1789: "Prise de la Bastille", 1848: "Abolition de l’esclavage"}', 0],
    ['dates.sort()', 0],
    ['for annee in dates:', 0],
    ['print(annee, ":", evenements[annee])', 1],
    ['print("Fin de la frise")', 0],
  ] as const;
  const lines = page.locator('.parsons li code');
  for (let position = 0; position < target.length; position += 1) {
    const [text, indent] = target[position]!;
    const texts = await lines.allTextContents();
    let index = texts.indexOf(text);
    while (index > position) {
      const up = page.getByRole('button', { name: `Monter la ligne « ${text} »` });
      await up.focus();
      await page.keyboard.press('Enter');
      index -= 1;
      // Wait for the move to show before the next one (the page may be slow while Python loads).
      await expect.poll(async () => (await lines.allTextContents()).indexOf(text)).toBe(index);
    }
    for (let i = 0; i < indent; i += 1) {
      await page.getByRole('button', { name: `Décaler vers la droite la ligne « ${text} »` }).press('Enter');
    }
  }
  await expect(lines).toHaveText(target.map(([text]) => text));
  await page.getByRole('button', { name: 'Exécuter' }).press('Enter');
  await expect(page.locator('.feedback')).toContainText('Bravo !', { timeout: PYTHON_READY });
});

test('vocabulary: wrong answers are marked, then all right', async ({ page }) => {
  await open(page, 'mots-cles-en-francais');
  await page.getByLabel('for', { exact: true }).selectOption('si');
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await expect(page.getByText('0 bonne réponse sur 8')).toBeVisible();
  const answers: Record<string, string> = { for: 'pour chaque', if: 'si', else: 'sinon', while: 'tant que', def: 'définir une fonction', return: 'renvoyer un résultat', print: 'afficher', in: 'dans' };
  for (const [word, meaning] of Object.entries(answers)) await page.getByLabel(word, { exact: true }).selectOption(meaning);
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await expect(page.getByText('Bravo, tout est juste !')).toBeVisible();
  expect(await page.locator('script[src*="editor"]').count()).toBe(0);
});

test('an explained error and a Parsons board keep their contrast in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, 'la-date-de-la-bataille');
  await waitForPython(page);
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(page.getByRole('heading', { name: 'Un texte et un nombre ne s’additionnent pas' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  await open(page, 'remettre-le-poeme-en-ordre');
  const parsons = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(parsons.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
});

test('the exercises are listed from the module page, without JavaScript on the list', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (/\.m?js(\?|$)/.test(request.url())) scripts.push(request.url());
  });
  await page.goto('modules/coder-langue-vivante/');
  await page.getByRole('link', { name: 'Voir les exercices du module' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Exercices');
  await expect(page.locator('.lesson-list > li')).toHaveCount(17);
  expect(scripts).toEqual([]);
});

test('a project shows, after a reload, the step the pupil had reached', async ({ page, isMobile }) => {
  test.skip(isMobile, 'saving is the same on both projects');
  await open(page, 'le-chiffre-de-cesar');
  await expect(page.getByRole('heading', { name: /^Étape 1 sur 3/ })).toBeVisible();
  await waitForPython(page);
  await replaceCode(
    page,
    'ALPHABET = "abcdefghijklmnopqrstuvwxyz"\n\ndef decaler_lettre(lettre, cle):\n    if lettre not in ALPHABET:\n        return lettre\n    return ALPHABET[(ALPHABET.index(lettre) + cle) % 26]\n',
  );
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(page.getByRole('heading', { name: /^Étape 2 sur 3\s:\sChiffrer un message/ })).toBeVisible({ timeout: PYTHON_READY });
  await page.reload();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: /^Étape 2 sur 3\s:\sChiffrer un message/ })).toBeVisible();
  await expect(editor(page)).toContainText('def decaler_lettre(lettre, cle):');
});
