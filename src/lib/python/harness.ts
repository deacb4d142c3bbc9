/**
 * Runs a pupil's program and its hidden checks in Pyodide. The same code runs in the browser's worker
 * and in the Node content tests (tests/content/exercises.test.ts), so a reference solution that passes
 * there passes for the pupil. Each run gets a fresh namespace; input() reads prepared lines; output is
 * captured for the checks and streamed through `emit`.
 *
 * `stepLimit` (Node tests only) stops a program after that many executed lines, because a test cannot
 * terminate itself the way the page terminates a worker; the browser relies on its time limit instead.
 */
import type { Drawing } from './drawing.ts';
import { CAPTURE_LIMIT, type CheckOutcome, type PythonError, type RunRequest, type RunResult } from './protocol.ts';

/** The part of Pyodide's API that the harness uses (kept small so tests can type it). */
export interface PythonRuntime {
  runPython(code: string): unknown;
}


/**
 * The Python the harness runs, as text: `harness` (src/lib/python/harness.py, which defines
 * `declic_run`) and the site's own modules by name (src/lib/python/dessin.py for `dessin`). Files of
 * the site rather than strings in the worker's JavaScript: the worker fetches them with Pyodide's
 * files (cached offline like them), so the exercise page's JavaScript stays within its budget.
 */
export interface PythonSources {
  harness: string;
  dessin?: string;
}

/**
 * Defines `declic_run` in the interpreter and makes the site's modules importable (`from dessin import *`);
 * call once after loading Pyodide. The worker fetches harness.py and dessin.py with Pyodide's files; Node
 * tests read them from disk (tests/helpers/python.ts).
 */
export function installHarness(py: PythonRuntime, { harness, ...libraries }: PythonSources): void {
  py.runPython(`DECLIC_CAPTURE_LIMIT = ${CAPTURE_LIMIT}\n${harness}`);
  for (const [name, source] of Object.entries(libraries)) {
    if (typeof source !== 'string') continue;
    // JSON string literals are valid Python string literals: no file, no global left behind.
    py.runPython(`declic_add_library(${JSON.stringify(name)}, ${JSON.stringify(source)})`);
  }
}

/** Lines ending with spaces and trailing blank lines do not count when comparing outputs. */
export function normalizeOutput(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

interface RawRun {
  output: string;
  error: PythonError | null;
  checks: { ok: boolean | null; error: PythonError | null }[];
  drawing: unknown;
}

/**
 * Runs `request` with the harness installed in `py`. Output checks are judged here, assertion checks
 * in Python; a check never runs when the program itself failed. When the program imported `dessin`,
 * `buildDrawing` (drawing.ts) turns what it drew into the result's SVG; the worker loads that code
 * only once a program draws, so it weighs nothing on an exercise page that does not.
 */
export function runProgram(
  py: PythonRuntime,
  request: Pick<RunRequest, 'code' | 'stdin' | 'checks'> & { stepLimit?: number },
  emit: (text: string) => void,
  buildDrawing: (raw: unknown) => Drawing | null = () => null,
): RunResult {
  const started = performance.now();
  const run = py.runPython('declic_run') as ((json: string, emit: (text: string) => void) => string) & { destroy?: () => void };
  let raw: RawRun;
  try {
    raw = JSON.parse(run(JSON.stringify(request), emit)) as RawRun;
  } finally {
    run.destroy?.(); // a PyProxy is not garbage-collected by JavaScript: free it after each run
  }
  const checks: CheckOutcome[] = raw.checks.map((outcome, index) => {
    const check = request.checks[index];
    if (check?.kind === 'output') return { ok: normalizeOutput(raw.output) === normalizeOutput(check.expected), error: null };
    return { ok: outcome.ok === true, error: outcome.error };
  });
  const status = raw.error ? (raw.error.type === 'Timeout' ? 'timeout' : 'error') : 'ok';
  const drawing = raw.drawing ? buildDrawing(raw.drawing) : null;
  return { status, output: raw.output, truncated: false, error: raw.error, checks, drawing, durationMs: performance.now() - started };
}
