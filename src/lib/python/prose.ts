/**
 * Exercise prose (instructions, hints, messages) may quote code between backquotes: `print(mot)`.
 * Splits such a text into paragraphs of segments, applying French typography to the prose only —
 * never inside code, where a space before « : » would break the program the pupil copies.
 */
import { frenchTypography } from '../french-typography.ts';

export interface Segment {
  code: boolean;
  text: string;
}

export function segments(text: string): Segment[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((part) => part.length > 0)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? { code: true, text: part.slice(1, -1) } : { code: false, text: frenchTypography(part) }));
}

/** Paragraphs (separated by blank lines), each as segments. */
export function paragraphs(text: string): Segment[][] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => segments(p.replace(/\s*\n\s*/g, ' ')));
}
