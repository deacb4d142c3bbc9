/** Pure parts of the Python exercises: output truncation, saved state, grading, Parsons, prose, schema and graph checks. */
import { t, tn } from '../../src/i18n/index.ts';
import { explainError } from '../helpers/explain.ts';
import { describe, expect, it } from 'vitest';
import { validateExercises, type ExerciseFile } from '../../src/lib/exercise-graph.ts';
import { assembleParsons, comparePrediction, feedbackText, grade, parsonsLines, shuffleLines, stepsOf, toWorkerCheck } from '../../src/lib/python/grading.ts';
import { gradeVocabulary } from '../../src/lib/python/vocabulary.ts';
import { OutputLimiter } from '../../src/lib/python/output.ts';
import { paragraphs, segments } from '../../src/lib/python/prose.ts';
import type { RunResult } from '../../src/lib/python/protocol.ts';
import { countTry, emptyState, loadState, restoredStep, saveState, stateKey, type KeyValueStore } from '../../src/lib/python/saved-state.ts';
import { exerciseSchema, type ExerciseData } from '../../src/schemas/exercise.ts';

class MemoryStore implements KeyValueStore {
  map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  keys() {
    return this.map.keys();
  }
}

const ok = (checks: boolean[], output = ''): RunResult => ({ status: 'ok', output, truncated: false, error: null, checks: checks.map((c) => ({ ok: c, error: null })), durationMs: 1 });

describe('OutputLimiter', () => {
  it('passes output through until a limit, then drops the rest and says so', () => {
    const limiter = new OutputLimiter({ chars: 10, lines: 100 });
    expect(limiter.accept('abcdef')).toBe('abcdef');
    expect(limiter.truncated).toBe(false);
    expect(limiter.accept('ghijkl')).toBe('ghij');
    expect(limiter.truncated).toBe(true);
    expect(limiter.accept('more')).toBe('');
  });
  it('also limits the number of lines', () => {
    const limiter = new OutputLimiter({ chars: 1000, lines: 2 });
    expect(limiter.accept('a\nb\nc\n')).toBe('a\nb\n');
    expect(limiter.truncated).toBe(true);
  });
});

describe('saved state', () => {
  const key = stateKey('coder-langue-vivante', 'la-frise');
  it('uses a namespaced key', () => expect(key).toBe('declic.exercise.coder-langue-vivante.la-frise'));
  it('round-trips and says when it restored', () => {
    const store = new MemoryStore();
    expect(loadState(store, key).status).toBe('new');
    expect(saveState(store, key, { ...emptyState(), code: 'print(1)', tries: 2 })).toBe(true);
    expect(loadState(store, key)).toMatchObject({ status: 'restored', state: { code: 'print(1)', tries: 2 } });
  });
  it('keeps the step a project reached, within the steps that exist', () => {
    const store = new MemoryStore();
    saveState(store, key, { ...emptyState(), step: 2 });
    const { state } = loadState(store, key);
    expect(restoredStep(state, 3)).toBe(2);
    expect(restoredStep(state, 2)).toBe(1); // the project lost a step since
    expect(restoredStep(emptyState(), 3)).toBe(0);
  });
  it.each(['{pas du json', '{"v":99,"tries":0}', '"texte"', '{"v":1,"tries":"deux","hintsShown":0,"solved":false}', '{"v":1,"tries":0,"hintsShown":0,"solved":false,"step":-1}'])('sets %s aside and starts again', (raw) => {
    const store = new MemoryStore();
    store.setItem(key, raw);
    store.setItem('autre', 'garde');
    const loaded = loadState(store, key);
    expect(loaded.status).toBe('corrupted');
    expect(loaded.state).toEqual(emptyState());
    const aside = [...store.keys()].filter((k) => k.startsWith('declic.corrupted.'));
    expect(aside.map((k) => JSON.parse(store.getItem(k)!))).toEqual([{ key, raw }]);
    expect(store.getItem('autre')).toBe('garde');
  });
  it('reports a storage that refuses to save', () => {
    const store: KeyValueStore = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(saveState(store, key, emptyState())).toBe(false);
  });
  it('counts a try only when the code changed', () => {
    let state = emptyState();
    state = countTry(state, 'a', null, false);
    state = countTry(state, 'a', 'a', false);
    state = countTry(state, 'b', 'a', false);
    expect(state.tries).toBe(2);
    expect(countTry(state, 'c', 'b', true).solved).toBe(true);
  });
});

const project = exerciseSchema.parse({
  kind: 'project',
  title: 'P',
  subject: 'histoire',
  instructions: 'I',
  solution: 'x = 1',
  steps: [
    { title: 'A', instructions: 'a', checks: [{ assert: 'x == 1', message: 'm1' }, { assert: 'x > 0', message: 'm2' }] },
    { title: 'B', instructions: 'b', checks: [{ output: '1', message: 'm3' }] },
  ],
}) as ExerciseData;

