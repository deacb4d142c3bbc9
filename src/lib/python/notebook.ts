/**
 * « Mon carnet de code »: the pupil's own programs, kept on the device through the device store
 * (src/lib/device-store.ts) under `declic.notebook` (in the active pupil's namespace on a shared
 * computer, like exercises). Versioned (`v: 1`); an entry that cannot be read is set aside under
 * `declic.corrupted.<time>` (nothing is deleted) and the notebook starts again empty, with a French
 * notice shown by the page.
 *
 * A program travels as a plain `.py` file: its first line is a comment naming it
 * (`# Déclic — Mon carnet de code : <name>`), so that a file exported here and imported on another
 * device, or opened by a teacher, keeps its name. Pure functions: the island does the I/O.
 */
import { LOCALE } from '../../i18n/locale.ts';
import { activePupil, owned, readEntry, writeEntry, type KeyValueStore, type StoreNotice } from '../device-store.ts';

export const NOTEBOOK_VERSION = 1;
export const NOTEBOOK_KEY = 'declic.notebook';
export const NOTEBOOK_LIMITS = {
  /** Characters in a program's name. */
  name: 60,
  /** Characters in a program (a long pupil program is a few hundred lines). */
  code: 20_000,
  /** Programs kept in one notebook. */
  programs: 50,
  /** Bytes in an imported file (larger is not a pupil's program). */
  fileBytes: 64 * 1024,
} as const;

export interface NotebookProgram {
  /** Random id, stable across renames (the page's selection, the hand-in's reference). */
  id: string;
  name: string;
  code: string;
  /** Last change (ms). */
  updated: number;
}

export interface Notebook {
  v: typeof NOTEBOOK_VERSION;
  programs: NotebookProgram[];
  /** The program open in the editor. */
  current?: string;
}

export type LoadedNotebook = { notebook: Notebook; status: 'new' | 'restored' | 'corrupted' | 'unavailable'; notice?: StoreNotice };

export const emptyNotebook = (): Notebook => ({ v: NOTEBOOK_VERSION, programs: [] });

const PROGRAM_ID = /^[a-z0-9]{8}$/;

function isProgram(value: unknown): value is NotebookProgram {
  if (value === null || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.id === 'string' &&
    PROGRAM_ID.test(p.id) &&
    typeof p.name === 'string' &&
    p.name.trim().length > 0 &&
    p.name.length <= NOTEBOOK_LIMITS.name &&
    typeof p.code === 'string' &&
    p.code.length <= NOTEBOOK_LIMITS.code &&
    typeof p.updated === 'number' &&
    Number.isFinite(p.updated)
  );
}

function parseNotebook(entry: Record<string, unknown>): Notebook | null {
  const { programs, current } = entry;
  if (!Array.isArray(programs) || programs.length > NOTEBOOK_LIMITS.programs || !programs.every(isProgram)) return null;
  if (new Set(programs.map((p) => p.id)).size !== programs.length) return null;
  if (current !== undefined && typeof current !== 'string') return null;
  const notebook: Notebook = { v: NOTEBOOK_VERSION, programs };
  // A `current` that names no program (deleted elsewhere) is simply dropped, not a corruption.
  if (typeof current === 'string' && programs.some((p) => p.id === current)) notebook.current = current;
  return notebook;
}

/** Reads the notebook (the active pupil's); a corrupted one is set aside, never lost. */
export function loadNotebook(store: KeyValueStore | null, now = Date.now()): LoadedNotebook {
  const { value, notice } = readEntry(store, owned(store, NOTEBOOK_KEY), NOTEBOOK_VERSION, parseNotebook, now);
  if (value) return { notebook: value, status: 'restored' };
  if (notice?.kind === 'unavailable') return { notebook: emptyNotebook(), status: 'unavailable', notice };
  return notice ? { notebook: emptyNotebook(), status: 'corrupted', notice } : { notebook: emptyNotebook(), status: 'new' };
}

