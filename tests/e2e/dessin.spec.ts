/**
 * The `dessin` drawing module in the browser: the Python worker fetches dessin.py with Pyodide's files
 * (it is in no page's JavaScript) and a program imports it like any module.
 */
import { expect, test, type Page } from '@playwright/test';

const PYTHON_READY = 90_000;
const EXERCISE = 'modules/coder-langue-vivante/exercices/le-deux-points-oublie/';

async function replaceCode(page: Page, code: string) {
  await page.getByRole('textbox', { name: 'Ton programme' }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

test.describe.configure({ timeout: 120_000 });

test('an exercise program imports dessin and records shapes; the state is fresh at every run', async ({ page }) => {
  await page.goto(EXERCISE);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
  await expect(page.getByText('Python est prêt.')).toBeVisible({ timeout: PYTHON_READY });
  await replaceCode(page, 'from dessin import *\nfor i in range(3):\n    cercle(10 * i, 10, 5)\nprint(len(formes()), taille_toile())\n');
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(page.getByRole('log')).toHaveText('3 (400, 400)');
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(page.getByRole('log')).toHaveText('3 (400, 400)');
  await replaceCode(page, 'from dessin import *\ncercle(10, 10, -5)\n');
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(page.getByRole('heading', { name: 'Une valeur que la bibliothèque dessin refuse' })).toBeVisible();
  await expect(page.locator('.feedback')).toContainText('cercle : le rayon doit être positif ou nul, pas -5.');
});
