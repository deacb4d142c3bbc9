/**
 * The small world of « Le recommandeur à la loupe »: 15 fictional works (books, films, music) and the
 * ratings a dozen fictional pupils gave them, from 1 (je n’ai pas aimé du tout) to 5 (j’ai adoré).
 * 0 means « pas vu, pas lu, pas écouté ». The table has three taste families (adventure and science
 * fiction, comedy and pop, nature and history) with overlaps, so that neighbours are meaningful.
 */
export const ITEM_KINDS = ['livre', 'film', 'musique'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface CatalogueItem {
  id: string;
  kind: ItemKind;
  title: string;
  /** A few words on the genre, shown under the title. */
  genre: string;
}

export const CATALOGUE: readonly CatalogueItem[] = [
  { id: 'cite-des-brumes', kind: 'livre', title: 'La Cité des brumes', genre: 'roman fantastique' },
  { id: 'dernier-dragon', kind: 'livre', title: 'Le Dernier Dragon de Kerbihan', genre: 'roman d’aventure' },
  { id: 'voisins-poules', kind: 'livre', title: 'Mes voisins sont des poules', genre: 'roman drôle' },
  { id: 'journal-suzon', kind: 'livre', title: 'Le Journal de Suzon, 1914', genre: 'roman historique' },
  { id: 'carnet-ocean', kind: 'livre', title: 'Carnet de l’océan', genre: 'documentaire illustré' },
  { id: 'orbite-9', kind: 'film', title: 'Orbite 9', genre: 'science-fiction' },
  { id: 'labyrinthe-verre', kind: 'film', title: 'Le Labyrinthe de verre', genre: 'film fantastique' },
  { id: 'coloc-pagaille', kind: 'film', title: 'Coloc en pagaille', genre: 'comédie' },
  { id: 'pieds-sable', kind: 'film', title: 'Les Pieds dans le sable', genre: 'comédie romantique' },
  { id: 'marche-glaciers', kind: 'film', title: 'La Marche des glaciers', genre: 'documentaire' },
  { id: 'lunes-electriques', kind: 'musique', title: 'Les Lunes électriques', genre: 'album électro' },
  { id: 'soleil-de-poche', kind: 'musique', title: 'Soleil de poche', genre: 'album pop' },
  { id: 'refrain-ete', kind: 'musique', title: 'Refrain d’été', genre: 'chansons françaises' },
  { id: 'quatuor-matin', kind: 'musique', title: 'Le Quatuor du matin', genre: 'musique classique' },
  { id: 'racines', kind: 'musique', title: 'Racines', genre: 'album de rap' },
];

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

/** Ratings in catalogue order, 0 = not rated (easier to read and to check as a table). */
const ROWS: [string, number[]][] = [
  ['Hugo', [5, 4, 0, 2, 0, 5, 4, 2, 0, 0, 4, 0, 1, 0, 3]],
  ['Noah', [4, 5, 2, 0, 0, 5, 5, 0, 1, 2, 5, 2, 0, 0, 4]],
  ['Yanis', [5, 0, 0, 1, 2, 4, 5, 3, 0, 0, 4, 0, 0, 1, 5]],
  ['Sacha', [4, 4, 0, 3, 4, 5, 0, 0, 0, 4, 3, 0, 0, 3, 0]],
  ['Léa', [1, 0, 5, 0, 2, 2, 0, 5, 4, 0, 0, 5, 4, 0, 3]],
  ['Chloé', [0, 2, 4, 3, 0, 0, 1, 5, 5, 0, 1, 4, 5, 0, 0]],
  ['Emma', [2, 0, 5, 0, 0, 1, 0, 4, 5, 2, 0, 5, 4, 2, 4]],
  ['Lina', [0, 1, 4, 4, 3, 0, 0, 4, 3, 3, 0, 4, 0, 3, 0]],
  ['Inès', [2, 0, 0, 5, 5, 1, 2, 0, 0, 5, 0, 0, 2, 5, 3]],
  ['Adam', [0, 2, 1, 4, 5, 2, 0, 1, 0, 5, 2, 0, 0, 4, 0]],
  ['Jade', [3, 0, 2, 5, 4, 0, 0, 2, 3, 4, 0, 2, 0, 5, 0]],
  ['Rayan', [4, 3, 0, 0, 4, 4, 3, 0, 0, 5, 3, 0, 0, 0, 5]],
];

/** Turns a row in catalogue order into ratings (0 = not rated). */
export function ratingsFromRow(row: readonly number[], ids: readonly string[] = ITEM_IDS): Ratings {
  const ratings: Record<string, number> = {};
  row.forEach((value, index) => {
    const id = ids[index];
    if (id !== undefined && value > 0) ratings[id] = value;
  });
  return ratings;
}

export const CLASS_RATINGS: readonly RatedUser[] = ROWS.map(([name, row]) => ({ name, ratings: ratingsFromRow(row) }));
