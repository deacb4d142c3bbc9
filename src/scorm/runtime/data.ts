/** What the packager writes into each package's index.html for its script (JSON, read at start). */
import type { Question } from '../../schemas/quiz.ts';
import type { QuizStrings } from '../../components/quiz/strings.ts';

export interface PackageData {
  slug: string;
  title: string;
  masteryScore: number;
  askConfidence: boolean;
  lessons: { slug: string; title: string }[];
  questions: Question[];
  quizStrings: QuizStrings;
  /** The 'scorm.runtime.' strings, already formatted where they have no parameter. */
  strings: Record<string, string>;
}

export const DATA_ELEMENT_ID = 'declic-scorm-data';
export const lessonAnchor = (slug: string) => `lecon-${slug}`;
export const QUIZ_ANCHOR = 'quiz';
export const CONTENTS_ANCHOR = 'sommaire';
