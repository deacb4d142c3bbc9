/** The search index's term shards (t0.json…) and snippet files (s0.json…), see lib/search/shards.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchIndex } from '../../lib/search/site-index.ts';

export const getStaticPaths = (async () => {
  const { files } = await siteSearchIndex();
  return [...files.keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { files } = await siteSearchIndex();
  return new Response(JSON.stringify(files.get(params.file ?? '')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
