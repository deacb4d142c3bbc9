/**
 * The writing rules of shared/CONTENT.md that a schema cannot express, as warnings: the build goes on
 * (a draft can be previewed), `npm run check:content` and the tests fail. One place for them all.
 */
import type { ContentProblem } from '../content-graph.ts';
import { lintFrenchProse, lintLessonShape } from '../content-lint.ts';
import { countWords } from '../reading-time.ts';
import type { ContentSet } from './read.ts';

export const LESSONS_PER_MODULE = { min: 3, max: 6 } as const;
export const LESSON_WORDS = { min: 800, max: 1600 } as const;
export const QUIZ_QUESTIONS = { min: 8, max: 12, types: 4 } as const;

/** Every string of a parsed YAML value. */
export const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsOf) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

export function writingRules(content: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const warn = (file: string, field: string, message: string) => problems.push({ file, field, message, level: 'warning' });
  const { inventory } = content;

  for (const mod of inventory.modules) {
    const lessons = inventory.lessons.filter((l) => l.module === mod.slug);
    if (lessons.length < LESSONS_PER_MODULE.min || lessons.length > LESSONS_PER_MODULE.max) {
      warn(mod.file, 'lessons', `${lessons.length} leçon(s) : un module en a de ${LESSONS_PER_MODULE.min} à ${LESSONS_PER_MODULE.max}`);
    }
    const listed = content.listedLessons.get(mod.file);
    if (listed && listed.join() !== mod.data.lessons.join()) {
      problems.push({ file: mod.file, field: 'lessons', message: `la liste doit suivre les numéros des fichiers de lecons/ (${mod.data.lessons.join(', ')}) ; le plus simple : supprimez-la, l’ordre vient des noms de fichiers` });
    }
  }

  for (const lesson of inventory.lessons) {
    const words = countWords(lesson.body);
    if (words < LESSON_WORDS.min || words > LESSON_WORDS.max) warn(lesson.file, 'texte', `${words} mots : une leçon en compte de ${LESSON_WORDS.min} à ${LESSON_WORDS.max}`);
    for (const message of lintLessonShape(lesson.body)) warn(lesson.file, 'structure', message);
    if (!/<Terme\s/.test(lesson.body)) warn(lesson.file, 'texte', 'aucun mot du glossaire (<Terme id="…">) dans le texte');
    const h1 = lesson.body.split('\n').findIndex((line) => /^# /.test(line));
    if (h1 >= 0) warn(lesson.file, `ligne ${h1 + 1}`, 'titre de niveau 1 (« # ») : le titre vient de l’en-tête, commencez les intertitres par « ## »');
  }

  for (const file of [...content.raw.lessons, ...content.raw.notes, ...content.raw.activities]) {
    for (const issue of lintFrenchProse(file.body)) warn(file.file, `ligne ${issue.line + file.bodyLine - 1}`, issue.message);
  }

  for (const [name, data] of Object.entries(content.activityData)) {
    const texts = stringsOf(data);
    const issues = new Set(texts.flatMap((text) => [...lintFrenchProse(text).map((i) => i.message), ...(/'/.test(text) ? ['apostrophe droite \' : utiliser ’'] : [])]));
    for (const message of issues) warn(`content/modules/*/activites/${name}/`, 'texte', message);
  }

  for (const term of inventory.glossary) {
    const sentences = term.data.definition.split(/[.!?…](\s|$)/).filter((s) => s.trim().length > 2).length;
    if (sentences > 2) warn(term.file, 'definition', `${sentences} phrases : une définition en a une ou deux`);
  }

  for (const quiz of content.quizzes) {
    const { questions } = quiz.data;
    if (questions.length < QUIZ_QUESTIONS.min || questions.length > QUIZ_QUESTIONS.max) warn(quiz.file, 'questions', `${questions.length} questions : un quiz en a de ${QUIZ_QUESTIONS.min} à ${QUIZ_QUESTIONS.max}`);
    const types = new Set(questions.map((q) => q.type)).size;
    if (types < QUIZ_QUESTIONS.types) warn(quiz.file, 'questions', `${types} type(s) de questions : il en faut au moins ${QUIZ_QUESTIONS.types}`);
    const judged = questions.flatMap((q) => ('genuine' in q && q.genuine !== undefined ? [q.genuine] : []));
    if (judged.length > 0 && new Set(judged).size < 2) warn(quiz.file, 'genuine', 'les éléments à juger sont tous vrais ou tous faux : mélangez-les (discernement, pas cynisme)');
  }
  for (const raw of content.raw.quizzes) {
    for (const text of stringsOf(raw.data)) {
      for (const issue of lintFrenchProse(text)) warn(raw.file, `« ${text.slice(0, 40)}… »`, issue.message);
    }
  }
  return problems;
}
