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
import type { ActivityResult, HandIn } from './handin.ts';
import { MAX_FILE_BYTES, OTHER_ASSIGNMENT, decodeHandIn, decodeHandInFile, handInKey, mismatch } from './handin.ts';
import { decodeErrorText, type ErrorKey } from './decode-error.ts';
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

/** Splits pasted text into items: each code found, and each non-empty line without one (an error). */
export function splitPasted(text: string): ImportInput[] {
  const items: ImportInput[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const codes = line.match(CODE_IN_TEXT);
    const source = `Ligne ${index + 1}`;
    if (!codes) items.push({ source, text: line });
    else codes.forEach((code, n) => items.push({ source: codes.length > 1 ? `${source} (${n + 1})` : source, text: code }));
  });
  return items;
}

const samePupil = (a: string, b: string) => a.trim().toLocaleLowerCase(LOCALE) === b.trim().toLocaleLowerCase(LOCALE);

/**
 * Imports items into a class. Never loses what was there: the result is the previous list plus
 * what was accepted. A second hand-in from the same pseudonym replaces an older one.
 */
export function importHandIns(t: Translate<ImportKey>, existing: readonly HandIn[], inputs: readonly ImportInput[], assignment: Assignment, knownAssignments: readonly Assignment[] = []): { handIns: HandIn[]; messages: ImportMessage[] } {
  const handIns = [...existing];
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
    if (problem === OTHER_ASSIGNMENT) {
      const other = knownAssignments.find((a) => a.id === handIn.d);
      messages.push({ source, status: 'error', pseudonym: handIn.p, text: other ? t('teacher.import.otherAssignment', { title: other.ti, class: other.cl }) : t('teacher.import.unknownAssignment') });
      continue;
    }
    if (problem) {
      messages.push({ source, status: 'error', pseudonym: handIn.p, text: t('teacher.import.incoherent', { problem }) });
      continue;
    }
    if (keys.has(handInKey(handIn))) {
      messages.push({ source, status: 'duplicate', pseudonym: handIn.p, text: t('teacher.import.duplicate') });
      continue;
    }
    const previous = handIns.findIndex((h) => samePupil(h.p, handIn.p));
    if (previous >= 0) {
      const old = handIns[previous]!;
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
  return { handIns, messages };
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString(LOCALE, { maximumFractionDigits: 1 })} Mo`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} Ko`;
  return `${bytes} octets`;
}

// ——— Table and averages ———

export interface Cell {
  status: ActivityResult['s'];
  /** Quiz score as a share 0–1. */
  score?: number | undefined;
  scoreText?: string | undefined;
  passed?: boolean | undefined;
  seconds?: number | undefined;
}

export interface Row {
  pseudonym: string;
  handedInAt: number;
  cells: Cell[];
  /** Mean quiz score of this pupil (0–1), if any quiz. */
  mean?: number | undefined;
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
    cell.scoreText = `${result.sc[0]}/${result.sc[1]}`;
  }
  if (result.ok !== undefined) cell.passed = result.ok;
  if (result.t !== undefined) cell.seconds = result.t;
  return cell;
}

const mean = (values: number[]) => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : undefined);

export function classTable(assignment: Assignment, handIns: readonly HandIn[]): { rows: Row[]; averages: ActivityAverage[]; classMean?: number | undefined } {
  const rows = handIns
    .map((h) => {
      const byId = new Map(h.r.map((r) => [r.i, r]));
      const cells = assignment.a.map((id) => cellOf(byId.get(id)));
      const scores = cells.flatMap((c) => (c.score !== undefined ? [c.score] : []));
      return { pseudonym: h.p, handedInAt: h.at, cells, mean: mean(scores) };
    })
    .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym, LOCALE, { sensitivity: 'base' }));
  const averages = assignment.a.map((id, column) => {
    const cells = rows.map((r) => r.cells[column]!);
    return {
      id,
      done: cells.filter((c) => c.status === 'done').length,
      started: cells.filter((c) => c.status === 'started').length,
      score: mean(cells.flatMap((c) => (c.score !== undefined ? [c.score] : []))),
    };
  });
  return { rows, averages, classMean: mean(rows.flatMap((r) => (r.mean !== undefined ? [r.mean] : []))) };
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

/** Semicolon-separated (French spreadsheets), UTF-8 with BOM, CRLF. */
export function classCsv(assignment: Assignment, handIns: readonly HandIn[], items: ReadonlyMap<string, CatalogueItem>): string {
  const { rows } = classTable(assignment, handIns);
  const header = ['Pseudonyme', 'Rendu le'];
  for (const id of assignment.a) {
    const title = items.get(id)?.title ?? id;
    const kind = parseActivityId(id)?.kind;
    header.push(kind === 'quiz' ? `${title} (score %)` : title);
  }
  header.push('Moyenne des quiz (%)', 'Temps total (min)');
  const lines = [header.map(csvCell).join(';')];
  for (const row of rows) {
    const cells: (string | number)[] = [row.pseudonym, new Date(row.handedInAt).toISOString().slice(0, 16).replace('T', ' ')];
    for (const cell of row.cells) {
      if (cell.score !== undefined) cells.push(Math.round(cell.score * 100));
      else if (cell.passed !== undefined) cells.push(cell.passed ? 'réussi' : STATUS_TEXT[cell.status]);
      else cells.push(STATUS_TEXT[cell.status]);
    }
    cells.push(row.mean !== undefined ? Math.round(row.mean * 100) : '');
    const total = row.cells.reduce((sum, c) => sum + (c.seconds ?? 0), 0);
    cells.push(total > 0 ? Math.round(total / 60) : '');
    lines.push(cells.map(csvCell).join(';'));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
