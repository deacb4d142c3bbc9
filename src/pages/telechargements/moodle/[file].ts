/** Each quiz for Moodle's question bank, as Moodle XML and as GIFT (see src/lib/moodle/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { moodleFiles } from '../../../lib/moodle/site-exports.ts';

export const getStaticPaths = (async () => [...(await moodleFiles()).keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

const TYPES = { xml: 'application/xml; charset=utf-8', gift: 'text/plain; charset=utf-8' } as const;

export const GET: APIRoute = async ({ params }) => {
  const file = (await moodleFiles()).get(params.file ?? '');
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.content, { headers: { 'Content-Type': TYPES[file.format] } });
};
