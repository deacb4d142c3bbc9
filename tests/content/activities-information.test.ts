/** The pupil instructions of the activity pages: French typography everywhere, and a readable length for the anchoring experiment. */
import { describe, expect, it } from 'vitest';
import { lintFrenchProse } from '../../src/lib/content-lint.ts';
import { countWords } from '../../src/lib/reading-time.ts';
import { contentReport } from '../helpers/content.ts';

const { raw, inventory } = contentReport().content;

describe('activity instructions', () => {
  it.each(raw.activities.map((f) => [f.file, f] as const))('%s follows French typography and link rules', (file, f) => {
    expect(lintFrenchProse(f.body).map((i) => `${file}:${i.line} ${i.message}`)).toEqual([]);
  });

  it('the anchoring experiment has its page, linked to its lesson, with 100–250 words of instructions', () => {
    const activity = inventory.activities.find((a) => a.module === 'biais-cognitifs' && a.slug === 'experience-ancrage');
    expect(activity?.data).toMatchObject({ island: 'experience-ancrage', lessons: ['ancrage-et-conformisme'] });
    const file = raw.activities.find((f) => f.file.endsWith('biais-cognitifs/activites/experience-ancrage.mdx'));
    const words = countWords(file?.body ?? '');
    expect(words).toBeGreaterThanOrEqual(100);
    expect(words).toBeLessThanOrEqual(250);
  });
});
