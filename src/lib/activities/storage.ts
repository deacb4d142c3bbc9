/**
 * Storage for interactive activities, through the device store (src/lib/device-store.ts). Each
 * activity keeps its state under `declic.activity.<activity>.<name>` (in the active pupil's
 * namespace on a shared computer), as JSON `{ v: <version>, data: … }`. Nothing is ever sent
 * anywhere: the pupil hands data in only by copying a code themselves.
 *
 * A value that cannot be read (garbage, another version, failed validation) is not thrown away: it is
 * set aside under `declic.corrupted.<time>` so it could still be recovered, and the caller gets
 * `status: 'corrupted'` to show a French message instead of a blank page.
 */
import { browserStore, owned, readEntry, removeEntry, writeEntry, type KeyValueStore } from '../device-store.ts';

export type StorageLike = KeyValueStore;

export const ACTIVITY_STORAGE_PREFIX = 'declic.activity.';

export function activityKey(activity: string, name: string): string {
  return `${ACTIVITY_STORAGE_PREFIX}${activity}.${name}`;
}

export type Stored<T> = { status: 'empty' } | { status: 'ok'; value: T } | { status: 'corrupted' } | { status: 'unavailable' };

/**
 * Reads one stored value. `validate` returns the typed value, or null when the data does not fit
 * (it must not throw, but a throw is handled the same way).
 */
export function readStored<T>(storage: StorageLike | undefined, key: string, version: number, validate: (data: unknown) => T | null, now = Date.now()): Stored<T> {
  if (!storage) return { status: 'unavailable' };
  const { value, notice } = readEntry(storage, owned(storage, key), version, (entry) => validate(entry['data']), now);
  if (value !== null) return { status: 'ok', value };
  if (!notice) return { status: 'empty' };
  return notice.kind === 'unavailable' ? { status: 'unavailable' } : { status: 'corrupted' };
}

/** Writes one value; returns false when the device refuses (private mode, full storage). */
export function writeStored(storage: StorageLike | undefined, key: string, version: number, data: unknown): boolean {
  return !!storage && writeEntry(storage, owned(storage, key), version, { data }) === undefined;
}

export function removeStored(storage: StorageLike | undefined, key: string): void {
  if (storage) removeEntry(storage, owned(storage, key));
}

/** The browser's localStorage, or undefined when it is blocked (some school browsers). */
export function browserStorage(): StorageLike | undefined {
  return browserStore() ?? undefined;
}
