/**
 * The class dashboard's logic: importing many hand-ins at once (each item gets its own message,
 * valid ones are kept, duplicates counted once), the pupil × activity table, class averages, the
 * per-question analysis and the CSV export. Pure: the island only renders what this returns.
 * Functions that write French messages take the island's `t` (src/i18n/island.ts) as first argument.
 */
import type { KeysWithPrefix, Translate } from '../../i18n/island.ts';
import type { Assignment } from './assignment.ts';
import type { CatalogueItem, CatalogueQuestion } from './catalogue.ts';
import { parseActivityId } from './catalogue.ts';
import type { ActivityResult, AttachedProgram, HandIn } from './handin.ts';
import { programFile, programFileName } from '../python/notebook.ts';
import { MAX_FILE_BYTES, decodeHandIn, decodeHandInFile, handInKey, mismatch, pupilIdentity, samePseudonym } from './handin.ts';
import { decodeErrorText, problemText, type ErrorKey } from './decode-error.ts';
import { LOCALE } from '../../i18n/locale.ts';

// Kept here too for the modules that read them from the dashboard's logic.
export { decodeErrorText, type ErrorKey } from './decode-error.ts';
export { ASSIGNMENTS_FILE_FORMAT, assignmentsFile, readAssignmentsFile, type AssignmentsFileKey } from './assignments-file.ts';

export type ItemStatus = 'added' | 'replaced' | 'duplicate' | 'older' | 'error';

export interface ImportMessage {
  /** Where the item came from: « Ligne 3 », a file name. Plain text, shown as text. */
  source: string;
  status: ItemStatus;
  /** Plain French text. */
  text: string;
  pseudonym?: string | undefined;
}

export interface ImportInput {
  source: string;
  text: string;
  /** Size in bytes, for files (checked before reading). */
  size?: number | undefined;
}

export type ImportKey = ErrorKey | KeysWithPrefix<'teacher.import.'>;

const CODE_IN_TEXT = /[a-z]{2}\d{1,3}\.[A-Za-z0-9_-]+/g;
/** A line without a whole code that still looks like one (a cut or mangled code): reported. */
const LOOKS_LIKE_CODE = /\b(rd|dv)\s*\d|[A-Za-z0-9_-]{24,}/;

/**
 * Splits pasted text into items: each code found, and each line that looks like a damaged code (an
 * error for the teacher). Other lines (greetings, signatures) are left out: whole messages are fine.
 */
export function splitPasted(text: string): ImportInput[] {
  const items: ImportInput[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const codes = line.match(CODE_IN_TEXT);
    const source = `Ligne ${index + 1}`;
    if (!codes) {
      if (LOOKS_LIKE_CODE.test(line)) items.push({ source, text: line.trim() });
    } else codes.forEach((code, n) => items.push({ source: codes.length > 1 ? `${source} (${n + 1})` : source, text: code }));
  });
  return items;
}

/** Former pseudonyms of a pupil, by pupilIdentity(): a pupil who renames stays one row, with both names. */
export type Aliases = Record<string, string[]>;

export interface ImportOptions {
  /** Assignments the teacher knows, to name the one a stray hand-in belongs to. */
  knownAssignments?: readonly Assignment[] | undefined;
  /** The catalogue, to refuse a quiz score that cannot come from the quiz. */
  items?: ReadonlyMap<string, CatalogueItem> | undefined;
  aliases?: Aliases | undefined;
}

/** A quiz result that says more than the quiz has questions: the hand-in was forged. */
function impossibleScore(handIn: HandIn, items: ReadonlyMap<string, CatalogueItem> | undefined): boolean {
  if (!items) return false;
  return handIn.r.some((r) => {
    const questions = items.get(r.i)?.questions;
    if (!questions || !r.sc) return false;
    return r.sc[0] > questions.length || (r.q?.length ?? 0) > questions.length || (r.q ?? []).some(([id]) => !questions.some((q) => q.id === id));
  });
}

