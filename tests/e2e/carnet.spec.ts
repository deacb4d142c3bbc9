/**
 * « Mon carnet de code » (issue 18): a pupil writes a drawing program, runs it, renames it, finds it
 * again after a reload, keeps a second program, exports one as a .py file and imports one back. A
 * corrupted notebook is set aside with a French notice; an endless program is stopped and its code
 * kept. Runs on desktop and phone.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/lib/url.ts';

const PYTHON_READY = 90_000;
const NOTEBOOK = paths.notebook();

const editor = (page: Page) => page.getByRole('textbox', { name: 'Ton programme' });
const programButton = (page: Page, name: string) => page.getByRole('list').getByRole('button', { name, exact: true });

async function open(page: Page) {
  await page.goto(NOTEBOOK);
  await expect(page.getByRole('heading', { name: 'Mes programmes' })).toBeVisible({ timeout: 15_000 });
}

async function replaceCode(page: Page, code: string) {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

const DRAWING = 'from dessin import *\ntoile(200, 100)\nremplissage("bleu")\nfor i in range(4):\n    rectangle(10 + i * 45, 20, 30, 30)\ncercle(100, 80, 10)\nprint("quatre carrés")\n';

test.describe.configure({ timeout: 180_000 });

test('a pupil draws, renames, reloads and finds the program, keeps a second one, exports and imports', async ({ page }, testInfo) => {
  await open(page);
  await expect(page.getByText('Ton carnet est vide.')).toBeVisible();

  // 1. A new program opens with a commented drawing example.
  await page.getByRole('button', { name: 'Nouveau programme' }).click();
  await expect(page.getByRole('status').filter({ hasText: '« Mon dessin » a été ajouté à ton carnet.' })).toBeVisible();
  await expect(programButton(page, 'Mon dessin')).toHaveAttribute('aria-current', 'true');
  await expect(editor(page)).toContainText('from dessin import *');
  await expect(page.getByText('Python est prêt.')).toBeVisible({ timeout: PYTHON_READY });

  // 2. The starter runs and draws.
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(page.getByRole('log')).toHaveText('Mon dessin est prêt !');
  await expect(page.getByRole('img', { name: /^Dessin : / })).toBeVisible();

  // 3. Her own drawing program, saved as she types.
  await replaceCode(page, DRAWING);
  await expect(page.getByText('Enregistré sur cet appareil.')).toBeVisible();
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(page.getByRole('log')).toHaveText('quatre carrés');
  const drawing = page.getByRole('img', { name: 'Dessin : 4 rectangles, 1 cercle' });
  await expect(drawing).toBeVisible();
  await expect(drawing.locator('svg circle')).toHaveCount(1);

  // 4. Renamed with the text field (no dialog).
  await page.getByLabel('Nom du programme').fill('Carrés de Vera');
  await page.getByRole('button', { name: 'Renommer' }).click();
  await expect(page.getByRole('heading', { name: 'Carrés de Vera' })).toBeVisible();
  await expect(programButton(page, 'Carrés de Vera')).toBeVisible();

  // 5. After a reload: the name, the code, and the drawing once run again.
  await page.reload();
  await expect(programButton(page, 'Carrés de Vera')).toHaveAttribute('aria-current', 'true', { timeout: 15_000 });
  await expect(editor(page)).toContainText('rectangle(10 + i * 45, 20, 30, 30)');
  await expect(page.getByText('Enregistré sur cet appareil.')).toBeVisible();
  await expect(page.getByText('Python est prêt.')).toBeVisible({ timeout: PYTHON_READY });
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(drawing).toBeVisible();

  // 6. A second program; switching between the two keeps each one's code.
  await page.getByRole('button', { name: 'Nouveau programme' }).click();
  await expect(programButton(page, 'Mon dessin')).toHaveAttribute('aria-current', 'true');
  await expect(drawing).toHaveCount(0);
  await replaceCode(page, 'print("bonjour")\n');
  await programButton(page, 'Carrés de Vera').click();
  await expect(editor(page)).toContainText('cercle(100, 80, 10)');
  await programButton(page, 'Mon dessin').click();
  await expect(editor(page)).toHaveText('print("bonjour")');
  await programButton(page, 'Carrés de Vera').click();

  // 7. Exported as a .py file whose first line names it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (.py)' }).click()]);
  expect(download.suggestedFilename()).toBe('carres-de-vera.py');
  const exported = readFileSync(await download.path(), 'utf8');
  expect(exported.split('\n')[0]).toBe('# Déclic — Mon carnet de code : Carrés de Vera');
  expect(exported).toContain(DRAWING);

  // 8. Imported back: it comes in beside the original, under a name of its own.
  const file = testInfo.outputPath('carres-de-vera.py');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, exported);
  await page.getByLabel('Importer un fichier .py').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '« Carrés de Vera 2 » a été importé dans ton carnet.' })).toBeVisible();
  await expect(programButton(page, 'Carrés de Vera 2')).toHaveAttribute('aria-current', 'true');
  await expect(editor(page)).toContainText('rectangle(10 + i * 45, 20, 30, 30)');
  await expect(editor(page)).not.toContainText('Mon carnet de code :');

  // 9. A file that is not text is refused in French.
  await page.getByLabel('Importer un fichier .py').setInputFiles({ name: 'photo.py', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe]) });
  await expect(page.getByRole('alert').filter({ hasText: 'Ce fichier n’est pas du texte' })).toBeVisible();

  // 10. Deleting asks first, in the page.
  await page.getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByText('Supprimer « Carrés de Vera 2 » de ton carnet ?')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(programButton(page, 'Carrés de Vera 2')).toHaveCount(0);
  await expect(page.getByText('2 programmes sur cet appareil.')).toBeVisible();
});

test('a corrupted notebook is set aside with a French notice, and nothing is lost', async ({ page }) => {
  const raw = '{"v":1,"programs":[{"id":"cassé","name":3}]}';
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('declic.notebook', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, raw);
  await open(page);
  await expect(page.getByText('Ton carnet enregistré sur cet appareil était illisible : il a été mis de côté (rien n’est effacé)')).toBeVisible();
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('declic.corrupted.')).map((key) => localStorage.getItem(key)));
  expect(aside).toHaveLength(1);
  expect(JSON.parse(aside[0] ?? 'null')).toEqual({ key: 'declic.notebook', raw });
  // The notebook starts again and works.
  await page.getByRole('button', { name: 'Nouveau programme' }).click();
  await expect(programButton(page, 'Mon dessin')).toBeVisible();
});

test('a program that never ends is stopped, and its code stays in the editor and saved', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Nouveau programme' }).click();
  await expect(page.getByText('Python est prêt.')).toBeVisible({ timeout: PYTHON_READY });
  await replaceCode(page, 'n = 0\nwhile n < 3:\n    print("encore")\n');
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(page.getByRole('log')).toContainText('encore');
  await page.getByRole('button', { name: 'Arrêter' }).click();
  await expect(page.locator('.console-note')).toContainText('Programme arrêté. Ton code est resté dans l’éditeur.');
  await expect(editor(page)).toContainText('while n < 3:');
  await expect(page.getByText('Enregistré sur cet appareil.')).toBeVisible();

  // A silent endless loop: the time limit stops it and explains it.
  await expect(page.getByText('Python est prêt.')).toBeVisible({ timeout: PYTHON_READY });
  await replaceCode(page, 'while True:\n    pass\n');
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await expect(page.getByRole('heading', { name: 'Le programme ne s’arrêtait pas' })).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(editor(page)).toContainText('while True:', { timeout: 15_000 });
});
