/**
 * UI strings inside the quiz islands, picked at build time like every island's (src/i18n/island.ts:
 * the pages pass `islandStrings('quiz')`). The quiz keeps this module-level copy of the client
 * translator rather than src/i18n/island.ts's provideStrings()/useStrings(): as its own chunk, the
 * shared one costs the quiz page 55 bytes gzip more, and that page has a hard 30 KB budget.
 * t() and tn() here must behave exactly like the shared ones (tests/unit/island-strings.test.ts
 * compares them).
 */
import type { IslandKey, IslandStrings, PluralBase } from '../../i18n/island.ts';
import { frenchTypography } from '../../lib/french-typography.ts';

export type QuizStringKey = IslandKey<'quiz'>;
export type QuizStrings = IslandStrings<'quiz'>;

let strings: Partial<QuizStrings> = {};

/** Called once by each island root before anything renders. */
export function setQuizStrings(value: QuizStrings): void {
  strings = value;
}

export function t(key: QuizStringKey, params: Record<string, string | number> = {}): string {
  const template = strings[key] ?? key;
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
  return frenchTypography(filled);
}

/** French uses the singular for 0 and 1. */
export function tn(base: PluralBase<QuizStringKey>, count: number, params: Record<string, string | number> = {}): string {
  return t(`${base}.${Math.abs(count) < 2 ? 'one' : 'other'}` as QuizStringKey, { count, ...params });
}
