import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setQuizStrings, t as quizT, tn as quizTn } from '../../src/components/quiz/strings.ts';
import { fr } from '../../src/i18n/fr.ts';
import { islandStrings, pickStrings, t, tn } from '../../src/i18n/index.ts';
import { provideStrings, useStrings, type IslandName } from '../../src/i18n/island.ts';
import { ISLAND_STRINGS } from '../../src/i18n/island-strings.ts';
import { NARROW_NBSP } from '../../src/lib/french-typography.ts';
import { ACTIVITY_NAMES, islandFile } from '../../src/lib/activities/registry.ts';
import { ROOT, importsOf, keysUsed, reachable, uncovered } from '../helpers/island-strings.ts';

/** The root component(s) of each island: the files its page hydrates with `strings={islandStrings(…)}`. */
const ROOTS: Record<IslandName, string[]> = {
  quiz: ['src/components/quiz/Quiz.svelte', 'src/components/quiz/Revision.svelte'],
  ...(Object.fromEntries(ACTIVITY_NAMES.map((name) => [name, [islandFile(name)]])) as Record<(typeof ACTIVITY_NAMES)[number], string[]>),
  exercise: ['src/components/exercise/Exercise.svelte'],
  notebook: ['src/components/notebook/Notebook.svelte'],
  assignmentBuilder: ['src/components/teacher/AssignmentBuilder.svelte'],
  assignmentView: ['src/components/teacher/AssignmentView.svelte'],
  classDashboard: ['src/components/teacher/ClassDashboard.svelte'],
};
const ISLANDS = Object.keys(ISLAND_STRINGS) as IslandName[];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const pickedKeys = (island: IslandName) => new Set(Object.keys(islandStrings(island)));

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(svelte|ts)$/.test(name) ? [relative(ROOT, join(ROOT, path))] : [];
  });
}

describe('strings picked for each island', () => {
  it.each(ISLANDS)('every key the %s island uses is in the strings its page picks', (island) => {
    const picked = pickedKeys(island);
    const missing = reachable(ROOTS[island]).flatMap((file) => uncovered(keysUsed(read(file), fr), picked, fr).map((key) => `${file}: ${key}`));
    expect(missing).toEqual([]);
  });

  it.each(ISLANDS)('the %s island and its imports never import the dictionary', (island) => {
    const offenders = reachable(ROOTS[island]).filter((file) => importsOf(read(file)).some((spec) => /i18n\/(index|fr)(\.ts)?$/.test(spec)));
    expect(offenders).toEqual([]);
  });

  it('knows every island root, and each sub-component names its own island', () => {
    const files = sources('src/components');
    const roots = files.filter((file) => file.endsWith('.svelte') && /\b(provideStrings|setQuizStrings)\(/.test(read(file)));
    expect(roots.sort()).toEqual(Object.values(ROOTS).flat().sort());
    for (const file of files) {
      for (const m of read(file).matchAll(/useStrings<'([\w-]+)'>/g)) {
        const island = m[1] as IslandName;
        expect(ISLANDS, file).toContain(island);
        expect(reachable(ROOTS[island]), `${file} uses the strings of « ${island} » but that island does not import it`).toContain(file);
      }
    }
  });

  it('reports a key outside the picked set, a typo and a built key (the check can fail)', () => {
    const source = `const a = t('mon-fil-d-actualite.title'); const b = t('experience-ancrage.title'); const c = t('mon-fil-d-actualite.titel'); const d = t(\`enquete-laterale.kind.\${k}\`); const e = tn('mon-fil-d-actualite.reactionCount', 2);`;
    const picked = pickedKeys('mon-fil-d-actualite');
    expect(uncovered(keysUsed(source, fr), picked, fr).sort()).toEqual(['enquete-laterale.kind.…', 'experience-ancrage.title', 'mon-fil-d-actualite.titel']);
  });

  it('follows value imports only', () => {
    const source = `import A from './A.svelte';\nimport type { B } from './b.ts';\nimport { c, type D } from '../c.ts';\nexport { f } from './f.ts';\nexport type { G } from './g.ts';\nconst e = import('./e.ts');`;
    expect(importsOf(source)).toEqual(['./A.svelte', '../c.ts', './f.ts', './e.ts']);
  });

  it('picks exactly the keys under the prefixes, and refuses a prefix that matches nothing', () => {
    const feed = islandStrings('mon-fil-d-actualite');
    const expected = Object.keys(fr).filter((k) => k.startsWith('mon-fil-d-actualite.') || k.startsWith('chart.'));
    expect(Object.keys(feed).sort()).toEqual(expected.sort());
    expect(feed['mon-fil-d-actualite.title']).toBe(fr['mon-fil-d-actualite.title']);
    expect(() => pickStrings(['nope.' as 'chart.'])).toThrow(/nope\./);
  });
});

describe('t() and tn() in islands', () => {
  const params = { count: 3, n: 2, total: 5, title: 'Un titre : test ?', name: 'Lou', size: '2 Mo' };

  it('behave exactly like the site-wide t() and tn() (same placeholders, typography, plurals)', () => {
    for (const island of ISLANDS) {
      const translate = provideStrings(islandStrings(island));
      for (const key of Object.keys(islandStrings(island)) as (keyof typeof fr)[]) {
        expect((translate.t as (k: string, p: object) => string)(key, params)).toBe(t(key, params));
      }
    }
    const { tn: feedTn } = useStrings<'mon-fil-d-actualite'>();
    for (const count of [0, 1, 2, 17]) expect(feedTn('mon-fil-d-actualite.reactionCount', count)).toBe(tn('mon-fil-d-actualite.reactionCount', count));
  });

  it('uses the French plural: 0 and 1 take the singular', () => {
    const { tn: quizPlural } = provideStrings(islandStrings('quiz'));
    expect(quizPlural('revision.count', 0)).toBe(t('revision.count.one', { count: 0 }));
    expect(quizPlural('revision.count', 1)).toBe(t('revision.count.one', { count: 1 }));
    expect(quizPlural('revision.count', 2)).toBe(t('revision.count.other', { count: 2 }));
  });

  it('the quiz’s own copy (src/components/quiz/strings.ts) gives the same results', () => {
    setQuizStrings(() => islandStrings('quiz'));
    for (const key of Object.keys(islandStrings('quiz')) as (keyof typeof fr & `quiz.${string}`)[]) expect(quizT(key, params)).toBe(t(key, params));
    for (const count of [0, 1, 2]) expect(quizTn('revision.count', count)).toBe(tn('revision.count', count));
  });

  it('applies French typography after filling the placeholders', () => {
    const { t: feedT } = provideStrings({ 'x.y': 'Titre : {title}' } as never) as unknown as { t: (k: string, p: object) => string };
    expect(feedT('x.y', { title: 'vrai ?' })).toBe(`Titre\u00a0: vrai${NARROW_NBSP}?`);
  });
});
