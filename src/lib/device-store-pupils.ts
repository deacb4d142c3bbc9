/**
 * Managing pupil namespaces of the device store (src/lib/device-store.ts): who works on this device,
 * listing, clearing (« J'ai fini, je libère l'ordinateur ») and carrying a pupil's work to another
 * device. Used by the assignment pages only, so the quiz and exercise pages do not load it.
 */
import { ACTIVE_PUPIL_KEY, NAMESPACE_PATTERN, PUPIL_ROOT, activePupil, namespacePrefix, removeEntry, writeEntry, type KeyValueStore, type StoreNotice } from './device-store.ts';

/** A memory store (tests, or a browser that refuses localStorage). */
export function memoryStore(initial: Record<string, string> = {}): Required<KeyValueStore> {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
  };
}

/** Every key of the store starting with `prefix`. */
export function keysWith(store: KeyValueStore | null, prefix: string): string[] {
  const keys: string[] = [];
  if (!store?.key || store.length === undefined) return keys;
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
  } catch {
    return [];
  }
  return keys;
}

export function setActivePupil(store: KeyValueStore | null, id: string | null): StoreNotice | undefined {
  return id === null ? removeEntry(store, ACTIVE_PUPIL_KEY) : writeEntry(store, ACTIVE_PUPIL_KEY, 1, { id });
}

/** The namespaces that hold something on this device. */
export function namespaces(store: KeyValueStore | null): string[] {
  const ids = new Set<string>();
  for (const key of keysWith(store, PUPIL_ROOT)) {
    const id = key.slice(PUPIL_ROOT.length).split('.')[0] ?? '';
    if (NAMESPACE_PATTERN.test(id)) ids.add(id);
  }
  return [...ids];
}

/** A namespace's entries, by key relative to the namespace (`quiz.progress.m`), raw. */
export function exportNamespace(store: KeyValueStore | null, id: string): Record<string, string> {
  const prefix = namespacePrefix(id);
  const entries: Record<string, string> = {};
  for (const key of keysWith(store, prefix)) {
    const raw = store?.getItem(key);
    if (raw != null) entries[key.slice(prefix.length)] = raw;
  }
  return entries;
}

/** Writes entries (from exportNamespace) into a namespace; a notice when the device refuses. */
export function importNamespace(store: KeyValueStore | null, id: string, entries: Record<string, string>): StoreNotice | undefined {
  if (!store) return { kind: 'unavailable' };
  try {
    for (const [key, raw] of Object.entries(entries)) store.setItem(`${namespacePrefix(id)}${key}`, raw);
    return undefined;
  } catch {
    return { kind: 'unavailable' };
  }
}

/** Removes a pupil's whole namespace (and makes nobody active if it was the active one). */
export function clearNamespace(store: KeyValueStore | null, id: string): StoreNotice | undefined {
  if (!store) return { kind: 'unavailable' };
  try {
    for (const key of keysWith(store, namespacePrefix(id))) store.removeItem(key);
    if (activePupil(store) === id) store.removeItem(ACTIVE_PUPIL_KEY);
    return undefined;
  } catch {
    return { kind: 'unavailable' };
  }
}

/** Draws a namespace id (10 characters [a-z0-9]). */
export function newNamespaceId(random: () => number = cryptoRandom): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: 10 }, () => chars[Math.floor(random() * chars.length)]).join('');
}

export function cryptoRandom(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0]! / 2 ** 32;
}
