/**
 * Device storage for interactive activities. Each activity keeps its state in localStorage under
 * `declic.activity.<activity>.<name>`, as JSON `{ v: <version>, data: … }`. Nothing is ever sent
 * anywhere: the pupil hands data in only by copying a code themselves.
 *
 * A value that cannot be read (garbage, another version, failed validation) is not thrown away:
 * it is moved to `<key>.illisible` so a teacher could still recover it, and the caller gets
 * `status: 'corrupted'` to show a French message instead of a blank page.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const ACTIVITY_STORAGE_PREFIX = 'declic.activity.';

export function activityKey(activity: string, name: string): string {
  return `${ACTIVITY_STORAGE_PREFIX}${activity}.${name}`;
}

export type Stored<T> = { status: 'empty' } | { status: 'ok'; value: T } | { status: 'corrupted' } | { status: 'unavailable' };

/**
 * Reads one stored value. `validate` returns the typed value, or null when the data does not fit
 * (it must not throw, but a throw is handled the same way).
 */
export function readStored<T>(storage: StorageLike | undefined, key: string, version: number, validate: (data: unknown) => T | null): Stored<T> {
  if (!storage) return { status: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'empty' };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && (parsed as { v?: unknown }).v === version) {
      const value = validate((parsed as { data?: unknown }).data);
      if (value !== null) return { status: 'ok', value };
    }
  } catch {
    // fall through: the value is set aside below
  }
  try {
    storage.setItem(`${key}.illisible`, raw);
    storage.removeItem(key);
  } catch {
    // a full or blocked storage must not break the activity
  }
  return { status: 'corrupted' };
}

/** Writes one value; returns false when the device refuses (private mode, full storage). */
export function writeStored(storage: StorageLike | undefined, key: string, version: number, data: unknown): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify({ v: version, data }));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(storage: StorageLike | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // nothing to do
  }
}

/** The browser's localStorage, or undefined when it is blocked (some school browsers). */
export function browserStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
