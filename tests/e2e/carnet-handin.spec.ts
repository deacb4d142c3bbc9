/**
 * A pupil hands in a program of « Mon carnet de code » with an assignment (issue 18): the program,
 * written in the pupil's notebook (src/lib/python/notebook.ts, seeded here in its stored format under
 * the pupil's namespace), is ticked in the hand-in step; the teacher imports the hand-in, reads the
 * code as text (never run) and downloads it as a .py named after the pupil.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const hydrated = (page: Page) => expect(page.locator('astro-island[ssr]')).toHaveCount(0);

async function accessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The teacher creates an assignment with one lesson and returns the pupils' link. */
async function createAssignment(desk: Page, title: string, className: string): Promise<string> {
  await desk.goto('enseignants/devoirs/');
  await hydrated(desk);
  await desk.getByLabel('Titre du devoir').fill(title);
  await desk.getByLabel('Classe (par exemple 4e B)').fill(className);
  await desk.locator('details[data-module="biais-cognitifs"] > summary').click();
  await desk.getByRole('group', { name: 'Biais cognitifs' }).getByLabel(/Pourquoi notre cerveau prend des raccourcis/).check();
  await desk.getByRole('button', { name: 'Créer le devoir' }).click();
  return desk.getByRole('textbox', { name: 'Lien du devoir' }).inputValue();
}

const DRAWING = 'from dessin import *\ntoile(200, 200)\nfor i in range(10):\n    rectangle(i * 20, 0, 18, 18)\nprint("</pre><b>pas du HTML</b>")\n';

test('a pupil attaches a notebook program to a hand-in; the teacher reads it and downloads the .py', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const teacher = await browser.newContext({ baseURL, acceptDownloads: true });
  const desk = await teacher.newPage();
  const link = await createAssignment(desk, 'Dessin en code', '5e A');

  // ——— The pupil starts, finds an empty notebook, then writes programs in it ———
  const device = await browser.newContext({ baseURL, acceptDownloads: true });
  const pupil = await device.newPage();
  await pupil.goto(link);
  await hydrated(pupil);
  await pupil.getByLabel('Ton prénom ou un pseudonyme').fill('Zoé');
  await pupil.getByRole('button', { name: 'Commencer le devoir' }).click();
  const programs = pupil.getByRole('group', { name: 'Joindre un programme de mon carnet (facultatif)' });
  await expect(programs).toContainText('Ton carnet de code est vide');
  await expect(programs.getByRole('link', { name: 'Ouvrir mon carnet de code' })).toHaveAttribute('href', '/declic/carnet/');
  await pupil.evaluate((code) => {
    const active = JSON.parse(localStorage.getItem('declic.pupil.active') ?? 'null') as { id: string };
    const programs = [
      { id: 'dessin01', name: 'Mon dessin à la Molnár', code, updated: 2 },
      { id: 'poeme001', name: 'Cent mille poèmes', code: 'print("Le marquis")\n', updated: 1 },
      { id: 'vide0001', name: 'Brouillon', code: '', updated: 3 },
      { id: 'verbe001', name: 'Conjuguer', code: 'verbe = "chanter"\n', updated: 0 },
    ];
    localStorage.setItem(`declic.pupil.${active.id}.notebook`, JSON.stringify({ v: 1, programs }));
  }, DRAWING);
  await pupil.reload();
  await hydrated(pupil);
  // Last changed first, each with its first line and its size.
  await expect(programs.getByRole('checkbox')).toHaveCount(4);
  await expect(programs.getByRole('listitem').first()).toContainText('Brouillon');
  await expect(programs.getByRole('listitem').nth(1)).toContainText('from dessin import * · 5 lignes');
  await programs.getByLabel('Mon dessin à la Molnár').check();
  await programs.getByLabel('Cent mille poèmes').check();
  await programs.getByLabel('Brouillon').check();
  await expect(programs.getByLabel('Conjuguer')).toBeDisabled();
  await expect(programs).toContainText('c’est le maximum');
  await programs.getByLabel('Brouillon').uncheck();
  await expect(programs.getByLabel('Conjuguer')).toBeEnabled();
  await accessible(pupil);
  await pupil.getByRole('button', { name: 'Préparer mon rendu' }).click();
  await expect(pupil.getByText('Programmes joints : « Mon dessin à la Molnár », « Cent mille poèmes ».')).toBeVisible();
  const code = await pupil.getByLabel('Code à envoyer à ton professeur').inputValue();
  expect(code).toMatch(/^rd1\.[A-Za-z0-9_-]+$/);
  const [download] = await Promise.all([pupil.waitForEvent('download'), pupil.getByRole('button', { name: 'Télécharger le fichier' }).click()]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file.rendu.pg).toEqual([{ n: 'Mon dessin à la Molnár', c: DRAWING }, { n: 'Cent mille poèmes', c: 'print("Le marquis")\n' }]);
  // Changing the choice asks for a new hand-in.
  await programs.getByLabel('Cent mille poèmes').uncheck();
  await expect(pupil.getByLabel('Code à envoyer à ton professeur')).toHaveCount(0);
  await expect(pupil.getByText('Ton choix de programmes a changé')).toBeVisible();

  // ——— The teacher imports the code and reads the program ———
  await desk.getByRole('link', { name: 'Voir les résultats' }).click();
  await hydrated(desk);
  await desk.getByLabel('Codes de rendu (un ou plusieurs, tels que reçus)').fill(code);
  await desk.getByRole('button', { name: 'Importer les codes' }).click();
  await expect(desk.getByText('Import terminé : 1 rendu ajouté.')).toBeVisible();
  const table = desk.getByRole('table', { name: /Dessin en code — 5e A/ });
  await expect(table.getByRole('columnheader', { name: 'Programmes joints' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Zoé/ })).toContainText('Mon dessin à la Molnár, Cent mille poèmes');
  const section = desk.getByRole('region', { name: 'Programmes joints' });
  await expect(section.getByRole('heading', { name: 'Programmes de Zoé' })).toBeVisible();
  await section.getByText('Mon dessin à la Molnár').click();
  const pre = section.getByRole('region', { name: 'Code de « Mon dessin à la Molnár » (Zoé)' });
  await expect(pre).toBeVisible();
  expect(await pre.textContent()).toBe(DRAWING);
  await expect(section.locator('b')).toHaveCount(0);
  await accessible(desk);
  const [py] = await Promise.all([desk.waitForEvent('download'), section.getByRole('button', { name: 'Télécharger le .py de « Mon dessin à la Molnár » (Zoé)' }).click()]);
  expect(py.suggestedFilename()).toBe('zoe-mon-dessin-a-la-molnar.py');
  expect(readFileSync((await py.path())!, 'utf8')).toBe(`# Déclic — Mon carnet de code : Zoé — Mon dessin à la Molnár\n${DRAWING}`);
  await expect(desk.getByText('Fichier « zoe-mon-dessin-a-la-molnar.py » prêt')).toBeVisible();
  await Promise.all([teacher.close(), device.close()]);
});

