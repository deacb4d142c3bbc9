/**
 * The dictionary, split by feature (src/i18n/fr/<feature>.ts): no key defined twice, every plural
 * has its « other » form, plural forms follow the locale's rules (Intl.PluralRules), and no
 * component writes a locale by hand (src/i18n/locale.ts is the one place).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';
import { tn } from '../../src/i18n/index.ts';
import { pluralKey } from '../../src/i18n/island.ts';
import { formatList, formatNumber, pluralCategory } from '../../src/i18n/locale.ts';
import { pseudoDictionary, pseudoLocalize } from '../../src/i18n/pseudo.ts';
import { ROOT } from '../helpers/content.ts';

const featureFiles = readdirSync(join(ROOT, 'src/i18n/fr')).filter((name) => name.endsWith('.ts'));

describe('the dictionary', () => {
  it('defines each key in one feature file only, and fr.ts assembles them all', async () => {
    const owners = new Map<string, string[]>();
    let total = 0;
    for (const name of featureFiles) {
      const mod = (await import(`../../src/i18n/fr/${name}`)) as Record<string, Record<string, string>>;
      for (const part of Object.values(mod)) {
        for (const key of Object.keys(part)) {
          owners.set(key, [...(owners.get(key) ?? []), name]);
          total++;
        }
      }
    }
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
    expect(Object.keys(fr).length).toBe(total);
  });

  it('every « .one » form has its « .other »', () => {
    const keys = new Set(Object.keys(fr));
    expect([...keys].filter((k) => k.endsWith('.one') && !keys.has(`${k.slice(0, -4)}.other`))).toEqual([]);
  });
});

describe('plural forms by Intl.PluralRules', () => {
  it('French: 0 and 1 singular, 2 plural, a million « many » (falls back to « other »)', () => {
    expect([0, 1, 1.5, 2, 1_000_000].map(pluralCategory)).toEqual(['one', 'one', 'one', 'other', 'many']);
    const strings = { 'x.one': '{count} point', 'x.other': '{count} points' };
    expect(pluralKey('x', 1, strings)).toBe('x.one');
    expect(pluralKey('x', 1_000_000, strings)).toBe('x.other');
    expect(pluralKey('x', 1_000_000, { ...strings, 'x.many': 'm' })).toBe('x.many');
  });
  it('the dictionary’s plurals read right', () => {
    const base = Object.keys(fr).find((k) => k.endsWith('.one'))!.slice(0, -4) as Parameters<typeof tn>[0];
    expect(tn(base, 2)).not.toBe(tn(base, 1));
  });
  it('numbers and lists the local way', () => {
    expect(formatNumber(40320)).toBe('40\u202f320');
    expect(formatNumber(2.5, { maximumFractionDigits: 1 })).toBe('2,5');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b et c');
  });
});

describe('no locale written by hand', () => {
  function sources(dir: string): string[] {
    return readdirSync(join(ROOT, dir)).flatMap((name) => {
      const path = join(dir, name);
      return statSync(join(ROOT, path)).isDirectory() ? sources(path) : /\.(ts|svelte|astro)$/.test(name) ? [relative(ROOT, join(ROOT, path))] : [];
    });
  }
  it('only src/i18n/locale.ts names the locale', () => {
    const offenders = sources('src')
      .filter((file) => file !== 'src/i18n/locale.ts' && !file.startsWith('src/i18n/fr/'))
      .filter((file) => /['"]fr(-FR)?['"]\s*[,)]|lang: ['"]fr/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('the pseudo-locale (src/i18n/pseudo.ts)', () => {
  it('replaces every Latin letter, keeps placeholders and brackets the string', () => {
    expect(pseudoLocalize('Valider')).toBe('[Ṽáłîďéŕ]');
    expect(pseudoLocalize('Question {position} sur {total} : à toi !')).toBe('[Ǫüéšţîöñ {position} šüŕ {total} : à ţöî !]');
    expect(pseudoLocalize('')).toBe('');
  });
  it('transforms the whole dictionary, key for key, leaving no word of French letters', () => {
    const pseudo = pseudoDictionary(fr);
    expect(Object.keys(pseudo)).toEqual(Object.keys(fr));
    const withFrench = Object.entries(pseudo).filter(([, value]) => /[A-Za-z]{2,}/.test(value.replace(/\{\w+\}/g, '')));
    expect(withFrench).toEqual([]);
  });
});
