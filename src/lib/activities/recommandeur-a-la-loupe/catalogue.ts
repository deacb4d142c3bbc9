/**
 * The small world of « Le recommandeur à la loupe »: 15 fictional works (books, films, music) and the
 * ratings a dozen fictional pupils gave them, from 1 (je n’ai pas aimé du tout) to 5 (j’ai adoré).
 * 0 means « pas vu, pas lu, pas écouté ». The works and the ratings are content
 * (content/modules/systemes-de-recommandation/activites/recommandeur-a-la-loupe/catalogue.yaml,
 * checked by src/schemas/recommandeur-a-la-loupe.ts).
 */
import catalogue from 'virtual:declic/recommandeur-a-la-loupe';
import type { ItemKind } from './kinds.ts';

export { ITEM_KINDS, type ItemKind } from './kinds.ts';

export interface CatalogueItem {
  id: string;
  kind: ItemKind;
  title: string;
  /** A few words on the genre, shown under the title. */
  genre: string;
}

export const CATALOGUE: readonly CatalogueItem[] = catalogue.items;

export const ITEM_IDS: readonly string[] = CATALOGUE.map((item) => item.id);

export function itemById(id: string): CatalogueItem {
  const item = CATALOGUE.find((i) => i.id === id);
  if (!item) throw new Error(`Œuvre inconnue : ${id}`);
  return item;
}

/** A pupil's ratings: item id → 1 to 5. An item that is absent has not been rated. */
export type Ratings = Readonly<Record<string, number>>;

export interface RatedUser {
  name: string;
  ratings: Ratings;
}


/** Turns a row in catalogue order into ratings (0 = not rated). */
export function ratingsFromRow(row: readonly number[], ids: readonly string[] = ITEM_IDS): Ratings {
  const ratings: Record<string, number> = {};
  row.forEach((value, index) => {
    const id = ids[index];
    if (id !== undefined && value > 0) ratings[id] = value;
  });
  return ratings;
}

export const CLASS_RATINGS: readonly RatedUser[] = catalogue.ratings.map(({ name, row }) => ({ name, ratings: ratingsFromRow(row) }));
