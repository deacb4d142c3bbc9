/**
 * « Anatomie d’une campagne », with the keyboard only: the four tools opened in turn (timeline,
 * similar texts, creation dates, who shares whom), the twelve campaign accounts flagged and a trap
 * avoided, the analyst's reading and the discernment score; then flagging everybody, which is
 * suspicion, not investigation. Axe (on the island) in both themes, on each state.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openActivity } from './activity-helpers.ts';

/** Axe on the island only (every-page.spec.ts scans the whole page): 40 accounts make a long page. */
async function expectNoSeriousAxeViolation(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('astro-island').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const PAGE = 'modules/qui-tire-les-ficelles/activites/anatomie-d-une-campagne/';
const CAMPAIGN = ['Vérité Valmoran', 'Maman inquiète', 'Mimi', 'La Voix du Lac', 'Nature Alerte'];

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'phone', 'the keyboard path is played on the phone viewport'));

/** Focuses a control and presses a key, as a keyboard user does after tabbing to it. */
async function press(page: Page, name: string | RegExp, role: 'button' | 'checkbox', key = role === 'checkbox' ? 'Space' : 'Enter') {
  const control = page.getByRole(role, { name, exact: typeof name === 'string' });
  await control.focus();
  await expect(control).toBeFocused();
  await page.keyboard.press(key);
}

async function campaignNames(page: Page): Promise<string[]> {
  // The campaign's accounts are read from the results' first list, so that the test follows the data.
  return page.getByRole('list').filter({ has: page.getByText('L’analyste :') }).first().locator('li > strong').allTextContents();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the timeline and the similar texts (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openActivity(page, PAGE);
    await expect(page.getByText(/40 comptes publient/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'La frise des publications' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('img', { name: /nombre de comptes qui publient à chaque minute/ })).toBeVisible();
    await expect(page.getByText(/19\sh\s31\s:\s\d+ comptes/)).toBeVisible();
    await expectNoSeriousAxeViolation(page);

    await press(page, 'Les textes côte à côte', 'button');
    const select = page.getByRole('combobox', { name: 'Groupe de messages à comparer' });
    await expect(select).toBeVisible();
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('heading', { name: /Les messages du groupe 2/ })).toBeVisible();
    await expectNoSeriousAxeViolation(page);
  });

  test(`the creation dates and who shares whom (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openActivity(page, PAGE);
    await press(page, 'Les dates de création', 'button');
    await expect(page.getByRole('table', { name: 'Date de création des comptes' })).toBeVisible();
    await expect(page.getByText(/Jours où plusieurs comptes ont été créés/)).toBeVisible();
    await expectNoSeriousAxeViolation(page);

    await press(page, 'Qui partage qui', 'button');
    await expect(page.getByRole('img', { name: /Graphique de qui partage qui/ })).toBeVisible();
    await expect(page.getByText(/partages dans les deux sens avec/).first()).toBeVisible();
    await expectNoSeriousAxeViolation(page);
  });

  test(`open an account, flag, read the analyst’s reading, go back and finish (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openActivity(page, PAGE);

    // An account opens with the keyboard (its summary), showing its creation date and posts.
    const nina = page.locator('article', { hasText: '@nina_valmo' });
    await nina.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(nina.getByText(/Compte créé le 31 mai 2026/)).toBeVisible();
    await expect(nina.getByText(/Nouvelle à Valmoran/)).toBeVisible();

    for (const name of CAMPAIGN) await press(page, `Signaler ${name}`, 'checkbox');
    await expect(page.getByRole('status').filter({ hasText: '5 comptes signalés' })).toBeVisible();
    await press(page, /J’ai fini/, 'button');
    await expect(page.getByRole('heading', { name: 'Ce qu’aurait relevé une analyste' })).toBeFocused();
    await expect(page.getByText('Comptes de la campagne repérés : 5 sur 12')).toBeVisible();
    await expect(page.getByText('Comptes authentiques laissés hors de cause : 28 sur 28')).toBeVisible();
    await expect(page.getByText(/Tu as fait la différence en partie/)).toBeVisible();

    // Back to the investigation with the flags kept: flag the rest of the campaign, spare Nina.
    const campaign = await campaignNames(page);
    expect(campaign).toHaveLength(12);
    await press(page, 'Reprendre mon enquête', 'button');
    await expect(page.getByRole('button', { name: /J’ai fini/ })).toBeFocused();
    for (const name of campaign.filter((n) => !CAMPAIGN.includes(n))) await press(page, `Signaler ${name}`, 'checkbox');
    await expect(page.getByRole('status').filter({ hasText: '12 comptes signalés' })).toBeVisible();
    await press(page, /J’ai fini/, 'button');
    await expect(page.getByText(/Tu as signalé exactement les comptes de la campagne/)).toBeVisible();
    await expect(page.getByText(/Pièges évités .*:\s(\d+) sur \1$/)).toBeVisible();
    await expectNoSeriousAxeViolation(page);
  });
}

test('flagging every account is suspicion, not investigation', async ({ page }) => {
  await openActivity(page, PAGE);
  const boxes = page.getByRole('checkbox', { name: /^Signaler / });
  await expect(boxes).toHaveCount(40);
  for (const box of await boxes.all()) {
    await box.focus();
    await page.keyboard.press('Space');
  }
  await expect(page.getByRole('status').filter({ hasText: '40 comptes signalés' })).toBeVisible();
  await press(page, /J’ai fini/, 'button');
  await expect(page.getByText(/Tu as signalé tous les comptes\. Soupçonner tout le monde n’est pas enquêter/)).toBeVisible();
  await expect(page.getByText('Comptes authentiques laissés hors de cause : 0 sur 28')).toBeVisible();
  await press(page, 'Tout recommencer', 'button');
  await expect(page.getByRole('status').filter({ hasText: '0 compte signalé' })).toBeVisible();
});
