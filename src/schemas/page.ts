import { z } from 'astro/zod';
import { text } from './common.ts';

/** A standalone page written as content: content/pages/<slug>.md (about, privacy, statements), served at /<slug>/. */
export const pageSchema = z.object({
  title: text('titre (title)'),
  description: text('description'),
  /** The navigation entry this page belongs to (« À propos » is highlighted when it is open). */
  section: z.literal('about').optional(),
});
