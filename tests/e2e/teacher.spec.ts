/**
 * A real class: a teacher builds an assignment; three pupils, each in their own browser context
 * (their own device), open the link, do part of the work and hand in; the teacher imports the three
 * hand-ins and a broken one, reads the table and the question analysis, and exports the CSV.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

const MODULE = 'biais-cognitifs';

// The pupils' quiz answers are written in the exact format of src/lib/quiz/storage.ts, to give each pupil
// a known set of answers: this walk is about a class, imports and results. The real path, a pupil clicking
// through the assigned quiz up to the teacher's table, is walked in class-quiz.spec.ts.
type QuizAnswers = Record<string, { answer: object; correct: boolean }>;

/** The pupil answers some quiz questions (`finished`: the quiz was completed). */
async function answerQuiz(page: Page, records: QuizAnswers, finished: boolean) {
  await page.evaluate(
    ({ key, records, finished }) => {
      const startedAt = Date.now() - 240_000;
      const attempt = { startedAt, position: Object.keys(records).length, records, ...(finished ? { finishedAt: startedAt + 180_000 } : {}) };
      // The pupil's own namespace on this device (src/lib/device-store.ts).
      const active = JSON.parse(localStorage.getItem('declic.pupil.active') ?? 'null') as { id: string } | null;
      localStorage.setItem(active ? key.replace('declic.', `declic.pupil.${active.id}.`) : key, JSON.stringify({ v: 1, attempt, history: [] }));
    },
    { key: `declic.quiz.progress.${MODULE}`, records, finished },
  );
}

/** No serious or critical accessibility problem in the page as it is now (filled, not empty). */
async function accessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const hydrated = (page: Page) => expect(page.locator('astro-island[ssr]')).toHaveCount(0);

/** The pupil reads a lesson from the assignment page, then comes back to it. */
async function readLesson(page: Page, title: RegExp) {
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goBack();
  await hydrated(page);
}

async function pupilStarts(context: BrowserContext, link: string, pseudonym: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Biais : première séance' })).toBeVisible();
  await expect(page.getByText('Pas besoin de ton nom complet')).toBeVisible();
  await page.getByLabel('Ton prénom ou un pseudonyme').fill(pseudonym);
  await page.getByRole('button', { name: 'Commencer le devoir' }).click();
  await expect(page.getByText(`Tu travailles sous le nom « ${pseudonym} »`)).toBeVisible();
  await expect(page.getByText('Lisez la première leçon, puis faites le quiz.')).toBeVisible();
  return page;
}

async function handInCode(page: Page): Promise<string> {
  await expect(page.getByText('Ton rendu contient exactement :')).toBeVisible();
  await page.getByRole('button', { name: 'Préparer mon rendu' }).click();
  const code = await page.getByLabel('Code à envoyer à ton professeur').inputValue();
  expect(code).toMatch(/^rd1\.[A-Za-z0-9_-]+$/);
  return code;
}