/**
 * Imports items into a class. Never loses what was there: the result is the previous list plus
 * what was accepted. A newer hand-in of the same pupil (same `u`; for old hand-ins without `u`,
 * the same pseudonym) replaces the older one; a new name is remembered in `aliases`.
 */
export function importHandIns(t: Translate<ImportKey>, existing: readonly HandIn[], inputs: readonly ImportInput[], assignment: Assignment, options: ImportOptions = {}): { handIns: HandIn[]; messages: ImportMessage[]; aliases: Aliases } {
  const handIns = [...existing];
  const aliases: Aliases = { ...options.aliases };
  const keys = new Set(handIns.map(handInKey));
  const messages: ImportMessage[] = [];
  for (const input of inputs) {
    const { source } = input;
    if (input.size !== undefined && input.size > MAX_FILE_BYTES) {
      messages.push({ source, status: 'error', text: t('teacher.import.tooBig', { size: formatSize(input.size) }) });
      continue;
    }
    const decoded = input.size !== undefined ? decodeHandInFile(input.text) : decodeHandIn(input.text);
    if (!decoded.ok) {
      messages.push({ source, status: 'error', text: decodeErrorText(t, decoded.error, decoded.detail) });
      continue;
    }
    const handIn = decoded.value;
    const problem = mismatch(handIn, assignment);
    if (problem?.key === 'teacher.error.detail.otherAssignment') {
      const other = options.knownAssignments?.find((a) => a.id === handIn.d);
      messages.push({ source, status: 'error', pseudonym: handIn.p, text: other ? t('teacher.import.otherAssignment', { title: other.ti, class: other.cl }) : t('teacher.import.unknownAssignment') });
      continue;
    }
    if (problem) {
      messages.push({ source, status: 'error', pseudonym: handIn.p, text: t('teacher.import.incoherent', { problem: problemText(t, problem) }) });
      continue;
    }
    if (impossibleScore(handIn, options.items)) {
      messages.push({ source, status: 'error', pseudonym: handIn.p, text: t('teacher.import.impossibleScore') });
      continue;
    }
    if (keys.has(handInKey(handIn))) {
      messages.push({ source, status: 'duplicate', pseudonym: handIn.p, text: t('teacher.import.duplicate') });
      continue;
    }
    const identity = pupilIdentity(handIn);
    const previous = handIns.findIndex((h) => pupilIdentity(h) === identity);
    if (previous >= 0) {
      const old = handIns[previous]!;
      const [newer, older] = old.at >= handIn.at ? [old, handIn] : [handIn, old];
      if (samePseudonym(older.p) !== samePseudonym(newer.p)) {
        const names = (aliases[identity] ?? []).filter((n) => samePseudonym(n) !== samePseudonym(newer.p));
        if (!names.some((n) => samePseudonym(n) === samePseudonym(older.p))) names.push(older.p);
        aliases[identity] = names;
      }
      if (old.at >= handIn.at) {
        messages.push({ source, status: 'older', pseudonym: handIn.p, text: t('teacher.import.older') });
        continue;
      }
      handIns[previous] = handIn;
      keys.delete(handInKey(old));
      keys.add(handInKey(handIn));
      messages.push({ source, status: 'replaced', pseudonym: handIn.p, text: t('teacher.import.replaced') });
      continue;
    }
    handIns.push(handIn);
    keys.add(handInKey(handIn));
    messages.push({ source, status: 'added', pseudonym: handIn.p, text: t('teacher.import.added') });
  }
  return { handIns, messages, aliases };
}

/** How many items ended in each status: the summary says each apart. */
export function importCounts(messages: readonly ImportMessage[]): Record<ItemStatus, number> {
  const counts: Record<ItemStatus, number> = { added: 0, replaced: 0, duplicate: 0, older: 0, error: 0 };
  for (const m of messages) counts[m.status]++;
  return counts;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString(LOCALE, { maximumFractionDigits: 1 })} Mo`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} Ko`;
  return `${bytes} octets`;
}

