/**
 * « Combien pèse cette page ? »: sums what the browser's Performance API reports for one page load
 * (its navigation entry and its resource entries). Pure; the page passes the entries in.
 *
 * - `bodyBytes`: encoded (compressed) size of every file of the page, whether it came from the network or
 *   from the cache this time: the page's weight;
 * - `transferredBytes`: what crossed the network this time (0 for a file served from the cache);
 * - `requests`: number of files (the HTML page counts as one).
 */
export interface WeightEntry {
  name: string;
  transferSize: number;
  encodedBodySize: number;
  decodedBodySize: number;
  /** 'navigation' for the page itself, 'resource' otherwise. */
  entryType: string;
}

export interface PageWeight {
  requests: number;
  bodyBytes: number;
  transferredBytes: number;
  decodedBytes: number;
  /** Files served from the cache (transferSize 0 with a body). */
  fromCache: number;
}

/** The HTTP Archive median page (Web Almanac 2024, chapter « Page Weight », October 2024 crawl, mobile). */
export const MEDIAN_PAGE = { kilobytes: 2311, requests: 66, year: 2024 } as const;

export function sumEntries(entries: readonly WeightEntry[], origin?: string): PageWeight {
  const kept = origin ? entries.filter((e) => e.name.startsWith(origin)) : entries;
  let bodyBytes = 0;
  let transferredBytes = 0;
  let decodedBytes = 0;
  let fromCache = 0;
  for (const e of kept) {
    bodyBytes += e.encodedBodySize;
    transferredBytes += e.transferSize;
    decodedBytes += e.decodedBodySize;
    if (e.transferSize === 0 && e.encodedBodySize > 0) fromCache += 1;
  }
  return { requests: kept.length, bodyBytes, transferredBytes, decodedBytes, fromCache };
}

/** A byte count in French kilobytes (1 ko = 1 000 octets, as the HTTP Archive counts), e.g. « 23,4 ko ». */
/** `locale`: the page's language (the page script reads it from <html lang>, so that it imports nothing more). */
export function formatKilobytes(bytes: number, locale: string): string {
  const kb = bytes / 1000;
  return `${kb.toLocaleString(locale, { maximumFractionDigits: kb < 10 ? 1 : 0 })} ko`;
}

/** How many times lighter than the median page (≥ 1), rounded to a whole number when > 3. */
export function timesLighter(bytes: number, medianKilobytes: number = MEDIAN_PAGE.kilobytes): number {
  if (bytes <= 0) return 0;
  const ratio = (medianKilobytes * 1000) / bytes;
  return ratio > 3 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
}

/**
 * The page to measure, from `?page=`: a path of this site only (same origin, under the base). Anything
 * else falls back to the home page, so the tool never loads another site.
 */
export function targetPath(query: string | null, base: string): string {
  const home = base.endsWith('/') ? base : `${base}/`;
  if (!query || !query.startsWith(home) || query.startsWith('//') || /[\s\\]/.test(query)) return home;
  if (query.includes('combien-pese-cette-page')) return home;
  return query;
}
