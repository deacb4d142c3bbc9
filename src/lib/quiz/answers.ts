/**
 * What a pupil answers to each type of question, and whether it is right. Pure: used by the quiz
 * island, the revision island, the storage module (to drop saved answers that no longer fit the
 * question) and the unit tests.
 */
import type { Question, QuestionOf } from '../../schemas/quiz.ts';
import { clozeGaps } from './format.ts';

export type Answer =
  /** Index of the chosen option (-1 while none is chosen). */
  | { type: 'single'; choice: number }
  /** Indices of the ticked options, in any order. */
  | { type: 'multiple'; choices: number[] }
  /** null while the pupil has not chosen. */
  | { type: 'true-false'; value: boolean | null }
  /** Indices of `items` (their right order) in the order the pupil put them. */
  | { type: 'ordering'; order: number[] }
  /** For each term (by index), the index of the chosen definition, or null. */
  | { type: 'matching'; matches: (number | null)[] }
  /** For each gap, the chosen word, or null. */
  | { type: 'cloze'; words: (string | null)[] }
  | { type: 'estimate'; value: number }
  /** Indices of the selected spans. */
  | { type: 'spot'; selected: number[] };

export type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>;

const isIndex = (value: unknown, length: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;
const isIndexList = (value: unknown, length: number): value is number[] => Array.isArray(value) && value.every((v) => isIndex(v, length));

/** The indices of the spans of a "spot it" question that can be selected. */
export function selectableSpans(question: QuestionOf<'spot'>): number[] {
  return question.spans.flatMap((span, index) => (typeof span === 'string' ? [] : [index]));
}

/** Is `value` a well-formed answer to `question`? (Saved answers are checked with it when read back.) */
export function isAnswerFor(question: Question, value: unknown): value is Answer {
  if (!value || typeof value !== 'object') return false;
  const a = value as Record<string, unknown>;
  if (a['type'] !== question.type) return false;
  switch (question.type) {
    case 'single':
      return isIndex(a['choice'], question.options.length);
    case 'multiple':
      return isIndexList(a['choices'], question.options.length);
    case 'true-false':
      return typeof a['value'] === 'boolean';
    case 'ordering': {
      const order = a['order'];
      return isIndexList(order, question.items.length) && order.length === question.items.length && new Set(order).size === order.length;
    }
    case 'matching': {
      const matches = a['matches'];
      return Array.isArray(matches) && matches.length === question.pairs.length && matches.every((m) => m === null || isIndex(m, question.pairs.length));
    }
    case 'cloze': {
      const words = a['words'];
      return Array.isArray(words) && words.length === clozeGaps(question.text).length && words.every((w) => w === null || (typeof w === 'string' && question.bank.includes(w)));
    }
    case 'estimate':
      return typeof a['value'] === 'number' && Number.isFinite(a['value']);
    case 'spot': {
      const selectable = selectableSpans(question);
      const selected = a['selected'];
      return Array.isArray(selected) && selected.every((s) => selectable.includes(s as number));
    }
  }
}

/** Has the pupil given enough to validate? (A "spot it" answer may select nothing.) */
export function isComplete(answer: Answer): boolean {
  switch (answer.type) {
    case 'single':
      return answer.choice >= 0;
    case 'true-false':
      return answer.value !== null;
    case 'multiple':
      return answer.choices.length > 0;
    case 'matching':
      return answer.matches.every((m) => m !== null);
    case 'cloze':
      return answer.words.every((w) => w !== null);
    case 'estimate':
      return Number.isFinite(answer.value);
    case 'ordering':
    case 'spot':
      return true;
  }
}

const sameSet = (a: readonly number[], b: readonly number[]) => a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));

/** Whether the answer is right. An answer of another type, or malformed, is wrong. */
export function isCorrect(question: Question, answer: Answer): boolean {
  if (!isAnswerFor(question, answer)) return false;
  switch (question.type) {
    case 'single':
      return question.options[(answer as AnswerOf<'single'>).choice]?.correct === true;
    case 'multiple':
      return sameSet((answer as AnswerOf<'multiple'>).choices, question.options.flatMap((o, i) => (o.correct ? [i] : [])));
    case 'true-false':
      return (answer as AnswerOf<'true-false'>).value === question.answer;
    case 'ordering':
      return (answer as AnswerOf<'ordering'>).order.every((item, position) => item === position);
    case 'matching':
      return (answer as AnswerOf<'matching'>).matches.every((definition, term) => definition === term);
    case 'cloze': {
      const gaps = clozeGaps(question.text);
      return (answer as AnswerOf<'cloze'>).words.every((word, i) => word === gaps[i]);
    }
    case 'estimate': {
      const { value } = answer as AnswerOf<'estimate'>;
      return value >= question.range.min && value <= question.range.max;
    }
    case 'spot':
      return sameSet((answer as AnswerOf<'spot'>).selected, question.spans.flatMap((s, i) => (typeof s !== 'string' && s.target ? [i] : [])));
  }
}

/**
 * For the discernment report: did the pupil judge the item trustworthy? Only for questions that carry
 * `genuine`. True/false: answering « vrai » is trusting it; "spot it": selecting nothing is trusting it.
 */
export function trustedItem(question: Question, answer: Answer): boolean | undefined {
  if (question.type === 'true-false' && answer.type === 'true-false' && question.genuine !== undefined) return answer.value ?? undefined;
  if (question.type === 'spot' && answer.type === 'spot' && question.genuine !== undefined) return answer.selected.length === 0;
  return undefined;
}

/** The right answer, in the form of an Answer (for the answer key and for tests). */
export function correctAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.options.findIndex((o) => o.correct) };
    case 'multiple':
      return { type: 'multiple', choices: question.options.flatMap((o, i) => (o.correct ? [i] : [])) };
    case 'true-false':
      return { type: 'true-false', value: question.answer };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((_, i) => i) };
    case 'matching':
      return { type: 'matching', matches: question.pairs.map((_, i) => i) };
    case 'cloze':
      return { type: 'cloze', words: clozeGaps(question.text) };
    case 'estimate':
      return { type: 'estimate', value: question.answer };
    case 'spot':
      return { type: 'spot', selected: question.spans.flatMap((s, i) => (typeof s !== 'string' && s.target ? [i] : [])) };
  }
}

/** An empty answer to start from, with the given shuffled order for an ordering question. */
export function emptyAnswer(question: Question, order: number[] = []): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: -1 };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'true-false':
      return { type: 'true-false', value: null };
    case 'ordering':
      return { type: 'ordering', order: order.length === question.items.length ? [...order] : question.items.map((_, i) => i) };
    case 'matching':
      return { type: 'matching', matches: question.pairs.map(() => null) };
    case 'cloze':
      return { type: 'cloze', words: clozeGaps(question.text).map(() => null) };
    case 'estimate':
      return { type: 'estimate', value: Number.NaN };
    case 'spot':
      return { type: 'spot', selected: [] };
  }
}