test('programs written before the first assignment are copied into the pupil’s notebook, then attached', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const teacher = await browser.newContext({ baseURL });
  const desk = await teacher.newPage();
  const link = await createAssignment(desk, 'Programmes d’avant', '5e B');

  // At home, before any assignment: two programs in the device's common notebook.
  const device = await browser.newContext({ baseURL });
  const pupil = await device.newPage();
  await pupil.goto('carnet/');
  await pupil.evaluate((code) => {
    const programs = [
      { id: 'avant001', name: 'Ma grille', code, updated: 5 },
      { id: 'avant002', name: 'Mon dessin', code: 'print("vague")\n', updated: 4 },
    ];
    localStorage.setItem('declic.notebook', JSON.stringify({ v: 1, programs, current: 'avant001' }));
  }, DRAWING);
  await pupil.reload();
  await hydrated(pupil);
  await expect(pupil.getByRole('button', { name: 'Ma grille' })).toBeVisible();
  await expect(pupil.getByText('en dehors de ton espace')).toHaveCount(0);

  // The assignment makes the pupil's own namespace active: the hand-in step says where the programs are.
  await pupil.goto(link);
  await hydrated(pupil);
  await pupil.getByLabel('Ton prénom ou un pseudonyme').fill('Inès');
  await pupil.getByRole('button', { name: 'Commencer le devoir' }).click();
  const programs = pupil.getByRole('group', { name: 'Joindre un programme de mon carnet (facultatif)' });
  await expect(programs).toContainText('2 programmes écrits sur cet appareil avant ce devoir ne sont pas dans ton carnet');

  // The notebook offers to copy them; the pupil's own program of the same name keeps its name.
  await pupil.evaluate(() => {
    const active = JSON.parse(localStorage.getItem('declic.pupil.active') ?? 'null') as { id: string };
    localStorage.setItem(`declic.pupil.${active.id}.notebook`, JSON.stringify({ v: 1, programs: [{ id: 'mien0001', name: 'Mon dessin', code: 'print("à moi")\n', updated: 9 }] }));
  });
  await pupil.goto('carnet/');
  await hydrated(pupil);
  const offer = pupil.getByRole('group', { name: /2 programmes ont été écrits en dehors de ton espace/ });
  await expect(offer).toContainText('« Ma grille » et « Mon dessin »');
  await accessible(pupil);
  await offer.getByRole('button', { name: 'Copier ces 2 programmes dans mon carnet' }).click();
  await expect(pupil.getByText('2 programmes copiés dans ton carnet : « Ma grille » et « Mon dessin 2 ».')).toBeVisible();
  await expect(offer).toHaveCount(0);
  await expect(pupil.getByRole('list').filter({ hasText: 'Ma grille' }).getByRole('button')).toHaveText(['Mon dessin', 'Ma grille', 'Mon dessin 2']);
  // The originals stay where they were; a reload offers nothing more.
  expect(await pupil.evaluate(() => JSON.parse(localStorage.getItem('declic.notebook') ?? '{}').programs.length)).toBe(2);
  await pupil.reload();
  await hydrated(pupil);
  await expect(pupil.getByRole('button', { name: 'Ma grille' })).toBeVisible();
  await expect(pupil.getByText('en dehors de ton espace')).toHaveCount(0);

  // Back in the assignment, the copied program can be attached.
  await pupil.goto(link);
  await hydrated(pupil);
  await expect(programs.getByRole('checkbox')).toHaveCount(3);
  await expect(programs).not.toContainText('avant ce devoir');
  await programs.getByLabel('Ma grille').check();
  await pupil.getByRole('button', { name: 'Préparer mon rendu' }).click();
  await expect(pupil.getByText('Programme joint : « Ma grille ».')).toBeVisible();
  await Promise.all([teacher.close(), device.close()]);
});
