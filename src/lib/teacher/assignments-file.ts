/**
 * The teacher's assignments file (a JSON list of assignment codes, to move them between devices) and
 * reading it back, or pasted links/codes. Messages in French through the island's `t`.
 */
import type { KeysWithPrefix, Translate } from '../../i18n/island.ts';
import type { Assignment } from './assignment.ts';
import { codeFromHash, decodeAssignment } from './assignment.ts';
import { decodeErrorText, type ErrorKey } from './decode-error.ts';

/** The strings readAssignmentsFile() needs: an island passing its `t` must have picked them. */
export type AssignmentsFileKey = ErrorKey | KeysWithPrefix<'teacher.assignmentsFile.'>;

export const ASSIGNMENTS_FILE_FORMAT = 'declic-devoirs';

export function assignmentsFile(codes: readonly string[]): string {
  return `${JSON.stringify({ format: ASSIGNMENTS_FILE_FORMAT, version: 1, devoirs: codes }, null, 2)}\n`;
}

/** Reads an assignments file (or pasted links/codes); each bad entry gets a message, good ones are kept. */
export function readAssignmentsFile(t: Translate<AssignmentsFileKey>, text: string): { assignments: { code: string; assignment: Assignment }[]; errors: string[] } {
  let entries: unknown[];
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      return { assignments: [], errors: [t('teacher.assignmentsFile.unreadable')] };
    }
    const file = json as Record<string, unknown>;
    if (!file || file['format'] !== ASSIGNMENTS_FILE_FORMAT || !Array.isArray(file['devoirs'])) return { assignments: [], errors: [t('teacher.assignmentsFile.notOurs')] };
    if (typeof file['version'] !== 'number' || file['version'] > 1) return { assignments: [], errors: [t('teacher.assignmentsFile.newer')] };
    entries = file['devoirs'];
  } else {
    entries = trimmed.split(/\s+/).filter(Boolean);
  }
  const assignments: { code: string; assignment: Assignment }[] = [];
  const errors: string[] = [];
  entries.forEach((entry, index) => {
    const raw = typeof entry === 'string' ? (entry.includes('#') ? (codeFromHash(entry.slice(entry.indexOf('#'))) ?? entry) : entry) : '';
    const decoded = decodeAssignment(raw);
    if (decoded.ok) assignments.push({ code: raw, assignment: decoded.value });
    else errors.push(t('teacher.assignmentsFile.entry', { n: index + 1, message: decodeErrorText(t, decoded.error, decoded.detail, 'assignment') }));
  });
  return { assignments, errors };
}