// ——— Table and averages ———

export interface Cell {
  status: ActivityResult['s'];
  /** Quiz score as a share 0–1 (right answers out of all the quiz's questions). */
  score?: number | undefined;
  /** Quiz: right answers, answered questions, questions in the quiz. */
  correct?: number | undefined;
  answered?: number | undefined;
  total?: number | undefined;
  /** Exercise: passed, and honest tries. */
  passed?: boolean | undefined;
  tries?: number | undefined;
  seconds?: number | undefined;
}

export interface Row {
  /** pupilIdentity() of the hand-in: stable across renames. */
  identity: string;
  pseudonym: string;
  /** Other names this pupil used for this assignment (a pupil who renamed). */
  formerNames: string[];
  /** 1, 2… when several rows share this pseudonym (« Lucas (1) », « Lucas (2) »); 0 otherwise. */
  homonym: number;
  handedInAt: number;
  cells: Cell[];
  /** Mean quiz score of this pupil (0–1), if any quiz. */
  mean?: number | undefined;
  /** Programs of « Mon carnet de code » the pupil attached (text, never run). */
  programs: AttachedProgram[];
}

export interface ActivityAverage {
  id: string;
  done: number;
  started: number;
  /** Mean quiz score (0–1) among pupils who answered. */
  score?: number | undefined;
}

function cellOf(result: ActivityResult | undefined): Cell {
  if (!result) return { status: 'todo' };
  const cell: Cell = { status: result.s };
  if (result.sc && result.sc[1] > 0) {
    cell.score = result.sc[0] / result.sc[1];
    cell.correct = result.sc[0];
    cell.total = result.sc[1];
    // The answers of the attempt say how far the pupil went; a finished attempt without them answered all.
    cell.answered = result.q ? result.q.length : result.s === 'done' ? result.sc[1] : undefined;
  }
  if (result.ok !== undefined) cell.passed = result.ok;
  if (result.tr !== undefined) cell.tries = result.tr;
  if (result.t !== undefined) cell.seconds = result.t;
  return cell;
}

const mean = (values: number[]) => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : undefined);

export interface ClassTable {
  rows: Row[];
  averages: ActivityAverage[];
  classMean?: number | undefined;
  /** Pseudonyms shared by several pupils (rows), as first written: « deux élèves s’appellent Lucas ». */
  homonyms: { name: string; count: number }[];
}

export function classTable(assignment: Assignment, handIns: readonly HandIn[], aliases: Aliases = {}): ClassTable {
  const rows: Row[] = handIns
    .map((h) => {
      const byId = new Map(h.r.map((r) => [r.i, r]));
      const cells = assignment.a.map((id) => cellOf(byId.get(id)));
      const scores = cells.flatMap((c) => (c.score !== undefined ? [c.score] : []));
      const identity = pupilIdentity(h);
      const formerNames = (aliases[identity] ?? []).filter((n) => samePseudonym(n) !== samePseudonym(h.p));
      return { identity, pseudonym: h.p, formerNames, homonym: 0, handedInAt: h.at, cells, mean: mean(scores), programs: h.pg ?? [] };
    })
    .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym, LOCALE, { sensitivity: 'base' }) || a.handedInAt - b.handedInAt);
  const byName = new Map<string, Row[]>();
  for (const row of rows) byName.set(samePseudonym(row.pseudonym), [...(byName.get(samePseudonym(row.pseudonym)) ?? []), row]);
  const homonyms: ClassTable['homonyms'] = [];
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    same.forEach((row, n) => (row.homonym = n + 1));
    homonyms.push({ name: same[0]!.pseudonym, count: same.length });
  }
  const averages = assignment.a.map((id, column) => {
    const cells = rows.map((r) => r.cells[column]!);
    return {
      id,
      done: cells.filter((c) => c.status === 'done').length,
      started: cells.filter((c) => c.status === 'started').length,
      score: mean(cells.flatMap((c) => (c.score !== undefined ? [c.score] : []))),
    };
  });
  return { rows, averages, classMean: mean(rows.flatMap((r) => (r.mean !== undefined ? [r.mean] : []))), homonyms };
}