/** Saves the notebook; false when the device refuses (private mode, full storage). */
export function saveNotebook(store: KeyValueStore | null, notebook: Notebook): boolean {
  const { v: _v, ...fields } = notebook;
  return writeEntry(store, owned(store, NOTEBOOK_KEY), NOTEBOOK_VERSION, fields) === undefined;
}

export function newProgramId(random: () => number = Math.random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = '';
  for (let i = 0; i < 8; i++) id += alphabet[Math.floor(random() * alphabet.length)];
  return id;
}

/** A name tidied for keeping: one line, spaces collapsed, within the limit. */
export function cleanName(name: string): string {
  return name
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, NOTEBOOK_LIMITS.name)
    .trim();
}

/**
 * `base`, or `base 2`, `base 3`… : a name no other program of the notebook has (case ignored). An empty
 * `base` is numbered as is (« 2 »): callers pass a name (the dictionary's « Mon dessin » by default).
 */
export function uniqueName(notebook: Notebook, base: string, exceptId?: string): string {
  const taken = new Set(notebook.programs.filter((p) => p.id !== exceptId).map((p) => p.name.toLocaleLowerCase(LOCALE)));
  const clean = cleanName(base);
  if (clean && !taken.has(clean.toLocaleLowerCase(LOCALE))) return clean;
  for (let n = 2; ; n++) {
    const suffix = clean ? ` ${n}` : `${n}`;
    const candidate = `${clean.slice(0, NOTEBOOK_LIMITS.name - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLocaleLowerCase(LOCALE))) return candidate;
  }
}

export type NotebookError = 'full' | 'empty-name' | 'too-long' | 'unknown-program';
export type NotebookChange = { ok: true; notebook: Notebook; program: NotebookProgram } | { ok: false; error: NotebookError };

/** Adds a program (made current). Its name is made unique. */
export function addProgram(notebook: Notebook, name: string, code: string, now: number, random: () => number = Math.random): NotebookChange {
  if (notebook.programs.length >= NOTEBOOK_LIMITS.programs) return { ok: false, error: 'full' };
  if (code.length > NOTEBOOK_LIMITS.code) return { ok: false, error: 'too-long' };
  let id = newProgramId(random);
  while (notebook.programs.some((p) => p.id === id)) id = newProgramId(random);
  const program: NotebookProgram = { id, name: uniqueName(notebook, name), code, updated: now };
  return { ok: true, notebook: { ...notebook, programs: [...notebook.programs, program], current: id }, program };
}

function change(notebook: Notebook, id: string, edit: (p: NotebookProgram) => NotebookProgram): NotebookChange {
  const found = notebook.programs.find((p) => p.id === id);
  if (!found) return { ok: false, error: 'unknown-program' };
  const program = edit(found);
  return { ok: true, notebook: { ...notebook, programs: notebook.programs.map((p) => (p.id === id ? program : p)) }, program };
}

export function updateCode(notebook: Notebook, id: string, code: string, now: number): NotebookChange {
  if (code.length > NOTEBOOK_LIMITS.code) return { ok: false, error: 'too-long' };
  return change(notebook, id, (p) => (p.code === code ? p : { ...p, code, updated: now }));
}

export function renameProgram(notebook: Notebook, id: string, name: string, now: number): NotebookChange {
  if (!cleanName(name)) return { ok: false, error: 'empty-name' };
  return change(notebook, id, (p) => ({ ...p, name: uniqueName(notebook, name, id), updated: now }));
}

/** Removes a program; the current one becomes the next in the list (or none). */
export function deleteProgram(notebook: Notebook, id: string): Notebook {
  const index = notebook.programs.findIndex((p) => p.id === id);
  if (index < 0) return notebook;
  const programs = notebook.programs.filter((p) => p.id !== id);
  const next: Notebook = { v: NOTEBOOK_VERSION, programs };
  const current = notebook.current === id ? programs[Math.min(index, programs.length - 1)]?.id : notebook.current;
  if (current) next.current = current;
  return next;
}

export function selectProgram(notebook: Notebook, id: string): Notebook {
  return notebook.programs.some((p) => p.id === id) ? { ...notebook, current: id } : notebook;
}

export const currentProgram = (notebook: Notebook): NotebookProgram | undefined => notebook.programs.find((p) => p.id === notebook.current);

// ——— Programs written before an assignment (shared computers) ———

const sameCode = (a: string, b: string) => a.trimEnd() === b.trimEnd();

/**
 * Once a pupil works on an assignment, their notebook lives in their namespace on the device; the
 * programs written here before (the common notebook, `declic.notebook`) stay where they were. These
 * are the ones the active pupil's `notebook` does not hold yet (same code = held): the page offers
 * to copy them. Empty when no pupil is active (the common notebook is then the one shown).
 */
export function programsOutside(store: KeyValueStore | null, notebook: Notebook, now = Date.now()): NotebookProgram[] {
  if (activePupil(store) === null) return [];
  const { value } = readEntry(store, NOTEBOOK_KEY, NOTEBOOK_VERSION, parseNotebook, now);
  return (value?.programs ?? []).filter((outside) => !notebook.programs.some((p) => sameCode(p.code, outside.code)));
}

/**
 * Copies `programs` into `notebook` (new ids, names made unique, dates kept), as many as it has room
 * for; the originals are not touched. The current program does not change.
 */
export function copyPrograms(notebook: Notebook, programs: readonly NotebookProgram[], random: () => number = Math.random): { notebook: Notebook; copied: NotebookProgram[]; left: number } {
  let next = notebook;
  const copied: NotebookProgram[] = [];
  for (const program of programs) {
    if (next.programs.some((p) => sameCode(p.code, program.code))) continue;
    const added = addProgram(next, program.name, program.code, program.updated, random);
    if (!added.ok) break;
    next = added.notebook;
    copied.push(added.program);
  }
  const current = notebook.current ?? copied[0]?.id;
  const result: Notebook = { v: NOTEBOOK_VERSION, programs: next.programs };
  if (current) result.current = current;
  return { notebook: result, copied, left: programs.filter((p) => !result.programs.some((q) => sameCode(q.code, p.code))).length };
}

// ——— .py files ———

const HEADER = '# Déclic — Mon carnet de code : ';
const HEADER_PATTERN = /^#\s*Déclic\s*[—–-]\s*Mon carnet de code\s*:\s*(.*)$/;

/** The file's content: a first line naming the program, then the code as typed. */
export function programFile(program: Pick<NotebookProgram, 'name' | 'code'>): string {
  const code = program.code.endsWith('\n') || program.code === '' ? program.code : `${program.code}\n`;
  return `${HEADER}${program.name}\n${code}`;
}

/** A file name any system accepts: `mon-dessin.py` (accents dropped, other signs as dashes). */
export function programFileName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return `${slug || 'programme'}.py`;
}

export type ImportError = 'too-big' | 'not-text' | 'too-long';
export type ImportedProgram = { ok: true; name: string; code: string } | { ok: false; error: ImportError };

/**
 * Reads a `.py` file chosen by the pupil: the name from its first line if it was exported by Déclic,
 * otherwise from the file name (empty when neither gives one: the caller names it); the code without that line. Line endings become `\n`, a BOM is
 * dropped. `size` is the file's size in bytes (checked before reading it whole).
 */
export function readProgramFile(fileName: string, text: string, size = text.length): ImportedProgram {
  if (size > NOTEBOOK_LIMITS.fileBytes) return { ok: false, error: 'too-big' };
  // A NUL or the replacement character means the file was not UTF-8 text (an image, a .docx…).
  if (/[\u0000\ufffd]/.test(text)) return { ok: false, error: 'not-text' };
  let code = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  let name = fileName.replace(/\.[^.]*$/, '').replace(/[-_]+/g, ' ');
  const firstLine = code.split('\n', 1)[0] ?? '';
  const header = HEADER_PATTERN.exec(firstLine);
  if (header) {
    name = header[1] ?? name;
    code = code.slice(firstLine.length + 1);
  }
  if (code.length > NOTEBOOK_LIMITS.code) return { ok: false, error: 'too-long' };
  return { ok: true, name: cleanName(name), code };
}
