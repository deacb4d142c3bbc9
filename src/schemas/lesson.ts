import { z } from 'astro/zod';
import { slugList, sourceSchema, text, textList } from './common.ts';

/** A lesson: `content/modules/<module>/lecons/NN-<slug>.mdx`. Reading time is computed from the text. */
export const lessonSchema = z.object({
  /** Lesson title (the page's only h1). */
  title: text('titre (title)'),
  /** One sentence shown in the module's list of lessons. */
  summary: text('résumé (summary)'),
  /** What the pupil will be able to do after the lesson. */
  objectives: textList('objectifs (objectives)'),
  /** Glossary slugs of the lesson's key terms. */
  keyTerms: slugList('termes clés (keyTerms)', 1),
  /** Sources cited by the lesson. */
  sources: z.array(sourceSchema).min(1, 'sources : au moins une source attendue'),
});
export type LessonData = z.infer<typeof lessonSchema>;
