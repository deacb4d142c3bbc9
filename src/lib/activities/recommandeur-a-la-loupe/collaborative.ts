/**
 * User-based collaborative filtering, small enough to check by hand.
 *
 * 1. Each rating is centred on the middle of the scale: 1 → −2, 3 → 0, 5 → +2; a work not rated
 *    counts 0. So « j’ai détesté » and « j’ai adoré » pull in opposite directions.
 * 2. Similarity of two pupils = cosine of their centred vectors, from −1 (opposite tastes) to 1.
 * 3. Predicted rating of a work = average of the ratings given to it by the K_NEIGHBOURS most similar
 *    pupils who rated it (similarity > 0), weighted by their similarity.
 * 4. Recommendation = the work not yet rated with the highest predicted rating. With no rating at all
 *    (cold start) or no similar pupil, it falls back to popularity (a damped average rating).
 * Every function takes the table as a parameter so tests can use a tiny hand-made one.
 */
import { ITEM_IDS, type RatedUser, type Ratings } from './catalogue.ts';

export const SCALE_MIDDLE = 3;
export const K_NEIGHBOURS = 3;
/** Weight, in « virtual ratings at the class average », of the damped average used by popularity. */
export const POPULARITY_DAMPING = 3;

const centred = (ratings: Ratings, ids: readonly string[]) => ids.map((id) => (ratings[id] === undefined ? 0 : (ratings[id] as number) - SCALE_MIDDLE));

/** Cosine similarity of two pupils' centred ratings; 0 when either has only neutral or no ratings. */
export function cosineSimilarity(a: Ratings, b: Ratings, ids: readonly string[] = ITEM_IDS): number {
  const va = centred(a, ids);
  const vb = centred(b, ids);
  let dot = 0;
  let na = 0;
  let nb = 0;
  va.forEach((x, i) => {
    const y = vb[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  });
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

export interface Neighbour {
  name: string;
  similarity: number;
  /** Works rated by both. */
  inCommon: number;
}

/** Every pupil of the table with their similarity to `ratings`, most similar first (ties: by name). */
export function rankNeighbours(ratings: Ratings, table: readonly RatedUser[], ids: readonly string[] = ITEM_IDS): Neighbour[] {
  return table
    .map((user) => ({
      name: user.name,
      similarity: cosineSimilarity(ratings, user.ratings, ids),
      inCommon: ids.filter((id) => ratings[id] !== undefined && user.ratings[id] !== undefined).length,
    }))
    .sort((a, b) => b.similarity - a.similarity || a.name.localeCompare(b.name, 'fr'));
}

export interface UsedNeighbour {
  name: string;
  similarity: number;
  rating: number;
}

export interface Prediction {
  itemId: string;
  /** Predicted rating from 1 to 5, or null when no similar pupil rated the work. */
  value: number | null;
  /** The neighbours used, most similar first. */
  neighbours: UsedNeighbour[];
}

/** Predicted rating of one work from the K most similar pupils (similarity > 0) who rated it. */
export function predictRating(itemId: string, neighbours: readonly Neighbour[], table: readonly RatedUser[], k = K_NEIGHBOURS): Prediction {
  const used: UsedNeighbour[] = [];
  for (const n of neighbours) {
    if (used.length === k) break;
    if (n.similarity <= 0) continue;
    const rating = table.find((u) => u.name === n.name)?.ratings[itemId];
    if (rating !== undefined) used.push({ name: n.name, similarity: n.similarity, rating });
  }
  const weight = used.reduce((sum, n) => sum + n.similarity, 0);
  const value = weight > 0 ? used.reduce((sum, n) => sum + n.similarity * n.rating, 0) / weight : null;
  return { itemId, value, neighbours: used };
}

export interface PopularityScore {
  itemId: string;
  /** Number of ratings and their plain average. */
  count: number;
  average: number;
  /** (sum + POPULARITY_DAMPING × class average) / (count + POPULARITY_DAMPING): few ratings weigh less. */
  damped: number;
}

/** Works ranked by damped average rating across the table (the cold-start fallback). */
export function popularityRanking(table: readonly RatedUser[], ids: readonly string[] = ITEM_IDS): PopularityScore[] {
  const all = table.flatMap((u) => Object.values(u.ratings));
  const classAverage = all.length > 0 ? all.reduce((a, b) => a + b, 0) / all.length : SCALE_MIDDLE;
  return ids
    .map((itemId) => {
      const values = table.map((u) => u.ratings[itemId]).filter((v): v is number => v !== undefined);
      const sum = values.reduce((a, b) => a + b, 0);
      return {
        itemId,
        count: values.length,
        average: values.length > 0 ? sum / values.length : 0,
        damped: (sum + POPULARITY_DAMPING * classAverage) / (values.length + POPULARITY_DAMPING),
      };
    })
    .sort((a, b) => b.damped - a.damped || ids.indexOf(a.itemId) - ids.indexOf(b.itemId));
}

export type Recommendation =
  | { kind: 'collaborative'; itemId: string; prediction: Prediction }
  | { kind: 'popularity'; itemId: string; reason: 'no-ratings' | 'no-neighbours'; popularity: PopularityScore }
  | { kind: 'none' };

export interface RecommenderResult {
  neighbours: Neighbour[];
  /** Predictions for every work not rated yet, in catalogue order. */
  predictions: Prediction[];
  recommendation: Recommendation;
}

/** The whole pipeline for one pupil: neighbours, predictions, recommendation (or cold-start fallback). */
export function recommend(ratings: Ratings, table: readonly RatedUser[], ids: readonly string[] = ITEM_IDS, k = K_NEIGHBOURS): RecommenderResult {
  const neighbours = rankNeighbours(ratings, table, ids);
  const unrated = ids.filter((id) => ratings[id] === undefined);
  const predictions = unrated.map((id) => predictRating(id, neighbours, table, k));
  const best = predictions
    .filter((p) => p.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || b.neighbours.length - a.neighbours.length || ids.indexOf(a.itemId) - ids.indexOf(b.itemId))[0];
  if (best) return { neighbours, predictions, recommendation: { kind: 'collaborative', itemId: best.itemId, prediction: best } };

  const popular = popularityRanking(table, ids).find((p) => unrated.includes(p.itemId));
  if (!popular) return { neighbours, predictions, recommendation: { kind: 'none' } };
  const reason = Object.keys(ratings).length === 0 ? 'no-ratings' : 'no-neighbours';
  return { neighbours, predictions, recommendation: { kind: 'popularity', itemId: popular.itemId, reason, popularity: popular } };
}
