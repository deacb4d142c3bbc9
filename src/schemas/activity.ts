import { z } from 'astro/zod';
import { slugRef, text, textList } from './common.ts';

/**
 * Interactive activities (simulations, investigations, class experiments), each rendered by one Svelte
 * island. The names below are the islands the site knows (src/components/activities/ActivityIsland.astro).
 */
export const ACTIVITY_ISLANDS = ['mon-fil-d-actualite', 'recommandeur-a-la-loupe', 'enquete-laterale', 'fil-sans-fin', 'experience-ancrage', 'mon-empreinte-numerique'] as const;
export type ActivityIsland = (typeof ACTIVITY_ISLANDS)[number];

/** An activity: `content/modules/<module>/activites/<slug>.mdx`; the body holds the pupil's instructions. */
export const activitySchema = z.object({
  /** Title of the activity page. */
  title: text('titre (title)'),
  /** One sentence for the module page. */
  summary: text('résumé (summary)'),
  /** Which interactive island runs the activity. */
  island: z.enum(ACTIVITY_ISLANDS, { errorMap: () => ({ message: `island inconnu : attendu l’un de ${ACTIVITY_ISLANDS.join(', ')}` }) }),
  /** Estimated duration in minutes. */
  minutes: z.number({ required_error: 'durée (minutes) manquante' }).int().min(1).max(110),
  /** Objectives of the activity. */
  objectives: textList('objectifs (objectives)'),
  /** Lessons to read after (or before) the activity: slugs of the same module. */
  lessons: z.array(slugRef('leçons (lessons)')).default([]),
});
export type ActivityData = z.infer<typeof activitySchema>;
