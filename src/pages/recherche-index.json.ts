/** The search index, built at build time and fetched by the search page only when search is used. */
import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../lib/search/index-builder.ts';
import { siteDocuments } from '../lib/search/site-documents.ts';
import { loadSite } from '../lib/site.ts';
import { loadExercises } from '../lib/site-exercises.ts';

export const GET: APIRoute = async () => {
  const [site, exercises] = await Promise.all([loadSite(), loadExercises()]);
  const payload = buildSearchIndex(siteDocuments(site, exercises));
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
