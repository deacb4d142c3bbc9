/// <reference lib="webworker" />
/**
 * The Python worker: loads Pyodide from the site's own origin (files copied to <base>pyodide/ at build
 * time, see integrations/pyodide-files.mjs) and runs one program at a time with the shared harness.
 * The pupil's code runs here only: it cannot reach the page, its DOM or its localStorage, and once
 * Python is loaded the worker locks itself down (lib/python/sandbox.ts): no network, no storage, no
 * caches, no JavaScript compiled from a string, and Python's `js` module shows timers only. A runaway
 * program is ended by the page with worker.terminate() (see python-client.ts), not from inside.
 */
import type { loadPyodide as LoadPyodide } from 'pyodide';
import { installHarness, runProgram, type PythonRuntime } from '../../lib/python/harness.ts';
import { OutputLimiter } from '../../lib/python/output.ts';
import { lockDown, pupilJsGlobals, refuse } from '../../lib/python/sandbox.ts';
import type { PageToWorker, WorkerToPage } from '../../lib/python/protocol.ts';
// The harness and the drawing module are files of the site (hashed names, cached offline with the
// rest), fetched with Pyodide's files before the worker locks itself down: Python, not part of any
// page's JavaScript.
import harnessUrl from '../../lib/python/harness.py?url';
import dessinUrl from '../../lib/python/dessin.py?url';

declare const self: DedicatedWorkerGlobalScope;
const post = (message: WorkerToPage) => self.postMessage(message);

let runtime: Promise<PythonRuntime> | null = null;

async function load(indexURL: string): Promise<PythonRuntime> {
  const started = performance.now();
  post({ type: 'progress', phase: 'download' });
  // Pyodide's own loader, from the site's copy of Pyodide (scripts/pyodide-files.mjs) rather than
  // bundled here: the exercise page's JavaScript stays within its budget, the file is cached once.
  const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide: typeof LoadPyodide };
  const source = (url: string) => fetch(new URL(url, self.location.href)).then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${url}: ${response.status}`))));
  const [py, harness, dessin] = await Promise.all([loadPyodide({ indexURL, fullStdLib: false, jsglobals: pupilJsGlobals(self) }), source(harnessUrl), source(dessinUrl)]);
  post({ type: 'progress', phase: 'start' });
  installHarness(py, { harness, dessin });
  // Pyodide's own API is importable from Python (pyodide_js): its package loader goes too.
  for (const name of ['loadPackage', 'loadPackagesFromImports', 'mountNativeFS', 'registerJsModule'] as const) {
    Object.defineProperty(py, name, { value: refuse(name) });
  }
  lockDown(self);
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
    let drawn: unknown = null;
    const result = runProgram(
      py,
      message,
      (text) => {
        if (limiter.truncated) return;
        const shown = limiter.accept(text);
        if (shown || limiter.truncated) post({ type: 'output', id: message.id, text: shown, truncated: limiter.truncated });
      },
      (raw) => ((drawn = raw), null),
    );
    // The SVG writer is loaded the first time a program draws (a chunk of the site, like this worker).
    if (drawn) result.drawing = (await import('../../lib/python/drawing.ts')).buildDrawing(drawn);
    post({ type: 'done', id: message.id, result: { ...result, truncated: limiter.truncated } });
  } catch (error) {
    post({ type: 'crash', message: error instanceof Error ? error.message : String(error) });
  }
};
