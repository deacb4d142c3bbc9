/**
 * Device storage for the teacher tools, versioned, never throwing.
 *
 * Pupil device:
 *   declic.assignment.v1.<assignmentId>   { v: 1, code, pseudonym, opened, handedInAt?, group? }  (group: 'a'|'b', split assignments)
 * Teacher device:
 *   declic.teacher.v1.assignments         { v: 1, codes: string[] }   the teacher's assignments (link codes)
 *   declic.teacher.v1.class.<assignmentId> { v: 1, handIns: HandIn[] } imported hand-ins
 * An entry that cannot be read is moved aside to `<prefix>corrupted.<time>` (kept as it was, so
 * nothing is lost) and reported by a notice; the page then goes on with an empty value.
 */
import { decodeAssignment, type Assignment, type LinkGroup } from './assignment.ts';
import { validateHandIn, type HandIn } from './handin.ts';

export interface Store {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type Notice = { kind: 'corrupted'; key: string; setAsideAs: string | undefined } | { kind: 'unavailable' };

export const PUPIL_PREFIX = 'declic.assignment.';
export const PUPIL_VERSION_PREFIX = `${PUPIL_PREFIX}v1.`;
export const TEACHER_PREFIX = 'declic.teacher.';
export const TEACHER_ASSIGNMENTS_KEY = `${TEACHER_PREFIX}v1.assignments`;
export const classKey = (assignmentId: string) => `${TEACHER_PREFIX}v1.class.${assignmentId}`;
export const pupilKey = (assignmentId: string) => `${PUPIL_VERSION_PREFIX}${assignmentId}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** localStorage, or null where the browser refuses it. */
export function browserStore(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function setAside(store: Store, prefix: string, key: string, raw: string, now: number): string | undefined {
  try {
    let aside = `${prefix}corrupted.${now}`;
    for (let n = 1; store.getItem(aside) !== null; n++) aside = `${prefix}corrupted.${now}-${n}`;
    store.setItem(aside, JSON.stringify({ key, raw }));
    store.removeItem(key);
    return aside;
  } catch {
    return undefined;
  }
}

/** Reads a `{ v: 1, … }` entry; `parse` returns null on a bad shape. */
function load<T>(store: Store | null, prefix: string, key: string, now: number, parse: (value: Record<string, unknown>) => T | null, fallback: T): { value: T; notice?: Notice } {
  if (!store) return { value: fallback, notice: { kind: 'unavailable' } };
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { value: fallback, notice: { kind: 'unavailable' } };
  }
  if (raw === null) return { value: fallback };
  let parsed: T | null = null;
  try {
    const json: unknown = JSON.parse(raw);
    if (isObject(json) && json['v'] === 1) parsed = parse(json);
  } catch {
    parsed = null;
  }
  if (parsed !== null) return { value: parsed };
  return { value: fallback, notice: { kind: 'corrupted', key, setAsideAs: setAside(store, prefix, key, raw, now) } };
}

function save(store: Store | null, key: string, value: object): Notice | undefined {
  if (!store) return { kind: 'unavailable' };
  try {
    store.setItem(key, JSON.stringify({ v: 1, ...value }));
    return undefined;
  } catch {
    return { kind: 'unavailable' };
  }
}

// ——— Pupil ———

export interface PupilWork {
  code: string;
  assignment: Assignment;
  pseudonym: string;
  /** Activity id → time the pupil opened it from the assignment page. */
  opened: Record<string, number>;
  handedInAt?: number | undefined;
  /** The group named by the pupil's link (split assignments only), kept for when they come back. */
  group?: LinkGroup | undefined;
}

function parsePupilWork(value: Record<string, unknown>): PupilWork | null {
  if (typeof value['code'] !== 'string' || typeof value['pseudonym'] !== 'string' || !isObject(value['opened'])) return null;
  const decoded = decodeAssignment(value['code']);
  if (!decoded.ok) return null;
  const opened: Record<string, number> = {};
  for (const [id, time] of Object.entries(value['opened'])) if (typeof time === 'number') opened[id] = time;
  const handedInAt = typeof value['handedInAt'] === 'number' ? value['handedInAt'] : undefined;
  const group = decoded.value.gr !== undefined && (value['group'] === 'a' || value['group'] === 'b') ? value['group'] : undefined;
  return { code: value['code'], assignment: decoded.value, pseudonym: value['pseudonym'], opened, handedInAt, ...(group ? { group } : {}) };
}

export function loadPupilWork(store: Store | null, assignmentId: string, now: number): { value: PupilWork | null; notice?: Notice } {
  return load<PupilWork | null>(store, PUPIL_PREFIX, pupilKey(assignmentId), now, parsePupilWork, null);
}

export function savePupilWork(store: Store | null, work: PupilWork): Notice | undefined {
  const { assignment: _derived, ...rest } = work;
  return save(store, pupilKey(work.assignment.id), rest);
}

/** Every assignment saved on this device (several can be open at once), newest first. */
export function listPupilWork(store: Store | null, now: number): { works: PupilWork[]; notices: Notice[] } {
  if (!store) return { works: [], notices: [{ kind: 'unavailable' }] };
  const keys: string[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(PUPIL_VERSION_PREFIX)) keys.push(key);
    }
  } catch {
    return { works: [], notices: [{ kind: 'unavailable' }] };
  }
  const works: PupilWork[] = [];
  const notices: Notice[] = [];
  for (const key of keys) {
    const { value, notice } = loadPupilWork(store, key.slice(PUPIL_VERSION_PREFIX.length), now);
    if (value) works.push(value);
    if (notice) notices.push(notice);
  }
  works.sort((a, b) => b.assignment.at - a.assignment.at);
  return { works, notices };
}

// ——— Teacher ———

export interface SavedAssignment {
  code: string;
  assignment: Assignment;
}

export function loadTeacherAssignments(store: Store | null, now: number): { value: SavedAssignment[]; notice?: Notice } {
  return load<SavedAssignment[]>(
    store,
    TEACHER_PREFIX,
    TEACHER_ASSIGNMENTS_KEY,
    now,
    (value) => {
      const codes = value['codes'];
      if (!Array.isArray(codes)) return null;
      const list: SavedAssignment[] = [];
      for (const code of codes) {
        const decoded = typeof code === 'string' ? decodeAssignment(code) : null;
        if (!decoded?.ok) return null;
        list.push({ code: code as string, assignment: decoded.value });
      }
      return list;
    },
    [],
  );
}

export function saveTeacherAssignments(store: Store | null, list: readonly SavedAssignment[]): Notice | undefined {
  return save(store, TEACHER_ASSIGNMENTS_KEY, { codes: list.map((s) => s.code) });
}

export function loadClass(store: Store | null, assignmentId: string, now: number): { value: HandIn[]; notice?: Notice } {
  return load<HandIn[]>(
    store,
    TEACHER_PREFIX,
    classKey(assignmentId),
    now,
    (value) => {
      const list = value['handIns'];
      if (!Array.isArray(list)) return null;
      const handIns: HandIn[] = [];
      for (const item of list) {
        const checked = validateHandIn(item);
        if (!checked.ok || checked.value.d !== assignmentId) return null;
        handIns.push(checked.value);
      }
      return handIns;
    },
    [],
  );
}

export function saveClass(store: Store | null, assignmentId: string, handIns: readonly HandIn[]): Notice | undefined {
  return save(store, classKey(assignmentId), { handIns });
}

/** « Effacer les données de cette classe »: removes the imported hand-ins of one assignment. */
export function clearClass(store: Store | null, assignmentId: string): Notice | undefined {
  if (!store) return { kind: 'unavailable' };
  try {
    store.removeItem(classKey(assignmentId));
    return undefined;
  } catch {
    return { kind: 'unavailable' };
  }
}

/** A memory store (tests, or a browser that refuses localStorage). */
export function memoryStore(initial: Record<string, string> = {}): Store {
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
