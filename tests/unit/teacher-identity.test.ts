/**
 * Issue #16: who handed in (two pupils called Lucas, a pupil who renames, old hand-ins without an
 * id), the import counts, what a partial quiz says, French messages for hand-edited files, and the
 * shared-computer rules of the device store.
 */
import { describe, expect, it } from 'vitest';
import { t, tn } from '../../src/i18n/index.ts';
import { activePupil, owned, ownedKey, readEntry } from '../../src/lib/device-store.ts';
import { clearNamespace, exportNamespace, memoryStore, setActivePupil } from '../../src/lib/device-store-pupils.ts';
import { sealAssignment } from '../../src/lib/teacher/assignment.ts';
import type { CatalogueItem } from '../../src/lib/teacher/catalogue.ts';
import { answerLabel, decodeErrorText, classCsv, classTable, importCounts, importHandIns, localDateTime, questionAnalysis, rowName } from '../../src/lib/teacher/dashboard.ts';
import { decodeHandInFile, encodeHandIn, handInFile, sealHandIn, type HandIn } from '../../src/lib/teacher/handin.ts';
import { readActivityResult } from '../../src/lib/teacher/progress.ts';
import { listPupilWork, migrateLegacyWork, readTakeAlongFile, releaseDevice, restoreTakeAlong, startWork, takeAlongFile } from '../../src/lib/teacher/storage.ts';
import { encodeAssignment } from '../../src/lib/teacher/assignment.ts';

const QUIZ = 'quiz:biais-cognitifs';
const assignment = sealAssignment({ id: 'aaaa1111', ti: 'Devoir', cl: '4e B', a: [QUIZ], at: 1000 });
const questions = Array.from({ length: 12 }, (_, n) => ({ id: `q${n + 1}`, prompt: `Question ${n + 1}`, type: 'single', labels: ['A', 'B'] }));
const items = new Map<string, CatalogueItem>([[QUIZ, { id: QUIZ, kind: 'quiz', title: 'Quiz', questions }]]);

const handIn = (p: string, u: string | undefined, at: number, answers: (0 | 1)[] = [1, 0], done = false): HandIn =>
  sealHandIn({
    d: assignment.id,
    p,
    ...(u ? { u } : {}),
    at,
    r: [{ i: QUIZ, s: done ? 'done' : 'started', sc: [answers.filter((a) => a === 1).length, 12], q: answers.map((ok, n) => [`q${n + 1}`, ok, ok ? '0' : '1'] as [string, 0 | 1, string]) }],
  });
const code = (h: HandIn) => ({ source: h.p, text: encodeHandIn(h) });

