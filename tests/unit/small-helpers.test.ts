import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';
import { DEFAULT_PREFS, parseReadingPrefs, prefsToAttributes, serializeReadingPrefs } from '../../src/lib/reading-prefs.ts';
import { joinBase } from '../../src/lib/url.ts';
import { initialLetter } from '../../src/lib/glossary.ts';
import { isCodeKey, t } from '../../src/i18n/index.ts';
import { fr } from '../../src/i18n/fr.ts';
import { lintFrenchProse, proseOf } from '../../src/lib/content-lint.ts';
import { CRCN_COMPETENCES, EMI_EXPECTATIONS, THEMES } from '../../src/schemas/common.ts';

describe('reading time', () => {
  it('counts words of prose, not of tags or markdown', () => {
    expect(countWords('---\ntitle: x\n---\n## Un titre\n\nLe <Terme id="a">biais</Terme> de *confirmation*.')).toBe(6);
  });
  it('rounds to whole minutes at the pupil pace, never zero', () => {
    expect(readingMinutes(1500)).toBe(10);
    expect(readingMinutes(10)).toBe(1);
  });
});

describe('reading preferences', () => {
  it('round-trips', () => {
    const prefs = { size: 'large', spacing: 'wide', font: 'dys' } as const;
    expect(parseReadingPrefs(serializeReadingPrefs(prefs))).toEqual({ status: 'ok', prefs });
  });
  it('falls back to defaults on nothing, garbage, another version or a bad value', () => {
    expect(parseReadingPrefs(null)).toEqual({ status: 'empty', prefs: DEFAULT_PREFS });
    for (const raw of ['{', '42', JSON.stringify({ v: 2, size: 'large', spacing: 'wide', font: 'dys' }), JSON.stringify({ v: 1, size: 'huge', spacing: 'wide', font: 'dys' })]) {
      expect(parseReadingPrefs(raw)).toEqual({ status: 'corrupted', prefs: DEFAULT_PREFS });
    }
  });
  it('sets no attribute for defaults', () => {
    expect(Object.values(prefsToAttributes(DEFAULT_PREFS)).every((v) => v === undefined)).toBe(true);
    expect(prefsToAttributes({ size: 'xlarge', spacing: 'normal', font: 'dys' })).toMatchObject({ 'data-text-size': 'xlarge', 'data-font': 'dys' });
  });
});

describe('joinBase', () => {
  it('joins root and sub-path bases', () => {
    expect(joinBase('/', 'modules/')).toBe('/modules/');
    expect(joinBase('/declic/', '/modules/')).toBe('/declic/modules/');
    expect(joinBase('/declic', '')).toBe('/declic/');
  });
});

describe('glossary initial', () => {
  it('groups accented initials with their letter', () => {
    expect(initialLetter('Écho')).toBe('E');
    expect(initialLetter('  biais')).toBe('B');
    expect(initialLetter('42')).toBe('#');
  });
});

describe('i18n', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('lesson.position', { position: 2, total: 4 })).toBe('Leçon 2 sur 4');
    expect(t('lesson.readingTime')).toBe('{minutes} min de lecture');
  });
  it('has a label for every theme, EMI expectation and CRCN competence', () => {
    const keys = Object.keys(fr);
    for (const theme of THEMES) expect(keys).toContain(`theme.${theme}`);
    for (const emi of EMI_EXPECTATIONS) expect(keys).toContain(`emi.${emi}`);
    for (const code of CRCN_COMPETENCES) expect(keys).toContain(`crcn.${code}`);
  });
  it('uses French typography in every string', () => {
    // Python code (a starter program, read with rawString()) keeps its straight quotes; prose never has them.
    const faults = Object.entries(fr).filter(([key, value]) => !isCodeKey(key) && /"|\.\.\.|'/.test(value)).map(([key]) => key);
    expect(faults).toEqual([]);
  });
});

describe('content lint', () => {
  it('ignores attributes and code but flags straight quotes and dots in prose', () => {
    expect(lintFrenchProse('<Activite titre="Débat">\n`print("x")`\n')).toEqual([]);
    expect(lintFrenchProse('Il dit "non"...').map((i) => i.message)).toHaveLength(2);
  });
  it('keeps line numbers', () => {
    expect(proseOf('a\n<B\nc="d">\n"e"').split('\n')).toHaveLength(4);
    expect(lintFrenchProse('a\n<B\nc="d">\n"e"')[0]?.line).toBe(4);
  });
});

describe('plurals', () => {
  it('uses the French singular for 0 and 1', async () => {
    const { tn } = await import('../../src/i18n/index.ts');
    expect(tn('module.sessions', 1)).toBe('1 séance de 55 min');
    expect(tn('module.sessions', 0)).toBe('0 séance de 55 min');
    expect(tn('module.lessonCount', 4)).toBe('4 leçons');
  });
});

describe('reading time and code', () => {
  it('does not lose the words after a comparison in a code block', () => {
    expect(countWords('Avant\n```python\nif annee < 1800:\n    print(annee)\n```\nAprès <Terme id="x">mot</Terme> fin')).toBe(10);
  });
});

describe('inline code', () => {
  it('splits text and code between backticks', async () => {
    const { inlineCodeSegments } = await import('../../src/lib/inline-code.ts');
    expect(inlineCodeSegments('Que fait `print("a")` ici ?')).toEqual([
      { text: 'Que fait ', code: false },
      { text: 'print("a")', code: true },
      { text: ' ici ?', code: false },
    ]);
    expect(inlineCodeSegments('un ` seul')).toEqual([{ text: 'un ` seul', code: false }]);
  });
});

describe('EcoIndex (published formula)', () => {
  it('matches the reference values', async () => {
    const { ecoIndex, ecoIndexGrade } = await import('../../src/lib/ecoindex.ts');
    // Reference implementation (cnumr): 100 - 5 × (3 q_dom + 2 q_req + q_size) / 6.
    expect(ecoIndex(0, 0, 0)).toBe(100);
    expect(ecoIndex(47, 2, 1.37)).toBeCloseTo(95, 5);
    expect(Math.round(ecoIndex(614, 5, 30))).toBe(72);
    expect(ecoIndexGrade(86)).toBe('A');
    expect(ecoIndexGrade(72)).toBe('B');
  });
});
