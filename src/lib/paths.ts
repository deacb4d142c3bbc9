/**
 * Content file ids (paths without extension, relative to content/modules) → the parts the site uses.
 * Kept apart from Astro so the content tests can use it on files read from disk.
 */
import { parseOrderedName } from './content-graph.ts';

export const CONTENT_ROOT = 'content/modules';

export function moduleSlugOf(id: string): string {
  return id.split('/')[0] ?? id;
}

export function lessonPartsOf(id: string): { module: string; order: number | null; slug: string } {
  const [module = '', , name = ''] = id.split('/');
  return { module, ...parseOrderedName(name) };
}

/** Last segment of an id: the slug of a glossary term or an activity. */
export function glossarySlugOf(id: string): string {
  return id.split('/').pop() ?? id;
}
