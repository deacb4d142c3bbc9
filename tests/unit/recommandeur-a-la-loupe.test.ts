/** « Le recommandeur à la loupe »: collaborative filtering checked by hand, and the popularity loop. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, CLASS_RATINGS, ITEM_IDS, ITEM_KINDS, type RatedUser } from '../../src/lib/activities/recommandeur-a-la-loupe/catalogue.ts';
import { POPULARITY_DAMPING, cosineSimilarity, popularityRanking, predictRating, rankNeighbours, recommend } from '../../src/lib/activities/recommandeur-a-la-loupe/collaborative.ts';
import { appealFromAverage, gini, simulatePopularityLoop, topShare } from '../../src/lib/activities/recommandeur-a-la-loupe/popularity-loop.ts';

/** A table small enough to compute on paper: three works a, b, c and three pupils. */
const IDS = ['a', 'b', 'c'];
const TINY: RatedUser[] = [
  { name: 'Ana', ratings: { a: 5, b: 4, c: 5 } },
  { name: 'Ben', ratings: { a: 1, b: 2, c: 1 } },
  { name: 'Cid', ratings: { a: 4, c: 2 } },
];
const ME = { a: 5, b: 5 };

describe('catalogue and class ratings', () => {
  it('has books, films and music, and a dozen pupils with whole ratings from 1 to 5', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(12);
    for (const kind of ITEM_KINDS) expect(CATALOGUE.filter((i) => i.kind === kind).length).toBeGreaterThanOrEqual(4);
    expect(new Set(ITEM_IDS).size).toBe(ITEM_IDS.length);
    expect(CLASS_RATINGS.length).toBe(12);
    expect(new Set(CLASS_RATINGS.map((u) => u.name)).size).toBe(12);
    for (const user of CLASS_RATINGS) {
      const values = Object.values(user.ratings);
      expect(values.length, user.name).toBeGreaterThanOrEqual(6);
      for (const v of values) expect(Number.isInteger(v) && v >= 1 && v <= 5, user.name).toBe(true);
      for (const id of Object.keys(user.ratings)) expect(ITEM_IDS).toContain(id);
    }
  });
});

describe('cosine similarity of centred ratings', () => {
  it('matches the hand computation on the tiny table', () => {
    // Me (+2, +2, 0) · Ana (+2, +1, +2) = 6 ; |me| = √8 ; |Ana| = 3
    expect(cosineSimilarity(ME, TINY[0]?.ratings ?? {}, IDS)).toBeCloseTo(6 / (Math.sqrt(8) * 3), 12);
    expect(cosineSimilarity(ME, TINY[1]?.ratings ?? {}, IDS)).toBeCloseTo(-6 / (Math.sqrt(8) * 3), 12);
    // Me · Cid (+1, 0, −1) = 2 ; |Cid| = √2
    expect(cosineSimilarity(ME, TINY[2]?.ratings ?? {}, IDS)).toBeCloseTo(2 / (Math.sqrt(8) * Math.sqrt(2)), 12);
  });

  it('matches the hand computation on the class table', () => {
    // Me: brumes 5, Orbite 5, Coloc 1 → (+2, +2, −2). Hugo centred: 2,1,0,−1,0,2,1,−1,0,0,1,0,−2,0,0.
    // Dot = 4 + 4 + 2 = 10 ; |me|² = 12 ; |Hugo|² = 17.
    const hugo = CLASS_RATINGS.find((u) => u.name === 'Hugo')?.ratings ?? {};
    expect(cosineSimilarity({ 'cite-des-brumes': 5, 'orbite-9': 5, 'coloc-pagaille': 1 }, hugo)).toBeCloseTo(10 / Math.sqrt(12 * 17), 12);
  });

  it('is symmetric, 1 with oneself, 0 without any opinion', () => {
    const [a, b] = CLASS_RATINGS;
    expect(cosineSimilarity(a?.ratings ?? {}, b?.ratings ?? {})).toBeCloseTo(cosineSimilarity(b?.ratings ?? {}, a?.ratings ?? {}), 12);
    expect(cosineSimilarity(a?.ratings ?? {}, a?.ratings ?? {})).toBeCloseTo(1, 12);
    expect(cosineSimilarity({}, a?.ratings ?? {})).toBe(0);
    expect(cosineSimilarity({ 'orbite-9': 3 }, a?.ratings ?? {})).toBe(0);
  });

  it('ranks neighbours from most to least similar, with the works in common', () => {
    const ranked = rankNeighbours(ME, TINY, IDS);
    expect(ranked.map((n) => n.name)).toEqual(['Ana', 'Cid', 'Ben']);
    expect(ranked.map((n) => n.inCommon)).toEqual([2, 1, 2]);
  });
});

