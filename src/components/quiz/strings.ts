/**
 * UI strings inside the quiz islands, picked at build time like every island's (src/i18n/island.ts:
 * the pages pass `islandStrings('quiz')`). The quiz keeps this module-level copy of the client
 * strings holder rather than src/i18n/island.ts's provideStrings()/useStrings(): as its own chunk, the
 * shared one costs the quiz page 55 bytes gzip more, and that page has a hard 30 KB budget. Filling
 * and plural forms are the shared format() and pluralKey(), so t() and tn() behave the same
 * (tests/unit/island-strings.test.ts compares them).
 */
import { format, pluralKey, type IslandKey, type IslandStrings, type Params, type PluralBase } from '../../i18n/island.ts';

export type QuizStringKey = IslandKey<'quiz'>;
export type QuizStrings = IslandStrings<'quiz'>;

let strings: Partial<QuizStrings> = {};

/**
 * Called once by each island root before anything renders, with a getter on its `strings` prop
 * (read once on purpose: an island's props are fixed in its page's HTML).
 */
export function setQuizStrings(value: () => QuizStrings): void {
  strings = value();
}

export function t(key: QuizStringKey, params: Params = {}): string {
  return format(strings[key] ?? key, params);
}

/** French uses the singular for 0 and 1. */
export function tn(base: PluralBase<QuizStringKey>, count: number, params: Params = {}): string {
  return t(pluralKey(base, count, strings) as QuizStringKey, { count, ...params });
}
