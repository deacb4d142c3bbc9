/**
 * Issue #16, on a phone: a teacher creates assignments (the result comes into view, the form keeps her
 * choices), and a class whose figures she can trust: two pupils both called Lucas are two rows, a
 * pupil who renames stays one row with both names, two pupils one after the other at the same
 * computer each hand in only their own answers; the table and the CSV agree; a reload keeps the
 * assignment she was looking at.
 */
import { readFileSync } from 'node:fs';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';

const PHONE = devices['Pixel 7'];
const MODULE = 'biais-cognitifs';
const hydrated = (page: Page) => expect(page.locator('astro-island[ssr]')).toHaveCount(0);

test.skip(({ isMobile }) => !isMobile, 'a phone walk: its own viewport, run once');

/** Answers of the Biais cognitifs quiz, written where the pupil's quiz writes them (their namespace). */
async function answerQuiz(page: Page, records: Record<string, { answer: object; correct: boolean }>) {
  await page.evaluate(
    ({ key, records }) => {
      const active = JSON.parse(localStorage.getItem('declic.pupil.active') ?? 'null') as { id: string } | null;
      const startedAt = Date.now() - 120_000;
      const attempt = { startedAt, position: Object.keys(records).length, records };
      localStorage.setItem(active ? key.replace('declic.', `declic.pupil.${active.id}.`) : key, JSON.stringify({ v: 1, attempt, history: [] }));
    },
    { key: `declic.quiz.progress.${MODULE}`, records },
  );
}
const RIGHT = { 'urgence-partage': { answer: { type: 'single', choice: 1 }, correct: true } };
const WRONG = { 'dix-pour-cent-du-cerveau': { answer: { type: 'true-false', value: true }, correct: false } };

async function createAssignment(desk: Page, title: string) {
  await desk.getByLabel('Titre du devoir').fill(title);
  await desk.getByLabel('Classe (par exemple 4e B)').fill('5e C');
  const module = desk.locator(`details[data-module="${MODULE}"]`);
  if ((await module.getAttribute('open')) === null) await module.locator('summary').click();
  await desk.getByRole('group', { name: 'Biais cognitifs' }).getByLabel(/Quiz — Biais cognitifs/).check();
  await desk.getByRole('button', { name: 'Créer le devoir' }).click();
  await expect(desk.getByRole('heading', { name: `Partager « ${title} »` })).toBeInViewport();
  return desk.getByRole('textbox', { name: 'Lien du devoir' }).inputValue();
}

async function start(page: Page, link: string, name: string) {
  await page.goto(link);
  await hydrated(page);
  await page.getByLabel('Ton prénom ou un pseudonyme').fill(name);
  await page.getByRole('button', { name: 'Commencer le devoir' }).click();
  await expect(page.getByText(`Tu travailles sous le nom « ${name} »`)).toBeVisible();
}

async function handIn(page: Page): Promise<string> {
  await page.reload();
  await hydrated(page);
  await page.getByRole('button', { name: /Préparer (mon|un nouveau) rendu/ }).click();
  return page.getByLabel('Code à envoyer à ton professeur').inputValue();
}

async function newDevice(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ ...PHONE, baseURL, acceptDownloads: true });
  return { context, page: await context.newPage() };
}

test('creating an assignment on a phone: the result is in view, the form keeps the choices until a new one', async ({ browser, baseURL }) => {
  const { context, page: desk } = await newDevice(browser, baseURL);
  await desk.goto('enseignants/devoirs/');
  await hydrated(desk);
  // The modules fold: « Créer le devoir » is a few screens down, not seven.
  const button = desk.getByRole('button', { name: 'Créer le devoir' });
  const top = (await button.boundingBox())?.y ?? Infinity;
  expect(top).toBeLessThan(4 * (PHONE.viewport.height));
  await createAssignment(desk, 'Séance 1');
  await expect(desk.getByRole('heading', { name: 'Partager « Séance 1 »' })).toBeFocused();
  await expect(desk.getByRole('img', { name: 'QR code du lien du devoir' })).toBeVisible();
  await expect(desk.getByLabel('Titre du devoir')).toHaveValue('Séance 1');
  await expect(desk.getByText('1 activité choisie')).toBeAttached();
  await desk.getByRole('button', { name: 'Nouveau devoir (vider le formulaire)' }).click();
  await expect(desk.getByLabel('Titre du devoir')).toHaveValue('');
  await expect(desk.getByText('0 activité choisie')).toBeAttached();
  await expect(desk.getByLabel('Classe (par exemple 4e B)')).toHaveValue('5e C');
  await context.close();
});

