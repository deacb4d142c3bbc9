/**
 * The dictionary against the code: every key the code names exists (a missing key would show as
 * itself on the page), and every key of the dictionary is used somewhere (an unused key is a string
 * nobody sees, and a translator's wasted time). Keys are read from the sources the way
 * tests/unit/island-strings.test.ts reads an island's: literals, tn() bases, and the literal head of
 * a template-literal key (`teacher.group.${group}` uses every `teacher.group.…` key).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';
import { ROOT, keysUsed } from '../helpers/island-strings.ts';

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(svelte|ts|astro|mjs)$/.test(name) ? [relative(ROOT, join(ROOT, path))] : [];
  });
}

/** Every source that may name a key: the code, not the dictionary itself. */
const CODE = sources('src').filter((file) => !file.startsWith('src/i18n/fr/') && file !== 'src/i18n/fr.ts');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');


/** The keys `uses` covers: whole keys, and every key under a prefix. */
function covered(uses: ReturnType<typeof keysUsed>): Set<string> {
  const keys = Object.keys(fr);
  const out = new Set<string>();
  for (const use of uses) {
    if (!use.prefix) out.add(use.key);
    else for (const key of keys) if (key.startsWith(use.key)) out.add(key);
  }
  return out;
}

describe('dictionary keys against the code', () => {
  const perFile = CODE.map((file) => ({ file, uses: keysUsed(read(file), fr) }));

  it('every key the code names is in the dictionary', () => {
    const missing = perFile.flatMap(({ file, uses }) => uses.filter((use) => !use.prefix && !(use.key in fr)).map((use) => `${file}: ${use.key}`));
    expect(missing).toEqual([]);
  });

  it('every key of the dictionary is used', () => {
    const used = covered(perFile.flatMap(({ uses }) => uses));
    const unused = Object.keys(fr).filter((key) => !used.has(key));
    expect(unused, 'keys no source names: remove them from src/i18n/fr/, or use them').toEqual([]);
  });

  it('the check can fail: a typo is missing, a removed use leaves its key unused', () => {
    const uses = keysUsed(`t('quiz.nope'); t('revision.title');`, fr);
    expect(uses.filter((u) => !(u.key in fr)).map((u) => u.key)).toEqual(['quiz.nope']);
    expect(covered(uses).has('revision.title')).toBe(true);
  });
});
