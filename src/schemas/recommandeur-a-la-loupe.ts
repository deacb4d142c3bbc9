import { z } from 'astro/zod';
import { ITEM_KINDS } from '../lib/activities/recommandeur-a-la-loupe/kinds.ts';
import { SLUG_PATTERN, text } from './common.ts';

/**
 * « Le recommandeur à la loupe »: content/modules/systemes-de-recommandation/activites/recommandeur-a-la-loupe/catalogue.yaml,
 * the fictional works and the class's ratings (one row per pupil, in the order of the works).
 */
export const recommenderCatalogueSchema = z
  .object({
    items: z
      .array(
        z
          .object({
            id: z.string().regex(SLUG_PATTERN, 'identifiant invalide (minuscules, chiffres et tirets, sans accent)'),
            kind: z.enum(ITEM_KINDS, { errorMap: () => ({ message: `type inconnu : attendu l’un de ${ITEM_KINDS.join(', ')}` }) }),
            title: text('titre (title)'),
            genre: text('genre'),
          })
          .strict(),
      )
      .min(3),
    ratings: z
      .array(
        z
          .object({
            name: text('prénom (name)'),
            row: z.array(z.number().int('note : un nombre entier de 0 à 5').min(0, 'note : de 0 à 5').max(5, 'note : de 0 à 5')),
          })
          .strict(),
      )
      .min(3),
  })
  .strict()
  .superRefine((data, ctx) => {
    const ids = data.items.map((i) => i.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `l’identifiant « ${id} » est déjà pris` });
    });
    data.ratings.forEach((user, i) => {
      if (user.row.length !== ids.length) {
        ctx.addIssue({ code: 'custom', path: ['ratings', i, 'row'], message: `${user.row.length} notes pour ${ids.length} œuvres : une note par œuvre, dans l’ordre de la liste (0 = pas vu)` });
      }
    });
  });
export type RecommenderCatalogueData = z.infer<typeof recommenderCatalogueSchema>;
