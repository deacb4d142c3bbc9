/** The site's content → search documents (ids are page paths relative to the base). */
import { t } from '../../i18n/index.ts';
import type { Site } from '../site.ts';
import { paths } from '../url.ts';
import type { SiteExercise } from '../site-exercises.ts';
import { headingsOf, markdownToText, type SearchDocument } from './documents.ts';

export function siteDocuments(site: Site, exercises: readonly SiteExercise[] = []): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const module of site.modules) {
    const moduleTitle = module.data.title;
    docs.push({
      id: paths.module(module.slug),
      kind: 'module',
      title: moduleTitle,
      module: moduleTitle,
      headings: module.lessons.map((l) => l.data.title).join(' '),
      body: [module.data.summary, ...module.data.objectives].join(' '),
    });
    for (const lesson of module.lessons) {
      const body = lesson.entry.body ?? '';
      docs.push({
        id: paths.lesson(module.slug, lesson.slug),
        kind: 'lesson',
        title: lesson.data.title,
        module: moduleTitle,
        headings: headingsOf(body).join(' '),
        body: `${lesson.data.summary} ${markdownToText(body)}`,
      });
    }
    const notesBody = module.notes.entry.body ?? '';
    const notes = module.notes.data;
    docs.push({
      id: paths.teacherNotes(module.slug),
      kind: 'notes',
      title: `Fiche enseignant : ${moduleTitle}`,
      module: moduleTitle,
      headings: notes.sessions.map((s) => s.title).join(' '),
      body: [markdownToText(notesBody), ...notes.objectives, ...notes.misconceptions.map((m) => `${m.misconception} ${m.correction}`)].join(' '),
    });
    if (module.quiz) {
      docs.push({
        id: paths.quiz(module.slug),
        kind: 'quiz',
        title: module.quiz.title ?? t('quiz.title', { title: moduleTitle }),
        module: moduleTitle,
        headings: '',
        body: [module.quiz.intro ?? '', ...module.quiz.questions.map((q) => q.prompt)].join(' '),
      });
    }
    for (const activity of module.activities) {
      docs.push({
        id: paths.activity(module.slug, activity.slug),
        kind: 'activity',
        title: activity.data.title,
        module: moduleTitle,
        headings: '',
        body: `${activity.data.summary} ${markdownToText(activity.entry.body ?? '')}`,
      });
    }
  }
  for (const exercise of exercises) {
    const module = site.modules.find((m) => m.slug === exercise.module);
    docs.push({
      id: paths.exercise(exercise.module, exercise.slug),
      kind: 'exercise',
      title: exercise.data.title,
      module: module?.data.title ?? '',
      headings: '',
      body: markdownToText(exercise.data.instructions),
    });
  }
  for (const term of site.glossary) {
    const module = site.modules.find((m) => m.slug === term.module);
    docs.push({ id: paths.glossary(term.slug), kind: 'glossary', title: term.data.term, module: module?.data.title ?? '', headings: '', body: term.data.definition });
  }
  return docs;
}
