/**
 * Quiz progress and revision boxes, saved on the pupil's device through the device store
 * (src/lib/device-store.ts: versions, corrupted entries set aside, one namespace per pupil on a
 * shared computer), nowhere else.
 *
 * Keys (under the active pupil's namespace when there is one, `declic.pupil.<id>.quiz.…`):
 *   declic.quiz.progress.<module>   { v: 1, attempt, history }  the current attempt and past ones
 *   declic.quiz.revision            { v: 1, cards }             Leitner boxes across modules
 * An entry that cannot be read (bad JSON, unknown or old version, wrong shape) is moved aside to
 * `declic.corrupted.<time>` and reported with a notice; the quiz then starts afresh. Other keys are
 * untouched. Nothing here throws. The backend is injected so the logic is unit-tested.
 */
import type { Question } from '../../schemas/quiz.ts';
import { CONFIDENCE_LEVELS, type Confidence } from './format.ts';
import { isAnswerFor, isCorrect, type Answer } from './answers.ts';
import { BOX_COUNT, type Deck } from './leitner.ts';
import { CORRUPTED_PREFIX, browserStore, owned, readEntry, writeEntry, type KeyValueStore, type StoreNotice } from '../device-store.ts';

export type StorageBackend = KeyValueStore;
export type StorageNotice = StoreNotice;
export { CORRUPTED_PREFIX };
/** localStorage, or null where the browser refuses it. */
export const browserBackend = browserStore;

export const STORAGE_PREFIX = 'declic.quiz.';
export const STORAGE_VERSION = 1;
export const progressKey = (module: string) => `${STORAGE_PREFIX}progress.${module}`;
export const REVISION_KEY = `${STORAGE_PREFIX}revision`;

export interface QuestionRecord {
  answer: Answer;
  confidence?: Confidence | undefined;
  correct: boolean;
}

export interface Attempt {
  startedAt: number;
  /** Index of the question being answered; equal to the number of questions once finished. */
  position: number;
  /** Validated answers, by question id. */
  records: Record<string, QuestionRecord>;
  finishedAt?: number | undefined;
}

export interface AttemptSummary {
  startedAt: number;
  finishedAt?: number | undefined;
  correct: number;
  total: number;
  /** false when the pupil started over before the end. */
  completed: boolean;
}

export interface QuizProgress {
  attempt: Attempt;
  history: AttemptSummary[];
}

export const newAttempt = (now: number): Attempt => ({ startedAt: now, position: 0, records: {} });
export const emptyProgress = (now: number): QuizProgress => ({ attempt: newAttempt(now), history: [] });

