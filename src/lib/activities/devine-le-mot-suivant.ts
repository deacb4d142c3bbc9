/**
 * « Devine le mot suivant »: the smallest language model a pupil can build by hand. It counts, in a
 * corpus, which word follows which (n-grams), turns the counts into probabilities, and writes text
 * word by word by drawing the next word from those probabilities, flattened or sharpened by a
 * temperature. It knows nothing but these counts: no meaning, no facts, which is the point.
 *
 * Pure and deterministic: the same corpus, start and seed always give the same text (tests/unit).
 */
import { LOCALE } from '../../i18n/locale.ts';
import type { Random } from '../seeded-random.ts';

/** Punctuation kept as tokens: the model learns where sentences and lines end. */
const PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?']);
/** Punctuation after which a sentence starts again (capital letter). */
const SENTENCE_END = new Set(['.', '!', '?']);

/** Longest context the model looks back at (2 words: a trigram model). */
export const MAX_ORDER = 2;
export type Order = 1 | 2;

/**
 * Splits a French text into lowercase tokens: words (hyphenated words kept whole), elided words with
 * their apostrophe (« l’ », « qu’ »), and punctuation marks. Quotes, dashes and guillemets are dropped.
 */
export function tokenize(text: string): string[] {
  const normalised = text.replace(/'/g, '’').replace(/…/g, '.').toLocaleLowerCase(LOCALE);
  return normalised.match(/\p{L}+’|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|[.,;:!?]/gu) ?? [];
}

/** True for a punctuation token. */
export const isPunctuation = (token: string): boolean => PUNCTUATION.has(token);

/** How often each word followed each context, in a corpus. */
export interface NextWordModel {
  /** Counts per context: the key is the context words joined by a space (1 or 2 words). */
  readonly counts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Every distinct token, in the order of its first appearance. */
  readonly vocabulary: readonly string[];
  /** Number of tokens read. */
  readonly tokenCount: number;
}

const contextKey = (words: readonly string[]): string => words.join(' ');

/** Counts, for every context of 1 and 2 tokens, how many times each token came next. */
export function buildModel(tokens: readonly string[]): NextWordModel {
  const counts = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  const vocabulary: string[] = [];
  tokens.forEach((token, i) => {
    if (!seen.has(token)) {
      seen.add(token);
      vocabulary.push(token);
    }
    for (let order = 1; order <= MAX_ORDER; order++) {
      if (i - order < 0) continue;
      const key = contextKey(tokens.slice(i - order, i));
      const next = counts.get(key) ?? new Map<string, number>();
      next.set(token, (next.get(token) ?? 0) + 1);
      counts.set(key, next);
    }
  });
  return { counts, vocabulary, tokenCount: tokens.length };
}

/** One row of a probability table. */
export interface NextWordRow {
  word: string;
  count: number;
  /** count / total: the rows of a table sum to 1. */
  probability: number;
}

/**
 * What followed `context` in the corpus, most frequent first (ties in order of first appearance in
 * the corpus, so the table never depends on the browser). Empty when the context never appeared.
 */
export function nextWordTable(model: NextWordModel, context: readonly string[]): NextWordRow[] {
  const next = model.counts.get(contextKey(context));
  if (!next) return [];
  const total = [...next.values()].reduce((sum, n) => sum + n, 0);
  const rank = new Map(model.vocabulary.map((word, i) => [word, i]));
  return [...next.entries()]
    .map(([word, count]) => ({ word, count, probability: count / total }))
    .sort((a, b) => b.count - a.count || (rank.get(a.word) ?? 0) - (rank.get(b.word) ?? 0));
}

/**
 * The table reweighted by a temperature: each count is raised to the power 1/T, then normalised.
 * T = 1 keeps the corpus frequencies, T < 1 favours the frequent words, T > 1 evens them out, and
 * T = 0 always takes the most frequent word (the first row: probability 1).
 */
export function withTemperature(table: readonly NextWordRow[], temperature: number): NextWordRow[] {
  if (table.length === 0) return [];
  if (temperature <= 0) return table.map((row, i) => ({ ...row, probability: i === 0 ? 1 : 0 }));
  const weights = table.map((row) => Math.pow(row.count, 1 / temperature));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return table.map((row, i) => ({ ...row, probability: (weights[i] ?? 0) / total }));
}

/** Draws one row according to its probabilities (`random()` in [0, 1)). */
export function draw(table: readonly NextWordRow[], random: Random): NextWordRow | null {
  if (table.length === 0) return null;
  let r = random();
  for (const row of table) {
    r -= row.probability;
    if (r < 0) return row;
  }
  // Rounding left a tiny remainder: the last row with a chance takes it.
  return [...table].reverse().find((row) => row.probability > 0) ?? null;
}

/** One step of a generation, kept so that the pupil can replay how each word was chosen. */
export interface GenerationStep {
  /** The words the model looked at. */
  context: string[];
  /** The table after the temperature (empty at a dead end). */
  table: NextWordRow[];
  /** The chosen word, or null when the model knew no continuation. */
  chosen: string | null;
}

export interface Generation {
  tokens: string[];
  steps: GenerationStep[];
  /** True when the model met a word it never saw followed by anything, and stopped. */
  deadEnd: boolean;
}

/**
 * The context for the next word: the last `order` tokens when that context was seen in the corpus,
 * else the last token only (backing off, as real n-gram models do).
 */
export function contextFor(model: NextWordModel, tokens: readonly string[], order: Order): string[] {
  if (order === 2 && tokens.length >= 2) {
    const two = tokens.slice(-2);
    if (model.counts.has(contextKey(two))) return [...two];
  }
  return tokens.slice(-1);
}

/** Writes `length` more tokens after `start`, one at a time. */
export function generate(model: NextWordModel, start: readonly string[], length: number, temperature: number, random: Random, order: Order = 1): Generation {
  const tokens = [...start];
  const steps: GenerationStep[] = [];
  for (let i = 0; i < length; i++) {
    const context = contextFor(model, tokens, order);
    const table = withTemperature(nextWordTable(model, context), temperature);
    const chosen = draw(table, random);
    steps.push({ context, table, chosen: chosen?.word ?? null });
    if (!chosen) return { tokens, steps, deadEnd: true };
    tokens.push(chosen.word);
  }
  return { tokens, steps, deadEnd: false };
}

/** The known tokens of a typed text, in order (words the model never saw are left out). */
export function knownTokens(model: NextWordModel, text: string): string[] {
  const known = new Set(model.vocabulary);
  return tokenize(text).filter((token) => known.has(token));
}

/**
 * Tokens back into French text: no space after an elision, none before , and . , a no-break space
 * before ; : ! ? (French typography), a capital at the start and after . ! ?
 */
export function detokenize(tokens: readonly string[]): string {
  let out = '';
  let capital = true;
  let previous = '';
  for (const token of tokens) {
    const word = capital && !isPunctuation(token) ? token.charAt(0).toLocaleUpperCase(LOCALE) + token.slice(1) : token;
    if (out === '' || previous.endsWith('’') || token === '.' || token === ',') out += word;
    else if (token === ':') out += `\u00A0${word}`;
    else if (isPunctuation(token)) out += `\u202F${word}`;
    else out += ` ${word}`;
    if (!isPunctuation(token)) capital = false;
    if (SENTENCE_END.has(token)) capital = true;
    previous = token;
  }
  return out;
}

/** The most frequent words of the corpus that are followed by something (to suggest a start). */
export function frequentWords(model: NextWordModel, limit: number): string[] {
  const totals = new Map<string, number>();
  for (const word of model.vocabulary) {
    if (isPunctuation(word)) continue;
    const next = model.counts.get(word);
    if (next) totals.set(word, [...next.values()].reduce((sum, n) => sum + n, 0));
  }
  const rank = new Map(model.vocabulary.map((word, i) => [word, i]));
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || (rank.get(a[0]) ?? 0) - (rank.get(b[0]) ?? 0))
    .slice(0, limit)
    .map(([word]) => word);
}
