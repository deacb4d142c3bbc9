/**
 * What the search indexes: one document per lesson, glossary term, teacher notes, activity (and,
 * as they come, quizzes and exercises). Built at build time from the site's content.
 */
export const SEARCH_KINDS = ['lesson', 'glossary', 'notes', 'activity', 'module', 'quiz', 'exercise'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchDocument {
  /** Unique id, also the page path relative to the site base (with #anchor for glossary terms). */
  id: string;
  kind: SearchKind;
  title: string;
  /** Title of the module the document belongs to (empty for site-wide pages). */
  module: string;
  /** Section headings, space-separated. */
  headings: string;
  /** Plain text of the body. */
  body: string;
}

/** MDX or Markdown body → plain text: no frontmatter, tags, code fences, link targets or markup. */
export function markdownToText(body: string): string {
  return body
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s*/gm, '')
    .replace(/[*_`>|]/g, ' ')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `## headings` of a Markdown body. */
export function headingsOf(body: string): string[] {
  return [...body.matchAll(/^#{2,4}\s+(.+)$/gm)].map((m) => (m[1] ?? '').trim());
}
