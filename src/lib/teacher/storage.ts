/**
 * What the assignment pages keep on the device, through the one device store (src/lib/device-store.ts:
 * versions, corrupted entries set aside under `declic.corrupted.<time>` with a French notice, pupil
 * namespaces on shared computers).
 *
 * Pupil device, in the namespace of the pupil working (see device-store.ts):
 *   declic.pupil.<ns>.assignment.<assignmentId>  { v: 1, u, code, pseudonym, opened, handedInAt?, group? }
 *     u: the random id of this pupil's work for this assignment, sent in the hand-in (handin.ts)
 *     group: 'a'|'b', split assignments
 *   declic.assignment.v1.<assignmentId>  the same without u, written before namespaces existed: moved
 *     into a namespace on the first visit (migrateLegacyWork), with the device's quiz and exercise work.
 * Teacher device (never in a pupil namespace):
 *   declic.teacher.v1.assignments         { v: 1, codes: string[] }   the teacher's assignments (link codes)
 *   declic.teacher.v1.class.<assignmentId> { v: 1, handIns: HandIn[], aliases? } imported hand-ins,
 *                                          aliases: pupil identity → former pseudonyms
 *   declic.teacher.v1.selected            { v: 1, id }  the assignment the dashboard showed last
 */
import { ROOT, activePupil, ownedKey, readEntry, removeEntry, writeEntry, type KeyValueStore, type StoreNotice } from '../device-store.ts';
import { clearNamespace, exportNamespace, importNamespace, keysWith, memoryStore as memory, newNamespaceId, setActivePupil } from '../device-store-pupils.ts';
import { decodeAssignment, type Assignment, type LinkGroup } from './assignment.ts';
import { PUPIL_ID_PATTERN, validateHandIn, type HandIn } from './handin.ts';

export type Store = KeyValueStore;
export type Notice = StoreNotice;
export { browserStore } from '../device-store.ts';
export const memoryStore = memory;

