/**
 * Python errors explained as the exercise island explains them: explainError() with the words of the
 * real dictionary (src/i18n/fr/python-errors.ts). The no-break spaces of French typography are read
 * as plain spaces, so that tests can quote the French as typed (« Ligne 3 : … »);
 * tests/unit/python-explain.test.ts checks the typography itself.
 */
import { t } from '../../src/i18n/index.ts';
import { explainError as explainWith, type Explanation } from '../../src/lib/python/explain.ts';
import type { PythonError } from '../../src/lib/python/protocol.ts';

const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

export function explainError(error: PythonError): Explanation {
  const e = explainWith(error, t);
  return { title: plainSpaces(e.title), where: e.where === null ? null : plainSpaces(e.where), meaning: plainSpaces(e.meaning), hint: plainSpaces(e.hint), original: e.original };
}
