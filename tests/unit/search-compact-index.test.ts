import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { packIndex, unpackIndex, type LunrIndexJson } from '../../src/lib/search/compact-index.ts';

// A deterministic corpus with a skewed vocabulary, like real text: a few frequent words, many rare ones.
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const vocabulary = Array.from({ length: 400 }, (_, i) => `mot${i.toString(36)}`);
const word = () => vocabulary[Math.floor(random() ** 3 * vocabulary.length)] as string;
const text = (n: number) => Array.from({ length: n }, word).join(' ');
const docs = Array.from({ length: 80 }, (_, i) => ({ ref: i.toString(36), title: text(4), body: text(120) }));

function build(metadataWhitelist: string[] = []) {
  return lunr(function () {
    this.ref('ref');
    this.field('title', { boost: 10 });
    this.field('body');
    this.metadataWhitelist = metadataWhitelist;
    docs.forEach((doc, i) => this.add(doc, { boost: 1 + (i % 3) }));
  });
}

const original = build();
const json = JSON.parse(JSON.stringify(original.toJSON())) as LunrIndexJson;
const packed = JSON.parse(JSON.stringify(packIndex(json))) as ReturnType<typeof packIndex>;
const restored = lunr.Index.load(unpackIndex(packed));

describe('compact search index', () => {
  it('finds the same documents, in the same order wherever their scores differ by more than 1 %', () => {
    const queries = [...vocabulary.slice(0, 60), 'mot1 mot2', 'mot3 mot1z', 'mot5*', 'motx mot0 mot2'];
    for (const query of queries) {
      const before = new Map(original.search(query).map((r) => [r.ref, r.score]));
      const after = restored.search(query).map((r) => r.ref);
      expect([...after].sort(), query).toEqual([...before.keys()].sort());
      after.forEach((ref, i) => {
        for (const later of after.slice(i + 1)) {
          const [a, b] = [before.get(ref) ?? 0, before.get(later) ?? 0];
          expect(b <= a * 1.01, `${query}: ${later} (${b}) ranked after ${ref} (${a})`).toBe(true);
        }
      });
    }
  });

  it('keeps scores within a fraction of a percent', () => {
    const before = original.search('mot1 mot7');
    const after = new Map(restored.search('mot1 mot7').map((r) => [r.ref, r.score]));
    expect(before.length).toBeGreaterThan(5);
    for (const r of before) expect(Math.abs((after.get(r.ref) ?? 0) - r.score) / r.score).toBeLessThan(0.005);
  });

  it('is smaller once gzipped (about 20 % here, 30 % on the real site whose vectors are longer)', () => {
    const size = (value: unknown) => gzipSync(JSON.stringify(value)).length;
    expect(size(packed)).toBeLessThan(size(json) * 0.9);
  });

  it('refuses an index whose term metadata it would lose', () => {
    const withPositions = JSON.parse(JSON.stringify(build(['position']).toJSON())) as LunrIndexJson;
    expect(() => packIndex(withPositions)).toThrow(/métadonnées/);
  });
});
