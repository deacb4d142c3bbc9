/**
 * The resume state of a SCORM package, kept by the LMS in `cmi.suspend_data`, which SCORM 1.2 limits
 * to 4,096 characters (CMIString4096). Pure: encoded and decoded against the module's questions, so
 * an answer is stored as indices and numbers only (never the option texts), and a state saved by an
 * older package whose questions changed is dropped rather than misread.
 *
 * Shape (JSON): { v: 1, q: "<fingerprint of the question ids>", l: "0110" (lessons read, in order),
 *   p: position in the quiz, r: [ per question: null | [answer] | [answer, confidence index] ],
 *   s?: score (0–100) of the last finished attempt }
 */
import type { Question } from '../../schemas/quiz.ts';
import { isAnswerFor, isCorrect, type Answer } from '../quiz/answers.ts';
import { CONFIDENCE_LEVELS, clozeGaps, isScored, type Confidence } from '../quiz/format.ts';
import { hashString } from '../quiz/shuffle.ts';

/** SCORM 1.2: cmi.suspend_data is a CMIString4096. */
export const SUSPEND_DATA_LIMIT = 4096;
export const SUSPEND_VERSION = 1;

export interface QuestionState {
  answer: Answer;
  confidence?: Confidence | undefined;
  correct: boolean;
}

export interface ResumeState {
  /** One flag per lesson, in the module's order. */
  lessonsRead: boolean[];
  /** Index of the question being answered; equal to the number of questions once finished. */
  position: number;
  /** Validated answers, by question index (undefined: not answered yet). */
  records: (QuestionState | undefined)[];
  /** Score (0–100) of the last finished attempt, kept when the pupil starts the quiz over. */
  lastScore?: number | undefined;
}

export const emptyState = (lessonCount: number, questionCount: number): ResumeState => ({
  lessonsRead: Array.from({ length: lessonCount }, () => false),
  position: 0,
  records: Array.from({ length: questionCount }, () => undefined),
});

/** Changes when the questions (their ids, order or types) change. */
export function questionsFingerprint(questions: readonly Question[]): string {
  return hashString(questions.map((q) => `${q.id}:${q.type}`).join('|')).toString(36);
}

type Compact = number | (number | null)[];

function compactAnswer(question: Question, answer: Answer): Compact {
  switch (answer.type) {
    case 'single':
      return answer.choice;
    case 'true-false':
      return answer.value ? 1 : 0;
    case 'estimate':
      return answer.value;
    case 'multiple':
      return answer.choices;
    case 'ordering':
      return answer.order;
    case 'spot':
      return answer.selected;
    case 'matching':
      return answer.matches;
    case 'cloze':
      return answer.words.map((word) => (word === null || question.type !== 'cloze' ? null : question.bank.indexOf(word)));
  }
}

function expandAnswer(question: Question, value: unknown): Answer | undefined {
  const list = Array.isArray(value) ? (value as unknown[]) : undefined;
  let answer: unknown;
  switch (question.type) {
    case 'single':
      answer = { type: 'single', choice: value };
      break;
    case 'true-false':
      answer = value === 1 || value === 0 ? { type: 'true-false', value: value === 1 } : undefined;
      break;
    case 'estimate':
      answer = { type: 'estimate', value };
      break;
    case 'multiple':
      answer = list && { type: 'multiple', choices: list };
      break;
    case 'ordering':
      answer = list && { type: 'ordering', order: list };
      break;
    case 'spot':
      answer = list && { type: 'spot', selected: list };
      break;
    case 'matching':
      answer = list && { type: 'matching', matches: list };
      break;
    case 'cloze': {
      const bank = question.bank;
      answer = list && list.length === clozeGaps(question.text).length && { type: 'cloze', words: list.map((i) => (typeof i === 'number' ? (bank[i] ?? '\u0000') : null)) };
      break;
    }
  }
  return isAnswerFor(question, answer) ? answer : undefined;
}

