import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeAssignment, encodeAssignment, sealAssignment, codeFromHash, newAssignmentId, type Assignment } from '../../src/lib/teacher/assignment.ts';
import { MAX_CODE_LENGTH, canonicalJson, checksumOf, fnv1a, fromBase64Url, pack, toBase64Url } from '../../src/lib/teacher/codec.ts';
import { HANDIN_PROGRAMS_MAX, codeFits, decodeHandIn, decodeHandInFile, encodeHandIn, handInFile, sealHandIn, type HandIn } from '../../src/lib/teacher/handin.ts';
import { NOTEBOOK_LIMITS, programFile, readProgramFile } from '../../src/lib/python/notebook.ts';
import { t } from '../../src/i18n/index.ts';
import { problemText } from '../../src/lib/teacher/decode-error.ts';
import type { Problem } from '../../src/lib/teacher/problem.ts';

/** The problem of a refused code, as the teacher reads it (the dictionary's words; French typography's no-break spaces as plain spaces). */
const said = (decoded: { ok: boolean; detail?: Problem | undefined }) => (decoded.ok || !decoded.detail ? '' : problemText(t, decoded.detail).replace(/[\u00a0\u202f]/g, ' '));

const assignment: Assignment = sealAssignment({
  id: 'ab12cd34',
  ti: 'Biais cognitifs : première séance',
  cl: '4e B',
  du: '2026-12-18',
  in: 'Lisez les deux leçons, puis faites le quiz.',
  a: ['lesson:biais-cognitifs/biais-de-confirmation', 'quiz:biais-cognitifs', 'exercise:coder-langue-vivante/la-fable'],
  at: 1_780_000_000_000,
});

const handIn: HandIn = sealHandIn({
  d: 'ab12cd34',
  p: 'Lou',
  at: 1_780_000_500_000,
  r: [
    { i: 'lesson:biais-cognitifs/biais-de-confirmation', s: 'done' },
    { i: 'quiz:biais-cognitifs', s: 'started', sc: [1, 3], q: [['q1', 1, '0'], ['q2', 0, '2']], t: 120 },
    { i: 'exercise:coder-langue-vivante/la-fable', s: 'done', ok: true, tr: 2 },
  ],
});

/** Re-packs a modified payload as a well-formed code (what a pupil editing the JSON would produce). */
const repack = (prefix: string, payload: unknown) => pack(prefix, 1, payload);

describe('codec building blocks', () => {
  it('base64url round-trips any bytes and refuses foreign characters', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(Array.from(fromBase64Url(toBase64Url(bytes)) ?? [-1])).toEqual(Array.from(bytes));
    }));
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });
  it('canonical JSON ignores key order; the checksum ignores cs and sees every change', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
    expect(checksumOf({ a: 1, b: 2, cs: 'x' })).toBe(checksumOf({ b: 2, a: 1 }));
    expect(checksumOf({ a: 1 })).not.toBe(checksumOf({ a: 2 }));
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });
});

