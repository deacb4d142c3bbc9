/**
 * What a teacher can put in an assignment, as one list shared by the three teacher/pupil islands.
 * Built at build time from the site's content (src/pages/enseignants/catalogue.json.ts) and fetched
 * by the islands, so the assignment link only carries short activity ids.
 *
 * Activity ids:
 *   lesson:<module>/<lesson>      a lesson             → /modules/<module>/<lesson>/
 *   quiz:<module>                 a module's quiz       → /modules/<module>/quiz/
 *   exercise:<module>/<slug>      a Python exercise     → /modules/<module>/exercices/<slug>/
 *   activity:<module>/<slug>      an interactive activity → /modules/<module>/activites/<slug>/
 */
import { paths } from '../url.ts';

export const ACTIVITY_KINDS = ['lesson', 'quiz', 'exercise', 'activity'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_ID_PATTERN = /^(lesson|exercise|activity):[a-z0-9-]{1,80}\/[a-z0-9-]{1,80}$|^quiz:[a-z0-9-]{1,80}$/;

export interface ParsedActivityId {
  kind: ActivityKind;
  module: string;
  /** Lesson, exercise or activity slug; undefined for a quiz. */
  slug?: string | undefined;
}

export function parseActivityId(id: string): ParsedActivityId | null {
  if (!ACTIVITY_ID_PATTERN.test(id)) return null;
  const [kind, rest] = id.split(':') as [ActivityKind, string];
  const [module, slug] = rest.split('/') as [string, string | undefined];
  return { kind, module, slug };
}

export const activityId = (kind: ActivityKind, module: string, slug?: string) => (kind === 'quiz' ? `quiz:${module}` : `${kind}:${module}/${slug ?? ''}`);

/** The page of an activity, relative to the site base (give it to href()). */
export function activityPath(id: string): string | null {
  const parsed = parseActivityId(id);
  if (!parsed) return null;
  switch (parsed.kind) {
    case 'lesson':
      return paths.lesson(parsed.module, parsed.slug ?? '');
    case 'quiz':
      return paths.quiz(parsed.module);
    case 'exercise':
      return paths.exercise(parsed.module, parsed.slug ?? '');
    case 'activity':
      return paths.activity(parsed.module, parsed.slug ?? '');
  }
}

/** A quiz question as the dashboard needs it to name the question and the answers. */
export interface CatalogueQuestion {
  id: string;
  prompt: string;
  /** Question type as in the quiz schema (single, multiple, true-false, ordering…). */
  type: string;
  /** Labels of the options (single/multiple), items (ordering), or the terms (matching). */
  labels?: string[] | undefined;
}

export interface CatalogueItem {
  id: string;
  kind: ActivityKind;
  title: string;
  /** Quiz questions, in order (quizzes only). */
  questions?: CatalogueQuestion[] | undefined;
}

export interface CatalogueModule {
  slug: string;
  title: string;
  items: CatalogueItem[];
}

export interface Catalogue {
  v: 1;
  modules: CatalogueModule[];
}

export function catalogueIndex(catalogue: Catalogue): Map<string, CatalogueItem & { module: string; moduleTitle: string }> {
  const map = new Map<string, CatalogueItem & { module: string; moduleTitle: string }>();
  for (const module of catalogue.modules) for (const item of module.items) map.set(item.id, { ...item, module: module.slug, moduleTitle: module.title });
  return map;
}

/** Checks the fetched catalogue just enough to use it safely (it comes from our own build). */
export function isCatalogue(value: unknown): value is Catalogue {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return c['v'] === 1 && Array.isArray(c['modules']) && c['modules'].every((m: unknown) => !!m && typeof m === 'object' && Array.isArray((m as Record<string, unknown>)['items']));
}

export const CATALOGUE_PATH = 'enseignants/catalogue.json';