/** Thrown by the parsers on a bad shape: the device store then sets the entry aside. */
class Unreadable extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads one versioned entry (the active pupil's); `parse` throws Unreadable on a bad shape. */
function load<T>(backend: StorageBackend | null, key: string, now: number, parse: (envelope: Record<string, unknown>) => T, fallback: () => T): { value: T; notice?: StorageNotice } {
  const { value, notice } = readEntry(backend, owned(backend, key), STORAGE_VERSION, parse, now);
  return notice ? { value: value ?? fallback(), notice } : { value: value ?? fallback() };
}

function save(backend: StorageBackend | null, key: string, value: object): StorageNotice | undefined {
  return writeEntry(backend, owned(backend, key), STORAGE_VERSION, value);
}

function parseAttempt(value: unknown, questions: readonly Question[]): Attempt {
  if (!isObject(value) || !isNumber(value['startedAt']) || !isNumber(value['position']) || !isObject(value['records'])) throw new Unreadable();
  const records: Record<string, QuestionRecord> = {};
  for (const [id, record] of Object.entries(value['records'])) {
    if (!isObject(record)) throw new Unreadable();
    const question = questions.find((q) => q.id === id);
    // A question removed or changed since the answer was saved is not corruption: its answer is dropped.
    if (!question || !isAnswerFor(question, record['answer'])) continue;
    const confidence = CONFIDENCE_LEVELS.find((c) => c === record['confidence']);
    records[id] = { answer: record['answer'], confidence, correct: isCorrect(question, record['answer']) };
  }
  // Resume at the first unanswered question at or before the saved position.
  const firstGap = questions.findIndex((q) => !(q.id in records));
  const saved = Math.max(0, Math.min(Math.trunc(value['position']), questions.length));
  const position = firstGap === -1 ? saved : Math.min(saved, firstGap);
  const finishedAt = isNumber(value['finishedAt']) && firstGap === -1 ? value['finishedAt'] : undefined;
  return { startedAt: value['startedAt'], position: finishedAt === undefined && firstGap === -1 ? questions.length : position, records, finishedAt };
}

function parseHistory(value: unknown): AttemptSummary[] {
  if (!Array.isArray(value)) throw new Unreadable();
  return value.map((entry) => {
    if (!isObject(entry) || !isNumber(entry['startedAt']) || !isNumber(entry['correct']) || !isNumber(entry['total'])) throw new Unreadable();
    return {
      startedAt: entry['startedAt'],
      finishedAt: isNumber(entry['finishedAt']) ? entry['finishedAt'] : undefined,
      correct: entry['correct'],
      total: entry['total'],
      completed: entry['completed'] !== false,
    };
  });
}

/** The saved progress of a module's quiz, checked against the current questions. */
export function loadProgress(backend: StorageBackend | null, module: string, questions: readonly Question[], now: number): { progress: QuizProgress; notice?: StorageNotice } {
  const { value, notice } = load(
    backend,
    progressKey(module),
    now,
    (envelope) => ({ attempt: parseAttempt(envelope['attempt'], questions), history: parseHistory(envelope['history']) }),
    () => emptyProgress(now),
  );
  return notice ? { progress: value, notice } : { progress: value };
}

export function saveProgress(backend: StorageBackend | null, module: string, progress: QuizProgress): StorageNotice | undefined {
  return save(backend, progressKey(module), progress);
}

/** Summary of an attempt, for the history. */
export function summarize(attempt: Attempt, scoredIds: readonly string[]): AttemptSummary {
  const total = scoredIds.length;
  const records = scoredIds.flatMap((id) => (attempt.records[id] ? [attempt.records[id]] : []));
  return { startedAt: attempt.startedAt, finishedAt: attempt.finishedAt, correct: records.filter((r) => r.correct).length, total, completed: attempt.finishedAt !== undefined };
}

/** « Recommencer »: a new attempt; the current one goes into the history if anything was answered. */
export function restart(progress: QuizProgress, scoredIds: readonly string[], now: number): QuizProgress {
  const answered = Object.keys(progress.attempt.records).length > 0;
  return { attempt: newAttempt(now), history: answered ? [...progress.history, summarize(progress.attempt, scoredIds)] : progress.history };
}

/** The Leitner boxes (revision mode). */
export function loadDeck(backend: StorageBackend | null, now: number): { deck: Deck; notice?: StorageNotice } {
  const { value, notice } = load(
    backend,
    REVISION_KEY,
    now,
    (envelope) => {
      const cards = envelope['cards'];
      if (!isObject(cards)) throw new Unreadable();
      const deck: Deck = {};
      for (const [key, card] of Object.entries(cards)) {
        if (!isObject(card) || !Number.isInteger(card['box']) || !isNumber(card['due']) || !key.includes('/')) throw new Unreadable();
        deck[key] = { box: Math.min(Math.max(card['box'] as number, 1), BOX_COUNT), due: card['due'] };
      }
      return deck;
    },
    () => ({}),
  );
  return notice ? { deck: value, notice } : { deck: value };
}

export function saveDeck(backend: StorageBackend | null, deck: Deck): StorageNotice | undefined {
  return save(backend, REVISION_KEY, { cards: deck });
}
