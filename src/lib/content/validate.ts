/**
 * The one content validator. It reads content/ (./read.ts), checks each file against its schema,
 * the references between files (content-graph, quiz-graph, exercise-graph) and the writing rules
 * (./rules.ts), and returns every problem in French, naming the file, the field and the fix.
 *
 * Run by: the build and `astro dev`/`astro sync` (src/integrations/content.ts, before Astro reads
 * anything; src/lib/site.ts while authoring), `npm run check:content` (seconds, no build) and the
 * content tests. Errors stop the build; warnings (writing rules) are shown, and fail the check and tests.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateContentGraph, type ContentProblem } from '../content-graph.ts';
import { validateExercises } from '../exercise-graph.ts';
import { validateQuizzes } from '../quiz-graph.ts';
import { readContent, type ContentSet } from './read.ts';
import { writingRules } from './rules.ts';

export interface ContentReport {
  content: ContentSet;
  problems: ContentProblem[];
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

export function validateContent(root: string = process.cwd()): ContentReport {
  const content = readContent(root);
  const publicFileExists = (path: string) => existsSync(join(root, 'public', path));
  const moduleFileExists = (module: string, name: string) => existsSync(join(root, 'content', 'modules', module, name));
  const { inventory } = content;
  // A file that does not parse or fit its schema is missing from the inventory: checking references
  // now would only add confusing consequences (« lesson not found »). Fix these first.
  if (content.problems.length > 0) return { content, problems: content.problems, errors: content.problems, warnings: [] };
  const problems = [
    ...validateContentGraph(inventory, { publicFileExists, moduleFileExists }),
    ...validateQuizzes(content.quizzes, inventory.modules.map((m) => ({ slug: m.slug, lessons: m.data.lessons })), { publicFileExists }),
    ...validateExercises(content.exercises, inventory.modules.map((m) => m.slug)),
    ...writingRules(content, root),
  ];
  return {
    content,
    problems,
    errors: problems.filter((p) => p.level !== 'warning'),
    warnings: problems.filter((p) => p.level === 'warning'),
  };
}
