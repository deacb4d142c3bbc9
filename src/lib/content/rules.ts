/**
 * The writing rules of docs/ecrire.md that a schema cannot express, as warnings: the build goes on
 * (a draft can be previewed), `npm run check:content` and the tests fail. One place for them all.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentProblem } from '../content-graph.ts';
import { lintFrenchProse } from '../content-lint.ts';
import { checkLessonFormat } from './lesson-format.ts';
import { activityFactProblems } from './activity-facts.ts';
import { svgFigureProblems } from './figure-rules.ts';
import type { ContentSet } from './read.ts';
import { stringsOf } from './yaml.ts';

export const LESSONS_PER_MODULE = { min: 3, max: 6 } as const;

/** WCAG relative luminance of « #RRGGBB ». */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** The dark theme's background (src/styles/global.css). */
const DARK_BACKGROUND = '#15171b';
export const QUIZ_QUESTIONS = { min: 8, max: 12, types: 4 } as const;


export function writingRules(content: ContentSet, root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const warn = (file: string, field: string, message: string) => problems.push({ file, field, message, level: 'warning' });
  const { inventory } = content;

  for (const mod of inventory.modules) {
    const lessons = inventory.lessons.filter((l) => l.module === mod.slug);
    if (lessons.length < LESSONS_PER_MODULE.min || lessons.length > LESSONS_PER_MODULE.max) {
      warn(mod.file, 'lessons', `${lessons.length} leçon(s) : un module en a de ${LESSONS_PER_MODULE.min} à ${LESSONS_PER_MODULE.max}`);
    }
    // white glyphs on the accent (emblem), and the accent as a stripe on the dark theme
    if (contrastRatio(mod.data.accent, '#ffffff') < 4.5) warn(mod.file, 'accent', `la couleur ${mod.data.accent} est trop claire sous un dessin blanc (contraste ${contrastRatio(mod.data.accent, '#ffffff').toFixed(1)}:1, 4,5:1 au moins) : foncez-la`);
    if (contrastRatio(mod.data.accent, DARK_BACKGROUND) < 3) warn(mod.file, 'accent', `la couleur ${mod.data.accent} se voit mal sur le thème sombre (contraste ${contrastRatio(mod.data.accent, DARK_BACKGROUND).toFixed(1)}:1, 3:1 au moins) : éclaircissez-la`);
    const listed = content.listedLessons.get(mod.file);
    if (listed && listed.join() !== mod.data.lessons.join()) {
      problems.push({ file: mod.file, field: 'lessons', message: `la liste doit suivre les numéros des fichiers de lecons/ (${mod.data.lessons.join(', ')}) ; le plus simple : supprimez-la, l’ordre vient des noms de fichiers` });
    }
  }

  for (const lesson of inventory.lessons) {
    for (const problem of checkLessonFormat(lesson.body)) warn(lesson.file, problem.where, problem.message);
    for (const [, path] of lesson.body.matchAll(/^import\s+\w+\s+from\s+['"](\.[^'"]+)['"]/gm)) {
      const figure = join(root, dirname(lesson.file), path!);
      if (!existsSync(figure)) {
        problems.push({ file: lesson.file, field: 'import', message: `l’image « ${path} » est introuvable : placez-la dans lecons/figures/ et vérifiez son nom` });
      } else if (figure.endsWith('.svg')) {
        for (const message of svgFigureProblems(readFileSync(figure, 'utf8'), statSync(figure).size)) warn(join(dirname(lesson.file), path!), 'figure', message);
      }
    }
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
  problems.push(...activityFactProblems(content));
  return problems;
}
