/** Shapes a module's quiz for the islands (build time only). */
import type { SiteModule } from '../site.ts';
import { routes } from '../url.ts';
import type { QuizIslandModule } from './view.ts';

export function toIslandModule(module: SiteModule): QuizIslandModule | undefined {
  if (!module.quiz) return undefined;
  return {
    slug: module.slug,
    title: module.data.title,
    questions: module.quiz.questions,
    askConfidence: module.quiz.askConfidence,
    lessons: Object.fromEntries(module.lessons.map((lesson) => [lesson.slug, { title: lesson.data.title, href: routes.lesson(module.slug, lesson.slug) }])),
    quizHref: routes.quiz(module.slug),
  };
}