test('a class on phones: two Lucas, a renamed pupil, two pupils at one computer; table and CSV agree', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const teacher = await newDevice(browser, baseURL);
  const desk = teacher.page;
  await desk.goto('enseignants/devoirs/');
  await hydrated(desk);
  const link = await createAssignment(desk, 'Les biais');
  await desk.getByRole('button', { name: 'Nouveau devoir (vider le formulaire)' }).click();
  await createAssignment(desk, 'Une autre séance');

  // Two pupils both called Lucas, on two phones.
  const lucas1 = await newDevice(browser, baseURL);
  await start(lucas1.page, link, 'Lucas');
  await answerQuiz(lucas1.page, RIGHT);
  const codeLucas1 = await handIn(lucas1.page);
  const lucas2 = await newDevice(browser, baseURL);
  await start(lucas2.page, link, 'lucas');
  await answerQuiz(lucas2.page, WRONG);
  const codeLucas2 = await handIn(lucas2.page);

  // A pupil who hands in, renames, and hands in again.
  const dylan = await newDevice(browser, baseURL);
  await start(dylan.page, link, 'Dyl');
  const codeDyl = await handIn(dylan.page);
  await dylan.page.getByRole('button', { name: 'Changer' }).click();
  await dylan.page.getByLabel('Ton prénom ou un pseudonyme').fill('Dylan M.');
  await dylan.page.getByRole('button', { name: 'Enregistrer' }).click();
  await answerQuiz(dylan.page, { ...RIGHT, ...WRONG });
  const codeDylan = await handIn(dylan.page);

  // One computer, two pupils one after the other.
  const room = await newDevice(browser, baseURL);
  const confirms: string[] = [];
  room.page.on('dialog', (d) => {
    confirms.push(d.message());
    void d.accept();
  });
  await start(room.page, link, 'Ana');
  await answerQuiz(room.page, RIGHT);
  const codeAna = await handIn(room.page);
  await expect(room.page.locator('.activity').first()).toContainText('Commencé · 1 sur 11');
  await room.page.getByRole('button', { name: 'J’ai fini, je libère l’ordinateur' }).click();
  expect(confirms[0]).toMatch(/«\sAna\s»/);
  expect(confirms[0]).toContain('tes réponses aux quiz');
  await expect(room.page.getByText('Ordinateur libéré')).toBeVisible();
  await start(room.page, link, 'Ben');
  await expect(room.page.locator('.activity').first()).toContainText('À faire');
  const codeBen = await handIn(room.page);
  // Ben forgets to free the computer: the next pupil starts fresh, Ben's work stays his.
  await room.page.getByRole('button', { name: 'Je suis un autre élève' }).click();
  await expect(room.page.getByRole('button', { name: 'C’est moi : Ben' })).toBeVisible();
  await expect(room.page.getByLabel('Ton prénom ou un pseudonyme')).toBeVisible();

  // ——— The teacher pastes one whole message ———
  await desk.goto('enseignants/tableau-de-bord/');
  await hydrated(desk);
  await desk.getByLabel('Devoir à suivre').selectOption({ label: '5e C — Les biais' });
  await desk.getByLabel('Codes de rendu (un ou plusieurs, tels que reçus)').fill(
    ['Bonjour Madame,', 'voici les rendus de la classe :', codeLucas1, codeLucas2, codeDyl, codeAna, codeBen, codeDylan, 'Bonne soirée,', 'M. Martin'].join('\n'),
  );
  await desk.getByRole('button', { name: 'Importer les codes' }).click();
  await expect(desk.getByText('Import terminé : 5 rendus ajoutés, 1 rendu mis à jour (plus récent).')).toBeVisible();
  await expect(desk.getByRole('list', { name: 'Éléments non importés, un message par élément' })).toHaveCount(0);
  await expect(desk.getByText(/2 élèves s’appellent «\sLucas\s»/)).toBeVisible();
  await expect(desk.getByText(/5 élèves/)).toBeVisible();

  const table = desk.getByRole('table', { name: /Les biais — 5e C/ });
  await expect(table.locator('tbody').getByRole('rowheader')).toHaveText(['Ana', 'Ben', /^Dylan M\.\s*aussi\s:\sDyl$/, 'Lucas (1)', 'lucas (2)']);
  await expect(table.getByRole('row', { name: /^Ana/ })).toContainText('1 juste sur 1 répondue, 11 questions');
  await expect(table.getByRole('row', { name: /^Ben/ })).toContainText('À faire');
  await expect(table.getByRole('row', { name: /^Dylan/ })).toContainText('1 juste sur 2 répondues, 11 questions');

  const [csvDownload] = await Promise.all([desk.waitForEvent('download'), desk.getByRole('button', { name: /Exporter en CSV/ }).click()]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
  expect(csv).toHaveLength(6);
  expect(csv[1]).toMatch(/^"Ana";"[\d-]+ [\d:]+";"9";"1";"1";"9";""$/);
  expect(csv[2]).toMatch(/^"Ben";"[^"]+";"";"";"";"";""$/);
  expect(csv[3]).toMatch(/^"Dylan M\. \(aussi : Dyl\)";"[^"]+";"9";"1";"2";"9";""$/);
  expect(csv[4]).toMatch(/^"Lucas \(1\)";/);
  expect(csv[5]).toMatch(/^"lucas \(2\)";"[^"]+";"0";"0";"1";"0";""$/);

  // ——— A reload keeps the assignment she was looking at (not the newest) ———
  await desk.goto('enseignants/tableau-de-bord/');
  await hydrated(desk);
  await expect(desk.getByRole('table', { name: /Les biais — 5e C/ }).locator('tbody tr')).toHaveCount(5);
  // On a phone nothing can be dropped: the page says « choisissez ».
  await expect(desk.getByText('Ou choisissez les fichiers de rendu (plusieurs à la fois) :')).toBeVisible();

  await Promise.all([teacher, lucas1, lucas2, dylan, room].map((d) => d.context.close()));
});
