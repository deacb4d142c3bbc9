/**
 * What the pupil's Python code may reach in its worker. Déclic promises that nothing leaves the device:
 * a pupil's program (or one a pupil was told to paste) must not send a request, nor touch the site's
 * storage and caches (emptying the service worker's caches would break the site offline).
 *
 * Two layers, applied by python.worker.ts:
 * - `PUPIL_JS_GLOBALS` is the only thing Python's `js` module exposes (Pyodide's `jsglobals` option):
 *   timers, nothing else. `js.fetch`, `js.XMLHttpRequest`, `js.caches` do not exist for the pupil.
 * - `lockDown(globalThis)` runs once Python is loaded (the worker needs the network only to load
 *   Pyodide's own files). It removes the network, storage and worker APIs from the worker's realm
 *   itself, prototypes included, and blocks every way to compile JavaScript from a string (eval, the
 *   Function constructors, string timers): without them, `pyodide.code.run_js`, `pyodide_js`,
 *   `ctypes` or `x.constructor` find nothing left to call, and dynamic `import()` cannot be written.
 *
 * The page's Content-Security-Policy does not apply to a worker (a worker's policy comes from its own
 * response headers, see the README's deployment section): this file is what holds on any server.
 */

/** Globals removed from the worker once Python is ready: network, storage, caches, other workers. */
export const BLOCKED_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'XMLHttpRequestEventTarget',
  'XMLHttpRequestUpload',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'importScripts',
  'caches',
  'CacheStorage',
  'Cache',
  'indexedDB',
  'IDBFactory',
  'cookieStore',
  'CookieStore',
  'storageBuckets',
  'StorageBucketManager',
  'webkitRequestFileSystem',
  'webkitRequestFileSystemSync',
  'webkitResolveLocalFileSystemURL',
  'webkitResolveLocalFileSystemSyncURL',
  'FileSystemHandle',
  'FileSystemDirectoryHandle',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
  'FontFace',
  'fonts',
  'Notification',
  'ServiceWorkerContainer',
  'ServiceWorkerRegistration',
  'StorageManager',
] as const;

/** Properties of `navigator` removed too (OPFS storage, the service worker's registration). */
export const BLOCKED_NAVIGATOR = ['storage', 'serviceWorker', 'sendBeacon', 'storageBuckets'] as const;

/** Prototype methods disabled in case a reference to the constructor survives somewhere. */
const BLOCKED_METHODS: Record<string, string[]> = {
  XMLHttpRequest: ['open', 'send'],
  CacheStorage: ['open', 'delete', 'keys', 'match', 'has'],
  Cache: ['add', 'addAll', 'put', 'delete', 'keys', 'match', 'matchAll'],
  IDBFactory: ['open', 'deleteDatabase', 'databases'],
  StorageManager: ['getDirectory', 'persist'],
  ServiceWorkerRegistration: ['unregister', 'update'],
};

export class SandboxError extends Error {
  override name = 'SandboxError';
}

/** A function that throws SandboxError, put in place of what the pupil's code must not call. */
export const refuse = (what: string) => () => {
  throw new SandboxError(`${what} is not available to exercises`);
};

/** Removes `name` from `target` and from every object of its prototype chain. */
function removeEverywhere(target: object, name: string): void {
  for (let object: object | null = target; object; object = Object.getPrototypeOf(object)) {
    if (!Object.prototype.hasOwnProperty.call(object, name)) continue;
    if (!Reflect.deleteProperty(object, name)) {
      try {
        Object.defineProperty(object, name, { value: undefined });
      } catch {
        // Non-configurable and read-only: nothing else can be done here, the test suite would catch it.
      }
    }
  }
}

// Loose on purpose: it wraps the platform's setTimeout/setInterval, whatever their exact overloads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Timer = (handler: any, ...args: any[]) => unknown;

/** A timer that refuses code given as a string (a worker compiles it, like eval). */
function functionOnly(timer: Timer): Timer {
  return function (this: unknown, handler: unknown, ...rest: unknown[]) {
    if (typeof handler !== 'function') throw new SandboxError('timers take a function');
    return timer.call(this, handler, ...rest);
  };
}

interface TimerGlobals {
  setTimeout: Timer;
  setInterval: Timer;
  clearTimeout: (id: unknown) => void;
  clearInterval: (id: unknown) => void;
}

/** The object Python's `js` module shows the pupil (Pyodide's `jsglobals`). */
export function pupilJsGlobals(globals: object): Record<string, unknown> {
  const scope = globals as TimerGlobals;
  return {
    setTimeout: functionOnly(scope.setTimeout.bind(scope)),
    setInterval: functionOnly(scope.setInterval.bind(scope)),
    clearTimeout: scope.clearTimeout.bind(scope),
    clearInterval: scope.clearInterval.bind(scope),
  };
}

/**
 * Removes from `scope` (the worker's global object) everything that can send a request, reach the
 * site's storage or compile JavaScript from a string. Call it after Pyodide has loaded: Pyodide
 * itself needs fetch and eval while it starts, and nothing of them afterwards.
 */
export function lockDown(scope: object): void {
  const global = scope as unknown as Record<string, unknown>;
  for (const [name, methods] of Object.entries(BLOCKED_METHODS)) {
    const ctor = global[name] as { prototype?: Record<string, unknown> } | undefined;
    const proto = ctor?.prototype;
    if (!proto) continue;
    for (const method of methods) {
      if (method in proto) Object.defineProperty(proto, method, { value: refuse(`${name}.${method}`), writable: false, configurable: false });
    }
  }
  const navigator = global.navigator as object | undefined;
  if (navigator) for (const name of BLOCKED_NAVIGATOR) removeEverywhere(navigator, name);
  for (const name of BLOCKED_GLOBALS) removeEverywhere(scope, name);

  // No JavaScript compiled from a string: eval, string timers, and the four Function constructors
  // (reachable from any function through .constructor).
  const timers = scope as unknown as TimerGlobals;
  timers.setTimeout = functionOnly(timers.setTimeout);
  timers.setInterval = functionOnly(timers.setInterval);
  global.eval = refuse('eval');
  const blockedCompile = { apply: refuse('Function'), construct: refuse('Function') };
  const samples = [function () {}, async function () {}, function* () {}, async function* () {}];
  for (const sample of samples) {
    const ctor = sample.constructor as FunctionConstructor;
    const blocked = new Proxy(ctor, blockedCompile);
    Object.defineProperty(ctor.prototype, 'constructor', { value: blocked, writable: false, configurable: false });
    if (ctor === Function) global.Function = blocked;
  }
}
