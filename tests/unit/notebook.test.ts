import { describe, expect, it } from 'vitest';
import { ACTIVE_PUPIL_KEY, CORRUPTED_PREFIX } from '../../src/lib/device-store.ts';
import { memoryStore } from '../../src/lib/device-store-pupils.ts';
import {
  NOTEBOOK_KEY, NOTEBOOK_LIMITS, addProgram, currentProgram, deleteProgram, emptyNotebook, loadNotebook, programFile, programFileName,
  copyPrograms, programsOutside, readProgramFile, renameProgram, saveNotebook, uniqueName, updateCode, type Notebook,
} from '../../src/lib/python/notebook.ts';

/** A deterministic random source (a small LCG), so program ids are predictable. */
function counter() {
  let n = 1;
  return () => (n = (n * 48271) % 2147483647) / 2147483647;
}

function withPrograms(...names: string[]): Notebook {
  let notebook = emptyNotebook();
  const random = counter();
  for (const name of names) {
    const added = addProgram(notebook, name, `print("${name}")`, 1000, random);
    if (!added.ok) throw new Error(added.error);
    notebook = added.notebook;
  }
  return notebook;
}

describe('notebook storage', () => {
  it('saves and reads back several named programs and the one open', () => {
    const store = memoryStore();
    const notebook = withPrograms('Molnár', 'Calligramme');
    expect(saveNotebook(store, notebook)).toBe(true);
    const loaded = loadNotebook(store);
    expect(loaded.status).toBe('restored');
    expect(loaded.notebook.programs.map((p) => p.name)).toEqual(['Molnár', 'Calligramme']);
    expect(currentProgram(loaded.notebook)?.name).toBe('Calligramme');
  });

  it('keeps a pupil’s notebook in their namespace on a shared computer', () => {
    const store = memoryStore({ [ACTIVE_PUPIL_KEY]: JSON.stringify({ v: 1, id: 'abcdefghij' }) });
    saveNotebook(store, withPrograms('À moi'));
    expect(store.getItem(NOTEBOOK_KEY)).toBeNull();
    expect(store.getItem('declic.pupil.abcdefghij.notebook')).not.toBeNull();
  });

  it('sets a corrupted notebook aside, never deleting it, and starts empty', () => {
    const raw = '{"v":1,"programs":[{"id":"x","name":3}]}';
    const store = memoryStore({ [NOTEBOOK_KEY]: raw });
    const loaded = loadNotebook(store, 42);
    expect(loaded.status).toBe('corrupted');
    expect(loaded.notebook.programs).toEqual([]);
    expect(store.getItem(NOTEBOOK_KEY)).toBeNull();
    expect(JSON.parse(store.getItem(`${CORRUPTED_PREFIX}42`) ?? 'null')).toEqual({ key: NOTEBOOK_KEY, raw });
  });

  it('says so when the device refuses storage', () => {
    expect(loadNotebook(null).status).toBe('unavailable');
    expect(saveNotebook(null, emptyNotebook())).toBe(false);
  });

  it('drops a current program that no longer exists without calling it corrupted', () => {
    const store = memoryStore();
    const notebook = withPrograms('Un');
    saveNotebook(store, { ...notebook, current: 'zzzzzzzz' });
    const loaded = loadNotebook(store);
    expect(loaded.status).toBe('restored');
    expect(loaded.notebook.current).toBeUndefined();
  });
});

describe('programs written before an assignment (shared computer)', () => {
  const active = { [ACTIVE_PUPIL_KEY]: JSON.stringify({ v: 1, id: 'abcdefghij' }) };

  it('lists the common notebook’s programs the active pupil does not hold, and nothing when no pupil is active', () => {
    const store = memoryStore();
    saveNotebook(store, withPrograms('Soleil', 'Vagues'));
    expect(programsOutside(store, emptyNotebook())).toEqual([]);
    store.setItem(ACTIVE_PUPIL_KEY, active[ACTIVE_PUPIL_KEY]);
    const mine = withPrograms('Vagues (copie)');
    const vagues = updateCode(mine, mine.programs[0]!.id, 'print("Vagues")\n', 2000);
    if (!vagues.ok) throw new Error(vagues.error);
    expect(programsOutside(store, emptyNotebook()).map((p) => p.name)).toEqual(['Soleil', 'Vagues']);
    // Same code (up to trailing blank lines) is already held, whatever its name.
    expect(programsOutside(store, vagues.notebook).map((p) => p.name)).toEqual(['Soleil']);
  });

  it('copies them with fresh ids and unique names, leaves the originals, and never copies twice', () => {
    const store = memoryStore(active);
    const common = withPrograms('Soleil', 'Mon dessin');
    store.setItem(NOTEBOOK_KEY, JSON.stringify(common));
    const mine = withPrograms('Mon dessin');
    const mineRenamed = updateCode(mine, mine.programs[0]!.id, 'print("autre")', 3000);
    if (!mineRenamed.ok) throw new Error(mineRenamed.error);
    const outside = programsOutside(store, mineRenamed.notebook);
    const { notebook, copied, left } = copyPrograms(mineRenamed.notebook, outside, counter());
    expect(copied.map((p) => p.name)).toEqual(['Soleil', 'Mon dessin 2']);
    expect(left).toBe(0);
    expect(new Set(notebook.programs.map((p) => p.id)).size).toBe(3);
    expect(notebook.current).toBe(mineRenamed.notebook.current);
    expect(JSON.parse(store.getItem(NOTEBOOK_KEY) ?? '')).toEqual(JSON.parse(JSON.stringify(common)));
    expect(programsOutside(store, notebook)).toEqual([]);
    expect(copyPrograms(notebook, outside).copied).toEqual([]);
  });

  it('stops at the notebook’s limit and says how many are left', () => {
    const full = withPrograms(...Array.from({ length: NOTEBOOK_LIMITS.programs - 1 }, (_, i) => `P${i}`));
    const outside = withPrograms('A', 'B', 'C').programs.map((p, i) => ({ ...p, code: `print(${i})` }));
    const { copied, left, notebook } = copyPrograms(full, outside, counter());
    expect(copied).toHaveLength(1);
    expect(left).toBe(2);
    expect(notebook.programs).toHaveLength(NOTEBOOK_LIMITS.programs);
  });
});

