/**
 * A short extract of a document around the first matched word, as segments to render as text
 * (matched parts in <mark>): never HTML, so nothing in the content can be injected.
 */
import { foldAccents, queryTerms } from './query.ts';
import { isStopWord } from './stop-words.ts';

export interface SnippetSegment {
  text: string;
  match: boolean;
}

/**
 * Word stems to look for: the start of each query word (accents folded), at least 4 letters when
 * possible. Stop words are never highlighted, and a word of three letters or fewer matches only
 * itself (« bus » must not light up « business »).
 */
function stemsOf(query: string): { stem: string; whole: boolean }[] {
  const { words } = queryTerms(query, { asYouType: true });
  return words
    .map((w) => foldAccents(w))
    .filter((w) => w.length >= 2 && !isStopWord(w))
    .map((w) => (w.length > 5 ? { stem: w.slice(0, Math.max(4, w.length - 2)), whole: false } : { stem: w, whole: w.length <= 3 }));
}

export function makeSnippet(text: string, query: string, length = 180): SnippetSegment[] {
  const stems = stemsOf(query);
  // Folding char by char keeps positions aligned with the original text.
  const folded = [...text].map((c) => foldAccents(c).charAt(0) || c).join('');
  const chars = [...text];
  const ranges: [number, number][] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    const start = match.index ?? 0;
    if (stems.some(({ stem, whole }) => (whole ? word === stem : word.startsWith(stem)))) ranges.push([start, start + word.length]);
  }
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(length / 3));
  while (from > 0 && /\S/.test(chars[from - 1] ?? '')) from -= 1;
  const to = Math.min(chars.length, from + length);
  const segments: SnippetSegment[] = [];
  let cursor = from;
  for (const [start, end] of ranges.filter(([s, e]) => s >= from && e <= to)) {
    if (start > cursor) segments.push({ text: chars.slice(cursor, start).join(''), match: false });
    segments.push({ text: chars.slice(start, end).join(''), match: true });
    cursor = end;
  }
  if (cursor < to) segments.push({ text: chars.slice(cursor, to).join(''), match: false });
  if (from > 0) segments.unshift({ text: '… ', match: false });
  if (to < chars.length) segments.push({ text: ' …', match: false });
  return segments;
}
