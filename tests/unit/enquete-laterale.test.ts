import { describe, expect, it } from 'vitest';
import { MAX_POINTS, parseProgress, scoreInvestigation, uniqueKnown } from '../../src/lib/activities/enquete-laterale.ts';
import INVESTIGATION_CASES from 'virtual:declic/enquete-laterale';
import { investigationCaseSchema } from '../../src/schemas/enquete-laterale.ts';

const byId = (id: string) => {
  const found = INVESTIGATION_CASES.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('investigation cases', () => {
  it('are at least three, of three difficulties: a satire, a misread study, an old photo', () => {
    expect(INVESTIGATION_CASES.length).toBeGreaterThanOrEqual(3);
    expect(new Set(INVESTIGATION_CASES.map((c) => c.difficulty))).toEqual(new Set([1, 2, 3]));
    expect(byId('sieste-obligatoire').verdict).toBe('satire');
    expect(byId('chocolat-memoire').checks.some((k) => k.kind === 'original' && /étude/i.test(k.label))).toBe(true);
    expect(byId('photo-inondation').checks.some((k) => /recherche par image/i.test(k.label))).toBe(true);
  });

  it('are listed from the easiest to the hardest', () => {
    const levels = INVESTIGATION_CASES.map((c) => c.difficulty);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });

  it('include a true story, so that doubting everything is not rewarded', () => {
    const genuine = INVESTIGATION_CASES.filter((c) => c.verdict === 'vrai');
    expect(genuine.map((c) => c.id)).toEqual(['pierre-tombee-du-ciel']);
    const c = byId('pierre-tombee-du-ciel');
    // Praise for accepting a well-sourced claim; rejecting it is called an error, not prudence.
    expect(c.verdictFeedback.vrai).toMatch(/L’accepter était le bon choix/);
    expect(c.verdictFeedback.vrai).toMatch(/bien sourcée/);
    expect(c.verdictFeedback.faux).toMatch(/Rejeter une information vérifiée est une erreur/);
    expect(c.verdictFeedback.trompeur).toMatch(/piège partout/);
    // The fact-checker checks the source and the original, and the search shows an empty « intox » cry.
    expect(c.expertPath.map((id) => c.checks.find((k) => k.id === id)?.kind)).toEqual(['source', 'original']);
    expect(c.checks.find((k) => k.kind === 'others')?.results.some((r) => /INTOX/.test(r.title))).toBe(true);
    expect(scoreInvestigation(c, ['qui-est-le-quotidien', 'communique-museum'], 'vrai').points).toBe(MAX_POINTS);
    expect(scoreInvestigation(c, ['commentaires'], 'faux')).toMatchObject({ verdictCorrect: false, firstKind: 'vertical', points: 0 });
    // Every other case has a misleading verdict: the true story is what keeps the set balanced.
    expect(INVESTIGATION_CASES.filter((k) => k.verdict !== 'vrai').length).toBeGreaterThanOrEqual(3);
  });

  it.each(INVESTIGATION_CASES.map((c) => [c.id, c] as const))('%s matches the case schema', (_id, c) => {
    const result = investigationCaseSchema.safeParse(c);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('the schema catches an expert path that stays on the page or names an unknown check', () => {
    const c = byId('sieste-obligatoire');
    expect(investigationCaseSchema.safeParse({ ...c, expertPath: ['relire'] }).success).toBe(false);
    expect(investigationCaseSchema.safeParse({ ...c, expertPath: ['nulle-part'] }).success).toBe(false);
  });

  it('French prose uses French quotes and apostrophes', () => {
    const text = JSON.stringify(INVESTIGATION_CASES);
    expect(text).not.toMatch(/\\"|'|\.\.\./);
  });
});

describe('scoring an investigation', () => {
  const c = byId('photo-inondation');
  it('gives full marks to a fact-checker’s path and the right verdict', () => {
    const s = scoreInvestigation(c, ['recherche-image', 'actu-locale'], 'trompeur');
    expect(s).toMatchObject({ verdictCorrect: true, firstKind: 'original', firstIsExpertFirst: true, expertMissed: [], verticalCount: 0, points: MAX_POINTS });
  });
  it('rewards leaving the page even when the first step is not the expert’s first', () => {
    const s = scoreInvestigation(c, ['qui-est-lorvane-alertes', 'regarder-photo'], 'trompeur');
    expect(s).toMatchObject({ firstKind: 'source', firstIsExpertFirst: false, expertMissed: ['recherche-image', 'actu-locale'], verticalCount: 1, points: 3 });
  });
  it('gives nothing for a wrong verdict after staying on the page', () => {
    expect(scoreInvestigation(c, ['regarder-photo'], 'vrai')).toMatchObject({ verdictCorrect: false, firstKind: 'vertical', points: 0 });
  });
  it('handles judging without checking, repeats and unknown ids', () => {
    expect(scoreInvestigation(c, [], 'trompeur')).toMatchObject({ firstKind: null, firstIsExpertFirst: false, points: 2 });
    expect(scoreInvestigation(c, [], null).points).toBe(0);
    expect(uniqueKnown(c, ['x', 'actu-locale', 'actu-locale', 'recherche-image'])).toEqual(['actu-locale', 'recherche-image']);
  });
});

describe('stored progress', () => {
  it('accepts good progress and refuses anything else', () => {
    const good = { 'photo-inondation': { opened: ['actu-locale'], verdict: 'vrai', done: true } };
    expect(parseProgress(good)).toEqual(good);
    expect(parseProgress({ a: { opened: 'x', verdict: null, done: false } })).toBeNull();
    expect(parseProgress({ a: { opened: [], verdict: 'peut-être', done: false } })).toBeNull();
    expect(parseProgress([])).toBeNull();
    expect(parseProgress(null)).toBeNull();
  });
});