describe('grading', () => {
  it('turns a one-line assert into an assert statement and leaves blocks alone', () => {
    expect(toWorkerCheck({ assert: 'f(1) == 2', message: 'm' })).toEqual({ kind: 'assert', code: 'assert (f(1) == 2)' });
    expect(toWorkerCheck({ assert: 'y = f(1)\nassert y == 2', message: 'm' })).toEqual({ kind: 'assert', code: 'y = f(1)\nassert y == 2' });
    expect(toWorkerCheck({ output: 'a\n', message: 'm' })).toEqual({ kind: 'output', expected: 'a\n' });
  });
  it('finds the current step and hides the checks of later steps', () => {
    const steps = stepsOf(project);
    const feedback = grade(ok([true, false, false]), steps, explainError);
    expect(feedback.step).toBe(0);
    expect(feedback.failed.map((f) => f.message)).toEqual(['m2']);
    expect(feedback).toMatchObject({ passedCount: 1, total: 2 });
    expect(grade(ok([true, true, false]), steps, explainError)).toMatchObject({ step: 1, passed: false, passedCount: 2, total: 3, failed: [{ number: 3, message: 'm3' }] });
    expect(grade(ok([true, true, true]), steps, explainError)).toMatchObject({ passed: true, failed: [] });
  });
  it('explains an error instead of listing checks', () => {
    const result: RunResult = { ...ok([]), status: 'error', error: { type: 'ZeroDivisionError', message: 'division by zero', line: 3, code: 'x / 0', suggestion: null } };
    const feedback = grade(result, stepsOf(project), explainError);
    expect(feedback.passed).toBe(false);
    expect(feedbackText(feedback)).toContain('Une division par zéro');
    expect(feedback.explanation?.where).toBe('Ligne 3 : x / 0');
  });
  it('gives no verdict when the pupil stopped the program', () => {
    expect(grade({ ...ok([]), status: 'stopped' }, stepsOf(project), explainError)).toMatchObject({ stopped: true, passed: false, explanation: null });
  });
  it('compares predictions line by line, with documented messages', () => {
    const words = { t, tn };
    expect(comparePrediction('a\nb  \n\n', 'a\nb\n', words)).toMatchObject({ correct: true, message: t('exercise.prediction.right') });
    expect(comparePrediction('a\nc', 'a\nb\n', words)).toMatchObject({ correct: false, firstDifference: 2, message: 'Pas tout à fait\u00a0: la ligne 2 est différente.' });
    expect(comparePrediction('a', 'a\nb\n', words).message).toBe('Pas tout à fait\u00a0: le programme affiche 2 lignes, ta prédiction en compte 1.');
    expect(comparePrediction('a\nb', 'a\n', words).message).toContain('affiche 1 ligne, ta prédiction en compte 2');
    expect(comparePrediction('a b', 'a\nb\n', words, [{ answer: 'a b\n', message: 'Un mot par ligne.' }]).message).toBe('Un mot par ligne.');
  });
  it('reads Parsons lines with their indentation and assembles a program', () => {
    const lines = parsonsLines('for m in l:\n    if m:\n        print(m)\n\nprint("fin")\n');
    expect(lines.map((l) => l.indent)).toEqual([0, 1, 2, 0]);
    expect(assembleParsons(lines)).toBe('for m in l:\n    if m:\n        print(m)\nprint("fin")\n');
  });
  it('shuffles deterministically and never returns the original order', () => {
    const items = [1, 2, 3];
    expect(shuffleLines(items, 'x')).toEqual(shuffleLines(items, 'x'));
    for (const seed of ['a', 'b', 'c', 'frise', 'poeme']) expect(shuffleLines(items, seed)).not.toEqual(items);
    expect(items).toEqual([1, 2, 3]);
  });
  it('grades vocabulary answers', () => {
    const pairs = [{ word: 'for', meaning: 'pour chaque' }, { word: 'if', meaning: 'si' }, { word: 'in', meaning: 'dans' }];
    expect(gradeVocabulary(pairs, { for: 'pour chaque', if: 'dans' })).toEqual({ correct: ['for'], wrong: ['if'], missing: ['in'] });
  });
});

describe('prose with code', () => {
  it('applies French typography outside code only', () => {
    expect(segments('Écris `for mot in vers:` : puis exécute !')).toEqual([
      { code: false, text: 'Écris ' },
      { code: true, text: 'for mot in vers:' },
      { code: false, text: '\u00a0: puis exécute\u202f!' },
    ]);
    expect(paragraphs('un\ndeux\n\ntrois')).toHaveLength(2);
  });
});

describe('exercise schema and cross-file checks', () => {
  it('names the field at fault in French', () => {
    const result = exerciseSchema.safeParse({ kind: 'correction', title: 'T', subject: 'lettres', instructions: 'I', solution: 'x', checks: [{ output: 'a', assert: 'b', message: 'm' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('vérification : écrire soit « output », soit « assert » (un seul des deux)');
    const unknown = exerciseSchema.safeParse({ kind: 'dictee', title: 'T' });
    expect(unknown.error?.issues[0]?.message).toContain('type d’exercice (kind) inconnu');
    const noChecks = exerciseSchema.safeParse({ kind: 'expression', title: 'T', subject: 'arts', instructions: 'I', solution: 'x', checks: [] });
    expect(noChecks.error?.issues[0]?.message).toBe('vérifications (checks) : au moins une');
  });
  it('reports a missing module, a missing prefix, a bad slug and duplicates', () => {
    const data = exerciseSchema.parse({ kind: 'expression', title: 'T', subject: 'arts', instructions: 'I', solution: 'x', checks: [{ output: '', message: 'm' }] });
    const files: ExerciseFile[] = [
      { file: 'a.yaml', module: 'm', slug: 'un', order: 1, data },
      { file: 'b.yaml', module: 'm', slug: 'un', order: 1, data },
      { file: 'c.yaml', module: 'm', slug: 'Deux', order: null, data },
      { file: 'd.yaml', module: 'absent', slug: 'trois', order: 1, data },
    ];
    const messages = validateExercises(files, ['m']).map((p) => `${p.file}: ${p.message}`);
    expect(messages).toEqual([
      'b.yaml: le numéro 1 est déjà pris par a.yaml',
      'b.yaml: l’exercice « un » existe déjà : a.yaml',
      'c.yaml: le nom doit commencer par un numéro d’ordre, par exemple 01-mon-exercice.yaml',
      'c.yaml: « Deux » n’est pas un identifiant valide (minuscules, chiffres, tirets)',
      'd.yaml: aucun module.yaml dans content/modules/absent/',
    ]);
  });
});