describe('notebook changes', () => {
  it('gives every program a name no other has', () => {
    const notebook = withPrograms('Dessin', 'dessin', 'Dessin');
    expect(notebook.programs.map((p) => p.name)).toEqual(['Dessin', 'dessin 2', 'Dessin 3']);
    expect(uniqueName(notebook, '   ')).toBe('2');
  });

  it('renames without clashing, refuses an empty name, keeps the id', () => {
    const notebook = withPrograms('Un', 'Deux');
    const [one, two] = notebook.programs;
    const renamed = renameProgram(notebook, two!.id, 'Un', 2000);
    expect(renamed.ok && renamed.program).toMatchObject({ id: two!.id, name: 'Un 2', updated: 2000 });
    expect(renameProgram(notebook, one!.id, '  ', 2000)).toEqual({ ok: false, error: 'empty-name' });
  });

  it('updates code and refuses a program beyond the limit', () => {
    const notebook = withPrograms('Un');
    const id = notebook.programs[0]!.id;
    const updated = updateCode(notebook, id, 'print(1)', 3000);
    expect(updated.ok && updated.program.code).toBe('print(1)');
    expect(updateCode(notebook, id, 'x'.repeat(NOTEBOOK_LIMITS.code + 1), 3000)).toEqual({ ok: false, error: 'too-long' });
    expect(updateCode(notebook, 'nothere1', 'x', 3000)).toEqual({ ok: false, error: 'unknown-program' });
  });

  it('refuses a program once the notebook is full', () => {
    const names = Array.from({ length: NOTEBOOK_LIMITS.programs }, (_, i) => `P${i}`);
    expect(addProgram(withPrograms(...names), 'De trop', '', 0)).toEqual({ ok: false, error: 'full' });
  });

  it('opens the next program when the current one is deleted', () => {
    const notebook = withPrograms('Un', 'Deux', 'Trois');
    const [one, two, three] = notebook.programs;
    const afterDelete = deleteProgram({ ...notebook, current: two!.id }, two!.id);
    expect(afterDelete.programs.map((p) => p.name)).toEqual(['Un', 'Trois']);
    expect(afterDelete.current).toBe(three!.id);
    expect(deleteProgram(deleteProgram(afterDelete, three!.id), one!.id)).toEqual(emptyNotebook());
  });
});

describe('.py files', () => {
  it('round-trips a program through its file, name included', () => {
    const file = programFile({ name: 'Mon dessin « Molnár »', code: 'from dessin import *\ntoile(200, 200)' });
    expect(file.split('\n')[0]).toBe('# Déclic — Mon carnet de code : Mon dessin « Molnár »');
    expect(readProgramFile('whatever.py', file)).toEqual({ ok: true, name: 'Mon dessin « Molnár »', code: 'from dessin import *\ntoile(200, 200)\n' });
  });

  it('names a file any system accepts', () => {
    expect(programFileName('Mon dessin « Molnár » n°2')).toBe('mon-dessin-molnar-n-2.py');
    expect(programFileName('???')).toBe('programme.py');
  });

  it('reads a file written elsewhere: name from the file name, Windows line endings and BOM dropped', () => {
    expect(readProgramFile('.py', 'print(1)')).toEqual({ ok: true, name: '', code: 'print(1)' });
    expect(readProgramFile('poeme_de_queneau.py', '\ufeffprint(1)\r\nprint(2)\r\n')).toEqual({ ok: true, name: 'poeme de queneau', code: 'print(1)\nprint(2)\n' });
  });

  it('refuses what is not a pupil’s program, with a reason', () => {
    expect(readProgramFile('photo.py', 'PNG\u0000\u0001')).toEqual({ ok: false, error: 'not-text' });
    expect(readProgramFile('gros.py', 'x', NOTEBOOK_LIMITS.fileBytes + 1)).toEqual({ ok: false, error: 'too-big' });
    expect(readProgramFile('long.py', 'x'.repeat(NOTEBOOK_LIMITS.code + 1), 100)).toEqual({ ok: false, error: 'too-long' });
  });
});