describe('who handed in', () => {
  it('keeps two pupils with the same first name apart, whatever the case, and says so', () => {
    const a = handIn('Lucas', 'lucasaaaaa', 10);
    const b = handIn('lucas', 'lucasbbbbb', 11, [1, 1, 1]);
    const { handIns, messages } = importHandIns(t, [], [code(a), code(b)], assignment);
    expect(messages.map((m) => m.status)).toEqual(['added', 'added']);
    expect(handIns).toHaveLength(2);
    const table = classTable(assignment, handIns);
    expect(table.rows.map(rowName)).toEqual(['Lucas (1)', 'lucas (2)']);
    expect(table.homonyms).toEqual([{ name: 'Lucas', count: 2 }]);
    expect(t('teacher.dashboard.homonyms', { count: 2, name: 'Lucas' })).toMatch(/^2 élèves s’appellent «\sLucas\s»/);
  });

  it('keeps a pupil who renames on one row, with both names', () => {
    const before = handIn('Dyl', 'dylanaaaaa', 10);
    const after = handIn('Dylan M.', 'dylanaaaaa', 20, [1, 1, 1, 1], true);
    const { handIns, messages, aliases } = importHandIns(t, [], [code(before), code(after)], assignment);
    expect(messages.map((m) => m.status)).toEqual(['added', 'replaced']);
    const table = classTable(assignment, handIns, aliases);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({ pseudonym: 'Dylan M.', formerNames: ['Dyl'] });
    expect(rowName(table.rows[0]!)).toBe('Dylan M. (aussi : Dyl)');
    // Imported the other way round: the older one is ignored, the name still remembered.
    const reverse = importHandIns(t, [], [code(after), code(before)], assignment);
    expect(reverse.messages.map((m) => m.status)).toEqual(['added', 'older']);
    expect(classTable(assignment, reverse.handIns, reverse.aliases).rows[0]!.formerNames).toEqual(['Dyl']);
  });

  it('reads old hand-ins without an id, told apart by pseudonym as before', () => {
    const old = handIn('Lou', undefined, 10);
    const newer = handIn('lou', undefined, 20);
    const { handIns, messages } = importHandIns(t, [], [code(old), code(newer)], assignment);
    expect(messages.map((m) => m.status)).toEqual(['added', 'replaced']);
    expect(handIns).toEqual([newer]);
    expect(decodeHandInFile(handInFile(old))).toEqual({ ok: true, value: old });
  });

  it('counts added, replaced, duplicate and older apart (older then newer: 1 added, 1 replaced)', () => {
    const others = ['a', 'b', 'c', 'd'].map((n, i) => handIn(`Élève ${n}`, `pupil${n}aaaa`, i));
    const old = handIn('Sam', 'samaaaaaaa', 10);
    const newer = handIn('Sam', 'samaaaaaaa', 20);
    const { handIns, messages } = importHandIns(t, [], [...others.map(code), code(old), code(newer), code(newer)], assignment);
    expect(handIns).toHaveLength(5);
    expect(importCounts(messages)).toEqual({ added: 5, replaced: 1, duplicate: 1, older: 0, error: 0 });
  });

  it('refuses a score the quiz cannot give', () => {
    const forged = sealHandIn({ d: assignment.id, p: 'Zoé', at: 5, r: [{ i: QUIZ, s: 'done', sc: [13, 13] }] });
    const { messages } = importHandIns(t, [], [code(forged)], assignment, { items });
    expect(messages[0]).toMatchObject({ status: 'error', text: t('teacher.import.impossibleScore') });
  });
});

describe('what a result says', () => {
  it('tells an abandoned quiz from a finished one', () => {
    const cell = classTable(assignment, [handIn('Noé', 'noeaaaaaaa', 1, [1, 0, 1, 0])]).rows[0]!.cells[0]!;
    expect(cell).toMatchObject({ correct: 2, answered: 4, total: 12 });
    expect(t('teacher.dashboard.quizCellPartial', { correct: tn('teacher.dashboard.correct', 2), answered: tn('teacher.dashboard.answered', 4), total: 12 })).toBe('2 justes sur 4 répondues, 12 questions');
    const csv = classCsv(assignment, [handIn('Noé', 'noeaaaaaaa', 1, [1, 0, 1, 0])], items, { timeZone: 'UTC' });
    expect(csv.split('\r\n')[1]).toBe('"Noé";"1970-01-01 00:00";"17";"2";"4";"17";""');
  });

  it('writes hand-in times in local time', () => {
    expect(localDateTime(Date.UTC(2026, 5, 2, 15, 32), 'Europe/Paris')).toBe('2026-06-02 17:32');
    expect(localDateTime(Date.UTC(2026, 11, 2, 15, 32), 'Europe/Paris')).toBe('2026-12-02 16:32');
  });

  it('shows matching and « spot it » answers in words, and no empty rows', () => {
    expect(answerLabel('1,0', { id: 'm', prompt: '', type: 'matching', labels: ['Biais', 'Bulle'], targets: ['Raccourci', 'Enfermement'] })).toBe('Biais → Enfermement ; Bulle → Raccourci');
    expect(answerLabel('1+3', { id: 's', prompt: '', type: 'spot', labels: ['', 'CHOC', '', 'urgent'] })).toBe('« CHOC », « urgent »');
    expect(answerLabel('', { id: 's', prompt: '', type: 'spot', labels: [] })).toBe('(rien de sélectionné)');
    expect(questionAnalysis(assignment, [], items)).toEqual([]);
  });
});

