/**
 * « Anatomie d’une campagne »: the four signals a professional analyst looks at to tell a coordinated
 * campaign from people who simply agree with each other, computed on a fictional social network.
 *   1. texts: the same message, reworded, posted by several accounts (near-duplicates);
 *   2. bursts: many accounts posting within the same minute;
 *   3. age: accounts created just before the campaign;
 *   4. amplification: accounts that share each other in a closed loop.
 * No single signal proves anything (a real event makes people post at the same minute; a new account
 * may be a new resident): the analyst counts how many signals point the same way.
 * Pure, deterministic and browser-safe: no import of content, no randomness except the seeded order.
 */
import { seededRandom, shuffled } from '../../seeded-random.ts';

export interface CampaignPost {
  /** Time of publication on the scenario's day, `HH:MM` (24 h). */
  time: string;
  /** What the account wrote (may be empty for a plain share). */
  text: string;
  /** Id of the account whose post this one shares, if it is a share. */
  shares?: string | undefined;
}

export interface CampaignAccount {
  id: string;
  /** Display name. */
  name: string;
  /** `@handle`. */
  handle: string;
  /** Creation date `YYYY-MM-DD`. */
  created: string;
  bio: string;
  /** Ground truth: does the account belong to the coordinated campaign? */
  campaign: boolean;
  /** What an analyst would say about this account (shown after the pupil's verdict). */
  note: string;
  posts: readonly CampaignPost[];
}

export interface CampaignScenario {
  /** The fictional local topic everybody is posting about. */
  topic: string;
  /** The scenario's day, `YYYY-MM-DD` (account ages are counted up to this day). */
  date: string;
  accounts: readonly CampaignAccount[];
}

export type SignalId = 'texts' | 'bursts' | 'age' | 'amplification';
export const SIGNALS: readonly SignalId[] = ['texts', 'bursts', 'age', 'amplification'];

/** Thresholds of the analyst's method (documented in the teacher notes). */
export const THRESHOLDS = {
  /** Two texts are near-duplicates from this similarity (0…1, character trigrams). */
  similarity: 0.4,
  /** An account is flagged on texts when its posts echo posts of at least this many other accounts. */
  echoedAccounts: 2,
  /** A minute is a burst when at least this many different accounts post in it. */
  burstAccounts: 4,
  /** An account is flagged on bursts when at least this share of its posts fall in burst minutes. */
  burstShare: 0.5,
  /** An account is « recent » when created at most this many days before the scenario's day. */
  recentDays: 30,
  /** An account is flagged on amplification when it shares, and is shared by, at least this many accounts. */
  reciprocalPartners: 2,
  /** The analyst flags an account when at least this many signals point at it. */
  signalsToFlag: 3,
} as const;

// ---------------------------------------------------------------------------------------------
// Texts

