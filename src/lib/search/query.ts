/**
 * Turning what a pupil types into search terms. Nothing typed is ever parsed as lunr query syntax
 * (« * », « ~ », « +: »…): the text is cut into words, so no input can make the search throw.
 */

/** Longest query kept, in characters; the rest is ignored. */
export const MAX_QUERY_LENGTH = 120;
/** Most words used from a query. */
export const MAX_TERMS = 8;

/** Lower case, accents removed: « Désinformation » → « desinformation ». */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * French elision: « l’ancrage », « d’ancrage », « qu’on », « jusqu’à » → « ancrage », « on », « à ».
 * Applied to every word at indexing time (a lunr pipeline function, index-builder.ts) and to every
 * query word, with straight and curly apostrophes, so that both sides meet on the bare word.
 */
const ELISION = /^(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’]/u;

/** One word, lower-cased, without its elided article and without apostrophes (« aujourd’hui » → « aujourdhui »). */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(ELISION, '').replace(/['’]/g, '');
}

export interface QueryTerms {
  /** Whole words, to be stemmed by the French pipeline. */
  words: string[];
  /** The word being typed (last one, when the query does not end with a space), matched as a prefix. */
  prefix: string | null;
}

export function queryTerms(raw: string, { asYouType = false } = {}): QueryTerms {
  const text = raw.slice(0, MAX_QUERY_LENGTH);
  const words = (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [])
    .map(normalizeWord)
    .filter((word) => word.length > 0)
    .slice(0, MAX_TERMS);
  const typingLastWord = asYouType && /[\p{L}\p{N}]$/u.test(text) && words.length > 0;
  const prefix = typingLastWord ? foldAccents(words[words.length - 1] ?? '') : null;
  return { words, prefix: prefix && prefix.length >= 2 ? prefix : null };
}
