/**
 * The popularity loop, over rounds. A crowd of simulated pupils sees, each round, a few works chosen
 * by the platform and clicks on those they like. In « popularité » mode the platform shows the works
 * that were clicked most so far (with a little exploration); in « hasard » mode it shows works at
 * random. Every work starts at zero: whatever gets ahead early is shown more, so it gets more clicks,
 * so it is shown more… Exposure concentrates on a few works, which are not necessarily the best
 * liked. Deterministic for a given seed.
 */
import { seededRandom, type Random } from '../../seeded-random.ts';

export const LOOP_MODES = ['popularite', 'hasard'] as const;
export type LoopMode = (typeof LOOP_MODES)[number];

export interface LoopOptions {
  /** Each work's chance (0–1) that an average pupil clicks it when shown. */
  appeal: readonly number[];
  mode: LoopMode;
  seed: number;
  rounds?: number;
  pupils?: number;
  /** Works shown to each pupil each round. */
  slots?: number;
  /** Chance that a slot shows a random work instead of the most popular one. */
  exploration?: number;
  /** Spread of tastes around each work's appeal (each pupil is different). */
  tasteSpread?: number;
}

export interface LoopRound {
  round: number;
  /** Times each work has been shown, cumulated since the start. */
  exposure: number[];
  clicks: number[];
  /** Share (0–1) of all showings that went to the TOP_K most shown works. */
  topShare: number;
  /** Gini coefficient of exposure: 0 = equal, close to 1 = everything on one work. */
  gini: number;
}

export const TOP_K = 3;
/**
 * In « popularité » mode a work is drawn with a chance proportional to (1 + its clicks)^POPULARITY_EXPONENT:
 * above 1, being ahead counts more than in proportion (the platform favours what is already popular).
 */
export const POPULARITY_EXPONENT = 2;

/** One index drawn among `candidates` with a chance proportional to its weight. */
function drawWeighted(candidates: readonly number[], weights: readonly number[], random: Random): number | undefined {
  const total = candidates.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
  let target = random() * total;
  for (const i of candidates) {
    target -= weights[i] ?? 0;
    if (target < 0) return i;
  }
  return candidates.at(-1);
}

/** Gini coefficient of non-negative values (mean absolute difference / twice the mean). */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const total = values.reduce((a, b) => a + b, 0);
  if (n === 0 || total === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const weighted = sorted.reduce((sum, v, i) => sum + (i + 1) * v, 0);
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** Share of the total held by the k largest values. */
export function topShare(values: readonly number[], k = TOP_K): number {
  const total = values.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  return [...values].sort((a, b) => b - a).slice(0, k).reduce((a, b) => a + b, 0) / total;
}

export function simulatePopularityLoop(options: LoopOptions): LoopRound[] {
  const { appeal, mode, seed, rounds = 20, pupils = 30, slots = 3, exploration = 0.05, tasteSpread = 0.2 } = options;
  const random = seededRandom(seed);
  const n = appeal.length;
  // Each pupil's own taste: the work's appeal plus a personal difference, kept between 5 % and 95 %.
  const tastes = Array.from({ length: pupils }, () => appeal.map((a) => Math.min(0.95, Math.max(0.05, a + (random() * 2 - 1) * tasteSpread))));
  const exposure = new Array<number>(n).fill(0);
  const clicks = new Array<number>(n).fill(0);
  const history: LoopRound[] = [];

  for (let round = 1; round <= rounds; round++) {
    // The popularity weights are computed once per round, from the clicks of the previous rounds.
    const weights = clicks.map((c) => Math.pow(1 + c, POPULARITY_EXPONENT));
    for (const taste of tastes) {
      const shown: number[] = [];
      while (shown.length < Math.min(slots, n)) {
        const candidates = [...Array(n).keys()].filter((i) => !shown.includes(i));
        const explore = mode === 'hasard' || random() < exploration;
        const pick = explore ? candidates[Math.floor(random() * candidates.length)] : drawWeighted(candidates, weights, random);
        if (pick === undefined) break;
        shown.push(pick);
      }
      for (const item of shown) {
        exposure[item] = (exposure[item] ?? 0) + 1;
        if (random() < (taste[item] ?? 0)) clicks[item] = (clicks[item] ?? 0) + 1;
      }
    }
    history.push({ round, exposure: [...exposure], clicks: [...clicks], topShare: topShare(exposure), gini: gini(exposure) });
  }
  return history;
}

/** Turns average ratings (1–5) into click chances: 1 → 10 %, 5 → 80 %. */
export function appealFromAverage(average: number): number {
  return 0.1 + ((Math.min(5, Math.max(1, average)) - 1) / 4) * 0.7;
}
