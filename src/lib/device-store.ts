/**
 * The device store: the one layer between Déclic and the browser's localStorage. Quiz progress,
 * revision boxes, Python exercises, interactive activities, the pupil's assignments and the teacher's
 * classes all read and write through it, with one policy:
 *
 * - Every entry lives under a key starting `declic.` and holds JSON `{ v: <version>, …fields }`.
 * - Reading checks the version and the shape (the caller's `parse`, which returns null or throws on
 *   a bad shape). An entry that cannot be read is **set aside, never destroyed**: it is moved to
 *   `declic.corrupted.<time>` as `{ key, raw }`, the caller gets a `corrupted` notice (shown as a
 *   French message by each page) and goes on with its default value. Other keys are untouched.
 * - A browser that refuses storage (private mode, quota) gives an `unavailable` notice; nothing here
 *   throws.
 *
 * Shared computers. A pupil's work belongs to that pupil. While a pupil works on an assignment on
 * this device, `declic.pupil.active` names their namespace (a random id, nothing personal), and the
 * pupil's work keys (`ownedKey`) are read and written under `declic.pupil.<id>.` instead of `declic.`:
 * the next pupil at the same computer starts with an empty namespace and never sees, nor hands in,
 * the previous pupil's answers; « J'ai fini, je libère l'ordinateur » clears one namespace
 * (`clearNamespace`), and `exportNamespace`/`importNamespace` carry it to another device. With no
 * active pupil (a pupil at home who never opened an assignment) the plain keys are used, as before.
 *
 * Keys (all under `declic.`):
 *   pupil.active                   { v: 1, id }  the pupil working on this device now
 *   pupil.<id>.assignment.<devoir>  the pupil's assignment (src/lib/teacher/storage.ts)
 *   pupil.<id>.quiz.…, pupil.<id>.exercise.…, pupil.<id>.activity.…   that pupil's work
 *   quiz.…, exercise.…, activity.…  work done with no pupil active
 *   teacher.…                      the teacher's assignments and classes (never owned by a pupil)
 *   corrupted.<time>               an unreadable entry, kept as it was
 *   reading                        reading comfort (src/lib/reading-prefs.ts, read before first
 *                                  paint by an inline script: the device's, not a pupil's)
 *
 * This file is what every island needs (the quiz page has a 30 KB budget); managing namespaces
 * (start, list, clear, carry to another device) is in device-store-pupils.ts, used by the
 * assignment pages only.
 */

/** The part of the Web Storage API used here (tests pass memoryStore()). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

export type StoreNotice =
  /** An entry could not be read (`old-format`: written by an older version of the site); it was
   *  kept under `setAsideAs` (undefined if even that failed). */
  | { kind: 'corrupted' | 'old-format'; key: string; setAsideAs: string | undefined }
  /** The device refuses to store anything: work lasts until the page is closed. */
  | { kind: 'unavailable' };

export const ROOT = 'declic.';
export const CORRUPTED_PREFIX = `${ROOT}corrupted.`;
export const PUPIL_ROOT = `${ROOT}pupil.`;
export const ACTIVE_PUPIL_KEY = `${PUPIL_ROOT}active`;
/** A namespace id: 10 characters [a-z0-9]. */
export const NAMESPACE_PATTERN = /^[a-z0-9]{10}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** localStorage, or null where the browser refuses it (some private modes throw on access). */
export function browserStore(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Moves an unreadable entry to a fresh `declic.corrupted.<time>` key; returns that key, if it worked. */
export function setAside(store: KeyValueStore, key: string, raw: string, now: number): string | undefined {
  try {
    let aside = `${CORRUPTED_PREFIX}${now}`;
    for (let n = 1; store.getItem(aside) !== null; n++) aside = `${CORRUPTED_PREFIX}${now}-${n}`;
    store.setItem(aside, JSON.stringify({ key, raw }));
    store.removeItem(key);
    return aside;
  } catch {
    return undefined;
  }
}

/**
 * Reads the entry `{ v: version, … }` at `key`. `parse` gets the whole entry and returns the value,
 * or null (or throws) when the shape is wrong: the entry is then set aside. `value` is null when
 * there is nothing to read.
 */
export function readEntry<T>(store: KeyValueStore | null, key: string, version: number, parse: (entry: Record<string, unknown>) => T | null, now: number): { value: T | null; notice?: StoreNotice } {
  if (!store) return { value: null, notice: { kind: 'unavailable' } };
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { value: null, notice: { kind: 'unavailable' } };
  }
  if (raw === null) return { value: null };
  let value: T | null = null;
  let old = false;
  try {
    const json: unknown = JSON.parse(raw);
    if (isObject(json) && json['v'] === version) value = parse(json);
    else old = isObject(json) && typeof json['v'] === 'number' && json['v'] < version;
  } catch {
    value = null;
  }
  if (value !== null) return { value };
  return { value: null, notice: { kind: old ? 'old-format' : 'corrupted', key, setAsideAs: setAside(store, key, raw, now) } };
}

/** Writes `{ v: version, …fields }`; a notice when the device refuses. */
export function writeEntry(store: KeyValueStore | null, key: string, version: number, fields: object): StoreNotice | undefined {
  if (!store) return { kind: 'unavailable' };
  try {
    store.setItem(key, JSON.stringify({ v: version, ...fields }));
    return undefined;
  } catch {
    return { kind: 'unavailable' };
  }
}

export function removeEntry(store: KeyValueStore | null, key: string): StoreNotice | undefined {
  if (!store) return { kind: 'unavailable' };
  try {
    store.removeItem(key);
    return undefined;
  } catch {
    return { kind: 'unavailable' };
  }
}

// ——— Pupil namespaces (shared computers): which one is active, and its keys ———

/** The namespace of the pupil working on this device now, or null. */
export function activePupil(store: KeyValueStore | null): string | null {
  try {
    const json: unknown = JSON.parse(store?.getItem(ACTIVE_PUPIL_KEY) ?? 'null');
    return isObject(json) && json['v'] === 1 && typeof json['id'] === 'string' && NAMESPACE_PATTERN.test(json['id']) ? json['id'] : null;
  } catch {
    return null;
  }
}

/** Where pupil `id`'s work lives. */
export const namespacePrefix = (id: string) => `${PUPIL_ROOT}${id}.`;

/** `declic.quiz.progress.m` as pupil `id` owns it: `declic.pupil.<id>.quiz.progress.m` (null: unchanged). */
export const ownedKey = (key: string, id: string | null) => (id === null || !key.startsWith(ROOT) ? key : `${namespacePrefix(id)}${key.slice(ROOT.length)}`);

/** The key a pupil's work is read and written under on this device now (the active pupil's). */
export const owned = (store: KeyValueStore | null, key: string) => ownedKey(key, activePupil(store));
