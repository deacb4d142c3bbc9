/**
 * A teacher splits the class for the anchoring experiment: two links (group A, high anchor; group B,
 * low anchor) that share one assignment. A pupil opens link B and lands in the low-anchor group.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const hydrated = (page: Page) => expect(page.locator('astro-island[ssr]')).toHaveCount(0);

async function accessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a split assignment gives two links; the pupil following link B lands in the low-anchor group', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const teacher = await browser.newContext({ baseURL });
  const desk = await teacher.newPage();
  const requests: string[] = [];
  desk.on('request', (r) => requests.push(r.url()));
  await desk.goto('enseignants/devoirs/');
  await hydrated(desk);
  await desk.getByLabel('Titre du devoir').fill('Le premier nombre');
  await desk.getByLabel('Classe (par exemple 4e B)').fill('5e A');
  await desk.locator('details[data-module="biais-cognitifs"] > summary').click();
  const module = desk.getByRole('group', { name: 'Biais cognitifs' });
  // The choice of groups only appears once the experiment is in the assignment.
  const groups = desk.getByRole('group', { name: /comment former les deux groupes/ });
  await module.getByLabel(/Le biais de confirmation/).check();
  await expect(groups).toHaveCount(0);
  await module.getByLabel(/Expérience en classe/).check();
  await expect(groups.getByRole('radio', { name: /Au hasard, sur chaque appareil/ })).toBeChecked();
  await groups.getByRole('radio', { name: /Partager la classe en deux/ }).check();
  await accessible(desk);
  await desk.getByRole('button', { name: 'Créer le devoir' }).click();

  const linkA = await desk.getByRole('textbox', { name: /Groupe A — ancre haute/ }).inputValue();
  const linkB = await desk.getByRole('textbox', { name: /Groupe B — ancre basse/ }).inputValue();
  expect(linkA).toMatch(/\/declic\/devoir\/#d=dv2\.[A-Za-z0-9_-]+&g=a$/);
  expect(linkB).toBe(linkA.replace(/&g=a$/, '&g=b'));
  await expect(desk.getByRole('img', { name: /QR code du lien du devoir : Groupe A/ })).toBeVisible();
  await expect(desk.getByRole('img', { name: /QR code du lien du devoir : Groupe B/ })).toBeVisible();
  await expect(desk.getByRole('listitem').filter({ hasText: 'Le premier nombre' })).toContainText('deux groupes');
  await accessible(desk);
  // One printed page per group, naming only the letter (not the secret of the experiment).
  await desk.emulateMedia({ media: 'print' });
  const sheets = desk.locator('.sheet');
  await expect(sheets).toHaveCount(2);
  await expect(sheets.nth(0).getByRole('heading', { level: 1 })).toHaveText('Le premier nombre — Groupe A');
  await expect(sheets.nth(1).locator('svg path')).toHaveCount(1);
  await expect(sheets.nth(1)).not.toContainText(linkB);
  await expect(sheets.nth(1)).not.toContainText('ancre');
  await desk.emulateMedia({ media: 'screen' });
  // The teacher view of the experiment is one click away, and still works.
  await desk.getByRole('link', { name: 'espace enseignant de l’expérience d’ancrage' }).click();
  await expect(desk.getByRole('button', { name: 'Espace enseignant' })).toHaveAttribute('aria-pressed', 'true');

  // ——— A pupil of group B, on their own device ———
  const pupil = await (await browser.newContext({ baseURL })).newPage();
  pupil.on('request', (r) => requests.push(r.url()));
  await pupil.goto(linkB);
  await hydrated(pupil);
  await pupil.getByLabel('Ton prénom ou un pseudonyme').fill('Noé');
  await pupil.getByRole('button', { name: 'Commencer le devoir' }).click();
  await expect(pupil.getByText('Ton groupe pour l’expérience d’ancrage : Groupe B.')).toBeVisible();
  await accessible(pupil);
  await pupil.getByRole('link', { name: /Expérience en classe/ }).click();
  await expect(pupil).toHaveURL(/experience-ancrage\/#groupe=bas$/);
  await hydrated(pupil);
  await pupil.getByRole('button', { name: 'Commencer' }).click();
  await expect(pupil.getByRole('group', { name: /plus petite que 40 os/ })).toBeVisible();
  // Back on the assignment page opened without the letter, the device still knows the group.
  await pupil.goto(linkB.replace(/&g=b$/, ''));
  await hydrated(pupil);
  await expect(pupil.getByText('Ton groupe pour l’expérience d’ancrage : Groupe B.')).toBeVisible();

  // ——— A pupil whose link lost its letter is told the group will be drawn ———
  const lost = await (await browser.newContext({ baseURL })).newPage();
  await lost.goto(linkA.replace(/&g=a$/, ''));
  await hydrated(lost);
  await lost.getByLabel('Ton prénom ou un pseudonyme').fill('Sami');
  await lost.getByRole('button', { name: 'Commencer le devoir' }).click();
  await expect(lost.getByText(/ce lien n’indique pas le tien/)).toBeVisible();
  await expect(lost.getByRole('link', { name: /Expérience en classe/ })).toHaveAttribute('href', /experience-ancrage\/$/);

  const origin = new URL(baseURL!).origin;
  expect(requests.filter((url) => !url.startsWith(`${origin}/declic/`))).toEqual([]);
});
