/**
 * The Python exercises of the site, loaded once per build from their collection (checked with the
 * rest of the content by src/lib/content/validate.ts, see site.ts). Kept apart from site.ts so that a module without exercises needs
 * nothing from this file. Prose fields get French typography in the page, never the code.
 */
import { getCollection } from 'astro:content';
import type { ExerciseData } from '../schemas/exercise.ts';
import { lessonPartsOf } from './paths.ts';
import { loadSite } from './site.ts';

export interface SiteExercise {
  module: string;
  slug: string;
  order: number;
  data: ExerciseData;
}

async function load(): Promise<SiteExercise[]> {
  const [entries, site] = await Promise.all([getCollection('exercises'), loadSite()]);
  const moduleSlugs = new Set(site.modules.map((m) => m.slug));
  const files = entries.map((e) => ({ ...lessonPartsOf(e.id), data: e.data })).filter((f) => moduleSlugs.has(f.module));
  return files.map((f) => ({ module: f.module, slug: f.slug, order: f.order ?? 0, data: f.data })).sort((a, b) => a.module.localeCompare(b.module) || a.order - b.order);
}

let cached: Promise<SiteExercise[]> | undefined;

/** Every exercise, sorted by module then order. */
export function loadExercises(): Promise<SiteExercise[]> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

export async function exercisesOf(module: string): Promise<SiteExercise[]> {
  return (await loadExercises()).filter((e) => e.module === module);
}
