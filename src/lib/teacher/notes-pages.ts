/**
 * Teacher notes in several light pages (issue 19: EcoIndex ≥ 85 on every teacher notes page, and a
 * teacher in class with a phone needs « what do I do in this séance », not the whole file):
 *  - the notes' summary (fiche-enseignant/): the author's introduction, objectives, prerequisites,
 *    material and the list of séances, each a link;
 *  - one page per séance (fiche-enseignant/seance-<n>/): its timed plan and the expected answers of
 *    the lessons it uses;
 *  - the bearings (fiche-enseignant/reperes/): misconceptions, differentiation, curriculum,
 *    cross-subject ideas, and the expected answers of lessons no séance uses.
 * Every page prints on its own (a séance on one or two sheets).
 */
import type { TeacherNotesData } from '../../schemas/teacher-notes.ts';

export type ExpectedAnswer = TeacherNotesData['expectedAnswers'][number];

/** The expected answers shown on each séance's page (same order as the notes), and the others. */
export function answersBySession(notes: Pick<TeacherNotesData, 'sessions' | 'expectedAnswers'>): { bySession: ExpectedAnswer[][]; elsewhere: ExpectedAnswer[] } {
  const bySession: ExpectedAnswer[][] = notes.sessions.map(() => []);
  const elsewhere: ExpectedAnswer[] = [];
  for (const answer of notes.expectedAnswers) {
    // A lesson used by several séances: its answers go with the first one.
    const index = notes.sessions.findIndex((session) => session.lessons.includes(answer.lesson));
    (index === -1 ? elsewhere : bySession[index]!).push(answer);
  }
  return { bySession, elsewhere };
}

/** The séance's number in its URL (seance-1, seance-2…): its rank, from 1. */
export const sessionNumber = (index: number): string => String(index + 1);
