import { z } from 'astro/zod';
import { text } from './common.ts';

/** A standalone page written as content: content/pages/<slug>.md (about, privacy). */
export const pageSchema = z.object({ title: text('titre (title)'), description: text('description') });
