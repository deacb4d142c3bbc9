import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { encodeAssignment, sealAssignment } from '../../src/lib/teacher/assignment.ts';
import type { CatalogueItem } from '../../src/lib/teacher/catalogue.ts';
import { pack } from '../../src/lib/teacher/codec.ts';
import { assignmentsFile, classCsv, classTable, csvCell, importHandIns, lineCount, programDownload, questionAnalysis, readAssignmentsFile, splitPasted } from '../../src/lib/teacher/dashboard.ts';
import { readProgramFile } from '../../src/lib/python/notebook.ts';
import { encodeHandIn, handInFile, sealHandIn } from '../../src/lib/teacher/handin.ts';
import { answerText, readActivityResult, quizProgressKey, exerciseKey } from '../../src/lib/teacher/progress.ts';
import { clearClass, listPupilWork, loadClass, loadTeacherAssignments, memoryStore, pupilKey, saveClass, savePupilWork, saveTeacherAssignments, TEACHER_ASSIGNMENTS_KEY } from '../../src/lib/teacher/storage.ts';

const QUIZ = 'quiz:biais-cognitifs';
const LESSON = 'lesson:biais-cognitifs/ancrage';
const EXERCISE = 'exercise:code/fable';
const assignment = sealAssignment({ id: 'aaaa1111', ti: 'Devoir', cl: '4e B', a: [LESSON, QUIZ, EXERCISE], at: 1000 });
const other = sealAssignment({ id: 'bbbb2222', ti: 'Autre devoir', cl: '3e A', a: [LESSON], at: 1000 });
const items = new Map<string, CatalogueItem>([
  [LESSON, { id: LESSON, kind: 'lesson', title: 'L’ancrage' }],
  [QUIZ, { id: QUIZ, kind: 'quiz', title: 'Quiz', questions: [
    { id: 'q1', prompt: 'Première question', type: 'single', labels: ['Oui', 'Non', 'Peut-être'] },
    { id: 'q2', prompt: 'Deuxième question', type: 'true-false' },
  ] }],
  [EXERCISE, { id: EXERCISE, kind: 'exercise', title: 'La fable' }],
]);

const handIn = (p: string, at: number, q1: [0 | 1, string], q2: [0 | 1, string]) =>
  sealHandIn({ d: assignment.id, p, at, r: [
    { i: LESSON, s: 'done' },
    { i: QUIZ, s: 'done', sc: [q1[0] + q2[0], 2], q: [['q1', ...q1], ['q2', ...q2]], t: 300 },
    { i: EXERCISE, s: 'started', ok: false, tr: 3 },
  ] });

const lou = handIn('Lou', 10, [1, '0'], [0, 'v']);
const sam = handIn('Sam', 11, [0, '2'], [0, 'v']);
const noe = handIn('<b>Noé</b>', 12, [0, '2'], [1, 'f']);

describe('importing hand-ins', () => {
  it('splits pasted text into codes, reports lines that look like damaged codes, leaves the rest of a message out', () => {
    const items = splitPasted(`Bonjour madame,\nvoici : ${encodeHandIn(lou)}\n\n n’importe quoi\n${encodeHandIn(sam)} ${encodeHandIn(noe)}\nrd 1.abc\neJyrVkrOzy0oSs1NzStRslJKTEpOLK5RqgUAW9kH5w\nBonne journée,\nLou (4e B)`);
    expect(items.map((i) => i.source)).toEqual(['Ligne 2', 'Ligne 5 (1)', 'Ligne 5 (2)', 'Ligne 6', 'Ligne 7']);
  });

  it('gives each item its own message, keeps valid ones, counts duplicates once, loses nothing', () => {
    const tampered = pack('rd', 1, { ...sam, p: 'Sam2' });
    const inputs = [
      { source: 'a', text: encodeHandIn(lou) },
      { source: 'b', text: 'garbage' },
      { source: 'c', text: encodeHandIn(lou).slice(0, 30) },
      { source: 'd', text: encodeHandIn(sealHandIn({ d: other.id, p: 'Zoé', at: 1, r: [] })) },
      { source: 'e', text: tampered },
      { source: 'f', text: encodeHandIn(lou) },
      { source: 'g.json', text: handInFile(sam), size: 400 },
      { source: 'big.json', text: '', size: 50 * 1024 * 1024 },
      { source: 'h', text: encodeHandIn(sealHandIn({ d: assignment.id, p: 'Ana', at: 1, r: [{ i: 'lesson:x/y', s: 'done' }] })) },
    ];
    const { handIns, messages } = importHandIns(t, [noe], inputs, assignment, { knownAssignments: [assignment, other] });
    expect(handIns.map((h) => h.p)).toEqual(['<b>Noé</b>', 'Lou', 'Sam']);
    expect(messages.map((m) => m.status)).toEqual(['added', 'error', 'error', 'error', 'error', 'duplicate', 'added', 'error', 'error']);
    expect(messages[1]!.text).toBe('Ce n’est pas un code de rendu Déclic.');
    expect(messages[2]!.text).toMatch(/incomplet ou abîmé/);
    expect(messages[3]!.text).toBe(t('teacher.import.otherAssignment', { title: 'Autre devoir', class: '3e A' }));
    expect(messages[3]!.text).toMatch(/^Ce rendu est pour un autre devoir\s:\s«\sAutre devoir\s» \(3e A\)\.$/);
    expect(messages[4]!.text).toMatch(/somme de contrôle/);
    expect(messages[7]!.text).toBe(t('teacher.import.tooBig', { size: '50 Mo' }));
    expect(messages[8]!.text).toMatch(/pas dans ce devoir/);
  });

  it('keeps the newest hand-in of a pupil', () => {
    const newer = handIn('lou', 99, [1, '0'], [1, 'f']);
    const first = importHandIns(t, [lou], [{ source: 'a', text: encodeHandIn(newer) }], assignment);
    expect(first.messages[0]!.status).toBe('replaced');
    expect(first.handIns).toEqual([newer]);
    const second = importHandIns(t, first.handIns, [{ source: 'a', text: encodeHandIn(lou) }], assignment);
    expect(second.messages[0]!.status).toBe('older');
    expect(second.handIns).toEqual([newer]);
  });
});

