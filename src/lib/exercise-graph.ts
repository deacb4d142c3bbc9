/**
 * Cross-file checks of the exercises (what one file's schema cannot see): each exercise sits in the
 * folder of an existing module, has an `NN-` prefix, a valid slug not used twice in its module, and a
 * prefix not used twice. Pure: the build (src/lib/site-exercises.ts) and the content tests share it.
 */
import type { ExerciseData } from '../schemas/exercise.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import type { ContentProblem } from './content-graph.ts';

export interface ExerciseFile {
  file: string;
  module: string;
  slug: string;
  order: number | null;
  data: ExerciseData;
}

export function validateExercises(exercises: ExerciseFile[], moduleSlugs: string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  const orders = new Map<string, string>();
  for (const ex of exercises) {
    if (!moduleSlugs.includes(ex.module)) problems.push({ file: ex.file, field: 'dossier', message: `aucun module.yaml dans content/modules/${ex.module}/` });
    if (ex.order === null) problems.push({ file: ex.file, field: 'nom du fichier', message: 'le nom doit commencer par un numéro d’ordre, par exemple 01-mon-exercice.yaml' });
    else {
      const sameOrder = orders.get(`${ex.module}/${ex.order}`);
      if (sameOrder) problems.push({ file: ex.file, field: 'nom du fichier', message: `le numéro ${ex.order} est déjà pris par ${sameOrder}` });
      orders.set(`${ex.module}/${ex.order}`, ex.file);
    }
    if (!SLUG_PATTERN.test(ex.slug)) problems.push({ file: ex.file, field: 'nom du fichier', message: `« ${ex.slug} » n’est pas un identifiant valide (minuscules, chiffres, tirets)` });
    const previous = seen.get(`${ex.module}/${ex.slug}`);
    if (previous) problems.push({ file: ex.file, field: 'nom du fichier', message: `l’exercice « ${ex.slug} » existe déjà : ${previous}` });
    seen.set(`${ex.module}/${ex.slug}`, ex.file);
  }
  return problems;
}
