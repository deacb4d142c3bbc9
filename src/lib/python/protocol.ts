/**
 * The narrow interface between an exercise page and the Python worker (src/components/exercise/
 * python.worker.ts). Pure types and constants: no DOM, no Pyodide. The page sends `init` once, then
 * `run` requests; the worker answers with `progress`, `ready`, streamed `output` and one `done` per
 * run. Platform failures (`crash`) are kept apart from the pupil's own errors (`RunResult.error`).
 */
import type { Drawing } from './drawing.ts';

/** A hidden check, as the worker needs it (the French message stays on the page). */
export type WorkerCheck = { kind: 'output'; expected: string } | { kind: 'assert'; code: string };

export interface RunRequest {
  type: 'run';
  id: number;
  /** The pupil's program. */
  code: string;
  /** Lines that successive calls to input() receive, in order. */
  stdin: string[];
  /** Hidden checks run after the program, in the same fresh namespace. */
  checks: WorkerCheck[];
}

export type PageToWorker = { type: 'init'; indexURL: string } | RunRequest;

/** A Python exception raised by the pupil's code, located in the pupil's program. */
export interface PythonError {
  /** Exception class name ("NameError"), or "Timeout" when the time limit stopped the program. */
  type: string;
  /** Python's own message ("name 'nom' is not defined"). */
  message: string;
  /** 1-based line in the pupil's program, when known. */
  line: number | null;
  /** Text of that line, when known. */
  code: string | null;
  /** For a NameError: the closest existing name ("print" for "prnt"). */
  suggestion: string | null;
  /** Set by the site's own modules (dessin): the message is already French, and this is what to try. */
  advice?: string | null;
}

export interface CheckOutcome {
  ok: boolean;
  /** Set when an assertion check raised something else than AssertionError (e.g. in the pupil's function). */
  error: PythonError | null;
}

export type RunStatus = 'ok' | 'error' | 'timeout' | 'stopped' | 'crash';

export interface RunResult {
  status: RunStatus;
  /** Everything the program printed (capped at CAPTURE_LIMIT characters), for checks and predictions. */
  output: string;
  /** True when the console stopped showing output (OUTPUT_LIMITS). */
  truncated: boolean;
  error: PythonError | null;
  /** One outcome per check, in order; empty when the program itself failed. */
  checks: CheckOutcome[];
  /** What the program drew with `dessin` (checked and turned into SVG in the worker), or null. */
  drawing?: Drawing | null;
  /** Run time in milliseconds, Pyodide's load excluded. */
  durationMs: number;
}

export type LoadPhase = 'download' | 'start' | 'ready';

export type WorkerToPage =
  | { type: 'progress'; phase: LoadPhase }
  | { type: 'ready'; loadMs: number }
  | { type: 'started'; id: number }
  /** `truncated` is set once, on the first output the console will no longer show. */
  | { type: 'output'; id: number; text: string; truncated?: boolean }
  | { type: 'done'; id: number; result: RunResult }
  | { type: 'crash'; message: string };

/** Default time limit of one run, in seconds (an exercise may raise it). */
export const DEFAULT_TIME_LIMIT_S = 5;

/** Characters of output kept for the checks: beyond this, the program's output is not stored. */
export const CAPTURE_LIMIT = 200_000;

/** What the console shows before it stops and says so: a page must never freeze on output. */
export const OUTPUT_LIMITS = { chars: 20_000, lines: 500 } as const;

/** A result built by the page when the program never reported back (stopped, time limit, crash). */
export function abortedResult(status: 'timeout' | 'stopped' | 'crash', output: string, truncated: boolean, durationMs: number): RunResult {
  const error: PythonError | null =
    status === 'timeout' ? { type: 'Timeout', message: 'time limit', line: null, code: null, suggestion: null } : null;
  return { status, output, truncated, error, checks: [], drawing: null, durationMs };
}