/** The state as a string for cmi.suspend_data. */
export function encodeState(state: ResumeState, questions: readonly Question[]): string {
  const records = questions.map((question, i) => {
    const record = state.records[i];
    if (!record) return null;
    const compact = compactAnswer(question, record.answer);
    return record.confidence ? [compact, CONFIDENCE_LEVELS.indexOf(record.confidence)] : [compact];
  });
  while (records.length > 0 && records[records.length - 1] === null) records.pop();
  const data: Record<string, unknown> = {
    v: SUSPEND_VERSION,
    q: questionsFingerprint(questions),
    l: state.lessonsRead.map((read) => (read ? '1' : '0')).join(''),
    p: state.position,
    r: records,
  };
  if (state.lastScore !== undefined) data['s'] = state.lastScore;
  return JSON.stringify(data);
}

/**
 * The state for cmi.suspend_data, within the 4,096 characters: if the answers would not fit (they
 * never do with today's quizzes, see the unit test), the lessons read and the last score are kept and
 * the quiz attempt starts over.
 */
export function encodeStateWithinLimit(state: ResumeState, questions: readonly Question[], limit = SUSPEND_DATA_LIMIT): string {
  const full = encodeState(state, questions);
  if (full.length <= limit) return full;
  return encodeState({ ...state, position: 0, records: state.records.map(() => undefined) }, questions);
}

/**
 * Reads cmi.suspend_data back. Anything unreadable (empty, bad JSON, another version) gives the empty
 * state; the quiz part is dropped when the questions changed since it was saved. Correctness is
 * recomputed from the answers (never trusted from the saved text).
 */
export function decodeState(text: string, lessonCount: number, questions: readonly Question[]): ResumeState {
  const state = emptyState(lessonCount, questions.length);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return state;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return state;
  const d = data as Record<string, unknown>;
  if (d['v'] !== SUSPEND_VERSION) return state;
  if (typeof d['l'] === 'string') state.lessonsRead = state.lessonsRead.map((_, i) => (d['l'] as string)[i] === '1');
  if (typeof d['s'] === 'number' && d['s'] >= 0 && d['s'] <= 100) state.lastScore = d['s'];
  if (d['q'] !== questionsFingerprint(questions) || !Array.isArray(d['r'])) return state;
  const saved = d['r'] as unknown[];
  questions.forEach((question, i) => {
    const entry = saved[i];
    if (!Array.isArray(entry)) return;
    const answer = expandAnswer(question, entry[0]);
    if (!answer) return;
    const confidence = typeof entry[1] === 'number' ? CONFIDENCE_LEVELS[entry[1]] : undefined;
    state.records[i] = { answer, confidence, correct: isCorrect(question, answer) };
  });
  // The position is the first unanswered question, whatever was saved (at most the saved one).
  const position = typeof d['p'] === 'number' && Number.isInteger(d['p']) ? Math.min(Math.max(d['p'], 0), questions.length) : 0;
  const firstGap = state.records.findIndex((r) => r === undefined);
  state.position = Math.min(position, firstGap === -1 ? questions.length : firstGap);
  return state;
}

/** Score (0–100): right answers over the scored questions (an unscored estimate counts nowhere), rounded. */
export function scoreOf(state: ResumeState, questions: readonly Question[]): number {
  const scored = questions.flatMap((q, i) => (isScored(q) ? [i] : []));
  if (scored.length === 0) return 0;
  return Math.round((100 * scored.filter((i) => state.records[i]?.correct).length) / scored.length);
}

export type LessonStatus = 'passed' | 'failed' | 'completed' | 'incomplete';

/**
 * cmi.core.lesson_status: passed or failed once the quiz has been finished (against the mastery
 * score), completed when every lesson has been read without finishing the quiz, incomplete otherwise.
 */
export function lessonStatus(state: ResumeState, masteryScore: number): LessonStatus {
  if (state.lastScore !== undefined) return state.lastScore >= masteryScore ? 'passed' : 'failed';
  return state.lessonsRead.length > 0 && state.lessonsRead.every(Boolean) ? 'completed' : 'incomplete';
}
