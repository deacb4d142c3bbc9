/**
 * Running Python from a page: the worker client (python-client.ts), the loading phase, the console
 * and the drawing of the last run, as reactive state shared by the exercise island and the notebook
 * (« Mon carnet de code »). The pupil's program runs in the worker only.
 */
import type { Drawing } from '../../lib/python/drawing.ts';
import { DEFAULT_TIME_LIMIT_S, type RunResult, type WorkerCheck } from '../../lib/python/protocol.ts';
import { PythonClient } from './python-client.ts';

export type Phase = 'idle' | 'download' | 'start' | 'ready' | 'restarting' | 'error';

type RunnerKey =
  | 'exercise.console.waiting'
  | 'exercise.console.truncated'
  | 'exercise.console.stopped'
  | 'exercise.console.timeout'
  | 'exercise.console.crash'
  | 'exercise.console.empty';

export class PythonRunner {
  phase = $state<Phase>('idle');
  running = $state(false);
  consoleText = $state('');
  consoleNote = $state('');
  /** What the last run drew with `dessin` (kept while the next one runs, so the page does not jump). */
  drawing = $state<Drawing | null>(null);
  private client: PythonClient | null = null;

  constructor(private readonly t: (key: RunnerKey, params?: Record<string, string | number>) => string) {}

  /** Starts loading Pyodide once the page is idle. */
  start(indexURL: string): void {
    this.client = new PythonClient(new URL(indexURL, window.location.href).href, { onPhase: (p) => (this.phase = p) });
    const start = () => {
      this.phase = this.phase === 'idle' ? 'download' : this.phase;
      void this.client?.preload().catch(() => (this.phase = 'error'));
    };
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 1500 });
    else setTimeout(start, 200);
  }

  async execute(program: string, checks: WorkerCheck[], stdin: string[]): Promise<RunResult | null> {
    if (!this.client) return null;
    const t = this.t;
    this.running = true;
    this.consoleText = '';
    this.consoleNote = this.phase === 'ready' ? '' : t('exercise.console.waiting');
    const result = await this.client.run(program, stdin, checks, DEFAULT_TIME_LIMIT_S, (chunk, truncated) => {
      this.consoleNote = truncated ? t('exercise.console.truncated') : '';
      this.consoleText += chunk;
    });
    this.running = false;
    this.drawing = result.drawing ?? null;
    const notes: string[] = [];
    if (result.truncated) notes.push(t('exercise.console.truncated'));
    if (result.status === 'stopped') notes.push(t('exercise.console.stopped'));
    if (result.status === 'timeout') notes.push(t('exercise.console.timeout', { seconds: DEFAULT_TIME_LIMIT_S }));
    if (result.status === 'crash') notes.push(t('exercise.console.crash'));
    if (result.status === 'ok' && result.output === '' && !result.truncated && !result.drawing) notes.push(t('exercise.console.empty'));
    this.consoleNote = notes.join(' ');
    return result;
  }

  stop(): void {
    this.client?.stop();
  }

  dispose(): void {
    this.client?.dispose();
    this.client = null;
  }
}