test('a teacher gives an assignment, three pupils hand in, the teacher reads the results', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  // ——— The teacher builds the assignment ———
  const teacher = await browser.newContext({ baseURL, acceptDownloads: true });
  const desk = await teacher.newPage();
  await desk.goto('enseignants/');
  await desk.getByRole('link', { name: 'Créer un devoir' }).click();
  await hydrated(desk);
  await desk.getByLabel('Titre du devoir').fill('Biais : première séance');
  await desk.getByLabel('Classe (par exemple 4e B)').fill('4e B');
  await desk.getByLabel('Date limite (facultative)').fill('2099-12-18');
  await desk.getByLabel('Consigne pour les élèves (facultative)').fill('Lisez la première leçon, puis faites le quiz.');
  // Submitting with no activity explains what is missing.
  await desk.getByRole('button', { name: 'Créer le devoir' }).click();
  await expect(desk.getByRole('alert')).toContainText('choisissez au moins une activité');
  await desk.locator('details[data-module="biais-cognitifs"] > summary').click();
  const module = desk.getByRole('group', { name: 'Biais cognitifs' });
  await module.getByLabel(/Pourquoi notre cerveau prend des raccourcis/).check();
  await module.getByLabel(/Le biais de confirmation/).check();
  await module.getByLabel(/Quiz — Biais cognitifs/).check();
  await expect(desk.getByText('3 activités choisies')).toBeVisible();
  await desk.getByRole('button', { name: 'Créer le devoir' }).click();

  const link = await desk.getByRole('textbox', { name: 'Lien du devoir' }).inputValue();
  expect(link).toMatch(new RegExp(`^https?://[^/]+/declic/devoir/#d=dv1\\.[A-Za-z0-9_-]+$`));
  await expect(desk.getByRole('img', { name: 'QR code du lien du devoir' })).toBeVisible();
  await accessible(desk);
  // The printable sheet holds the QR code, says where the link comes from (too long to type), lists the activities.
  await desk.emulateMedia({ media: 'print' });
  const sheet = desk.locator('.sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).not.toContainText(link);
  await expect(sheet.getByText(/messagerie de l’ENT/)).toBeVisible();
  await expect(sheet.locator('svg path')).toHaveCount(1);
  await expect(sheet.getByRole('listitem')).toHaveText([/Pourquoi notre cerveau/, /Le biais de confirmation/, /Quiz — Biais cognitifs/]);
  await expect(desk.getByRole('button', { name: 'Créer le devoir' })).toBeHidden();
  await desk.emulateMedia({ media: 'screen' });
  await expect(desk.getByRole('listitem').filter({ hasText: 'Biais : première séance' })).toBeVisible();

  // ——— Three pupils, three devices ———
  const pupils = await Promise.all([0, 1, 2].map(() => browser.newContext({ baseURL, acceptDownloads: true })));
  const dialogs: string[] = [];

  const lina = await pupilStarts(pupils[0]!, link, 'Lina');
  await readLesson(lina, /Pourquoi notre cerveau/);
  await answerQuiz(lina, {
    'juges-et-des': { answer: { type: 'true-false', value: true }, correct: true },
    'urgence-partage': { answer: { type: 'single', choice: 1 }, correct: true },
    'dix-pour-cent-du-cerveau': { answer: { type: 'true-false', value: true }, correct: false },
  }, true);
  await lina.reload();
  await hydrated(lina);
  await expect(lina.getByText('2 sur 3 terminées')).toBeVisible();
  await expect(lina.locator('.activity').nth(2)).toContainText('Fait · 2 sur 11');
  await accessible(lina);
  const linaCode = await handInCode(lina);

  const malo = await pupilStarts(pupils[1]!, link, 'Malo');
  await readLesson(malo, /Pourquoi notre cerveau/);
  await readLesson(malo, /Le biais de confirmation/);
  await answerQuiz(malo, {
    'urgence-partage': { answer: { type: 'single', choice: 0 }, correct: false },
    'dix-pour-cent-du-cerveau': { answer: { type: 'true-false', value: true }, correct: false },
  }, false);
  await malo.reload();
  await hydrated(malo);
  await expect(malo.locator('.activity').nth(2)).toContainText('Commencé · 0 sur 11');
  const maloCode = await handInCode(malo);

  const sneaky = '<img src=x onerror=alert(1)>Zoé';
  const zoe = await pupilStarts(pupils[2]!, link, sneaky);
  zoe.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await readLesson(zoe, /Le biais de confirmation/);
  await expect(zoe.getByText('1 sur 3 terminée')).toBeVisible();
  await handInCode(zoe);
  const [download] = await Promise.all([zoe.waitForEvent('download'), zoe.getByRole('button', { name: 'Télécharger le fichier' }).click()]);
  const zoeFile = testInfo.outputPath('rendu-zoe.json');
  await download.saveAs(zoeFile);
  expect(JSON.parse(readFileSync(zoeFile, 'utf8'))).toMatchObject({ format: 'declic-rendu', version: 1, rendu: { p: sneaky } });

  // ——— The teacher imports: two codes pasted in a message, a broken code, a duplicate, a file ———
  desk.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  await desk.getByRole('link', { name: 'Voir les résultats' }).click();
  await hydrated(desk);
  await expect(desk.getByLabel('Devoir à suivre')).toHaveValue(/^[a-z0-9]{8}$/);
  await desk.getByLabel('Codes de rendu (un ou plusieurs, tels que reçus)').fill(
    `Bonjour, voici mon travail : ${linaCode}\n${maloCode}\n${maloCode.slice(0, 40)}\n${linaCode}`,
  );
  await desk.getByRole('button', { name: 'Importer les codes' }).click();
  await expect(desk.getByText('Import terminé : 2 rendus ajoutés, 1 doublon ignoré, 1 erreur.')).toBeVisible();
  const messages = desk.getByRole('list', { name: 'Éléments non importés, un message par élément' });
  await expect(messages.getByRole('listitem')).toHaveText([/Erreur\s*Ligne 3 : Code incomplet ou abîmé/, /Doublon\s*Ligne 4 — Lina : Déjà importé/]);
  await desk.getByText('2 rendus importés : voir le détail').click();
  await expect(desk.getByText(/Ajouté\s*Ligne 1 — Lina/)).toBeVisible();
  await desk.locator('input[type=file]').setInputFiles(zoeFile);
  await expect(desk.getByText('Import terminé : 1 rendu ajouté.')).toBeVisible();

  // ——— The table, with the HTML pseudonym shown as text ———
  const table = desk.getByRole('table', { name: /Biais : première séance — 4e B/ });
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody').getByRole('rowheader')).toHaveText(['<img src=x onerror=alert(1)>Zoé', 'Lina', 'Malo']);
  await expect(table.locator('img')).toHaveCount(0);
  await expect(table.getByRole('row', { name: /Lina/ })).toContainText('2 justes sur 3 répondues, 11 questions');
  await expect(table.getByRole('row', { name: /Malo/ })).toContainText('0 juste sur 2 répondues, 11 questions');
  await expect(table.locator('tfoot')).toContainText('9 %');
  expect(dialogs).toEqual([]);
  await accessible(desk);

  // ——— What to rework: the most missed question and the most chosen wrong answer ———
  const analysis = desk.getByRole('table', { name: 'À retravailler en classe' });
  const first = analysis.locator('tbody tr').first();
  await expect(first).toContainText('On n’utilise que 10 % de son cerveau');
  await expect(first).toContainText('100 %');
  await expect(first).toContainText('« Vrai »');
  await expect(analysis.getByRole('row', { name: /À quoi sert ce/ })).toContainText('« À prouver que l’information est importante. »');

  // ——— CSV for the gradebook ———
  const [csvDownload] = await Promise.all([desk.waitForEvent('download'), desk.getByRole('button', { name: /Exporter en CSV/ }).click()]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
  expect(csv[0]).toMatch(/^"Pseudonyme";"Rendu le \(heure locale, [^"]+\)";"Pourquoi notre cerveau prend des raccourcis";"Le biais de confirmation, ou l’art de se donner raison";"Quiz — Biais cognitifs \(score %\)";"Quiz — Biais cognitifs \(justes\)";"Quiz — Biais cognitifs \(répondues sur 11\)";"Moyenne des quiz \(%\)";"Temps total \(min\)"$/);
  expect(csv).toHaveLength(4);
  expect(csv[1]).toMatch(/^"<img src=x onerror=alert\(1\)>Zoé";"[\d-]+ [\d:]+";"à faire";"fait";"";"";"";"";""$/);
  expect(csv[2]).toMatch(/^"Lina";"[^"]+";"fait";"à faire";"18";"2";"3";"18";"3"$/);
  expect(csv[3]).toMatch(/^"Malo";"[^"]+";"fait";"fait";"0";"0";"2";"0";""$/);

  // ——— Reloading keeps everything; clearing the class removes it from this device ———
  await desk.reload();
  await hydrated(desk);
  await expect(desk.getByRole('table', { name: /Biais : première séance/ }).locator('tbody tr')).toHaveCount(3);
  await desk.getByRole('button', { name: 'Effacer les données de cette classe' }).click();
  await expect(desk.getByText('Aucun rendu importé pour ce devoir.')).toBeVisible();
  await expect(desk.getByText('Les données de la classe 4e B ont été effacées de cet appareil.')).toBeVisible();

  await Promise.all([teacher, ...pupils].map((c) => c.close()));
});

