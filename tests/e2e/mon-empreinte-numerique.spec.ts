/**
 * « Mon empreinte numérique » (module poids-du-numerique, issue 15): by keyboard, each computation
 * shown with its source, the changes that matter; axe in both themes.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolation, openActivity } from './activity-helpers.ts';

const ACTIVITY = 'modules/poids-du-numerique/activites/mon-empreinte-numerique/';

test('the footprint activity works by keyboard and shows each computation with its source', async ({ page }) => {
  await openActivity(page, ACTIVITY);
  const table = page.getByRole('table', { name: /Empreinte par an/ });
  // Default: one smartphone kept 2 years, one shared box, 7 hours of video a week.
  await expect(table.getByRole('row', { name: /Smartphone/ })).toContainText('79,27 kg × 1 ÷ 2 ans = 39,6 kg/an');
  await expect(table.getByRole('row', { name: /Smartphone/ }).getByRole('link', { name: /ADEME/ })).toHaveAttribute('href', /impactco2\.fr/);
  // Keyboard: type a laptop kept 4 years.
  await page.getByLabel('Nombre : Ordinateur portable').focus();
  await page.keyboard.press('ArrowUp');
  await page.getByLabel('Années gardées : Ordinateur portable').fill('4');
  await expect(table.getByRole('row', { name: /Ordinateur portable/ })).toContainText('182,3 kg × 1 ÷ 4 ans = 45,6 kg/an');
  // Try the changes, by keyboard.
  const keep = page.getByRole('button', { name: /Garder mon smartphone 4 ans/ });
  await keep.focus();
  await page.keyboard.press('Enter');
  await expect(keep).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/19,8 kg de moins par an/)).toBeVisible();
  await page.getByRole('button', { name: /Supprimer mes vieux e-mails/ }).press('Space');
  await expect(page.getByText(/aucun facteur sourcé/)).toBeVisible();
  await expectNoSeriousAxeViolation(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousAxeViolation(page);
});
