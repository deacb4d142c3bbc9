/**
 * Adapters that read what the other features save on the pupil's device, and turn it into hand-in
 * results. They use the quiz's own answer type and the same storage keys, and read through an
 * injected store, so they are unit-tested without a browser.
 */
import type { CatalogueItem, CatalogueQuestion } from './catalogue.ts';
import { parseActivityId } from './catalogue.ts';
import type { ActivityResult } from './handin.ts';
import type { Answer } from '../quiz/answers.ts';
import { ownedKey } from '../device-store.ts';

export interface KeyValueReader {
  getItem(key: string): string | null;
}

// ——— Quizzes: src/lib/quiz/storage.ts, key `declic.quiz.progress.<module>` ———

/** = `progressKey(module)` in src/lib/quiz/storage.ts, written again so the teacher pages do not
 *  bundle the quiz's storage module for one template string. */
export const quizProgressKey = (module: string) => `declic.quiz.progress.${module}`;

/** A saved answer, as the quiz stores it. */
export type StoredAnswer = Answer;

/** = `{ v: 1, ...QuizProgress }` in src/lib/quiz/storage.ts. */
export interface StoredQuizProgress {
  v: 1;
  attempt: {
    startedAt: number;
    position: number;
    records: Record<string, { answer: StoredAnswer; confidence?: string; correct: boolean }>;
    finishedAt?: number;
  };
  history: { startedAt: number; finishedAt?: number; correct: number; total: number; completed?: boolean }[];
}

// ——— Python exercises: src/lib/python/saved-state.ts, key `declic.exercise.<module>.<slug>` ———

/** = `stateKey(module, slug)` in src/lib/python/saved-state.ts (same reason). */
export const exerciseKey = (module: string, slug: string) => `declic.exercise.${module}.${slug}`;

/** = `ExerciseState` in src/lib/python/saved-state.ts (only the fields read here). */
export interface StoredExerciseState {
  v: 1;
  code?: string;
  tries: number;
  hintsShown: number;
  solved: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function readJson(store: KeyValueReader, key: string): unknown {
  try {
    const raw = store.getItem(key);
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** An answer as a short text, the same for the same answer (the dashboard counts them). */
export function answerText(answer: unknown): string | null {
  if (!isObject(answer)) return null;
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  switch (answer['type']) {
    case 'single':
      return isCount(answer['choice']) ? String(answer['choice']) : null;
    case 'multiple':
      return list(answer['choices']).filter(isCount).sort((a, b) => a - b).join('+');
    case 'true-false':
      return answer['value'] === true ? 'v' : answer['value'] === false ? 'f' : null;
    case 'ordering':
      return list(answer['order']).filter(isCount).join('>');
    case 'matching':
      return list(answer['matches']).map((m) => (isCount(m) ? String(m) : '-')).join(',');
    case 'cloze':
      return list(answer['words']).map((w) => (typeof w === 'string' ? w : '-')).join(' | ');
    case 'estimate':
      return typeof answer['value'] === 'number' && Number.isFinite(answer['value']) ? String(answer['value']) : null;
    case 'spot':
      return list(answer['selected']).filter(isCount).sort((a, b) => a - b).join('+');
    default:
      return null;
  }
}

const seconds = (from: unknown, to: unknown) =>
  typeof from === 'number' && typeof to === 'number' && to >= from ? Math.min(Math.round((to - from) / 1000), 7 * 24 * 3600) : undefined;

/** A module's quiz as a hand-in result. Unreadable data counts as not started (the quiz sets it aside itself). */
export function readQuizResult(store: KeyValueReader, id: string, module: string, questions: readonly CatalogueQuestion[] | undefined, owner: string | null = null): ActivityResult {
  const stored = readJson(store, ownedKey(quizProgressKey(module), owner));
  const todo: ActivityResult = { i: id, s: 'todo' };
  if (!isObject(stored) || stored['v'] !== 1) return todo;
  const attempt = stored['attempt'];
  const history = Array.isArray(stored['history']) ? stored['history'].filter(isObject) : [];
  const records = isObject(attempt) && isObject(attempt['records']) ? Object.entries(attempt['records']).filter(([, r]) => isObject(r)) : [];
  const known = questions?.map((q) => q.id);
  const answered = records
    .filter(([qid]) => !known || known.includes(qid))
    .map(([qid, r]) => [qid, (r as Record<string, unknown>)['correct'] === true ? 1 : 0, answerText((r as Record<string, unknown>)['answer']) ?? '?'] as [string, 0 | 1, string]);
  if (known) answered.sort((a, b) => known.indexOf(a[0]) - known.indexOf(b[0]));
  const q = answered.slice(0, 200).map(([qid, ok, text]) => [qid.slice(0, 80), ok, text.slice(0, 300)] as [string, 0 | 1, string]);
  const total = Math.min(known?.length ?? q.length, 1000);
  const correct = q.filter(([, ok]) => ok === 1).length;
  if (q.length > 0 && isObject(attempt)) {
    const finished = typeof attempt['finishedAt'] === 'number';
    const result: ActivityResult = { i: id, s: finished ? 'done' : 'started', sc: [correct, Math.max(total, correct)], q };
    const time = seconds(attempt['startedAt'], finished ? attempt['finishedAt'] : undefined);
    if (time !== undefined) result.t = time;
    return result;
  }
  const last = [...history].reverse().find((h) => h['completed'] !== false && isCount(h['correct']) && isCount(h['total']));
  if (last) {
    const result: ActivityResult = { i: id, s: 'done', sc: [Math.min(last['correct'] as number, last['total'] as number, 1000), Math.min(last['total'] as number, 1000)] };
    const time = seconds(last['startedAt'], last['finishedAt']);
    if (time !== undefined) result.t = time;
    return result;
  }
  return todo;
}

/** A Python exercise as a hand-in result: passed, tries. */
export function readExerciseResult(store: KeyValueReader, id: string, module: string, slug: string, owner: string | null = null): ActivityResult {
  const stored = readJson(store, ownedKey(exerciseKey(module, slug), owner));
  if (!isObject(stored) || stored['v'] !== 1) return { i: id, s: 'todo' };
  const solved = stored['solved'] === true;
  const tries = isCount(stored['tries']) ? Math.min(stored['tries'], 1000) : 0;
  const started = solved || tries > 0 || typeof stored['code'] === 'string' || stored['order'] !== undefined || stored['answers'] !== undefined || stored['text'] !== undefined;
  return { i: id, s: solved ? 'done' : started ? 'started' : 'todo', ok: solved, tr: tries };
}

/**
 * The result of one activity of an assignment. Lessons and interactive activities save nothing of
 * their own: they count as done once the pupil opened them from the assignment page (`opened`).
 * `owner`: the pupil namespace the work is read from (src/lib/device-store.ts): only that pupil's
 * work is handed in, never what another pupil left on a shared computer.
 */
export function readActivityResult(store: KeyValueReader, id: string, opened: Readonly<Record<string, number>>, item: CatalogueItem | undefined, owner: string | null = null): ActivityResult {
  const parsed = parseActivityId(id);
  if (!parsed) return { i: id, s: 'todo' };
  switch (parsed.kind) {
    case 'quiz':
      return readQuizResult(store, id, parsed.module, item?.questions, owner);
    case 'exercise':
      return readExerciseResult(store, id, parsed.module, parsed.slug ?? '', owner);
    case 'lesson':
    case 'activity':
      return { i: id, s: opened[id] !== undefined ? 'done' : 'todo' };
  }
}