test('a broken assignment link and corrupted saved data get a French message, never a blank page', async ({ page }) => {
  await page.goto('devoir/#d=dv1.abimé');
  await hydrated(page);
  await expect(page.getByRole('alert')).toContainText('Ce lien de devoir ne fonctionne pas.');
  await page.evaluate(() => localStorage.setItem('declic.assignment.v1.abcd1234', '{pas du json'));
  await page.goto('devoir/');
  await hydrated(page);
  await expect(page.getByRole('alert')).toContainText('mises de côté telles quelles');
  await expect(page.getByText('Aucun devoir ouvert sur cet appareil.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('declic.corrupted.')).length)).toBe(1);
});

test('the teacher’s list moves to another computer; bad files each get their message', async ({ browser, baseURL }, testInfo) => {
  const first = await browser.newContext({ baseURL, acceptDownloads: true });
  const page = await first.newPage();
  await page.goto('enseignants/devoirs/');
  await hydrated(page);
  await page.getByLabel('Titre du devoir').fill('Lecture');
  await page.getByLabel('Classe (par exemple 4e B)').fill('5e A');
  await page.locator('details[data-module="biais-cognitifs"] > summary').click();
  await page.getByRole('group', { name: 'Biais cognitifs' }).getByLabel(/Pourquoi notre cerveau/).check();
  await page.getByRole('button', { name: 'Créer le devoir' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter mes devoirs (fichier)' }).click()]);
  const file = testInfo.outputPath('devoirs.json');
  await download.saveAs(file);
  const link = await page.getByRole('textbox', { name: 'Lien du devoir' }).inputValue();
  await first.close();

  const second = await browser.newContext({ baseURL });
  const other = await second.newPage();
  await other.goto('enseignants/devoirs/');
  await hydrated(other);
  await expect(other.getByText('Aucun devoir pour l’instant.')).toBeVisible();
  await other.getByText('Importer un fichier de devoirs').locator('input[type=file]').setInputFiles(file);
  await expect(other.getByText('1 devoir ajouté.')).toBeVisible();
  await expect(other.getByText('Lecture — 5e A · 1 activité')).toBeVisible();

  // A pupil's hand-in, then the same as a file with an extra field, a huge file, and garbage.
  const pupil = await second.newPage();
  await pupil.goto(link);
  await hydrated(pupil);
  await pupil.getByLabel('Ton prénom ou un pseudonyme').fill('Inès');
  await pupil.getByRole('button', { name: 'Commencer le devoir' }).click();
  const code = await handInCode(pupil);
  await other.goto('enseignants/tableau-de-bord/');
  await hydrated(other);
  await other.getByLabel('Codes de rendu (un ou plusieurs, tels que reçus)').fill(code);
  await other.getByRole('button', { name: 'Importer les codes' }).click();
  await expect(other.getByText('Import terminé : 1 rendu ajouté.')).toBeVisible();
  await other.locator('input[type=file]').setInputFiles([
    { name: 'en-trop.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'declic-rendu', version: 1, rendu: {}, note: 20 })) },
    { name: 'enorme.json', mimeType: 'application/json', buffer: Buffer.alloc(600 * 1024, 32) },
    { name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('\u0089PNG…') },
    { name: 'code.txt', mimeType: 'text/plain', buffer: Buffer.from(code) },
  ]);
  const messages = other.getByRole('list', { name: 'Éléments non importés, un message par élément' });
  await expect(messages.getByRole('listitem')).toHaveText([
    /en-trop\.json : Contenu invalide\s:\schamp inattendu\s:\snote\./,
    /enorme\.json : Fichier trop gros \(600 Ko\)/,
    /photo\.json : Ce n’est pas un code de rendu Déclic\./,
    /code\.txt — Inès : Déjà importé/,
  ]);
  await expect(other.locator('table.results tbody tr')).toHaveCount(1);
  await second.close();
});
