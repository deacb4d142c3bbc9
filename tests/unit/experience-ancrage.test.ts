import { describe, expect, it } from 'vitest';
import { ANCHORING_QUESTIONS } from '../../src/lib/activities/experience-ancrage/questions.ts';
import { t } from '../../src/i18n/index.ts';
import { anchoringStats, drawGroup, groupFromHash, median, parseTypedNumber, type AnchoringEntry } from '../../src/lib/activities/experience-ancrage/experiment.ts';
import { ANCHORING_V1_ANSWERS, anchoringCodeErrorText, checksum, decodeAnchoringCode, decodePastedCodes, encodeAnchoringCode } from '../../src/lib/activities/experience-ancrage/code.ts';

describe('anchoring questions', () => {
  it('version 1 has five questions whose anchors sit on both sides of the answer', () => {
    // Changing the set breaks every code already handed out: bump ANCHORING_CODE_VERSION with it.
    expect(ANCHORING_QUESTIONS.map((q) => q.id)).toEqual(['os', 'piano', 'hugo', 'onu', 'mont-blanc']);
    expect(ANCHORING_QUESTIONS).toHaveLength(ANCHORING_V1_ANSWERS);
    for (const q of ANCHORING_QUESTIONS) {
      expect(q.anchors.bas, q.id).toBeLessThan(q.answer);
      expect(q.anchors.haut, q.id).toBeGreaterThan(q.answer);
    }
  });
});

describe('groups', () => {
  it('reads a forced group from the URL fragment', () => {
    expect(groupFromHash('#groupe=haut')).toBe('haut');
    expect(groupFromHash('#groupe=BAS')).toBe('bas');
    expect(groupFromHash('#x=1&groupe=bas')).toBe('bas');
    expect(groupFromHash('#groupe=milieu')).toBeNull();
    expect(groupFromHash('')).toBeNull();
    expect(groupFromHash('#groupe=hautain')).toBeNull();
  });
  it('draws the same group for the same seed, and both groups about equally', () => {
    expect(drawGroup(12345)).toBe(drawGroup(12345));
    let high = 0;
    for (let seed = 0; seed < 2000; seed++) if (drawGroup(seed * 7919) === 'haut') high++;
    expect(high).toBeGreaterThan(900);
    expect(high).toBeLessThan(1100);
  });
});

describe('median and typed numbers', () => {
  it('handles odd, even and empty lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(median([Number.NaN, 5])).toBe(5);
  });
  it('reads numbers as people type them', () => {
    expect(parseTypedNumber('4 806')).toBe(4806);
    expect(parseTypedNumber('12,6')).toBe(13);
    expect(parseTypedNumber('-3')).toBeNull();
    expect(parseTypedNumber('beaucoup')).toBeNull();
    expect(parseTypedNumber('')).toBeNull();
    expect(parseTypedNumber('99999999')).toBeNull();
  });
});

describe('anchoring statistics', () => {
  const e = (group: 'haut' | 'bas', ...answers: (number | null)[]): AnchoringEntry => ({ group, answers });
  it('compares the medians of both groups, question by question', () => {
    const stats = anchoringStats([e('haut', 400, 100, 90, 300, 8000), e('haut', 300, 120, 80, 250, 6000), e('bas', 100, 40, 60, 90, 3000), e('bas', 150, 60, 70, 120, null)], ANCHORING_QUESTIONS);
    expect(stats.pupils).toEqual({ haut: 2, bas: 2 });
    expect(stats.questions[0]).toMatchObject({ haut: { n: 2, median: 350 }, bas: { n: 2, median: 125 }, difference: 225 });
    expect(stats.questions[4]).toMatchObject({ bas: { n: 1, median: 3000 }, difference: 4000 });
    expect(stats.conclusion).toBe('effect');
    expect(stats.smallSample).toBe(true);
  });
  it('is robust to no answers and to an empty group', () => {
    const none = anchoringStats([], ANCHORING_QUESTIONS);
    expect(none.conclusion).toBe('empty');
    expect(none.questions.every((q) => q.difference === null && q.haut.median === null)).toBe(true);
    const oneGroup = anchoringStats([e('bas', 1, 2, 3, 4, 5)], ANCHORING_QUESTIONS);
    expect(oneGroup.conclusion).toBe('one-group');
    expect(oneGroup.compared).toBe(0);
  });
  it('says when the data do not show the effect', () => {
    const reversed = anchoringStats([e('haut', 1, 1, 1, 1, 1), e('bas', 2, 2, 2, 2, 2)], ANCHORING_QUESTIONS);
    expect(reversed.conclusion).toBe('no-effect');
    const partial = anchoringStats([e('haut', 5, 5, 5, 1, 1), e('bas', 2, 2, 2, 2, 2)], ANCHORING_QUESTIONS);
    expect(partial.conclusion).toBe('partial');
  });
});

