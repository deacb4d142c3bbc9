/** Kinds of works in « Le recommandeur à la loupe » (the works are content: see recommender/catalogue.ts). */
export const ITEM_KINDS = ['livre', 'film', 'musique'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
