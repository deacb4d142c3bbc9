/**
 * The French message for each way a hand-in or assignment code can fail to decode. On its own so that
 * an island needing only this (the pupil's assignment page) picks only the `teacher.error.` strings.
 */
import type { KeysWithPrefix, Translate } from '../../i18n/island.ts';
import type { DecodeError } from './assignment.ts';

/** The strings decodeErrorText() needs: an island passing its `t` must have picked them. */
export type ErrorKey = KeysWithPrefix<'teacher.error.'>;

/** Messages for every way a code can fail (strings in src/i18n/fr.ts). */
export function decodeErrorText(t: Translate<ErrorKey>, error: DecodeError, detail?: string, what: 'rendu' | 'devoir' = 'rendu'): string {
  const handIn = what === 'rendu';
  switch (error) {
    case 'empty':
      return t('teacher.error.empty');
    case 'not-a-code':
      return t(handIn ? 'teacher.error.notHandIn' : 'teacher.error.notAssignment');
    case 'other-kind':
      return t(handIn ? 'teacher.error.assignmentNotHandIn' : 'teacher.error.handInNotAssignment');
    case 'newer-version':
      return t('teacher.error.newer', { what });
    case 'older-version':
      return t('teacher.error.older', { what });
    case 'damaged':
      return t(handIn ? 'teacher.error.damagedHandIn' : 'teacher.error.damagedAssignment');
    case 'too-long':
      return t('teacher.error.tooLong', { what });
    case 'checksum':
      return t('teacher.error.checksum');
    case 'invalid':
      return detail ? t('teacher.error.invalid', { detail }) : t('teacher.error.invalidNoDetail');
  }
}
