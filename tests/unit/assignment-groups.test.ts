/**
 * Split assignments: the anchoring experiment's group set by the teacher's link (`#d=<code>&g=a|b`).
 */
import { describe, expect, it } from 'vitest';
import { groupFromHash as activityGroupFromHash } from '../../src/lib/activities/experience-ancrage/experiment.ts';
import {
  ASSIGNMENT_VERSION,
  GROUPED_ACTIVITY,
  assignmentLink,
  assignmentLinks,
  codeFromHash,
  decodeAssignment,
  encodeAssignment,
  groupFromHash,
  pupilActivityPath,
  sealAssignment,
  type AssignmentDraft,
} from '../../src/lib/teacher/assignment.ts';
import { pack } from '../../src/lib/teacher/codec.ts';
import { loadPupilWork, memoryStore, pupilKey, savePupilWork } from '../../src/lib/teacher/storage.ts';
import { t } from '../../src/i18n/index.ts';
import { problemText } from '../../src/lib/teacher/decode-error.ts';
import type { Problem } from '../../src/lib/teacher/problem.ts';

/** The problem of a refused code, as the teacher reads it (the dictionary's words; French typography's no-break spaces as plain spaces). */
const said = (decoded: { ok: boolean; detail?: Problem | undefined }) => (decoded.ok || !decoded.detail ? '' : problemText(t, decoded.detail).replace(/[\u00a0\u202f]/g, ' '));

const PAGE = 'https://ent.exemple.fr/declic/devoir/';
const draft: AssignmentDraft = { id: 'gr0up5ab', ti: 'Le premier nombre', cl: '5e A', a: ['lesson:biais-cognitifs/ancrage-et-conformisme', GROUPED_ACTIVITY], at: 1_780_000_000_000 };
const plain = sealAssignment(draft);
const split = sealAssignment({ ...draft, gr: 1 });

describe('split assignment codes', () => {
  it('a plain assignment keeps its version 1 code; a split one is version 2 and round-trips', () => {
    expect(ASSIGNMENT_VERSION).toBe(2);
    expect(encodeAssignment(plain)).toMatch(/^dv1\./);
    expect(encodeAssignment(split)).toMatch(/^dv2\./);
    expect(decodeAssignment(encodeAssignment(split))).toEqual({ ok: true, value: split });
    expect(split.gr).toBe(1);
    expect(plain.gr).toBeUndefined();
  });

  it('old version 1 links still open exactly as before', () => {
    // A code written by the previous site version (same packing, version 1, no gr).
    const oldCode = pack('dv', 1, plain);
    expect(decodeAssignment(oldCode)).toEqual({ ok: true, value: plain });
    expect(codeFromHash(`#d=${oldCode}`)).toBe(oldCode);
    expect(groupFromHash(`#d=${oldCode}`)).toBeNull();
  });

  it('the split is dropped when the assignment does not contain the experiment', () => {
    const noExperiment = sealAssignment({ ...draft, a: ['quiz:biais-cognitifs'], gr: 1 });
    expect(noExperiment.gr).toBeUndefined();
    expect(encodeAssignment(noExperiment)).toMatch(/^dv1\./);
  });

  it('refuses a version 1 code that smuggles gr, and a gr that is not 1', () => {
    expect(decodeAssignment(pack('dv', 1, split))).toMatchObject({ ok: false, error: 'invalid' });
    expect(said(decodeAssignment(pack('dv', 1, split)))).toBe('champ inattendu : gr');
    expect(decodeAssignment(pack('dv', 2, { ...split, gr: 2 }))).toMatchObject({ ok: false, error: 'invalid' });
    expect(said(decodeAssignment(pack('dv', 2, { ...split, gr: 2 })))).toBe('groupes (gr) invalides');
  });
});

describe('group links', () => {
  it('builds one link for the whole class, or two that share one code', () => {
    const one = assignmentLinks(PAGE, { code: encodeAssignment(plain), assignment: plain });
    expect(one).toEqual([{ group: null, url: `${PAGE}#d=${encodeAssignment(plain)}` }]);
    const code = encodeAssignment(split);
    const two = assignmentLinks(PAGE, { code, assignment: split });
    expect(two.map((l) => l.group)).toEqual(['a', 'b']);
    expect(two[0]!.url).toBe(`${PAGE}#d=${code}&g=a`);
    expect(two[1]!.url).toBe(`${PAGE}#d=${code}&g=b`);
    for (const link of two) {
      const hash = link.url.slice(link.url.indexOf('#'));
      expect(codeFromHash(hash)).toBe(code);
      expect(groupFromHash(hash)).toBe(link.group);
    }
    expect(assignmentLink(PAGE, code, null)).toBe(`${PAGE}#d=${code}`);
  });

  it('reads the group letter in any order or case and ignores anything else', () => {
    expect(groupFromHash('#g=B&d=dv2.xyz')).toBe('b');
    expect(groupFromHash('#d=dv2.xyz&g=A')).toBe('a');
    for (const hash of ['', '#', '#d=dv2.xyz', '#d=dv2.xyz&g=', '#d=dv2.xyz&g=c', '#d=dv2.xyz&g=haut', '#d=dv2.xyz&groupe=a']) expect(groupFromHash(hash)).toBeNull();
  });

  it('sends the pupil to the experiment in the group of their link: A high, B low', () => {
    const base = 'modules/biais-cognitifs/activites/experience-ancrage/';
    expect(pupilActivityPath(GROUPED_ACTIVITY, 'a')).toBe(`${base}#groupe=haut`);
    expect(pupilActivityPath(GROUPED_ACTIVITY, 'b')).toBe(`${base}#groupe=bas`);
    expect(pupilActivityPath(GROUPED_ACTIVITY, null)).toBe(base);
    expect(pupilActivityPath('quiz:biais-cognitifs', 'b')).toBe('modules/biais-cognitifs/quiz/');
    // The activity reads the fragment we write: the group is forced, whatever the device would draw.
    const path = pupilActivityPath(GROUPED_ACTIVITY, 'b')!;
    expect(activityGroupFromHash(path.slice(path.indexOf('#')))).toBe('bas');
  });
});

describe('the pupil device remembers the group of their link', () => {
  it('keeps the group for a split assignment and drops it for a plain one', () => {
    const store = memoryStore();
    const ns = 'pupil00001';
    savePupilWork(store, { ns, u: 'work000001', code: encodeAssignment(split), assignment: split, pseudonym: 'Lou', opened: {}, group: 'b' });
    expect(loadPupilWork(store, ns, split.id, 0).value).toMatchObject({ group: 'b', pseudonym: 'Lou' });
    const other = sealAssignment({ ...draft, id: 'plain123' });
    store.setItem(pupilKey(ns, other.id), JSON.stringify({ v: 1, code: encodeAssignment(other), pseudonym: 'Lou', opened: {}, group: 'a' }));
    expect(loadPupilWork(store, ns, other.id, 0).value?.group).toBeUndefined();
    // A saved group that is not ours is ignored, not an error.
    store.setItem(pupilKey(ns, split.id), JSON.stringify({ v: 1, code: encodeAssignment(split), pseudonym: 'Lou', opened: {}, group: 'z' }));
    const loaded = loadPupilWork(store, ns, split.id, 0);
    expect(loaded.value?.group).toBeUndefined();
    expect(loaded.notice).toBeUndefined();
  });
});
