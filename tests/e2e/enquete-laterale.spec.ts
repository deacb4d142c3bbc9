/** « Enquête latérale », walked as a pupil: choose what to check, read the simulated results, judge, read the feedback. */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolation, openActivity } from './activity-helpers.ts';

const PAGE = 'modules/vrai-faux-ou-trompeur/activites/enquete-laterale/';

test('a pupil reads laterally on the satire case and gets full marks', async ({ page }) => {
  await openActivity(page, PAGE);
  await page.getByRole('button', { name: /La sieste obligatoire/ }).click();
  await expect(page.getByRole('heading', { name: /La sieste obligatoire/ })).toBeFocused();
  await expect(page.getByRole('article', { name: 'Le document à vérifier' })).toContainText('Le Rictus Quotidien');

  await page.getByRole('button', { name: /Chercher qui est derrière\s«\sLe Rictus Quotidien\s»/ }).click();
  await expect(page.getByRole('heading', { name: 'Résultats' })).toBeFocused();
  await expect(page.getByText(/site d’information parodique/)).toBeVisible();
  await page.getByRole('button', { name: /Chercher si d’autres médias/ }).click();
  await expect(page.getByText(/Non, la sieste ne deviendra pas obligatoire/)).toBeVisible();
  await expect(page.getByRole('list').filter({ hasText: 'Chercher qui est derrière' }).last()).toBeVisible();

  await page.getByRole('button', { name: 'Valider mon verdict' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choisis un verdict avant de valider.');
  await page.getByRole('radio', { name: /Satire/ }).check();
  await page.getByRole('button', { name: 'Valider mon verdict' }).click();
  await expect(page.getByRole('heading', { name: 'Bon verdict !' })).toBeVisible();
  await expect(page.getByText('Ton score : 4 points sur 4')).toBeVisible();
  await expect(page.getByText(/Comme une professionnelle, tu as commencé par la vérification la plus utile/)).toBeVisible();
  await expectNoSeriousAxeViolation(page);

  await page.getByRole('button', { name: '← Tous les cas' }).click();
  await expect(page.getByRole('button', { name: /La sieste obligatoire/ })).toContainText('Terminé : 4 points sur 4');
  await page.reload();
  await expect(page.getByRole('button', { name: /La sieste obligatoire/ })).toContainText('Terminé : 4 points sur 4');
});

test('staying on the page and a wrong verdict get an explanation of what a fact-checker checks first', async ({ page }) => {
  await openActivity(page, PAGE);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: /Le chocolat qui booste la mémoire/ }).click();
  await page.getByRole('button', { name: /Lire les commentaires/ }).click();
  await expect(page.getByText(/Source\s\?/)).toBeVisible();
  await page.getByRole('radio', { name: /^Vrai/ }).check();
  await page.getByRole('button', { name: 'Valider mon verdict' }).click();
  await expect(page.getByRole('heading', { name: 'Pas tout à fait…' })).toBeVisible();
  await expect(page.getByText('La bonne réponse : Trompeur.')).toBeVisible();
  await expect(page.getByText(/Ta première étape est restée sur la page/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ce qu’une vérificatrice professionnelle aurait regardé en premier' })).toBeVisible();
  await expect(page.getByText(/24 souris âgées/).first()).toBeVisible();
  await expect(page.getByText('Ton score : 0 point sur 4')).toBeVisible();

  await page.getByRole('button', { name: 'Cas suivant' }).click();
  await expect(page.getByRole('heading', { name: /La pierre tombée du ciel/ })).toBeVisible();
  await page.getByRole('button', { name: '← Tous les cas' }).click();
  // The cases are listed from the easiest to the hardest.
  await expect(page.locator('button.case')).toHaveText([/Niveau 1/, /Niveau 2/, /Niveau 2/, /Niveau 3/]);
  await page.getByRole('button', { name: /La photo de l’inondation/ }).click();
  await expect(page.getByRole('heading', { name: /La photo de l’inondation/ })).toBeVisible();
  await page.getByRole('button', { name: /recherche par image/ }).click();
  await expect(page.getByText(/article du 14 juin 2013/)).toBeVisible();
  await expectNoSeriousAxeViolation(page);
});

test('the true story: accepting a well-sourced claim is praised, rejecting it by reflex is explained as an error', async ({ page }) => {
  await openActivity(page, PAGE);
  await page.getByRole('button', { name: /La pierre tombée du ciel/ }).click();
  await expect(page.getByRole('article', { name: 'Le document à vérifier' })).toContainText('Une météorite traverse le toit d’un garage à Lorvane');
  await expect(page.getByText(/c’est forcément un fake/)).toBeVisible();

  // The cynical reflex first: the comments shout « fake », the pupil says « faux ».
  await page.getByRole('button', { name: /Lire les commentaires/ }).click();
  await expect(page.getByText(/FAKE évident/)).toBeVisible();
  await page.getByRole('radio', { name: /^Faux/ }).check();
  await page.getByRole('button', { name: 'Valider mon verdict' }).click();
  await expect(page.getByRole('heading', { name: 'Pas tout à fait…' })).toBeVisible();
  await expect(page.getByText('La bonne réponse : Vrai.')).toBeVisible();
  await expect(page.getByText(/Rejeter une information vérifiée est une erreur, tout comme croire une fausse/)).toBeVisible();
  await expect(page.getByText('Ton score : 0 point sur 4')).toBeVisible();

  // Then as a fact-checker: the source, then the specialists who examined the stone.
  await page.getByRole('button', { name: 'Recommencer ce cas' }).click();
  await page.getByRole('button', { name: /Chercher qui est derrière\s«\sLe Quotidien de Lorvane\s»/ }).click();
  await expect(page.getByText(/Journal régional fondé en 1946/)).toBeVisible();
  await page.getByRole('button', { name: /Retrouver ce qu’ont dit les spécialistes/ }).click();
  await expect(page.getByText(/fine croûte noire/)).toBeVisible();
  await page.getByRole('radio', { name: /^Vrai/ }).check();
  await page.getByRole('button', { name: 'Valider mon verdict' }).click();
  await expect(page.getByRole('heading', { name: 'Bon verdict !' })).toBeVisible();
  await expect(page.getByText(/C’est étonnant, mais c’est vrai\. L’accepter était le bon choix/)).toBeVisible();
  await expect(page.getByText('Ton score : 4 points sur 4')).toBeVisible();
  await expectNoSeriousAxeViolation(page);
});
