import { describe, expect, it } from 'vitest';
import { catalogueFilterCss, durationBucket, filterDimensions } from '../../src/lib/catalogue-filters.ts';

describe('catalogue filters', () => {
  it('buckets durations', () => {
    expect([1, 2, 3, 4, 5, 9].map(durationBucket)).toEqual(['short', 'short', 'medium', 'medium', 'long', 'long']);
  });

  const modules = [
    { levels: ['5e', '4e'] as const, theme: 'esprit-critique' as const, sessions: 4 },
    { levels: ['3e'] as const, theme: 'code' as const, sessions: 1 },
  ];
  const css = catalogueFilterCss(modules.map((m) => ({ ...m, levels: [...m.levels] })), filterDimensions(['esprit-critique', 'code']));

  it('hides cards that do not match each filter value', () => {
    expect(css).toContain('.catalogue:has(#filtre-level-5e:checked) .module-card:not([data-levels~="5e"])');
    expect(css).toContain('.catalogue:has(#filtre-theme-code:checked) .module-card:not([data-theme="code"])');
  });

  it('hides the empty message exactly for combinations that have results', () => {
    const emptyRule = css.split('\n').filter((line) => line.includes('.catalogue-empty'));
    const combo = (l: string, th: string, d: string) => `.catalogue:has(#filtre-level-${l}:checked):has(#filtre-theme-${th}:checked):has(#filtre-duration-${d}:checked) .catalogue-empty`;
    const text = emptyRule.join('\n');
    expect(text).toContain(combo('all', 'all', 'all'));
    expect(text).toContain(combo('3e', 'code', 'short'));
    expect(text).toContain(combo('5e', 'all', 'medium'));
    expect(text).not.toContain(combo('3e', 'esprit-critique', 'all'));
    expect(text).not.toContain(combo('5e', 'code', 'all'));
  });
});
