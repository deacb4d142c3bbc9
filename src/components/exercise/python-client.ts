/**
 * The page's side of the Python worker. Starts loading Pyodide when the page is idle, runs programs
 * with a time limit, and stops them with worker.terminate(): Pyodide can interrupt a running program
 * only through a SharedArrayBuffer, which needs cross-origin isolation (COOP/COEP headers) that we
 * cannot require from every school server. Terminating loses the loaded interpreter, so as soon as a
 * run lasts longer than SPARE_AFTER_MS a spare worker starts loading: Stop and the time limit then
 * swap it in instead of starting from zero. A worker that crashes is replaced the same way.
 */
import { abortedResult, type LoadPhase, type RunResult, type WorkerCheck, type WorkerToPage } from '../../lib/python/protocol.ts';
import { OutputLimiter } from '../../lib/python/output.ts';

const SPARE_AFTER_MS = 1000;
const MEMORY_CRASH = /memory|OOM|allocation failed/i;

export interface ClientEvents {
  onPhase(phase: LoadPhase | 'restarting' | 'error'): void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
}

interface PendingRun {
  id: number;
  output: string;
  limiter: OutputLimiter;
  started: number;
  timer: ReturnType<typeof setTimeout> | null;
  spareTimer: ReturnType<typeof setTimeout> | null;
  onOutput: (text: string, truncated: boolean) => void;
  resolve: (result: RunResult) => void;
}

export class PythonClient {
  private current: Slot | null = null;
  private spare: Slot | null = null;
  private pending: PendingRun | null = null;
  private nextId = 1;

  constructor(private readonly indexURL: string, private readonly events: ClientEvents) {}

  private spawn(report: boolean): Slot {
    const worker = new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module' });
    const ready = new Promise<void>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<WorkerToPage>) => {
        const message = event.data;
        if (message.type === 'ready') resolve();
        else if (message.type === 'progress' && report && this.current?.worker === worker) this.events.onPhase(message.phase);
        else if (message.type === 'crash') {
          reject(new Error(message.message));
          this.handleCrash(worker, message.message);
        } else if (this.current?.worker === worker) this.handleRunMessage(message);
      });
      worker.addEventListener('error', (event) => {
        reject(new Error(event.message));
        this.handleCrash(worker, event.message ?? '');
      });
    });
    ready.catch(() => undefined);
    worker.postMessage({ type: 'init', indexURL: this.indexURL });
    return { worker, ready };
  }

  /** Starts loading Pyodide (idempotent). */
  async preload(): Promise<void> {
    this.current ??= this.spawn(true);
    await this.current.ready;
    this.events.onPhase('ready');
  }

  get running(): boolean {
    return this.pending !== null;
  }

  /** Runs a program; resolves once it ends, fails, is stopped or reaches `timeLimitS`. */
  async run(code: string, stdin: string[], checks: WorkerCheck[], timeLimitS: number, onOutput: (text: string, truncated: boolean) => void): Promise<RunResult> {
    if (this.pending) this.stop();
    const slot = this.current ?? (this.current = this.spawn(true));
    try {
      await slot.ready;
    } catch {
      return abortedResult('crash', '', false, 0);
    }
    const id = this.nextId++;
    return new Promise<RunResult>((resolve) => {
      this.pending = { id, output: '', limiter: new OutputLimiter(), started: performance.now(), timer: null, spareTimer: null, onOutput, resolve };
      this.pending.timer = setTimeout(() => this.abort('timeout'), timeLimitS * 1000);
      this.pending.spareTimer = setTimeout(() => {
        this.spare ??= this.spawn(false);
      }, SPARE_AFTER_MS);
      slot.worker.postMessage({ type: 'run', id, code, stdin, checks });
    });
  }

  /** The Stop button: ends the running program at once. */
  stop(): void {
    this.abort('stopped');
  }

  private handleRunMessage(message: WorkerToPage): void {
    const run = this.pending;
    if (!run || !('id' in message) || message.id !== run.id) return;
    if (message.type === 'started') run.started = performance.now();
    else if (message.type === 'output') {
      const shown = run.limiter.accept(message.text);
      run.output += shown;
      const truncated = run.limiter.truncated || message.truncated === true;
      if (truncated) run.limiter.truncated = true;
      if (shown || truncated) run.onOutput(shown, truncated);
    } else if (message.type === 'done') this.finish({ ...message.result, truncated: message.result.truncated || run.limiter.truncated });
  }

  private finish(result: RunResult): void {
    const run = this.pending;
    if (!run) return;
    if (run.timer) clearTimeout(run.timer);
    if (run.spareTimer) clearTimeout(run.spareTimer);
    this.pending = null;
    run.resolve(result);
  }

  private abort(status: 'timeout' | 'stopped' | 'crash', crashMessage = ''): void {
    const run = this.pending;
    if (!run) return;
    this.replaceCurrent();
    const result = abortedResult(status, run.output, run.limiter.truncated, performance.now() - run.started);
    // WebAssembly out of memory ends the worker itself: the pupil gets the MemoryError explanation.
    if (status === 'crash' && MEMORY_CRASH.test(crashMessage)) {
      result.status = 'error';
      result.error = { type: 'MemoryError', message: crashMessage, line: null, code: null, suggestion: null };
    }
    this.finish(result);
  }

  private replaceCurrent(): void {
    this.current?.worker.terminate();
    this.current = this.spare ?? this.spawn(true);
    this.spare = null;
    this.events.onPhase('restarting');
    this.current.ready.then(() => this.events.onPhase('ready')).catch(() => undefined);
  }

  private handleCrash(worker: Worker, message: string): void {
    if (this.current?.worker === worker) {
      if (this.pending) {
        this.abort('crash', message);
        return;
      }
      // A worker that fails while loading is not respawned in a loop: the next run tries again.
      worker.terminate();
      this.current = null;
      this.events.onPhase('error');
    } else if (this.spare?.worker === worker) {
      worker.terminate();
      this.spare = null;
    }
  }

  dispose(): void {
    this.current?.worker.terminate();
    this.spare?.worker.terminate();
    this.current = this.spare = null;
  }
}
