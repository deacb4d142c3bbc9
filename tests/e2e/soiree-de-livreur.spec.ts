/**
 * « Une soirée de livreur », played with the keyboard only: a first evening with hidden rules
 * (accept every order), the pay per hour counting waiting time compared with the SMIC, the rules
 * opened, and the same evening replayed with every offer explained. Axe in both themes.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolation, openActivity } from './activity-helpers.ts';

const PAGE = 'modules/travailler-pour-un-algorithme/activites/soiree-de-livreur/';

/** Accepts every offer with the keyboard until the evening ends; returns how many were accepted. */
async function acceptAll(page: Page): Promise<number> {
  let accepted = 0;
  while (accepted < 40) {
    const heading = page.getByRole('heading', { name: /^Nouvelle course|^Fin de la soirée/ });
    await expect(heading).toBeFocused();
    if ((await heading.textContent())?.startsWith('Fin')) break;
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Accepter' })).toBeFocused();
    await page.keyboard.press('Enter');
    accepted++;
  }
  return accepted;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`an evening with hidden rules, then the same evening with the rules visible (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openActivity(page, PAGE);
    await expect(page.getByText('Soirée 1 : règles cachées')).toBeVisible();
    const start = page.getByRole('button', { name: 'Commencer la soirée' });
    await start.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Nouvelle course \(n°\s1\)/ })).toBeFocused();
    await expect(page.getByText('Ce que l’algorithme sait')).toHaveCount(0);
    await expectNoSeriousAxeViolation(page);

    const accepted = await acceptAll(page);
    expect(accepted).toBeGreaterThan(3);
    await expect(page.getByRole('heading', { name: 'Fin de la soirée' })).toBeFocused();
    await expect(page.getByText(/Attente comprise, tu as gagné [\d,]+\s€ de l’heure\s: moins que le SMIC brut de 2024 \(11,65\s€ de l’heure\)/)).toBeVisible();
    const table = page.getByRole('table', { name: 'Ce que rapportent tes soirées' });
    await expect(table.getByRole('row', { name: /Courses livrées/ })).toContainText(String(accepted));
    await expect(table.getByRole('row', { name: /attente non payée/ })).toContainText(/\d h \d\d min/);

    const rules = page.getByRole('button', { name: 'Ouvrir « les règles de l’algorithme »' });
    await rules.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Les règles de l’algorithme' })).toBeVisible();
    await expect(page.getByText(/Au 3e refus de suite, tu es déconnecté/)).toBeVisible();
    await expectNoSeriousAxeViolation(page);

    const replay = page.getByRole('button', { name: 'Rejouer la même soirée avec les règles visibles' });
    await replay.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Soirée 2 : règles visibles')).toBeVisible();
    await page.getByRole('button', { name: 'Commencer la soirée' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Ce que l’algorithme sait' })).toBeVisible();
    await expect(page.getByText(/^Pourquoi tu as attendu \d+ min/)).toBeVisible();
    await expectNoSeriousAxeViolation(page);

    // Refuse once: the next wait is explained by the refusal.
    await page.getByRole('button', { name: 'Refuser' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /Course n°\s1 refusée/ })).toBeVisible();
    await expect(page.getByText(/4 min à cause de tes refus de suite/)).toBeVisible();

    await acceptAll(page);
    await expect(table.getByRole('columnheader', { name: 'Soirée 2 (règles visibles)' })).toBeVisible();
    await expect(table.getByRole('row', { name: /Courses refusées/ })).toContainText('0');
    await expect(table.getByRole('row', { name: /Courses refusées/ })).toContainText('1');
    await expectNoSeriousAxeViolation(page);
  });
}