describe('French messages for hand-edited hand-in files', () => {
  const base = handIn('Lou', 'louaaaaaaa', 1000, [1, 0], true);
  const edited = (change: (r: Record<string, unknown>) => void) => {
    const file = JSON.parse(handInFile(base)) as { rendu: Record<string, unknown> };
    change(file.rendu);
    return decodeHandInFile(JSON.stringify(file));
  };
  it.each([
    ['a score of 999', (r: Record<string, unknown>) => ((r['r'] as Record<string, unknown>[])[0]!['sc'] = [999, 12])],
    ['a negative time', (r: Record<string, unknown>) => ((r['r'] as Record<string, unknown>[])[0]!['t'] = -5)],
    ['a fractional time', (r: Record<string, unknown>) => ((r['r'] as Record<string, unknown>[])[0]!['t'] = 1.5)],
    ['a date out of range', (r: Record<string, unknown>) => (r['at'] = 1e20)],
    ['a text date', (r: Record<string, unknown>) => (r['at'] = 'hier')],
    ['a bad status', (r: Record<string, unknown>) => ((r['r'] as Record<string, unknown>[])[0]!['s'] = 'fini')],
    ['an answer list of numbers', (r: Record<string, unknown>) => ((r['r'] as Record<string, unknown>[])[0]!['q'] = [1, 2])],
    ['a missing activity id', (r: Record<string, unknown>) => delete (r['r'] as Record<string, unknown>[])[0]!['i']],
    ['a bad pupil id', (r: Record<string, unknown>) => (r['u'] = 'x')],
  ])('refuses %s in French', (_name, change) => {
    const result = edited(change);
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : decodeErrorText(t, result.error, result.detail);
    expect(text).not.toMatch(/\b(Number|Expected|Required|received|must|greater|Invalid|String)\b/);
    expect(text).toMatch(/[a-zéèà]/);
  });
});

