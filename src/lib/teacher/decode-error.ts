/**
 * The French message for each way a hand-in or assignment code can fail to decode. On its own so that
 * an island needing only this (the pupil's assignment page) picks only the `teacher.error.` strings.
 */
import type { KeysWithPrefix, Translate } from '../../i18n/island.ts';
import { formatNumber } from '../../i18n/locale.ts';
import type { DecodeError } from './assignment.ts';
import { isDetailKey, type Problem } from './problem.ts';

/** The strings decodeErrorText() needs: an island passing its `t` must have picked them. */
export type ErrorKey = KeysWithPrefix<'teacher.error.'>;

/** A problem (problem.ts) in words: its parameters that name a field are translated, numbers written the local way. */
export function problemText(t: Translate<ErrorKey>, problem: Problem): string {
  const params = Object.fromEntries(
    Object.entries(problem.params ?? {}).map(([name, value]) => [name, isDetailKey(value) ? t(value) : typeof value === 'number' ? formatNumber(value) : value]),
  );
  return t(problem.key, params);
}

/** Messages for every way a code can fail (strings in src/i18n/fr/teacher.ts). */
export function decodeErrorText(t: Translate<ErrorKey>, error: DecodeError, detail?: Problem, what: 'handIn' | 'assignment' = 'handIn'): string {
  const handIn = what === 'handIn';
  switch (error) {
    case 'empty':
      return t('teacher.error.empty');
    case 'not-a-code':
      return t(handIn ? 'teacher.error.notHandIn' : 'teacher.error.notAssignment');
    case 'other-kind':
      return t(handIn ? 'teacher.error.assignmentNotHandIn' : 'teacher.error.handInNotAssignment');
    case 'newer-version':
      return t(handIn ? 'teacher.error.newerHandIn' : 'teacher.error.newerAssignment');
    case 'older-version':
      return t(handIn ? 'teacher.error.olderHandIn' : 'teacher.error.olderAssignment');
    case 'damaged':
      return t(handIn ? 'teacher.error.damagedHandIn' : 'teacher.error.damagedAssignment');
    case 'too-long':
      return t(handIn ? 'teacher.error.tooLongHandIn' : 'teacher.error.tooLongAssignment');
    case 'checksum':
      return t('teacher.error.checksum');
    case 'invalid':
      return detail ? t('teacher.error.invalid', { detail: problemText(t, detail) }) : t('teacher.error.invalidNoDetail');
  }
}
