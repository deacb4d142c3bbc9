/**
 * The search index's meta file (documents and where each term shard starts, see lib/search/shards.ts),
 * fetched by the search page when the field gets the focus; the shards are in recherche-index/.
 */
import type { APIRoute } from 'astro';
import { siteSearchIndex } from '../lib/search/site-index.ts';

export const GET: APIRoute = async () => {
  const { meta } = await siteSearchIndex();
  return new Response(JSON.stringify(meta), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