describe('table, analysis and CSV', () => {
  it('computes the table and class averages', () => {
    const { rows, averages, classMean } = classTable(assignment, [sam, lou, noe]);
    expect(rows.map((r) => r.pseudonym)).toEqual(['<b>Noé</b>', 'Lou', 'Sam']);
    expect(rows[1]!.cells[1]).toMatchObject({ status: 'done', correct: 1, answered: 2, total: 2, score: 0.5 });
    expect(rows[1]!.cells[2]).toMatchObject({ status: 'started', passed: false, tries: 3 });
    expect(averages[0]).toMatchObject({ done: 3 });
    expect(averages[1]!.score).toBeCloseTo(1 / 3);
    expect(averages[2]).toMatchObject({ done: 0, started: 3 });
    expect(classMean).toBeCloseTo(1 / 3);
  });

  it('finds the most missed question and the most chosen wrong answer', () => {
    const stats = questionAnalysis(assignment, [lou, sam, noe], items);
    expect(stats[0]).toMatchObject({ questionId: 'q1', prompt: 'Première question', answered: 3, missed: 2, topWrong: { text: 'Peut-être', count: 2 } });
    expect(stats[1]).toMatchObject({ questionId: 'q2', missed: 2, topWrong: { text: 'Vrai', count: 2 } });
  });

  it('exports a CSV a spreadsheet opens safely', () => {
    const csv = classCsv(assignment, [lou, sam], items, { timeZone: 'Europe/Paris' });
    const lines = csv.replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('"Pseudonyme";"Rendu le (heure locale, Europe/Paris)";"L’ancrage";"Quiz (score %)";"Quiz (justes)";"Quiz (répondues sur 2)";"La fable (état)";"La fable (essais)";"Moyenne des quiz (%)";"Temps total (min)"');
    expect(lines[1]).toBe('"Lou";"1970-01-01 01:00";"fait";"50";"1";"2";"commencé";"3";"50";"5"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });
  it('shows the programs a pupil attached, names them in the CSV, offers each as a .py named after the pupil', () => {
    const drawing = { n: 'Mon dessin', c: 'from dessin import *\ntoile(100, 100)\n' };
    const withProgram = sealHandIn({ d: assignment.id, p: 'Zoé', at: 13, r: [{ i: LESSON, s: 'done' }], pg: [drawing, { n: '=SOMME(A1)', c: '' }] });
    const imported = importHandIns(t, [lou], [{ source: 'f', text: handInFile(withProgram), size: 300 }], assignment);
    expect(imported.messages[0]?.status).toBe('added');
    const { rows } = classTable(assignment, imported.handIns);
    expect(rows.map((r) => [r.pseudonym, r.programs.map((p) => p.n)])).toEqual([['Lou', []], ['Zoé', ['Mon dessin', '=SOMME(A1)']]]);
    const lines = classCsv(assignment, imported.handIns, items, { timeZone: 'UTC' }).trim().split('\r\n');
    expect(lines[0]).toMatch(/;"Temps total \(min\)";"Programmes joints"$/);
    expect(lines[1]).toMatch(/^"Lou";.*;""$/);
    // Names only (never the code), and a name that looks like a formula is neutralised.
    expect(lines[2]).toMatch(/^"Zoé";.*;"Mon dessin ; =SOMME\(A1\)"$/);
    expect(lines.join('\n')).not.toContain('toile');
    expect(classCsv(assignment, [lou], items, { timeZone: 'UTC' })).not.toContain('Programmes joints');
    const file = programDownload('Zoé', drawing);
    expect(file.fileName).toBe('zoe-mon-dessin.py');
    expect(file.text).toBe('# Déclic — Mon carnet de code : Zoé — Mon dessin\nfrom dessin import *\ntoile(100, 100)\n');
    expect(readProgramFile(file.fileName, file.text)).toEqual({ ok: true, name: 'Zoé — Mon dessin', code: drawing.c });
    expect([lineCount(''), lineCount('a'), lineCount('a\nb\n'), lineCount('a\n\nb')]).toEqual([0, 1, 2, 3]);
  });
});

describe('progress adapters (stored formats of the quiz and Python branches)', () => {
  const quizStored = {
    v: 1,
    attempt: { startedAt: 1000, position: 2, records: { q2: { answer: { type: 'true-false', value: true }, correct: false }, q1: { answer: { type: 'single', choice: 0 }, confidence: 'high', correct: true } }, finishedAt: 61_000 },
    history: [],
  };
  it('reads a finished quiz attempt with its answers, in question order', () => {
    const store = memoryStore({ [quizProgressKey('biais-cognitifs')]: JSON.stringify(quizStored) });
    expect(readActivityResult(store, QUIZ, {}, items.get(QUIZ))).toEqual({ i: QUIZ, s: 'done', sc: [1, 2], q: [['q1', 1, '0'], ['q2', 0, 'v']], t: 60 });
  });
  it('reads a started quiz, a past completed attempt, and corrupted data as not started', () => {
    const started = { ...quizStored, attempt: { ...quizStored.attempt, finishedAt: undefined, records: { q1: quizStored.attempt.records.q1 } } };
    expect(readActivityResult(memoryStore({ [quizProgressKey('biais-cognitifs')]: JSON.stringify(started) }), QUIZ, {}, items.get(QUIZ))).toMatchObject({ s: 'started', sc: [1, 2] });
    const past = { v: 1, attempt: { startedAt: 5, position: 0, records: {} }, history: [{ startedAt: 0, finishedAt: 30_000, correct: 2, total: 2, completed: true }] };
    expect(readActivityResult(memoryStore({ [quizProgressKey('biais-cognitifs')]: JSON.stringify(past) }), QUIZ, {}, items.get(QUIZ))).toEqual({ i: QUIZ, s: 'done', sc: [2, 2], t: 30 });
    expect(readActivityResult(memoryStore({ [quizProgressKey('biais-cognitifs')]: '{oops' }), QUIZ, {}, undefined)).toEqual({ i: QUIZ, s: 'todo' });
  });
  it('reads exercises, and lessons opened from the assignment', () => {
    const store = memoryStore({ [exerciseKey('code', 'fable')]: JSON.stringify({ v: 1, code: 'print(1)', tries: 2, hintsShown: 0, solved: true }) });
    expect(readActivityResult(store, EXERCISE, {}, undefined)).toEqual({ i: EXERCISE, s: 'done', ok: true, tr: 2 });
    expect(readActivityResult(memoryStore(), EXERCISE, {}, undefined)).toEqual({ i: EXERCISE, s: 'todo' });
    expect(readActivityResult(memoryStore(), LESSON, { [LESSON]: 5 }, undefined)).toEqual({ i: LESSON, s: 'done' });
    expect(readActivityResult(memoryStore(), LESSON, {}, undefined)).toEqual({ i: LESSON, s: 'todo' });
  });
  it('writes every answer type as a stable short text', () => {
    expect(answerText({ type: 'multiple', choices: [2, 0] })).toBe('0+2');
    expect(answerText({ type: 'ordering', order: [1, 0, 2] })).toBe('1>0>2');
    expect(answerText({ type: 'matching', matches: [1, null] })).toBe('1,-');
    expect(answerText({ type: 'cloze', words: ['a', null] })).toBe('a | -');
    expect(answerText({ type: 'estimate', value: 12.5 })).toBe('12.5');
    expect(answerText({ type: 'spot', selected: [3, 1] })).toBe('1+3');
    expect(answerText({ type: 'bogus' })).toBeNull();
  });
});

describe('device storage', () => {
  it('saves and lists several pupil assignments; sets a corrupted one aside', () => {
    const store = memoryStore();
    savePupilWork(store, { ns: 'ns00000001', u: 'uuuuuuuuu1', code: encodeAssignment(assignment), assignment, pseudonym: 'Lou', opened: { [LESSON]: 3 } });
    savePupilWork(store, { ns: 'ns00000001', u: 'uuuuuuuuu2', code: encodeAssignment(other), assignment: other, pseudonym: 'Lou', opened: {} });
    store.setItem(pupilKey('ns00000001', 'cccc3333'), '{broken');
    const { works, notices } = listPupilWork(store, 42);
    expect(works.map((w) => w.assignment.id).sort()).toEqual(['aaaa1111', 'bbbb2222']);
    expect(notices).toEqual([{ kind: 'corrupted', key: pupilKey('ns00000001', 'cccc3333'), setAsideAs: 'declic.corrupted.42' }]);
    expect(store.getItem('declic.corrupted.42')).toContain('{broken');
  });
  it('keeps the teacher’s assignments and class, and clears one class only', () => {
    const store = memoryStore();
    saveTeacherAssignments(store, [{ code: encodeAssignment(assignment), assignment }]);
    expect(loadTeacherAssignments(store, 0).value.map((s) => s.assignment)).toEqual([assignment]);
    saveClass(store, assignment.id, { handIns: [lou], aliases: { 'u:abcdefghij': ['Dyl'] } });
    saveClass(store, other.id, { handIns: [], aliases: {} });
    expect(loadClass(store, assignment.id, 0).value).toEqual({ handIns: [lou], aliases: { 'u:abcdefghij': ['Dyl'] } });
    clearClass(store, assignment.id);
    expect(loadClass(store, assignment.id, 0).value).toEqual({ handIns: [], aliases: {} });
    expect(store.getItem(TEACHER_ASSIGNMENTS_KEY)).not.toBeNull();
    store.setItem(TEACHER_ASSIGNMENTS_KEY, '{"v":1,"codes":["x"]}');
    expect(loadTeacherAssignments(store, 7)).toMatchObject({ value: [], notice: { kind: 'corrupted', setAsideAs: 'declic.corrupted.7' } });
  });
  it('exports and imports the assignments file, reporting bad entries', () => {
    const file = assignmentsFile([encodeAssignment(assignment), 'dv1.abîmé']);
    const { assignments, errors } = readAssignmentsFile(t, file);
    expect(assignments.map((a) => a.assignment.id)).toEqual(['aaaa1111']);
    expect(errors).toEqual([t('teacher.assignmentsFile.entry', { n: 2, message: 'Ce n’est pas un code de devoir Déclic.' })]);
    expect(readAssignmentsFile(t, `https://x/devoir/#d=${encodeAssignment(other)}`).assignments[0]!.assignment.id).toBe('bbbb2222');
    expect(readAssignmentsFile(t, '{"format":"autre"}').errors).toEqual(['Ce n’est pas un fichier de devoirs Déclic.']);
  });
});

describe('catalogue', () => {
  it('lists lessons, a quiz with its question labels, exercises and activities with their ids and paths', async () => {
    const { buildCatalogue, quizToCatalogue } = await import('../../src/lib/teacher/site-catalogue.ts');
    const { activityPath } = await import('../../src/lib/teacher/catalogue.ts');
    const quiz = quizToCatalogue('m', {
      title: 'Quiz',
      questions: [
        { id: 'a', prompt: 'A ?', type: 'single', options: [{ text: 'oui' }, { text: 'non' }] },
        { id: 'b', prompt: 'B ?', type: 'ordering', items: ['1', '2', '3'] },
        { id: 'c', prompt: 'C ?', type: 'estimate' },
        { id: 'experience', prompt: 'D ?', type: 'estimate', scored: false },
      ],
    });
    const catalogue = buildCatalogue([{ slug: 'm', title: 'M', lessons: [{ slug: 'l', title: 'L' }], activities: [{ slug: 'x', title: 'X' }] }], [quiz], [{ module: 'm', slug: 'e', title: 'E' }]);
    expect(catalogue.modules[0]!.items.map((i) => i.id)).toEqual(['lesson:m/l', 'quiz:m', 'exercise:m/e', 'activity:m/x']);
    expect(catalogue.modules[0]!.items[1]!.questions).toEqual([
      { id: 'a', prompt: 'A ?', type: 'single', labels: ['oui', 'non'] },
      { id: 'b', prompt: 'B ?', type: 'ordering', labels: ['1', '2', '3'] },
      { id: 'c', prompt: 'C ?', type: 'estimate' },
    ]); // the unscored experience is not a result a teacher sees
    expect(['lesson:m/l', 'quiz:m', 'exercise:m/e', 'activity:m/x', 'bad'].map(activityPath)).toEqual(['modules/m/l/', 'modules/m/quiz/', 'modules/m/exercices/e/', 'modules/m/activites/x/', null]);
  });
});

describe('storage keys shared with the quiz and the exercises', () => {
  it('are the keys those features write', async () => {
    const { progressKey } = await import('../../src/lib/quiz/storage.ts');
    const { stateKey } = await import('../../src/lib/python/saved-state.ts');
    expect(quizProgressKey('biais-cognitifs')).toBe(progressKey('biais-cognitifs'));
    expect(exerciseKey('code', 'fable')).toBe(stateKey('code', 'fable'));
  });
});
