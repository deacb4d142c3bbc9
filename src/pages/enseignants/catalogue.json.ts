/**
 * What a teacher can assign, fetched by the assignment builder, the pupil's assignment page and the
 * class dashboard (one cached file instead of the same list inlined in three pages).
 * Quizzes and exercises: pass their collections here once their features are merged (see README,
 * « Devoirs et rendus »).
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { buildCatalogue } from '../../lib/teacher/site-catalogue.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const catalogue = buildCatalogue(
    site.modules.map((m) => ({
      slug: m.slug,
      title: m.data.title,
      lessons: m.lessons.map((l) => ({ slug: l.slug, title: l.data.title })),
      activities: m.activities.map((a) => ({ slug: a.slug, title: a.data.title })),
    })),
  );
  return new Response(JSON.stringify(catalogue), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
