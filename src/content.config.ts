/**
 * Content collections. Authors' files live in `content/modules/<module>/`:
 *   module.yaml, lecons/NN-<slug>.mdx, glossaire/<slug>.yaml, fiche-enseignant.mdx, activites/<slug>.mdx
 * Each file is validated by its schema (src/schemas/), wrapped by inFrench() so that Astro's own
 * messages (`astro sync`, `astro build`) are French too. The whole content — these files, references
 * between them, the activities' data and the writing rules — is checked first by the content
 * validator (src/lib/content/validate.ts, run by src/integrations/content.ts and `npm run check:content`).
 * Ids are the file paths without extension, so that two files can never silently share an id.
 */
import { defineCollection } from 'astro:content';
import { glob } from './lib/content/glob.ts';
import { moduleSchema } from './schemas/module.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { teacherNotesSchema } from './schemas/teacher-notes.ts';
import { activitySchema } from './schemas/activity.ts';
import { quizSchema } from './schemas/quiz.ts';
import { exerciseSchema } from './schemas/exercise.ts';
import { pageSchema } from './schemas/page.ts';
import { inFrench } from './lib/content/french-zod.ts';

const base = './content/modules';
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx?)$/, '');

export const collections = {
  modules: defineCollection({ loader: glob({ base, pattern: '*/module.yaml', generateId: pathId }), schema: inFrench(moduleSchema) }),
  lessons: defineCollection({ loader: glob({ base, pattern: '*/lecons/*.{md,mdx}', generateId: pathId }), schema: inFrench(lessonSchema) }),
  glossary: defineCollection({ loader: glob({ base, pattern: '*/glossaire/*.{yaml,yml}', generateId: pathId }), schema: inFrench(glossarySchema) }),
  /** Standalone pages written as content (about and privacy). */
  pages: defineCollection({
    loader: glob({ base: './content/pages', pattern: '*.md' }),
    schema: inFrench(pageSchema),
  }),
  teacherNotes: defineCollection({ loader: glob({ base, pattern: '*/fiche-enseignant.{md,mdx}', generateId: pathId }), schema: inFrench(teacherNotesSchema) }),

  // — Quizzes —
  /** One optional quiz per module: content/modules/<module>/quiz.yaml (see src/schemas/quiz.ts). */
  quizzes: defineCollection({ loader: glob({ base, pattern: '*/quiz.{yaml,yml}', generateId: pathId }), schema: inFrench(quizSchema) }),

  // — Python exercises —
  /** One file per exercise: content/modules/<module>/exercices/NN-<slug>.yaml (see src/schemas/exercise.ts). */
  exercises: defineCollection({ loader: glob({ base, pattern: '*/exercices/*.{yaml,yml}', generateId: pathId }), schema: inFrench(exerciseSchema) }),

  // — Simulations and class activities —
  activities: defineCollection({ loader: glob({ base, pattern: '*/activites/*.{md,mdx}', generateId: pathId }), schema: inFrench(activitySchema) }),
};
