/// <reference lib="webworker" />
/**
 * The Python worker: loads Pyodide from the site's own origin (files copied to <base>pyodide/ at build
 * time, see integrations/pyodide-files.mjs) and runs one program at a time with the shared harness.
 * The pupil's code runs here only: it cannot reach the page, its DOM or its localStorage. A runaway
 * program is ended by the page with worker.terminate() (see python-client.ts), not from inside.
 */
import { loadPyodide } from 'pyodide';
import { installHarness, runProgram, type PythonRuntime } from '../../lib/python/harness.ts';
import { OutputLimiter } from '../../lib/python/output.ts';
import type { PageToWorker, WorkerToPage } from '../../lib/python/protocol.ts';

declare const self: DedicatedWorkerGlobalScope;
const post = (message: WorkerToPage) => self.postMessage(message);

let runtime: Promise<PythonRuntime> | null = null;

async function load(indexURL: string): Promise<PythonRuntime> {
  const started = performance.now();
  post({ type: 'progress', phase: 'download' });
  const py = await loadPyodide({ indexURL, fullStdLib: false });
  post({ type: 'progress', phase: 'start' });
  installHarness(py);
  post({ type: 'ready', loadMs: performance.now() - started });
  return py;
}

self.onmessage = async (event: MessageEvent<PageToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'init') {
      runtime ??= load(message.indexURL);
      await runtime;
      return;
    }
    if (!runtime) throw new Error('worker not initialised');
    const py = await runtime;
    post({ type: 'started', id: message.id });
    const limiter = new OutputLimiter();
    const result = runProgram(py, message, (text) => {
      if (limiter.truncated) return;
      const shown = limiter.accept(text);
      if (shown || limiter.truncated) post({ type: 'output', id: message.id, text: shown, truncated: limiter.truncated });
    });
    post({ type: 'done', id: message.id, result: { ...result, truncated: limiter.truncated } });
  } catch (error) {
    post({ type: 'crash', message: error instanceof Error ? error.message : String(error) });
  }
};
