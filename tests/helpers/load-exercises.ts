/**
 * Reads every exercise file from disk with its schema, as the `exercises` collection does at build
 * time (getCollection() is not available inside vitest).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseOrderedName, type ContentProblem } from '../../src/lib/content-graph.ts';
import type { ExerciseFile } from '../../src/lib/exercise-graph.ts';
import { exerciseSchema } from '../../src/schemas/exercise.ts';
import { MODULES_DIR, ROOT } from './load-content.ts';

export function loadExercises(modulesDir = MODULES_DIR): { exercises: ExerciseFile[]; problems: ContentProblem[] } {
  const exercises: ExerciseFile[] = [];
  const problems: ContentProblem[] = [];
  for (const module of readdirSync(modulesDir).filter((name) => statSync(join(modulesDir, name)).isDirectory())) {
    const dir = join(modulesDir, module, 'exercices');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
      const path = join(dir, name);
      const file = relative(ROOT, path);
      const result = exerciseSchema.safeParse(parseYaml(readFileSync(path, 'utf8')));
      if (!result.success) {
        for (const issue of result.error.issues) problems.push({ file, field: issue.path.join('.') || '(fichier)', message: issue.message });
        continue;
      }
      exercises.push({ file, module, ...parseOrderedName(name.replace(/\.ya?ml$/, '')), data: result.data });
    }
  }
  return { exercises, problems };
}
