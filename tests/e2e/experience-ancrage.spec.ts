/**
 * The class anchoring experiment, as a pupil (forced or random group, answers, code de réponse) and as
 * the teacher (pasting codes, typing answers, medians side by side). Nothing is sent anywhere.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeAnchoringCode } from '../../src/lib/activities/experience-ancrage/code.ts';
import { expectNoSeriousAxeViolation, openActivity } from './activity-helpers.ts';

const PAGE = 'modules/biais-cognitifs/activites/experience-ancrage/';

async function answerAll(page: Page, answers: number[]) {
  await page.getByRole('button', { name: 'Commencer' }).click();
  for (const [i, value] of answers.entries()) {
    await expect(page.getByText(`Question ${i + 1} sur 5`)).toBeVisible();
    await page.getByRole('radio', { name: /^Moins que/ }).check();
    await page.getByLabel(/Ton estimation/).fill(String(value));
    await page.getByRole('button', { name: i < 4 ? 'Question suivante' : 'Voir mes résultats' }).click();
  }
}

test('a pupil in the group forced by the link answers, sees their results and gets a code that survives a reload', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openActivity(page, `${PAGE}#groupe=bas`);
  await page.getByRole('button', { name: 'Commencer' }).click();
  // The low group sees the low anchor of the first question.
  await expect(page.getByRole('group', { name: /plus petite que 40 os/ })).toBeVisible();
  await page.getByRole('button', { name: 'Question suivante' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Choisis d’abord «\s?plus\s?» ou «\s?moins\s?»/);
  await page.getByRole('radio', { name: /^Plus que 40/ }).check();
  await page.getByLabel(/Ton estimation/).fill('beaucoup');
  await page.getByRole('button', { name: 'Question suivante' }).click();
  await expect(page.getByRole('alert')).toHaveText(/nombre entier positif/);
  await page.getByLabel(/Ton estimation/).fill('1 20');
  await page.getByRole('button', { name: 'Question suivante' }).click();
  for (const [i, value] of [60, 70, 100, 3000].entries()) {
    await expect(page.getByText(`Question ${i + 2} sur 5`)).toBeVisible();
    await page.getByRole('radio', { name: /^Plus que/ }).check();
    await page.getByLabel(/Ton estimation/).fill(String(value));
    await page.getByRole('button', { name: /Question suivante|Voir mes résultats/ }).click();
  }
  await expect(page.getByRole('heading', { name: 'Tes résultats' })).toBeFocused();
  await expect(page.getByText(/Tu faisais partie du groupe «\s?petit nombre\s?»/)).toBeVisible();
  const table = page.getByRole('table', { name: /Tes estimations/ });
  await expect(table.getByRole('row', { name: /Os du squelette adulte/ })).toContainText('120');
  await expect(table.getByRole('row', { name: /Os du squelette adulte/ })).toContainText('206');
  await expect(page.locator('output')).toHaveText(/^1B-120-60-70-100-3000-[A-Z]{2}$/);
  await expectNoSeriousAxeViolation(page);

  await page.reload();
  await expect(page.locator('output')).toHaveText(/^1B-120-60-70-100-3000-[A-Z]{2}$/);
  const stored = await page.evaluate(() => Object.keys(localStorage));
  expect(stored).toContain('declic.activity.experience-ancrage.eleve');
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(`${origin}/declic/`))).toEqual([]);
});

test('without a link, the group is drawn once per device and kept', async ({ page }) => {
  await openActivity(page, PAGE);
  await answerAll(page, [100, 50, 50, 100, 3000]);
  const first = (await page.locator('output').textContent()) ?? '';
  expect(first).toMatch(/^1[HB]-/);
  await page.getByRole('button', { name: 'Refaire l’expérience' }).click();
  await answerAll(page, [100, 50, 50, 100, 3000]);
  await expect(page.locator('output')).toHaveText(first);
});

test('unreadable saved answers are set aside with a French message, and the experiment still works', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('declic.activity.experience-ancrage.eleve', '{pas du json'));
  await openActivity(page, `${PAGE}#groupe=haut`);
  await expect(page.getByText(/étaient illisibles\s:\selles ont été mises de côté/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();
});

test('the teacher pastes four codes from both groups and a broken one, then sees both medians', async ({ page }) => {
  const codes = [
    encodeAnchoringCode({ group: 'haut', answers: [400, 100, 90, 300, 8000] }),
    encodeAnchoringCode({ group: 'haut', answers: [300, 120, 80, 250, 6000] }),
    encodeAnchoringCode({ group: 'bas', answers: [100, 40, 60, 90, 3000] }),
    encodeAnchoringCode({ group: 'bas', answers: [150, 60, 70, 120, 4000] }),
  ];
  const broken = codes[0]?.replace('-400-', '-401-') ?? '';
  await openActivity(page, PAGE);
  await page.getByRole('button', { name: 'Espace enseignant' }).click();
  await expect(page.getByRole('heading', { name: 'Espace enseignant' })).toBeVisible();
  await expect(page.getByText('Pas encore de réponses')).toBeVisible();

  await page.getByLabel('Codes de réponse des élèves').fill([...codes.slice(0, 2), codes[2]?.toLowerCase().replace(/-/g, ' - '), codes[3], broken].join('\n'));
  await page.getByRole('button', { name: 'Lire les codes' }).click();
  await expect(page.getByText('4 codes lus. 1 code n’a pas pu être lu (voir ci-dessous).')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Ligne 5' })).toContainText('les lettres de contrôle ne correspondent pas');

  await expect(page.getByText(/Groupe «\sgrand nombre\s»\s:\s2 élèves · Groupe «\spetit nombre\s»\s:\s2 élèves/)).toBeVisible();
  const table = page.getByRole('table', { name: 'Médianes des estimations de chaque groupe' });
  const bones = table.getByRole('row', { name: /Os du squelette adulte/ });
  await expect(bones.getByRole('cell').nth(0)).toHaveText(/^350/);
  await expect(bones.getByRole('cell').nth(1)).toHaveText(/^125/);
  await expect(bones.getByRole('cell').nth(2)).toHaveText('+225');
  await expect(table.getByRole('row', { name: /mont Blanc/ }).getByRole('cell').nth(2)).toHaveText('+3\u202f500');
  await expect(page.getByText(/Pour chacune des 5 questions comparées, le groupe qui a vu le grand nombre/)).toBeVisible();
  await expect(page.getByText(/moins de 5 élèves dans un groupe/)).toBeVisible();
  await expectNoSeriousAxeViolation(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousAxeViolation(page);
  await page.emulateMedia({ colorScheme: 'light' });

  // Typed in by hand: a fifth pupil in the low group.
  await page.getByText('Saisir des réponses à la main').click();
  await page.getByRole('button', { name: 'Ajouter ces réponses' }).click();
  await expect(page.getByText('Choisissez le groupe de l’élève.')).toBeVisible();
  await page.getByRole('group', { name: 'Groupe de l’élève' }).getByLabel('Groupe « petit nombre »').check();
  await page.getByLabel(/^Réponse 1/).fill('50');
  await page.getByRole('button', { name: 'Ajouter ces réponses' }).click();
  await expect(bones.getByRole('cell').nth(1)).toHaveText(/^100/);

  // Everything stays on this device, and comes back after a reload.
  await openActivity(page, PAGE);
  await page.getByRole('button', { name: 'Espace enseignant' }).click();
  await expect(table.getByRole('row', { name: /Os du squelette adulte/ }).getByRole('cell').nth(1)).toHaveText(/^100/);
});

test('the experiment can be done with the keyboard only', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard use is checked on the desktop project');
  await openActivity(page, `${PAGE}#groupe=haut`);
  await page.getByRole('button', { name: 'Commencer' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /^Plus que 650/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('300');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Question 2 sur 5')).toBeFocused();
});
