import { z } from 'astro/zod';
import { THEMES, curriculumSchema, levelsSchema, slugList, text, textList } from './common.ts';

/** A module: `content/modules/<slug>/module.yaml`. Its slug is its folder name. */
export const moduleSchema = z.object({
  /** Title shown on cards and as the module page heading. */
  title: text('titre (title)'),
  /** One or two sentences for the catalogue card. */
  summary: text('résumé (summary)'),
  /** Levels the module is written for. */
  levels: levelsSchema,
  /** Catalogue theme. */
  theme: z.enum(THEMES, { errorMap: () => ({ message: `thème inconnu : attendu l’un de ${THEMES.join(', ')}` }) }),
  /**
   * The module's accent colour (« #RRGGBB »), used with its emblem (embleme.svg beside module.yaml) on the
   * home page, the catalogue, the module and its lessons. White text on it and it on the dark theme's
   * background must stay readable: the content tests check both contrasts.
   */
  accent: z
    .string({ required_error: 'couleur d’accent (accent) manquante : une couleur « #RRGGBB » (voir CONTRIBUTING)' })
    .regex(/^#[0-9a-fA-F]{6}$/, 'couleur d’accent (accent) : une couleur écrite « #RRGGBB », par exemple « #2f6fbf »'),
  /** Estimated duration, in 55-minute class sessions. */
  sessions: z
    .number({ required_error: 'durée (sessions) manquante', invalid_type_error: 'durée (sessions) : un nombre de séances' })
    .int()
    .min(1, 'durée (sessions) : au moins une séance')
    .max(20),
  /** Position in the catalogue (smaller first). */
  order: z.number({ required_error: 'ordre (order) manquant' }).int().min(0),
  /** Learning objectives, each starting with a verb. */
  objectives: textList('objectifs (objectives)'),
  /** Official curriculum links. */
  curriculum: curriculumSchema,
  /**
   * Optional: the lessons are read in the order of their file numbers (lecons/01-…, 02-…). If the
   * list is written, it must follow that order (it is checked, never used to reorder).
   */
  lessons: slugList('leçons (lessons)', 1).optional(),
});
/** A module as the site uses it: `lessons` always filled, in the order of the lesson files. */
export type ModuleData = Omit<z.infer<typeof moduleSchema>, 'lessons'> & { lessons: string[] };

/** The lesson slugs of a module in reading order: by the number that starts each file name. */
export function lessonOrder(lessons: readonly { slug: string; order: number | null }[]): string[] {
  return [...lessons].sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER)).map((l) => l.slug);
}