describe('code de réponse', () => {
  const answers = [300, 120, 90, 250, 6000];
  it('round-trips a group and answers in a short code', () => {
    const code = encodeAnchoringCode({ group: 'haut', answers });
    expect(code).toMatch(/^1H-300-120-90-250-6000-[A-Z]{2}$/);
    expect(code.length).toBeLessThanOrEqual(30);
    expect(decodeAnchoringCode(code)).toMatchObject({ ok: true, entry: { group: 'haut', answers } });
    expect(decodeAnchoringCode(encodeAnchoringCode({ group: 'bas', answers: [0, 0, 0, 0, 0] }))).toMatchObject({ ok: true, entry: { group: 'bas' } });
  });
  it('refuses to encode answers the schema does not allow', () => {
    expect(() => encodeAnchoringCode({ group: 'haut', answers: [1, 2, 3, 4] })).toThrow();
    expect(() => encodeAnchoringCode({ group: 'haut', answers: [1, 2, 3, 4, -5] })).toThrow();
    expect(() => encodeAnchoringCode({ group: 'haut', answers: [1, 2, 3, 4, 2.5] })).toThrow();
    expect(() => encodeAnchoringCode({ group: 'milieu' as 'haut', answers: [1, 2, 3, 4, 5] })).toThrow();
  });
  it('forgives spaces, lower case, other dashes and leading zeros', () => {
    const code = encodeAnchoringCode({ group: 'bas', answers: [50, 30, 40, 60, 4806] });
    const messy = `  ${code.toLowerCase().replace('4806', '4 806').replace(/-/g, ' – ')} `;
    expect(decodeAnchoringCode(messy)).toMatchObject({ ok: true, entry: { answers: [50, 30, 40, 60, 4806] } });
    expect(decodeAnchoringCode(code.replace('-50-', '-050-'))).toMatchObject({ ok: true });
  });
  it('refuses garbage with a French message, never throws', () => {
    const code = encodeAnchoringCode({ group: 'haut', answers });
    const cases: [string, RegExp][] = [
      ['', /vide/],
      ['bonjour', /commencer par un chiffre/],
      [code.replace(/^1/, '2'), /autre version/],
      [code.replace(/^1H/, '1X'), /groupe « X » inconnu/],
      [code.replace('-90-', '-'), /il faut 5 réponses, ce code en contient 4/],
      [code.replace('-90-', '-9a-'), /réponse 3 .* n’est pas un nombre entier/],
      [code.replace('-90-', '-91-'), /lettres de contrôle ne correspondent pas/],
      [code.slice(0, -3), /il faut 5 réponses|lettres de contrôle manquent/],
      ['x'.repeat(500), /trop long/],
      ['1H-1-2-3-4-5-6-7-8-9-10', /il faut 5 réponses/],
    ];
    for (const [input, message] of cases) {
      const result = decodeAnchoringCode(input);
      expect(result.ok, input).toBe(false);
      // The message as the teacher reads it (no-break spaces made plain for the patterns).
      if (!result.ok) expect(anchoringCodeErrorText(t, result.error).replace(/[\u00a0\u202f]/g, ' '), input).toMatch(message);
    }
    for (let i = 0; i < 500; i++) {
      const random = Array.from({ length: (i % 40) + 1 }, (_, k) => String.fromCharCode(32 + ((i * 31 + k * 17) % 95))).join('');
      expect(() => decodeAnchoringCode(random)).not.toThrow();
    }
  });
  it('catches most single-digit copying mistakes', () => {
    const base = [200, 90, 80, 190, 4800];
    let caught = 0;
    let total = 0;
    for (let q = 0; q < base.length; q++) {
      for (let delta = 1; delta <= 9; delta++) {
        const wrong = [...base];
        wrong[q] = (wrong[q] as number) + delta;
        const good = encodeAnchoringCode({ group: 'bas', answers: base });
        const tampered = `1B-${wrong.join('-')}-${good.slice(-2)}`;
        total++;
        if (!decodeAnchoringCode(tampered).ok) caught++;
      }
    }
    expect(caught / total).toBeGreaterThan(0.9);
    expect(checksum('1B-1')).toMatch(/^[A-HJ-NP-Z]{2}$/);
  });
  it('reads a pasted list: one per line, reports broken lines and duplicates', () => {
    const a = encodeAnchoringCode({ group: 'haut', answers });
    const b = encodeAnchoringCode({ group: 'bas', answers: [100, 40, 60, 90, 3000] });
    const pasted = decodePastedCodes(`${a}\n\n${b}; ${a}\n1H-12-trop-court`);
    expect(pasted.entries).toHaveLength(3);
    expect(pasted.errors).toEqual([expect.objectContaining({ line: 4, input: '1H-12-trop-court' })]);
    expect(pasted.duplicates).toEqual([a]);
  });
});
