import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * One corpus of « Devine le mot suivant »: content/modules/ia-qui-ecrit/activites/devine-le-mot-suivant/NN-<id>.yaml
 * (the id is the file name without its number; corpora are offered in the order of the numbers). The
 * pupil's language model is built from `text` in the browser. Literary texts must be the authentic,
 * public-domain texts with their edition; invented texts say so (`status: fictif`). Checked when the
 * content is read (src/lib/content/), at build time, so that zod is not shipped to the pupil.
 */
export const CORPUS_STATUSES = ['domaine-public', 'fictif'] as const;

export const corpusSchema = z.object({
  /** Name shown in the corpus choice, e.g. « Trois fables de La Fontaine ». */
  title: text('titre (title)'),
  /** One sentence: what the texts are, for the pupil. */
  summary: text('résumé (summary)'),
  /** Author (or « Textes inventés pour Déclic »). */
  author: text('auteur (author)'),
  /** Where the text comes from: work, edition, transcription, what was modernised. */
  source: text('source (source)'),
  /** Public domain (with why in `statusNote`) or invented for the site. */
  status: z.enum(CORPUS_STATUSES, { errorMap: () => ({ message: `statut (status) : ${CORPUS_STATUSES.join(' ou ')}` }) }),
  /** Why the text may be shipped (death of the author, invented…). */
  statusNote: text('statut : explication (statusNote)'),
  /** The text itself, as printed (verse line breaks kept). */
  text: text('texte (text)').refine((t) => t.split(/\s+/).length >= 150, 'texte (text) : au moins 150 mots, sinon le modèle ne voit presque rien'),
});
export type CorpusData = z.infer<typeof corpusSchema>;