/** Lowercase, accents and punctuation removed, spaces collapsed. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9#@]+/g, ' ')
    .trim();
}

/** The set of character trigrams of the normalized text (words padded with a space). */
export function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of normalizeText(text).split(' ')) {
    if (word === '') continue;
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** Jaccard similarity of the trigram sets (0: nothing in common, 1: same text once normalized). */
export function textSimilarity(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  if (ga.size === 0 || gb.size === 0) return 0;
  let common = 0;
  for (const g of ga) if (gb.has(g)) common++;
  return common / (ga.size + gb.size - common);
}

export interface PostRef {
  account: string;
  /** Index of the post in the account's list. */
  index: number;
  time: string;
  text: string;
}

/** Every post with its own text (plain shares with no words left out), in time order then account. */
export function textPosts(scenario: CampaignScenario): PostRef[] {
  const refs: PostRef[] = [];
  for (const account of scenario.accounts) {
    account.posts.forEach((post, index) => {
      if (normalizeText(post.text) !== '') refs.push({ account: account.id, index, time: post.time, text: post.text });
    });
  }
  return refs.sort((a, b) => a.time.localeCompare(b.time) || a.account.localeCompare(b.account) || a.index - b.index);
}

export interface SimilarPair {
  a: PostRef;
  b: PostRef;
  similarity: number;
}

/** Pairs of posts by DIFFERENT accounts whose texts are near-duplicates, most similar first. */
export function similarPairs(scenario: CampaignScenario, threshold: number = THRESHOLDS.similarity): SimilarPair[] {
  const posts = textPosts(scenario);
  const grams = posts.map((p) => trigrams(p.text));
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < posts.length; i++) {
    for (let j = i + 1; j < posts.length; j++) {
      const a = posts[i] as PostRef;
      const b = posts[j] as PostRef;
      if (a.account === b.account) continue;
      const ga = grams[i] as Set<string>;
      const gb = grams[j] as Set<string>;
      let common = 0;
      for (const g of ga) if (gb.has(g)) common++;
      const union = ga.size + gb.size - common;
      const similarity = union === 0 ? 0 : common / union;
      if (similarity >= threshold) pairs.push({ a, b, similarity });
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || x.a.time.localeCompare(y.a.time));
}

/**
 * Groups of near-duplicate posts (connected by similar pairs), largest first: what the « textes
 * côte à côte » tool shows. Only groups spanning at least two accounts.
 */
export function similarGroups(scenario: CampaignScenario, threshold: number = THRESHOLDS.similarity): PostRef[][] {
  const pairs = similarPairs(scenario, threshold);
  const key = (p: PostRef) => `${p.account}#${p.index}`;
  const parent = new Map<string, string>();
  const refs = new Map<string, PostRef>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(k, root);
    return root;
  };
  for (const { a, b } of pairs) {
    for (const p of [a, b]) {
      if (!parent.has(key(p))) parent.set(key(p), key(p));
      refs.set(key(p), p);
    }
    const ra = find(key(a));
    const rb = find(key(b));
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, PostRef[]>();
  for (const k of parent.keys()) {
    const root = find(k);
    groups.set(root, [...(groups.get(root) ?? []), refs.get(k) as PostRef]);
  }
  return [...groups.values()]
    .map((g) => g.sort((x, y) => x.time.localeCompare(y.time) || x.account.localeCompare(y.account)))
    .filter((g) => new Set(g.map((p) => p.account)).size >= 2)
    .sort((x, y) => y.length - x.length || (x[0] as PostRef).time.localeCompare((y[0] as PostRef).time));
}

/** For each account, the other accounts whose posts echo one of its posts. */
export function echoPartners(scenario: CampaignScenario, threshold: number = THRESHOLDS.similarity): Map<string, Set<string>> {
  const partners = new Map<string, Set<string>>(scenario.accounts.map((a) => [a.id, new Set<string>()]));
  for (const { a, b } of similarPairs(scenario, threshold)) {
    partners.get(a.account)?.add(b.account);
    partners.get(b.account)?.add(a.account);
  }
  return partners;
}

// ---------------------------------------------------------------------------------------------
// Time

/** Minutes since midnight of a `HH:MM` time. */
export function minuteOf(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`invalid time « ${time} » (expected HH:MM)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:MM` of a minute since midnight. */
export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

export interface MinuteCount {
  minute: number;
  /** Posts published in that minute (shares included). */
  posts: number;
  /** Different accounts that posted in that minute. */
  accounts: string[];
}

/**
 * Posts per minute, from the first to the last minute with a post (empty minutes included, so that
 * the timeline shows the silences too).
 */
export function postsPerMinute(scenario: CampaignScenario): MinuteCount[] {
  const byMinute = new Map<number, { posts: number; accounts: Set<string> }>();
  for (const account of scenario.accounts) {
    for (const post of account.posts) {
      const m = minuteOf(post.time);
      const slot = byMinute.get(m) ?? { posts: 0, accounts: new Set<string>() };
      slot.posts++;
      slot.accounts.add(account.id);
      byMinute.set(m, slot);
    }
  }
  if (byMinute.size === 0) return [];
  const minutes = [...byMinute.keys()];
  const first = Math.min(...minutes);
  const last = Math.max(...minutes);
  const result: MinuteCount[] = [];
  for (let m = first; m <= last; m++) {
    const slot = byMinute.get(m);
    result.push({ minute: m, posts: slot?.posts ?? 0, accounts: slot ? [...slot.accounts].sort() : [] });
  }
  return result;
}

/** Minutes in which at least `minAccounts` different accounts posted. */
export function burstMinutes(scenario: CampaignScenario, minAccounts: number = THRESHOLDS.burstAccounts): MinuteCount[] {
  return postsPerMinute(scenario).filter((m) => m.accounts.length >= minAccounts);
}

/** For each account, the share (0…1) of its posts published in a burst minute. */
export function burstShares(scenario: CampaignScenario, minAccounts: number = THRESHOLDS.burstAccounts): Map<string, number> {
  const bursts = new Set(burstMinutes(scenario, minAccounts).map((m) => m.minute));
  return new Map(
    scenario.accounts.map((a) => [
      a.id,
      a.posts.length === 0 ? 0 : a.posts.filter((p) => bursts.has(minuteOf(p.time))).length / a.posts.length,
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// Age

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  const parse = (d: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    if (!match) throw new Error(`invalid date « ${d} » (expected YYYY-MM-DD)`);
    return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  };
  return Math.round((parse(to) - parse(from)) / 86_400_000);
}

/** Age of each account in days on the scenario's day. */
export function accountAges(scenario: CampaignScenario): Map<string, number> {
  return new Map(scenario.accounts.map((a) => [a.id, daysBetween(a.created, scenario.date)]));
}

/** Number of accounts created on each day (the « pic de créations » a campaign leaves), busiest first. */
export function creationDays(scenario: CampaignScenario): { date: string; accounts: string[] }[] {
  const byDay = new Map<string, string[]>();
  for (const a of scenario.accounts) byDay.set(a.created, [...(byDay.get(a.created) ?? []), a.id]);
  return [...byDay.entries()]
    .map(([date, accounts]) => ({ date, accounts: accounts.sort() }))
    .sort((x, y) => y.accounts.length - x.accounts.length || x.date.localeCompare(y.date));
}

// ---------------------------------------------------------------------------------------------
// Amplification

export interface ShareEdge {
  /** The account that shares. */
  from: string;
  /** The account being shared. */
  to: string;
  count: number;
}

/** Who shares whom (self-shares ignored), sorted by sharer then target. */
export function shareGraph(scenario: CampaignScenario): ShareEdge[] {
  const counts = new Map<string, number>();
  for (const account of scenario.accounts) {
    for (const post of account.posts) {
      if (post.shares === undefined || post.shares === account.id) continue;
      const k = `${account.id}\u0000${post.shares}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .map(([k, count]) => {
      const [from, to] = k.split('\u0000') as [string, string];
      return { from, to, count };
    })
    .sort((x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to));
}

/** For each account, the accounts it shares AND that share it back. */
export function reciprocalPartners(scenario: CampaignScenario): Map<string, Set<string>> {
  const edges = new Set(shareGraph(scenario).map((e) => `${e.from}\u0000${e.to}`));
  const result = new Map<string, Set<string>>(scenario.accounts.map((a) => [a.id, new Set<string>()]));
  for (const e of edges) {
    const [from, to] = e.split('\u0000') as [string, string];
    if (edges.has(`${to}\u0000${from}`)) result.get(from)?.add(to);
  }
  return result;
}

/** How many times each account is shared by others (its audience in the simulated network). */
export function timesShared(scenario: CampaignScenario): Map<string, number> {
  const result = new Map<string, number>(scenario.accounts.map((a) => [a.id, 0]));
  for (const e of shareGraph(scenario)) result.set(e.to, (result.get(e.to) ?? 0) + e.count);
  return result;
}

// ---------------------------------------------------------------------------------------------
// The analyst's reading

export interface AccountSignals {
  account: string;
  /** Signals that point at this account. */
  signals: SignalId[];
  /** Figures behind each signal, for the explanation. */
  echoedBy: number;
  burstShare: number;
  ageDays: number;
  reciprocal: number;
  /** Would a professional analyst flag the account (enough signals pointing the same way)? */
  flagged: boolean;
}

/** Every signal for every account, in the scenario's order. */
export function analyse(scenario: CampaignScenario): AccountSignals[] {
  const echoes = echoPartners(scenario);
  const bursts = burstShares(scenario);
  const ages = accountAges(scenario);
  const reciprocal = reciprocalPartners(scenario);
  return scenario.accounts.map((a) => {
    const echoedBy = echoes.get(a.id)?.size ?? 0;
    const burstShare = bursts.get(a.id) ?? 0;
    const ageDays = ages.get(a.id) ?? Infinity;
    const partners = reciprocal.get(a.id)?.size ?? 0;
    const signals: SignalId[] = [];
    if (echoedBy >= THRESHOLDS.echoedAccounts) signals.push('texts');
    if (burstShare >= THRESHOLDS.burstShare) signals.push('bursts');
    if (ageDays <= THRESHOLDS.recentDays) signals.push('age');
    if (partners >= THRESHOLDS.reciprocalPartners) signals.push('amplification');
    return {
      account: a.id,
      signals,
      echoedBy,
      burstShare,
      ageDays,
      reciprocal: partners,
      flagged: signals.length >= THRESHOLDS.signalsToFlag,
    };
  });
}

/** Accounts that at least one signal points at but that are not part of the campaign: the traps. */
export function lookalikes(scenario: CampaignScenario): string[] {
  const truth = new Map(scenario.accounts.map((a) => [a.id, a.campaign]));
  return analyse(scenario)
    .filter((s) => s.signals.length > 0 && truth.get(s.account) === false)
    .map((s) => s.account);
}

/** The order in which the accounts are listed to the pupil: shuffled, but the same for a given seed. */
export function displayOrder(scenario: CampaignScenario, seed: number): string[] {
  return shuffled(
    scenario.accounts.map((a) => a.id),
    seededRandom(seed),
  );
}
