/** Reads every content/modules/<module>/quiz.yaml from disk and validates it like the build does. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { quizSchema } from '../../src/schemas/quiz.ts';
import type { ContentProblem } from '../../src/lib/content-graph.ts';
import type { QuizFile } from '../../src/lib/quiz-graph.ts';
import { MODULES_DIR, ROOT } from './load-content.ts';

export interface LoadedQuizzes {
  quizzes: QuizFile[];
  /** The raw parsed YAML, by file. */
  raw: { file: string; data: unknown }[];
  schemaProblems: ContentProblem[];
}

export function loadQuizzes(modulesDir = MODULES_DIR): LoadedQuizzes {
  const result: LoadedQuizzes = { quizzes: [], raw: [], schemaProblems: [] };
  for (const module of readdirSync(modulesDir).filter((name) => statSync(join(modulesDir, name)).isDirectory())) {
    for (const name of ['quiz.yaml', 'quiz.yml']) {
      const path = join(modulesDir, module, name);
      if (!existsSync(path)) continue;
      const file = relative(ROOT, path);
      let data: unknown;
      try {
        data = parseYaml(readFileSync(path, 'utf8'));
      } catch (error) {
        result.schemaProblems.push({ file, field: '(YAML)', message: String(error) });
        continue;
      }
      result.raw.push({ file, data });
      const parsed = quizSchema.safeParse(data);
      if (parsed.success) result.quizzes.push({ file, module, data: parsed.data });
      else for (const issue of parsed.error.issues) result.schemaProblems.push({ file, field: issue.path.join('.') || '(fichier)', message: issue.message });
    }
  }
  return result;
}