/** The name shown for a row: « Lucas (2) » when two pupils chose « Lucas », with former names. */
export function rowName(row: Pick<Row, 'pseudonym' | 'homonym' | 'formerNames'>): string {
  const name = row.homonym > 0 ? `${row.pseudonym} (${row.homonym})` : row.pseudonym;
  return row.formerNames.length > 0 ? `${name} (aussi : ${row.formerNames.join(', ')})` : name;
}

// ——— Programs attached from « Mon carnet de code » ———

/** Lines of a program, as the pupil's editor counts them (a final newline starts no line). */
export const lineCount = (code: string) => (code === '' ? 0 : code.replace(/\n$/, '').split('\n').length);

/**
 * A pupil's program as a `.py` file for the teacher: named after the pupil and the program
 * (`lou-mon-dessin.py`), its first line naming both (« Lou — Mon dessin »), so that thirty
 * « Mon dessin » imported into the teacher's own notebook stay apart.
 */
export function programDownload(pseudonym: string, program: AttachedProgram): { fileName: string; text: string } {
  const name = `${pseudonym.trim()} — ${program.n}`;
  return { fileName: programFileName(`${pseudonym} ${program.n}`), text: programFile({ name, code: program.c }) };
}

// ——— Question analysis ———

export interface QuestionStat {
  activity: string;
  questionId: string;
  prompt: string;
  answered: number;
  missed: number;
  /** missed / answered (0–1). */
  missedShare: number;
  /** The most chosen wrong answer, readable, and how many chose it. */
  topWrong?: { text: string; count: number } | undefined;
}

/** A stored answer text (progress.ts `answerText`) made readable with the question's labels. */
export function answerLabel(raw: string, question: CatalogueQuestion | undefined): string {
  const labels = question?.labels;
  const label = (index: string) => {
    const n = Number(index);
    return labels?.[n] ?? `n° ${n + 1}`;
  };
  switch (question?.type) {
    case 'single':
      return label(raw);
    case 'multiple':
      return raw === '' ? '(aucune)' : raw.split('+').map(label).join(' + ');
    case 'true-false':
      return raw === 'v' ? 'Vrai' : raw === 'f' ? 'Faux' : raw;
    case 'ordering':
      return raw.split('>').map(label).join(' → ');
    case 'matching': {
      // Term i was matched with the definition of pair n (`-` when left empty).
      const terms = question.labels;
      const definitions = question.targets;
      return raw
        .split(',')
        .map((n, i) => `${terms?.[i] ?? `n° ${i + 1}`} → ${n === '-' ? '(rien)' : (definitions?.[Number(n)] ?? `n° ${Number(n) + 1}`)}`)
        .join(' ; ');
    }
    case 'spot':
      return raw === '' ? '(rien de sélectionné)' : raw.split('+').map((n) => `« ${label(n)} »`).join(', ');
    default:
      return raw;
  }
}

