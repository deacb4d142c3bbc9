/**
 * EcoIndex (https://www.ecoindex.fr, reference implementation cnumr/ecoindex_reference): a page's
 * score out of 100 from its number of DOM elements, of requests and its transferred size in KB,
 * placed among the quantiles of the HTTP Archive pages. DOM weighs 3, requests 2, size 1.
 * Used by `npm run bench` and by tests/e2e/ecoindex.spec.ts (budget: 85 for every reading page).
 */
const DOM = [0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801, 2479, 594601];
const REQUESTS = [0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920];
const SIZE_KB = [0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27, 1876.08, 2142.06, 2465.37, 2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26];

function quantile(quantiles: number[], value: number): number {
  for (let i = 1; i < quantiles.length; i++) {
    const upper = quantiles[i] as number;
    const lower = quantiles[i - 1] as number;
    if (value < upper) return i - 1 + (value - lower) / (upper - lower);
  }
  return quantiles.length - 1;
}

export function ecoIndex(domElements: number, requests: number, sizeKB: number): number {
  return 100 - (5 * (3 * quantile(DOM, domElements) + 2 * quantile(REQUESTS, requests) + quantile(SIZE_KB, sizeKB))) / 6;
}

export function ecoIndexGrade(score: number): string {
  const grades: [number, string][] = [[80, 'A'], [70, 'B'], [55, 'C'], [40, 'D'], [25, 'E'], [10, 'F']];
  return grades.find(([limit]) => score > limit)?.[1] ?? 'G';
}