describe('shared computers (device store namespaces)', () => {
  it('keeps each pupil’s work apart; the next pupil starts fresh; releasing clears one pupil only', () => {
    const store = memoryStore({ 'declic.reading': '{"v":1}' });
    const code = encodeAssignment(assignment);
    const ana = startWork(store, { code, assignment, pseudonym: 'Ana' }, null).work;
    expect(activePupil(store)).toBe(ana.ns);
    store.setItem(owned(store, 'declic.quiz.progress.biais-cognitifs'), JSON.stringify({ v: 1, attempt: { startedAt: 0, position: 1, records: { q1: { answer: { type: 'single', choice: 0 }, correct: true } } }, history: [] }));
    expect(readActivityResult(store, QUIZ, {}, items.get(QUIZ), ana.ns)).toMatchObject({ s: 'started', sc: [1, 12] });
    // Ben, at the same computer: Ana's work is kept but never read for him.
    setActivePupil(store, null);
    const ben = startWork(store, { code, assignment, pseudonym: 'Ben' }, null).work;
    expect(ben.ns).not.toBe(ana.ns);
    expect(ben.u).not.toBe(ana.u);
    expect(readActivityResult(store, QUIZ, {}, items.get(QUIZ), ben.ns)).toEqual({ i: QUIZ, s: 'todo' });
    expect(listPupilWork(store, 0).works.map((w) => w.pseudonym).sort()).toEqual(['Ana', 'Ben']);
    releaseDevice(store, ana.ns);
    expect(Object.keys(exportNamespace(store, ana.ns))).toEqual([]);
    expect(listPupilWork(store, 0).works.map((w) => w.pseudonym)).toEqual(['Ben']);
    expect(store.getItem('declic.reading')).toBe('{"v":1}');
    expect(activePupil(store)).toBe(ben.ns);
    clearNamespace(store, ben.ns);
    expect(activePupil(store)).toBeNull();
  });

  it('takes a pupil’s work along to another device, where it continues', () => {
    const school = memoryStore();
    const lou = startWork(school, { code: encodeAssignment(assignment), assignment, pseudonym: 'Lou' }, null).work;
    school.setItem(ownedKey('declic.exercise.code.fable', lou.ns), '{"v":1,"tries":2,"hintsShown":0,"solved":true}');
    // Her « Mon carnet de code » (src/lib/python/notebook.ts) goes along too.
    const notebook = JSON.stringify({ v: 1, programs: [{ id: 'abcd1234', name: 'Molnár', code: 'print(1)\n', updated: 3 }] });
    school.setItem(ownedKey('declic.notebook', lou.ns), notebook);
    const file = takeAlongFile(school, lou.ns, 5);
    const home = memoryStore({ 'declic.quiz.progress.biais-cognitifs': 'someone else’s' });
    const read = readTakeAlongFile(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { ns } = restoreTakeAlong(home, read.entries);
    expect(activePupil(home)).toBe(ns);
    expect(listPupilWork(home, 0).works[0]).toMatchObject({ pseudonym: 'Lou', u: lou.u });
    expect(readActivityResult(home, 'exercise:code/fable', {}, undefined, ns)).toMatchObject({ s: 'done', ok: true });
    expect(home.getItem('declic.quiz.progress.biais-cognitifs')).toBe('someone else’s');
    expect(home.getItem(ownedKey('declic.notebook', ns))).toBe(notebook);
    expect(readTakeAlongFile('{"format":"declic-travail","version":9,"entries":{}}')).toEqual({ ok: false, error: 'newer' });
    expect(readTakeAlongFile('{"format":"declic-travail","version":1,"entries":{"teacher.v1.assignments":"x"}}')).toEqual({ ok: false, error: 'damaged' });
    expect(readTakeAlongFile('pas du json')).toEqual({ ok: false, error: 'not-ours' });
  });

  it('moves assignments saved before namespaces into one, with the device’s quiz work', () => {
    const store = memoryStore({
      'declic.assignment.v1.aaaa1111': JSON.stringify({ v: 1, code: encodeAssignment(assignment), pseudonym: 'Lou', opened: {} }),
      'declic.quiz.progress.biais-cognitifs': '{"v":1}',
    });
    const { ns } = migrateLegacyWork(store, 0);
    expect(ns).not.toBeNull();
    expect(activePupil(store)).toBe(ns);
    expect(store.getItem('declic.assignment.v1.aaaa1111')).toBeNull();
    expect(listPupilWork(store, 0).works[0]).toMatchObject({ pseudonym: 'Lou', ns });
    expect(store.getItem(ownedKey('declic.quiz.progress.biais-cognitifs', ns))).toBe('{"v":1}');
    expect(store.getItem('declic.quiz.progress.biais-cognitifs')).toBe('{"v":1}');
  });

  it('sets an unreadable entry aside, old formats reported apart', () => {
    const store = memoryStore({ k: '{"v":0}', j: '{oops' });
    expect(readEntry(store, 'k', 1, () => 1, 3)).toEqual({ value: null, notice: { kind: 'old-format', key: 'k', setAsideAs: 'declic.corrupted.3' } });
    expect(readEntry(store, 'j', 1, () => 1, 3)).toEqual({ value: null, notice: { kind: 'corrupted', key: 'j', setAsideAs: 'declic.corrupted.3-1' } });
    expect(JSON.parse(store.getItem('declic.corrupted.3-1')!)).toEqual({ key: 'j', raw: '{oops' });
  });
});
