/**
 * The Python exercises of the site, loaded once per build from their collection and checked against
 * the modules (exercise-graph.ts). Kept apart from site.ts so that a module without exercises needs
 * nothing from this file. Prose fields get French typography in the page, never the code.
 */
import { getCollection } from 'astro:content';
import type { ExerciseData } from '../schemas/exercise.ts';
import { formatProblems } from './content-graph.ts';
import { validateExercises, type ExerciseFile } from './exercise-graph.ts';
import { CONTENT_ROOT, lessonPartsOf } from './paths.ts';
import { loadSite } from './site.ts';

export interface SiteExercise {
  module: string;
  slug: string;
  order: number;
  data: ExerciseData;
}

async function load(): Promise<SiteExercise[]> {
  const [entries, site] = await Promise.all([getCollection('exercises'), loadSite()]);
  const files: ExerciseFile[] = entries.map((e) => ({ file: e.filePath ?? `${CONTENT_ROOT}/${e.id}.yaml`, ...lessonPartsOf(e.id), data: e.data }));
  const problems = validateExercises(files, site.modules.map((m) => m.slug));
  if (problems.length > 0) throw new Error(formatProblems(problems));
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
