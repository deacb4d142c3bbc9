/**
 * Constants of the quiz file format needed at run time. Kept apart from the zod schema
 * (src/schemas/quiz.ts) so that the quiz island does not ship zod to the browser.
 */
export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'ordering', 'matching', 'cloze', 'estimate', 'spot'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Confidence the pupil may declare before answering (« forte », « moyenne », « je devine »). */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'guess'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** `{mot}` marks a gap in a cloze text; the word between braces is the expected answer. */
export const GAP_PATTERN = /\{([^{}]+)\}/g;

/** The expected words of a cloze text, in order. */
export function clozeGaps(value: string): string[] {
  return [...value.matchAll(GAP_PATTERN)].map((m) => (m[1] ?? '').trim());
}

/** Is this question counted in scores? Only an estimate marked `scored: false` is not (see src/schemas/quiz.ts). */
export function isScored(question: { type: string; scored?: boolean | undefined }): boolean {
  return !(question.type === 'estimate' && question.scored === false);
}
