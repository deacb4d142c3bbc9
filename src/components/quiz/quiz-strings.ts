/** Build time: the quiz and revision strings of the dictionary, for the islands (see strings.ts). */
import { fr } from '../../i18n/fr.ts';
import type { QuizStringKey, QuizStrings } from './strings.ts';

export function quizStrings(): QuizStrings {
  const picked = Object.entries(fr).filter(([key]) => key.startsWith('quiz.') || key.startsWith('revision.'));
  return Object.fromEntries(picked.map(([key, value]) => [key as QuizStringKey, value])) as QuizStrings;
}
