/**
 * UI strings inside the quiz islands. The strings live in src/i18n/fr.ts like every other; but
 * importing that module would ship the whole site's dictionary (and it grows with every feature) in
 * the island's JavaScript. So the page picks the quiz and revision strings at build time
 * (quiz-strings.ts), hands them to the island as a prop, and the island fills the `{placeholders}`
 * and applies French typography exactly as t() and tn() do.
 */
import type { UiKey } from '../../i18n/fr.ts';
import { frenchTypography } from '../../lib/french-typography.ts';

export type QuizStringKey = Extract<UiKey, `quiz.${string}` | `revision.${string}`>;
export type QuizStrings = Record<QuizStringKey, string>;

type PluralBase = QuizStringKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

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
export function tn(base: PluralBase, count: number, params: Record<string, string | number> = {}): string {
  return t(`${base}.${Math.abs(count) < 2 ? 'one' : 'other'}` as QuizStringKey, { count, ...params });
}
