import { describe, expect, it } from 'vitest';
import { answersBySession } from '../../src/lib/teacher/notes-pages.ts';

const answer = (lesson: string, activity: string) => ({ lesson, activity, answer: `${activity} !` });
const session = (lessons: string[]) => ({ title: 'Séance', lessons, steps: [{ minutes: 55, activity: 'Tout' }] });

describe('answersBySession', () => {
  it('puts each expected answer on the page of the first séance that uses its lesson', () => {
    const notes = {
      sessions: [session(['a']), session(['b', 'a']), session([])],
      expectedAnswers: [answer('b', 'B1'), answer('a', 'A1'), answer('z', 'Z1'), answer('a', 'A2')],
    };
    const { bySession, elsewhere } = answersBySession(notes);
    expect(bySession.map((answers) => answers.map((a) => a.activity))).toEqual([['A1', 'A2'], ['B1'], []]);
    expect(elsewhere.map((a) => a.activity)).toEqual(['Z1']);
  });
});
