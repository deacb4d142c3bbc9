/**
 * What an exercise keeps on the pupil's device, through the device store (src/lib/device-store.ts),
 * under `declic.exercise.<module>.<slug>` (in the active pupil's namespace on a shared computer):
 * the code (or the Parsons order, the vocabulary answers, the description), the number of honest
 * tries and whether it was solved. Versioned (`v: 1`). A value that cannot be read is set aside under
 * `declic.corrupted.<time>` (nothing is deleted), and the exercise starts again from its starter code
 * with a French notice. The pupil's code never sees this storage: it runs in a worker.
 */
import { owned, readEntry, writeEntry, type KeyValueStore } from '../device-store.ts';

export const STATE_VERSION = 1;

export interface ExerciseState {
  v: typeof STATE_VERSION;
  /** The code in the editor (code kinds) or the Parsons program. */
  code?: string;
  /** Parsons: line ids in order with their indentation. */
  order?: { id: number; indent: number }[];
  /** Vocabulary: word → chosen meaning. */
  answers?: Record<string, string>;
  /** Description or prediction typed by the pupil. */
  text?: string;
  /** Projects: the step reached (0-based), shown again after a reload. */
  step?: number;
  /** Runs that failed with code different from the previous try. */
  tries: number;
  /** Hints shown so far. */
  hintsShown: number;
  solved: boolean;
}

export type { KeyValueStore };

export const stateKey = (module: string, slug: string) => `declic.exercise.${module}.${slug}`;

export const emptyState = (): ExerciseState => ({ v: STATE_VERSION, tries: 0, hintsShown: 0, solved: false });

function isState(value: unknown): value is ExerciseState {
  if (value === null || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  return (
    s.v === STATE_VERSION &&
    typeof s.tries === 'number' &&
    typeof s.hintsShown === 'number' &&
    typeof s.solved === 'boolean' &&
    (s.code === undefined || typeof s.code === 'string') &&
    (s.text === undefined || typeof s.text === 'string') &&
    (s.order === undefined || Array.isArray(s.order)) &&
    (s.answers === undefined || (typeof s.answers === 'object' && s.answers !== null)) &&
    (s.step === undefined || (Number.isInteger(s.step) && (s.step as number) >= 0))
  );
}

export type LoadedState = { state: ExerciseState; status: 'new' | 'restored' | 'corrupted' };

/** Reads the saved state (the active pupil's); a corrupted one is set aside, never lost. */
export function loadState(store: KeyValueStore | null, key: string, now = Date.now()): LoadedState {
  const { value, notice } = readEntry(store, owned(store, key), STATE_VERSION, (v) => (isState(v) ? v : null), now);
  if (value) return { state: value, status: 'restored' };
  return { state: emptyState(), status: notice && notice.kind !== 'unavailable' ? 'corrupted' : 'new' };
}

/** The step to show after a reload: the saved one, within the project's steps (they may have changed). */
export function restoredStep(state: ExerciseState, stepCount: number): number {
  return Math.max(0, Math.min(state.step ?? 0, stepCount - 1));
}

/** Saves the state; returns false when the device refuses (private mode, full storage). */
export function saveState(store: KeyValueStore | null, key: string, state: ExerciseState): boolean {
  return writeEntry(store, owned(store, key), STATE_VERSION, state) === undefined;
}

/** A failed run counts as an honest try only when the code changed since the previous try. */
export function countTry(state: ExerciseState, code: string, lastTried: string | null, passed: boolean): ExerciseState {
  if (passed) return { ...state, solved: true };
  if (code === lastTried) return state;
  return { ...state, tries: state.tries + 1 };
}
