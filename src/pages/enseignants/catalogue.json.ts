/**
 * What a teacher can assign, fetched by the assignment builder, the pupil's assignment page and the
 * class dashboard (one cached file instead of the same list inlined in three pages).
 */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/index.ts';
import { loadSite } from '../../lib/site.ts';
import { loadExercises } from '../../lib/site-exercises.ts';
import { buildCatalogue, quizToCatalogue } from '../../lib/teacher/site-catalogue.ts';

export const GET: APIRoute = async () => {
  const [site, exercises] = await Promise.all([loadSite(), loadExercises()]);
  const quizzes = site.modules.flatMap((m) =>
    m.quiz ? [quizToCatalogue(m.slug, { ...m.quiz, title: m.quiz.title ?? t('quiz.title', { title: m.data.title }) })] : [],
  );
  const catalogue = buildCatalogue(
    site.modules.map((m) => ({
      slug: m.slug,
      title: m.data.title,
      lessons: m.lessons.map((l) => ({ slug: l.slug, title: l.data.title })),
      activities: m.activities.map((a) => ({ slug: a.slug, title: a.data.title })),
    })),
    quizzes,
    exercises.map((e) => ({ module: e.module, slug: e.slug, title: e.data.title })),
  );
  return new Response(JSON.stringify(catalogue), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