export const LEGACY_PUPIL_PREFIX = 'declic.assignment.v1.';
export const TEACHER_PREFIX = 'declic.teacher.';
export const TEACHER_ASSIGNMENTS_KEY = `${TEACHER_PREFIX}v1.assignments`;
/** The assignment the dashboard showed last: a reload keeps it. */
export const TEACHER_SELECTED_KEY = `${TEACHER_PREFIX}v1.selected`;
export const classKey = (assignmentId: string) => `${TEACHER_PREFIX}v1.class.${assignmentId}`;
/** Where pupil `ns` keeps an assignment. */
export const pupilKey = (ns: string, assignmentId: string) => ownedKey(`${ROOT}assignment.${assignmentId}`, ns);
export const legacyPupilKey = (assignmentId: string) => `${LEGACY_PUPIL_PREFIX}${assignmentId}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// ——— Pupil ———

export interface PupilWork {
  /** The pupil's namespace on this device. */
  ns: string;
  /** The random id of this work, sent with the hand-in. */
  u: string;
  code: string;
  assignment: Assignment;
  pseudonym: string;
  /** Activity id → time the pupil opened it from the assignment page. */
  opened: Record<string, number>;
  handedInAt?: number | undefined;
  /** The group named by the pupil's link (split assignments only), kept for when they come back. */
  group?: LinkGroup | undefined;
}

function parsePupilWork(ns: string, value: Record<string, unknown>): PupilWork | null {
  if (typeof value['code'] !== 'string' || typeof value['pseudonym'] !== 'string' || !isObject(value['opened'])) return null;
  if (value['u'] !== undefined && (typeof value['u'] !== 'string' || !PUPIL_ID_PATTERN.test(value['u']))) return null;
  const decoded = decodeAssignment(value['code']);
  if (!decoded.ok) return null;
  const opened: Record<string, number> = {};
  for (const [id, time] of Object.entries(value['opened'])) if (typeof time === 'number') opened[id] = time;
  const handedInAt = typeof value['handedInAt'] === 'number' ? value['handedInAt'] : undefined;
  const group = decoded.value.gr !== undefined && (value['group'] === 'a' || value['group'] === 'b') ? value['group'] : undefined;
  const u = typeof value['u'] === 'string' ? value['u'] : newNamespaceId();
  return { ns, u, code: value['code'], assignment: decoded.value, pseudonym: value['pseudonym'], opened, handedInAt, ...(group ? { group } : {}) };
}

export function loadPupilWork(store: Store | null, ns: string, assignmentId: string, now: number): { value: PupilWork | null; notice?: Notice } {
  return readEntry(store, pupilKey(ns, assignmentId), 1, (v) => parsePupilWork(ns, v), now);
}

export function savePupilWork(store: Store | null, work: PupilWork): Notice | undefined {
  const { assignment: _derived, ns, ...rest } = work;
  return writeEntry(store, pupilKey(ns, work.assignment.id), 1, rest);
}

/** Every assignment kept on this device, by any pupil, newest first. */
export function listPupilWork(store: Store | null, now: number): { works: PupilWork[]; notices: Notice[] } {
  const works: PupilWork[] = [];
  const notices: Notice[] = [];
  for (const key of keysWith(store, 'declic.pupil.')) {
    const match = /^declic\.pupil\.([a-z0-9]{10})\.assignment\.([a-z0-9]{8})$/.exec(key);
    if (!match) continue;
    const { value, notice } = loadPupilWork(store, match[1]!, match[2]!, now);
    if (value) works.push(value);
    if (notice) notices.push(notice);
  }
  works.sort((a, b) => b.assignment.at - a.assignment.at);
  return { works, notices };
}

/** The keys of a pupil's work on an assignment's quizzes, exercises and activities (plain form). */
const WORK_PREFIXES = ['declic.quiz.', 'declic.exercise.', 'declic.activity.'];

/**
 * Assignments saved before namespaces existed (`declic.assignment.v1.<id>`, one pupil per device):
 * moved into one new namespace, made active, with a copy of the device's quiz, exercise and
 * activity work, so that pupil finds everything where it was. The plain keys stay as they were.
 */
export function migrateLegacyWork(store: Store | null, now: number): { ns: string | null; notices: Notice[] } {
  const legacy = keysWith(store, LEGACY_PUPIL_PREFIX);
  if (!store || legacy.length === 0) return { ns: null, notices: [] };
  const ns = activePupil(store) ?? newNamespaceId();
  const notices: Notice[] = [];
  for (const key of legacy) {
    const { value, notice } = readEntry(store, key, 1, (v) => parsePupilWork(ns, v), now);
    if (notice) notices.push(notice);
    if (value) {
      const saved = savePupilWork(store, value);
      if (saved) return { ns: null, notices: [...notices, saved] };
      removeEntry(store, key);
    }
  }
  for (const key of WORK_PREFIXES.flatMap((prefix) => keysWith(store, prefix))) {
    if (key.includes('.corrupted.') || key.endsWith('.illisible')) continue;
    const raw = store.getItem(key);
    const target = ownedKey(key, ns);
    if (raw !== null && store.getItem(target) === null) store.setItem(target, raw);
  }
  setActivePupil(store, ns);
  return { ns, notices };
}

/** The pupils who left work on this device: namespace → pseudonyms they used. */
export function pupilsOnDevice(works: readonly PupilWork[]): Map<string, string[]> {
  const pupils = new Map<string, string[]>();
  for (const w of works) {
    const names = pupils.get(w.ns) ?? [];
    if (!names.includes(w.pseudonym)) names.push(w.pseudonym);
    pupils.set(w.ns, names);
  }
  return pupils;
}

/**
 * A pupil starts an assignment: in their namespace `ns` (null: a new pupil on this device, who gets
 * a fresh, empty namespace; whatever others left here is kept, untouched), with a fresh `u`.
 */
export function startWork(store: Store | null, start: { code: string; assignment: Assignment; pseudonym: string; group?: LinkGroup | undefined }, ns: string | null): { work: PupilWork; notice?: Notice } {
  const work: PupilWork = { ns: ns ?? newNamespaceId(), u: newNamespaceId(), code: start.code, assignment: start.assignment, pseudonym: start.pseudonym, opened: {}, ...(start.group ? { group: start.group } : {}) };
  const notice = setActivePupil(store, work.ns) ?? savePupilWork(store, work);
  return notice ? { work, notice } : { work };
}

// ——— Taking work along (« Emporter mon travail ») ———

export const TAKE_ALONG_FORMAT = 'declic-travail';
export const TAKE_ALONG_VERSION = 1;
/** Largest take-along file read (a pupil's work is a few dozen kilobytes). */
export const TAKE_ALONG_MAX_BYTES = 2 * 1024 * 1024;

/** A file holding one pupil's work on this device, to continue on another one (home, the CDI). */
export function takeAlongFile(store: Store | null, ns: string, now: number): string {
  return `${JSON.stringify({ format: TAKE_ALONG_FORMAT, version: TAKE_ALONG_VERSION, at: now, entries: exportNamespace(store, ns) }, null, 1)}\n`;
}

export type TakeAlongError = 'not-ours' | 'newer' | 'damaged';

/** Reads a take-along file: its entries, or why not. Only keys a pupil's work uses are accepted. */
export function readTakeAlongFile(text: string): { ok: true; entries: Record<string, string> } | { ok: false; error: TakeAlongError } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-ours' };
  }
  if (!isObject(json) || json['format'] !== TAKE_ALONG_FORMAT) return { ok: false, error: 'not-ours' };
  if (typeof json['version'] !== 'number' || json['version'] > TAKE_ALONG_VERSION) return { ok: false, error: 'newer' };
  const entries = json['entries'];
  if (!isObject(entries)) return { ok: false, error: 'damaged' };
  const accepted: Record<string, string> = {};
  for (const [key, raw] of Object.entries(entries)) {
    if (typeof raw !== 'string' || !/^(assignment\.[a-z0-9]{8}|quiz\.[a-z0-9.-]+|exercise\.[a-z0-9.-]+|activity\.[a-z0-9.-]+|notebook)$/.test(key)) return { ok: false, error: 'damaged' };
    accepted[key] = raw;
  }
  if (!Object.keys(accepted).some((k) => k.startsWith('assignment.'))) return { ok: false, error: 'damaged' };
  return { ok: true, entries: accepted };
}

/** Restores taken-along work into a new namespace, made active; returns it. */
export function restoreTakeAlong(store: Store | null, entries: Record<string, string>): { ns: string; notice?: Notice } {
  const ns = newNamespaceId();
  const notice = importNamespace(store, ns, entries) ?? setActivePupil(store, ns);
  return notice ? { ns, notice } : { ns };
}

/** « J'ai fini, je libère l'ordinateur »: removes everything of one pupil from this device. */
export const releaseDevice = (store: Store | null, ns: string) => clearNamespace(store, ns);

// ——— Teacher ———

/** readEntry with a default value for an empty or set-aside entry. */
function orDefault<T>(store: Store | null, key: string, now: number, parse: (value: Record<string, unknown>) => T | null, fallback: T): { value: T; notice?: Notice } {
  const { value, notice } = readEntry(store, key, 1, parse, now);
  return notice ? { value: value ?? fallback, notice } : { value: value ?? fallback };
}

export interface SavedAssignment {
  code: string;
  assignment: Assignment;
}

export function loadTeacherAssignments(store: Store | null, now: number): { value: SavedAssignment[]; notice?: Notice } {
  return orDefault(
    store,
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
  return writeEntry(store, TEACHER_ASSIGNMENTS_KEY, 1, { codes: list.map((s) => s.code) });
}

/** A class on the teacher's device: the hand-ins kept (newest per pupil) and pupils' former names. */
export interface ClassData {
  handIns: HandIn[];
  aliases: Record<string, string[]>;
}

export function loadClass(store: Store | null, assignmentId: string, now: number): { value: ClassData; notice?: Notice } {
  return orDefault<ClassData>(
    store,
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
      const aliases: Record<string, string[]> = {};
      const stored = value['aliases'];
      if (stored !== undefined && !isObject(stored)) return null;
      for (const [identity, names] of Object.entries(stored ?? {})) {
        if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) return null;
        aliases[identity] = names as string[];
      }
      return { handIns, aliases };
    },
    { handIns: [], aliases: {} },
  );
}

export function saveClass(store: Store | null, assignmentId: string, data: ClassData): Notice | undefined {
  return writeEntry(store, classKey(assignmentId), 1, Object.keys(data.aliases).length > 0 ? data : { handIns: data.handIns });
}

/** « Effacer les données de cette classe »: removes the imported hand-ins of one assignment. */
export function clearClass(store: Store | null, assignmentId: string): Notice | undefined {
  return removeEntry(store, classKey(assignmentId));
}

/** The assignment the dashboard showed last (null when none or unreadable: not worth a notice). */
export function loadSelected(store: Store | null): string | null {
  try {
    const json: unknown = JSON.parse(store?.getItem(TEACHER_SELECTED_KEY) ?? 'null');
    return isObject(json) && json['v'] === 1 && typeof json['id'] === 'string' ? json['id'] : null;
  } catch {
    return null;
  }
}

export function saveSelected(store: Store | null, id: string): void {
  writeEntry(store, TEACHER_SELECTED_KEY, 1, { id });
}
