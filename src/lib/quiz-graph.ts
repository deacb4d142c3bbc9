/**
 * Cross-file checks of the quizzes, which a per-file schema cannot see: the quiz belongs to an existing
 * module, every `lesson` is a lesson of that module, every image exists under public/. Pure: the build
 * (src/lib/site.ts) and the content tests feed it the same data.
 */
import type { QuizData } from '../schemas/quiz.ts';
import type { ContentProblem } from './content-graph.ts';

export interface QuizFile {
  /** Path of the quiz file, relative to the project root. */
  file: string;
  /** Slug of the module folder the file is in. */
  module: string;
  data: QuizData;
}

export interface QuizModuleRef {
  slug: string;
  lessons: readonly string[];
}

export interface QuizCheckOptions {
  /** Tells whether a path under public/ exists; omitted → images are not checked. */
  publicFileExists?: (path: string) => boolean;
}

export function validateQuizzes(quizzes: QuizFile[], modules: QuizModuleRef[], options: QuizCheckOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seenModules = new Set<string>();
  for (const quiz of quizzes) {
    if (seenModules.has(quiz.module)) problems.push({ file: quiz.file, field: 'fichier', message: `le module « ${quiz.module} » a déjà un quiz : un seul quiz.yaml par module` });
    seenModules.add(quiz.module);
    const mod = modules.find((m) => m.slug === quiz.module);
    if (!mod) {
      problems.push({ file: quiz.file, field: 'dossier', message: `aucun module.yaml dans content/modules/${quiz.module}/` });
      continue;
    }
    quiz.data.questions.forEach((question, index) => {
      const where = (field: string) => `questions[${index}].${field}`;
      if (question.lesson !== undefined && !mod.lessons.includes(question.lesson)) {
        problems.push({
          file: quiz.file,
          field: where('lesson'),
          message: `question « ${question.id} » : la leçon « ${question.lesson} » n’appartient pas au module « ${mod.slug} » (leçons : ${mod.lessons.join(', ')})`,
        });
      }
      if (question.image && options.publicFileExists && !options.publicFileExists(question.image.src)) {
        problems.push({ file: quiz.file, field: where('image.src'), message: `question « ${question.id} » : l’image « ${question.image.src} » est introuvable dans public/` });
      }
    });
  }
  return problems;
}
