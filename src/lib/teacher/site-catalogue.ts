/**
 * Builds the teacher catalogue (catalogue.ts) from the site's content, at build time.
 * Lessons and interactive activities come from the site; quizzes and Python exercises are passed in
 * by the page (src/pages/enseignants/catalogue.json.ts) from their own collections, once merged.
 */
import { activityId, type Catalogue, type CatalogueItem, type CatalogueQuestion } from './catalogue.ts';
import { isScored } from '../quiz/format.ts';

export interface CatalogueSourceModule {
  slug: string;
  title: string;
  lessons: { slug: string; title: string }[];
  activities: { slug: string; title: string }[];
}

export interface CatalogueQuizSource {
  module: string;
  title: string;
  questions: CatalogueQuestion[];
}

export interface CatalogueExerciseSource {
  module: string;
  slug: string;
  title: string;
}

export function buildCatalogue(modules: readonly CatalogueSourceModule[], quizzes: readonly CatalogueQuizSource[] = [], exercises: readonly CatalogueExerciseSource[] = []): Catalogue {
  return {
    v: 1,
    modules: modules.map((module) => {
      const items: CatalogueItem[] = module.lessons.map((l) => ({ id: activityId('lesson', module.slug, l.slug), kind: 'lesson', title: l.title }));
      for (const quiz of quizzes.filter((q) => q.module === module.slug)) items.push({ id: activityId('quiz', module.slug), kind: 'quiz', title: quiz.title, questions: quiz.questions });
      for (const exercise of exercises.filter((e) => e.module === module.slug)) items.push({ id: activityId('exercise', module.slug, exercise.slug), kind: 'exercise', title: exercise.title });
      for (const activity of module.activities) items.push({ id: activityId('activity', module.slug, activity.slug), kind: 'activity', title: activity.title });
      return { slug: module.slug, title: module.title, items };
    }),
  };
}

/**
 * The shape of a quiz file's data as validated by src/schemas/quiz.ts (branch quiz), reduced to what
 * the dashboard shows. After the merge: `quizzes: quizEntries.map((q) => quizToCatalogue(moduleOf(q), q.data))`.
 */
export interface QuizDataShape {
  title: string;
  questions: readonly { id: string; prompt: string; type: string; scored?: boolean | undefined; options?: readonly { text: string }[]; items?: readonly string[]; pairs?: readonly { term: string; definition: string }[]; spans?: readonly (string | { text: string })[] }[];
}

export function quizToCatalogue(module: string, data: QuizDataShape): CatalogueQuizSource {
  return {
    module,
    title: data.title,
    // An unscored question (an experience) is not a result: the teacher's dashboard never sees it.
    questions: data.questions.filter(isScored).map((q): CatalogueQuestion => {
      if (q.type === 'matching' && q.pairs) return { id: q.id, prompt: q.prompt, type: q.type, labels: q.pairs.map((p) => p.term), targets: q.pairs.map((p) => p.definition) };
      if (q.type === 'spot' && q.spans) return { id: q.id, prompt: q.prompt, type: q.type, labels: q.spans.map((s) => (typeof s === 'string' ? '' : s.text)) };
      const labels = q.options?.map((o) => o.text) ?? (q.type === 'ordering' ? q.items : undefined);
      return labels ? { id: q.id, prompt: q.prompt, type: q.type, labels: [...labels] } : { id: q.id, prompt: q.prompt, type: q.type };
    }),
  };
}