export function questionAnalysis(assignment: Assignment, handIns: readonly HandIn[], items: ReadonlyMap<string, CatalogueItem>): QuestionStat[] {
  const stats: QuestionStat[] = [];
  for (const id of assignment.a) {
    if (parseActivityId(id)?.kind !== 'quiz') continue;
    const questions = items.get(id)?.questions ?? [];
    const byQuestion = new Map<string, { answered: number; missed: number; wrong: Map<string, number> }>();
    for (const q of questions) byQuestion.set(q.id, { answered: 0, missed: 0, wrong: new Map() });
    for (const handIn of handIns) {
      const result = handIn.r.find((r) => r.i === id);
      for (const [qid, ok, answer] of result?.q ?? []) {
        let entry = byQuestion.get(qid);
        if (!entry) byQuestion.set(qid, (entry = { answered: 0, missed: 0, wrong: new Map() }));
        entry.answered++;
        if (ok === 0) {
          entry.missed++;
          entry.wrong.set(answer, (entry.wrong.get(answer) ?? 0) + 1);
        }
      }
    }
    for (const [qid, entry] of byQuestion) {
      // A question nobody answered (a class just cleared, a quiz not started) is no lesson to retake.
      if (entry.answered === 0) continue;
      const question = questions.find((q) => q.id === qid);
      let top: { text: string; count: number } | undefined;
      for (const [answer, count] of entry.wrong) if (!top || count > top.count) top = { text: answerLabel(answer, question), count };
      stats.push({
        activity: id,
        questionId: qid,
        prompt: question?.prompt ?? qid,
        answered: entry.answered,
        missed: entry.missed,
        missedShare: entry.answered > 0 ? entry.missed / entry.answered : 0,
        topWrong: top,
      });
    }
  }
  return stats.sort((a, b) => b.missedShare - a.missedShare || b.missed - a.missed);
}

// ——— CSV ———

/** One CSV cell: always quoted; a leading = + - @ is neutralised so a spreadsheet never runs it. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const STATUS_TEXT: Record<ActivityResult['s'], string> = { todo: 'à faire', started: 'commencé', done: 'fait' };

/** `YYYY-MM-DD HH:MM` in the given time zone (the teacher's own by default). */
export function localDateTime(time: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(time));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/**
 * Semicolon-separated (French spreadsheets), UTF-8 with BOM, CRLF. A quiz gives three columns (score
 * out of all its questions, right answers, answered questions), an exercise two (passed, tries);
 * hand-in times are in the teacher's time zone, named in the header. When a pupil attached programs
 * of their notebook, a last column gives their names (not their code).
 */
export function classCsv(assignment: Assignment, handIns: readonly HandIn[], items: ReadonlyMap<string, CatalogueItem>, options: { aliases?: Aliases | undefined; timeZone?: string | undefined } = {}): string {
  const { rows } = classTable(assignment, handIns, options.aliases);
  const zone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const header = ['Pseudonyme', `Rendu le (heure locale, ${zone})`];
  for (const id of assignment.a) {
    const title = items.get(id)?.title ?? id;
    const kind = parseActivityId(id)?.kind;
    if (kind === 'quiz') {
      const total = items.get(id)?.questions?.length;
      header.push(`${title} (score %)`, `${title} (justes)`, total ? `${title} (répondues sur ${total})` : `${title} (répondues)`);
    } else if (kind === 'exercise') header.push(`${title} (état)`, `${title} (essais)`);
    else header.push(title);
  }
  header.push('Moyenne des quiz (%)', 'Temps total (min)');
  // The programs' names (their code is read in the dashboard), when a pupil attached one.
  const programs = rows.some((r) => r.programs.length > 0);
  if (programs) header.push('Programmes joints');
  const lines = [header.map(csvCell).join(';')];
  for (const row of rows) {
    const cells: (string | number)[] = [rowName(row), localDateTime(row.handedInAt, zone)];
    assignment.a.forEach((id, column) => {
      const cell = row.cells[column]!;
      const kind = parseActivityId(id)?.kind;
      if (kind === 'quiz') cells.push(cell.score !== undefined ? Math.round(cell.score * 100) : '', cell.correct ?? '', cell.answered ?? '');
      else if (kind === 'exercise') cells.push(cell.passed ? 'réussi' : STATUS_TEXT[cell.status], cell.tries ?? '');
      else cells.push(STATUS_TEXT[cell.status]);
    });
    cells.push(row.mean !== undefined ? Math.round(row.mean * 100) : '');
    const total = row.cells.reduce((sum, c) => sum + (c.seconds ?? 0), 0);
    cells.push(total > 0 ? Math.round(total / 60) : '');
    if (programs) cells.push(row.programs.map((p) => p.n).join(' ; '));
    lines.push(cells.map(csvCell).join(';'));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
