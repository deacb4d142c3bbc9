import { describe, expect, it } from 'vitest';
import { activityFactProblems, statedCounts } from '../../src/lib/content/activity-facts.ts';
import type { ContentSet } from '../../src/lib/content/read.ts';

const raw = (file: string, body: string, data: unknown = {}) => ({ file, body, data, bodyLine: 1 });
const contentWith = (files: ReturnType<typeof raw>[], cases: number) =>
  ({
    raw: { lessons: files, notes: [], activities: [], modules: [], glossary: [], quizzes: [], exercises: [], pages: [] },
    activityData: { 'enquete-laterale': Array.from({ length: cases }, (_, i) => ({ id: `cas-${i}` })) },
  }) as unknown as ContentSet;

describe('counts stated about an activity agree with its data', () => {
  it('reads counts in words and digits, and leaves minimums alone', () => {
    expect(statedCounts('Les quatre cas, puis 12 cas, et au moins trois cas.', /cas\b/)).toEqual([4, 12]);
  });

  it('names the file when a text counts the cases of the Enquête latérale wrongly', () => {
    const lesson = raw('content/modules/x/lecons/01-a.mdx', 'Intro.\n\nL’Enquête latérale propose trois cas à examiner.\n\nDans les deux cas, rien.');
    expect(activityFactProblems(contentWith([lesson], 3))).toEqual([]);
    const [problem] = activityFactProblems(contentWith([lesson], 4));
    expect(problem).toMatchObject({ file: 'content/modules/x/lecons/01-a.mdx', level: 'warning' });
    expect(problem?.message).toMatch(/annonce 3 cas pour l’activité enquete-laterale, qui en a 4/);
  });

  it('checks the teacher notes’ frontmatter too, paragraph by paragraph', () => {
    const notes = raw('content/modules/x/fiche-enseignant.mdx', '', { sessions: [{ activity: 'Enquête latérale : six cas à trier' }] });
    expect(activityFactProblems(contentWith([notes], 4))).toHaveLength(1);
  });
});

import { svgFigureProblems } from '../../src/lib/content/figure-rules.ts';

describe('SVG figures are legible on a phone, light and self-contained', () => {
  const svg = (width: number, fontSize: number, extra = '') => `<svg viewBox="0 0 ${width} 200" width="${width}"><title>T</title><text font-size="${fontSize}">x</text>${extra}</svg>`;
  it('accepts 16 px text in a 400 px figure', () => {
    expect(svgFigureProblems(svg(400, 16), 500)).toEqual([]);
  });
  it('refuses text that a phone would shrink below 12 px, saying what size to use', () => {
    expect(svgFigureProblems(svg(640, 16), 500)).toEqual([expect.stringMatching(/sur téléphone il ferait 8,3 px ; grossissez-le \(24 px au moins\) ou redessinez/)]);
  });
  it('refuses scripts, external resources, heavy files and a missing title', () => {
    const problems = svgFigureProblems(svg(400, 16, '<script>x</script><image href="https://a.b/c.png"/>').replace('<title>T</title>', ''), 9000);
    expect(problems).toHaveLength(4);
  });
});
