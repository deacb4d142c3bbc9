/**
 * Content collections. Authors' files live in `content/modules/<module>/`:
 *   module.yaml, lecons/NN-<slug>.mdx, glossaire/<slug>.yaml, fiche-enseignant.mdx, activites/<slug>.mdx
 * Each file is validated by its schema (src/schemas/); cross-file references are checked by
 * src/lib/content-graph.ts when the site is built (see src/lib/site.ts).
 * Ids are the file paths without extension, so that two files can never silently share an id.
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { teacherNotesSchema } from './schemas/teacher-notes.ts';
import { activitySchema } from './schemas/activity.ts';
import { quizSchema } from './schemas/quiz.ts';
import { exerciseSchema } from './schemas/exercise.ts';
import { corpusSchema } from './schemas/corpus.ts';

const base = './content/modules';
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx?)$/, '');

export const collections = {
  modules: defineCollection({ loader: glob({ base, pattern: '*/module.yaml', generateId: pathId }), schema: moduleSchema }),
  lessons: defineCollection({ loader: glob({ base, pattern: '*/lecons/*.{md,mdx}', generateId: pathId }), schema: lessonSchema }),
  glossary: defineCollection({ loader: glob({ base, pattern: '*/glossaire/*.{yaml,yml}', generateId: pathId }), schema: glossarySchema }),
  /** Standalone pages written as content (about and privacy). */
  pages: defineCollection({
    loader: glob({ base: './content/pages', pattern: '*.md' }),
    schema: z.object({ title: z.string().min(1), description: z.string().min(1) }),
  }),
  teacherNotes: defineCollection({ loader: glob({ base, pattern: '*/fiche-enseignant.{md,mdx}', generateId: pathId }), schema: teacherNotesSchema }),

  // — Quizzes —
  /** One optional quiz per module: content/modules/<module>/quiz.yaml (see src/schemas/quiz.ts). */
  quizzes: defineCollection({ loader: glob({ base, pattern: '*/quiz.{yaml,yml}', generateId: pathId }), schema: quizSchema }),

  // — Python exercises —
  /** One file per exercise: content/modules/<module>/exercices/NN-<slug>.yaml (see src/schemas/exercise.ts). */
  exercises: defineCollection({ loader: glob({ base, pattern: '*/exercices/*.{yaml,yml}', generateId: pathId }), schema: exerciseSchema }),

  // — Simulations and class activities —
  activities: defineCollection({ loader: glob({ base, pattern: '*/activites/*.{md,mdx}', generateId: pathId }), schema: activitySchema }),
  /** Texts the « Devine le mot suivant » model learns from: content/modules/<module>/corpus/<slug>.yaml (see src/schemas/corpus.ts). */
  corpora: defineCollection({ loader: glob({ base, pattern: '*/corpus/*.{yaml,yml}', generateId: pathId }), schema: corpusSchema }),
};