describe('assignment link codec', () => {
  it('round-trips and stays short', () => {
    const code = encodeAssignment(assignment);
    expect(code).toMatch(/^dv1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(300);
    expect(decodeAssignment(code)).toEqual({ ok: true, value: assignment });
    expect(codeFromHash(`#d=${code}`)).toBe(code);
    expect(codeFromHash('#autre=1')).toBeNull();
  });
  it('makes 8-character ids', () => expect(newAssignmentId()).toMatch(/^[a-z0-9]{8}$/));
  it('refuses each kind of bad input with its reason', () => {
    const code = encodeAssignment(assignment);
    expect(decodeAssignment('')).toMatchObject({ ok: false, error: 'empty' });
    expect(decodeAssignment('n’importe quoi <script>')).toMatchObject({ ok: false, error: 'not-a-code' });
    expect(decodeAssignment(code.slice(0, code.length - 12))).toMatchObject({ ok: false });
    expect(decodeAssignment(code.replace('dv1.', 'dv3.'))).toMatchObject({ ok: false, error: 'newer-version' });
    expect(decodeAssignment(encodeHandIn(handIn))).toMatchObject({ ok: false, error: 'other-kind' });
    expect(decodeAssignment(repack('dv', { ...assignment, ti: 'Autre titre' }))).toMatchObject({ ok: false, error: 'checksum' });
    const extra = repack('dv', { ...assignment, note: 1 });
    expect(decodeAssignment(extra)).toMatchObject({ ok: false, error: 'invalid' });
    expect(said(decodeAssignment(extra))).toBe('champ inattendu : note');
    const { cl: _cl, ...missing } = assignment;
    expect(decodeAssignment(repack('dv', missing))).toMatchObject({ ok: false, error: 'invalid' });
    expect(said(decodeAssignment(repack('dv', missing)))).toBe('classe manquante');
    expect(decodeAssignment(`dv1.${toBase64Url(deflateSync(strToU8('pas du json')))}`)).toMatchObject({ ok: false, error: 'damaged' });
    expect(decodeAssignment(`dv1.${'A'.repeat(70_000)}`)).toMatchObject({ ok: false, error: 'too-long' });
  });
});

describe('hand-in codec', () => {
  it('round-trips as a code and as a file', () => {
    const code = encodeHandIn(handIn);
    expect(code).toMatch(/^rd1\./);
    expect(decodeHandIn(code)).toEqual({ ok: true, value: handIn });
    expect(decodeHandInFile(handInFile(handIn))).toEqual({ ok: true, value: handIn });
    expect(decodeHandInFile(`  ${code}\n`)).toEqual({ ok: true, value: handIn });
  });
  it('keeps a pseudonym with HTML as plain data (it is only ever shown as text)', () => {
    const sneaky = sealHandIn({ ...handIn, p: '<img src=x onerror=alert(1)>' });
    expect(decodeHandIn(encodeHandIn(sneaky))).toMatchObject({ ok: true, value: { p: '<img src=x onerror=alert(1)>' } });
  });
  it('refuses garbage, truncation, tampering, extra and missing fields, future versions', () => {
    const code = encodeHandIn(handIn);
    expect(decodeHandIn('Bonjour madame')).toMatchObject({ ok: false, error: 'not-a-code' });
    for (const cut of [5, 20, code.length - 4]) expect(decodeHandIn(code.slice(0, cut)).ok).toBe(false);
    expect(decodeHandIn(repack('rd', { ...handIn, r: [{ ...handIn.r[1]!, t: 1 }] }))).toMatchObject({ ok: false, error: 'checksum' });
    expect(decodeHandIn(repack('rd', { ...handIn, admin: true }))).toMatchObject({ ok: false, error: 'invalid' });
    expect(said(decodeHandIn(repack('rd', { ...handIn, admin: true })))).toBe('champ inattendu : admin');
    const { p: _p, ...noPseudo } = handIn;
    expect(decodeHandIn(repack('rd', noPseudo))).toMatchObject({ ok: false, error: 'invalid' });
    expect(said(decodeHandIn(repack('rd', noPseudo)))).toBe('pseudonyme manquant');
    expect(decodeHandIn(code.replace('rd1.', 'rd9.'))).toMatchObject({ ok: false, error: 'newer-version' });
    expect(decodeHandIn(encodeAssignment(assignment))).toMatchObject({ ok: false, error: 'other-kind' });
    expect(said(decodeHandInFile('{"format":"declic-rendu","version":1}'))).toBe('champ manquant : rendu');
    expect(said(decodeHandInFile('{"format":"declic-rendu","version":1,"rendu":{},"x":1}'))).toBe('champ inattendu : x');
    expect(decodeHandInFile('{"format":"declic-rendu",')).toMatchObject({ ok: false, error: 'damaged' });
    expect(decodeHandInFile('[1,2]')).toMatchObject({ ok: false, error: 'not-a-code' });
    expect(decodeHandInFile('{"format":"declic-rendu","version":2,"rendu":{}}')).toMatchObject({ ok: false, error: 'newer-version' });
  });
  it('property: any valid hand-in round-trips; any random text is refused without throwing', () => {
    const result = fc.record(
      {
        i: fc.constantFrom('quiz:m', 'lesson:m/a-b', 'exercise:x/y-2', 'activity:m/z'),
        s: fc.constantFrom('todo' as const, 'started' as const, 'done' as const),
        t: fc.nat({ max: 100_000 }),
        q: fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom(0 as const, 1 as const), fc.string({ maxLength: 40 })), { maxLength: 10 }),
      },
      { requiredKeys: ['i', 's'] },
    );
    const pseudo = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && s.trim() === s && !/[\u0000-\u001f\u007f]/.test(s));
    fc.assert(
      fc.property(pseudo, fc.array(result, { maxLength: 12 }), fc.nat(), (p, r, at) => {
        const h = sealHandIn({ d: 'zz99zz99', p, at, r });
        expect(decodeHandIn(encodeHandIn(h))).toEqual({ ok: true, value: h });
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(decodeHandIn(text).ok).toBe(false);
        expect(decodeHandInFile(text).ok).toBe(false);
        expect(decodeAssignment(text).ok).toBe(false);
      }),
    );
    // A random single-character change in a valid code is refused (or, rarely, decodes to the same content).
    const code = encodeHandIn(handIn);
    fc.assert(
      fc.property(fc.nat({ max: code.length - 5 }), fc.constantFrom(...'ABCxyz019-_'), (at, char) => {
        const index = at + 4;
        if (code[index] === char) return;
        const decoded = decodeHandIn(code.slice(0, index) + char + code.slice(index + 1));
        if (decoded.ok) expect(decoded.value).toEqual(handIn);
      }),
    );
  });
});

