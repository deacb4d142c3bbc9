/**
 * Small pure helpers shared by the quiz and revision islands and the answer-key page.
 */
import { formatNumber as formatNumberLocal } from '../../i18n/locale.ts';
import type { Question } from '../../schemas/quiz.ts';

/** A lesson the quiz links to (« Pour aller plus loin », « À relire »). */
export interface LessonLink {
  title: string;
  href: string;
}

/** What the quiz page hands to the quiz island. */
export interface QuizIslandModule {
  slug: string;
  title: string;
  questions: Question[];
  askConfidence: boolean;
  /** By lesson slug. */
  lessons: Record<string, LessonLink>;
  quizHref: string;
}


/** 40320 → « 40 320 », the French way. */
export function formatNumber(value: number): string {
  return formatNumberLocal(value, { maximumFractionDigits: 2 });
}

/**
 * Reads a number as a French pupil types it: « 40 320 », « 40320 », « 2,5 », « 2.5 », « -3 ».
 * Returns NaN for anything else.
 */
export function parseFrenchNumber(input: string): number {
  const cleaned = input.trim().replace(/[\s\u00A0\u202F]/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

/** A cloze text cut into text parts and gap positions: « a {b} c » → ['a ', 0, ' c']. */
export function clozeParts(text: string): (string | number)[] {
  const parts: (string | number)[] = [];
  let gap = 0;
  let last = 0;
  for (const match of text.matchAll(/\{([^{}]+)\}/g)) {
    parts.push(text.slice(last, match.index));
    parts.push(gap++);
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.filter((p) => p !== '');
}

/** A plain deep copy of JSON-like state (answers, progress) to save or score it. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