describe('predicted ratings and recommendation', () => {
  it('predicts the similarity-weighted average of the positive neighbours who rated the work', () => {
    const neighbours = rankNeighbours(ME, TINY, IDS);
    const prediction = predictRating('c', neighbours, TINY);
    // Ana (1/√2, rated 5) and Cid (1/2, rated 2); Ben is opposite (negative similarity), left out.
    const sa = 1 / Math.SQRT2;
    const sc = 0.5;
    expect(prediction.value).toBeCloseTo((sa * 5 + sc * 2) / (sa + sc), 12);
    expect(prediction.neighbours.map((n) => n.name)).toEqual(['Ana', 'Cid']);
    expect(predictRating('c', neighbours, TINY, 1).value).toBe(5);
  });

  it('recommends the best predicted work and names the neighbours used', () => {
    const result = recommend(ME, TINY, IDS);
    expect(result.predictions.map((p) => p.itemId)).toEqual(['c']);
    expect(result.recommendation.kind).toBe('collaborative');
    if (result.recommendation.kind !== 'collaborative') return;
    expect(result.recommendation.itemId).toBe('c');
    expect(result.recommendation.prediction.neighbours.map((n) => n.name)).toEqual(['Ana', 'Cid']);
  });

  it('recommends adventure to a fan of adventure in the class table', () => {
    const result = recommend({ 'cite-des-brumes': 5, 'orbite-9': 5, 'coloc-pagaille': 1 }, CLASS_RATINGS);
    expect(result.neighbours[0]?.name).toBe('Hugo');
    expect(result.recommendation.kind).toBe('collaborative');
    if (result.recommendation.kind === 'collaborative') {
      expect(['labyrinthe-verre', 'racines', 'dernier-dragon', 'lunes-electriques']).toContain(result.recommendation.itemId);
      expect(result.recommendation.prediction.neighbours).toHaveLength(3);
    }
  });

  it('falls back to popularity for a new user with no ratings (cold start)', () => {
    const result = recommend({}, TINY, IDS);
    // Class average = (5+4+5+1+2+1+4+2)/8 = 3. Damped: a (10+9)/6, b (6+9)/5, c (8+9)/6 → a wins.
    const ranking = popularityRanking(TINY, IDS);
    expect(ranking.map((p) => p.itemId)).toEqual(['a', 'b', 'c']);
    expect(ranking[0]?.damped).toBeCloseTo((10 + POPULARITY_DAMPING * 3) / (3 + POPULARITY_DAMPING), 12);
    expect(result.recommendation).toMatchObject({ kind: 'popularity', itemId: 'a', reason: 'no-ratings' });
    expect(recommend({}, CLASS_RATINGS).recommendation.kind).toBe('popularity');
  });

  it('falls back to popularity when no pupil is similar (only neutral ratings)', () => {
    expect(recommend({ a: 3 }, TINY, IDS).recommendation).toMatchObject({ kind: 'popularity', itemId: 'b', reason: 'no-neighbours' });
  });

  it('has nothing left to recommend once everything is rated', () => {
    expect(recommend({ a: 5, b: 1, c: 2 }, TINY, IDS).recommendation.kind).toBe('none');
  });
});

describe('popularity loop', () => {
  const appeal = ITEM_IDS.map(() => 0.5);

  it('measures concentration with Gini and top-3 share', () => {
    expect(gini([4, 4, 4, 4])).toBeCloseTo(0, 12);
    expect(gini([0, 0, 0, 10])).toBeCloseTo(0.75, 12);
    expect(gini([])).toBe(0);
    expect(topShare([5, 1, 1, 1, 2], 3)).toBeCloseTo(0.8, 12);
    expect(appealFromAverage(1)).toBeCloseTo(0.1);
    expect(appealFromAverage(5)).toBeCloseTo(0.8);
  });

  it('is deterministic and counts every showing', () => {
    const a = simulatePopularityLoop({ appeal, mode: 'popularite', seed: 4, rounds: 10, pupils: 20, slots: 3 });
    expect(a).toEqual(simulatePopularityLoop({ appeal, mode: 'popularite', seed: 4, rounds: 10, pupils: 20, slots: 3 }));
    expect(a).toHaveLength(10);
    expect(a.at(-1)?.exposure.reduce((x, y) => x + y, 0)).toBe(10 * 20 * 3);
  });

  it('concentrates exposure on a few works over the rounds, unlike random exposure', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const loop = simulatePopularityLoop({ appeal, mode: 'popularite', seed });
      const random = simulatePopularityLoop({ appeal, mode: 'hasard', seed });
      expect(loop.at(-1)?.topShare ?? 0, `seed ${seed}`).toBeGreaterThan((loop[0]?.topShare ?? 0) + 0.15);
      expect(loop.at(-1)?.topShare ?? 0, `seed ${seed}`).toBeGreaterThan((random.at(-1)?.topShare ?? 1) + 0.2);
      expect(random.at(-1)?.topShare ?? 1, `seed ${seed}`).toBeLessThan(0.3);
      expect(loop.at(-1)?.gini ?? 0).toBeGreaterThan((random.at(-1)?.gini ?? 0) + 0.3);
    }
  });

  it('lets luck pick the winners: with equal appeal, another draw crowns other works', () => {
    const winners = (seed: number) => {
      const exposure = simulatePopularityLoop({ appeal, mode: 'popularite', seed }).at(-1)?.exposure ?? [];
      return exposure.indexOf(Math.max(...exposure));
    };
    expect(new Set([1, 2, 3, 4, 5, 6].map(winners)).size).toBeGreaterThan(2);
  });
});
