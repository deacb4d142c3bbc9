/**
 * Reading time of a lesson, computed from its text so it never drifts from the content.
 * A collège pupil reading an informational text silently and attentively manages about 150 words a
 * minute (slower than adults' 200–250 for leisure reading): a 900-word lesson, the format's maximum, is
 * a 6-minute read. « À toi » answers are counted (pupils open them); « Pour aller plus loin » is not.
 */
export { countWords } from './content/lesson-format.ts';

export const PUPIL_WORDS_PER_MINUTE = 150;

export function readingMinutes(words: number, wordsPerMinute = PUPIL_WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
