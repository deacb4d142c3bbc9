import { z } from 'astro/zod';
import { slugList, text } from './common.ts';

/** A glossary term: `content/modules/<module>/glossaire/<slug>.yaml`. Slugs are unique site-wide. */
export const glossarySchema = z.object({
  /** The term as written in a sentence ("Biais de confirmation"). */
  term: text('terme (term)'),
  /** One or two sentences a 12-year-old understands. */
  definition: text('définition (definition)').refine((d) => d.length <= 400, 'définition : 400 caractères au plus, pour rester lisible'),
  /**
   * Everyday words pupils type for this term (« infox », « fake news »): the search finds the term
   * with them. Data, kept with the term; never shown as a definition.
   */
  synonyms: z.array(text('synonyme (synonyms)')).optional(),
  /** Slugs of related terms. */
  related: slugList('termes liés (related)').default([]),
});
export type GlossaryData = z.infer<typeof glossarySchema>;
