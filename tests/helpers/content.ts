/**
 * The content as the site reads it: the same reader and validator as the build and
 * `npm run check:content` (src/lib/content/), read once per test file.
 */
import { join } from 'node:path';
import { validateContent, type ContentReport } from '../../src/lib/content/validate.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

let report: ContentReport | undefined;

/** The validator's report on content/: `.content` (inventory, quizzes, exercises, raw files), `.errors`, `.warnings`. */
export function contentReport(): ContentReport {
  report ??= validateContent(ROOT);
  return report;
}
