import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * A corpus for the « Devine le mot suivant » activity: `content/modules/<module>/corpus/<slug>.yaml`.
 * The pupil's language model is built from `text` in the browser. Literary texts must be the
 * authentic, public-domain texts with their edition; invented texts say so (`status: fictif`).
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
  /** Position in the choice (smaller first). */
  order: z.number({ required_error: 'ordre (order) manquant' }).int().min(0),
  /** The text itself, as printed (verse line breaks kept). */
  text: text('texte (text)').refine((t) => t.split(/\s+/).length >= 150, 'texte (text) : au moins 150 mots, sinon le modèle ne voit presque rien'),
});
export type CorpusData = z.infer<typeof corpusSchema>;