describe('programs of « Mon carnet de code » attached to a hand-in (pg)', () => {
  const drawing = { n: 'Mon dessin à la Molnár', c: 'from dessin import *\ntoile(200, 200)\nfor i in range(10):\n    carre(i * 20, 0, 18)\n' };
  const withPrograms = sealHandIn({ ...handIn, pg: [drawing, { n: '<b>piège</b>', c: 'print("</pre><script>alert(1)</script>")' }] });

  it('round-trip through the code and the file, covered by the checksum', () => {
    expect(withPrograms.pg).toHaveLength(2);
    expect(withPrograms.cs).not.toBe(handIn.cs);
    expect(decodeHandIn(encodeHandIn(withPrograms))).toEqual({ ok: true, value: withPrograms });
    expect(decodeHandInFile(handInFile(withPrograms))).toEqual({ ok: true, value: withPrograms });
    // What the teacher downloads is the program the pupil attached, named by its first line.
    const [first] = withPrograms.pg!;
    expect(readProgramFile('x.py', programFile({ name: first!.n, code: first!.c }))).toEqual({ ok: true, name: drawing.n, code: drawing.c });
  });

  it('detects a program changed after the hand-in (code, name, order, one removed)', () => {
    const [a, b] = withPrograms.pg!;
    for (const pg of [[{ ...a!, c: `${a!.c}# ajouté\n` }, b!], [{ ...a!, n: 'Autre nom' }, b!], [b!, a!], [a!]]) {
      expect(decodeHandIn(repack('rd', { ...withPrograms, pg }))).toMatchObject({ ok: false, error: 'checksum' });
    }
    const { pg: _pg, ...dropped } = withPrograms;
    expect(decodeHandIn(repack('rd', dropped))).toMatchObject({ ok: false, error: 'checksum' });
  });

  it('leaves pg out when nothing is attached, and drops stray keys of a program', () => {
    expect('pg' in sealHandIn({ ...handIn, pg: [] })).toBe(false);
    const stray = sealHandIn({ ...handIn, pg: [{ ...drawing, id: 'abcd1234' } as typeof drawing] });
    expect(stray.pg).toEqual([drawing]);
    expect(decodeHandIn(encodeHandIn(stray)).ok).toBe(true);
  });

  it('refuses too many programs, a too long code or name, a control character, with French messages naming the field', () => {
    const reseal = (pg: unknown) => {
      const { cs: _cs, ...rest } = { ...handIn, pg } as Record<string, unknown>;
      return repack('rd', { ...rest, cs: checksumOf(rest) });
    };
    const cases: [unknown, RegExp][] = [
      [Array.from({ length: HANDIN_PROGRAMS_MAX + 1 }, () => drawing), /^programmes joints \(pg\) : 3 au plus$/],
      [[{ n: 'Long', c: 'x'.repeat(NOTEBOOK_LIMITS.code + 1) }], /^programme joint : code \(c\) trop long \(20.000 caractères au plus\)$/],
      [[{ n: 'n'.repeat(NOTEBOOK_LIMITS.name + 1), c: '' }], /^programme joint : nom \(n\) trop long \(60 caractères au plus\)$/],
      [[{ n: 'Mon\nprogramme', c: '' }], /^programme joint : nom \(n\) : caractère de contrôle interdit$/],
      [[{ n: '   ', c: '' }], /^programme joint : le nom \(n\) est vide$/],
      [[{ c: 'print(1)' }], /^programme joint : nom \(n\) manquant$/],
      [[{ n: 'Sans code' }], /^programme joint : code \(c\) manquant$/],
      [[{ n: 'A', c: 1 }], /^programme joint : code \(c\) : un texte est attendu$/],
      [[{ n: 'A', c: '', run: true }], /^champ inattendu : run$/],
      ['print(1)', /^programmes joints \(pg\) : une liste est attendue$/],
    ];
    for (const [pg, message] of cases) {
      const decoded = decodeHandIn(reseal(pg));
      expect(decoded, JSON.stringify(pg).slice(0, 80)).toMatchObject({ ok: false, error: 'invalid' });
      expect(said(decoded)).toMatch(message);
    }
    // At the limits exactly: accepted.
    const full = sealHandIn({ ...handIn, pg: Array.from({ length: HANDIN_PROGRAMS_MAX }, (_, i) => ({ n: `${i}`.padEnd(NOTEBOOK_LIMITS.name, 'é'), c: 'x'.repeat(NOTEBOOK_LIMITS.code) })) });
    expect(decodeHandInFile(handInFile(full)).ok).toBe(true);
    expect(decodeHandIn(encodeHandIn(full)).ok).toBe(true);
  });

  it('a long program still travels as a code; programs that do not compress travel as a file', () => {
    // A real long program (a few hundred lines) compresses well: its code stays far below the limit.
    const lines = Array.from({ length: 400 }, (_, i) => `ligne_${i} = "${'abcdefghij'.slice(0, (i % 10) + 1)}" * ${i} # commentaire ${i}`).join('\n');
    const long = sealHandIn({ ...handIn, pg: [{ n: 'Long programme', c: lines.slice(0, NOTEBOOK_LIMITS.code) }] });
    const code = encodeHandIn(long);
    expect(codeFits(code)).toBe(true);
    expect(decodeHandIn(code)).toEqual({ ok: true, value: long });
    // Three programs of random characters at the limit: the code is too long, the file still works.
    let seed = 7;
    const noise = () => Array.from({ length: NOTEBOOK_LIMITS.code }, () => String.fromCharCode(0x4e00 + (((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) >>> 16) % 2000))).join('');
    const huge = sealHandIn({ ...handIn, pg: [{ n: 'A', c: noise() }, { n: 'B', c: noise() }, { n: 'C', c: noise() }] });
    const hugeCode = encodeHandIn(huge);
    expect(hugeCode.length).toBeGreaterThan(MAX_CODE_LENGTH);
    expect(codeFits(hugeCode)).toBe(false);
    expect(decodeHandIn(hugeCode)).toMatchObject({ ok: false, error: 'too-long' });
    expect(decodeHandInFile(handInFile(huge))).toEqual({ ok: true, value: huge });
  });

  it('a hand-in made before programs could be attached is still valid', () => {
    // Made by the site before pg existed (same version 1).
    const old = 'rd1.TY5LDoMwDETv4nVQ-aptztAbVF2ExCCLkLT5IFTE3WvEpl5YM2M_yxsYkKD6qtamaUHAm-3DZ1aZ1dQs97X81POXA5VAVtdbydUdrRQQQD43IN60GKN3sidFsdB-dJRoiJfTG-TIDRRmlcg7vhUZMd4h7OLkccWgKaLU3mAorHJjxmKhRbmEF6uKQfUW_0kBfgKZQkYBiR-p95cAfYy7tjJtVbew_wA';
    const decoded = decodeHandIn(old);
    expect(decoded).toMatchObject({ ok: true, value: { p: 'Lou', u: 'k3v9x0q2mz', cs: '541d4124' } });
    expect(decoded.ok && 'pg' in decoded.value).toBe(false);
    const file = JSON.stringify({ format: 'declic-rendu', version: 1, rendu: decoded.ok ? decoded.value : null });
    expect(decodeHandInFile(file)).toEqual(decoded);
  });
});
