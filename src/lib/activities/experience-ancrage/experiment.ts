/**
 * The class anchoring experiment (module biais-cognitifs, activity experience-ancrage): the questions,
 * the random or forced group, and the statistics the class sees (medians per group, the difference
 * of medians as the effect size). Pure and deterministic; no DOM.
 *
 * The questions are content (content/modules/biais-cognitifs/activites/experience-ancrage/NN-<id>.yaml,
 * schema src/schemas/experience-ancrage.ts), read by questions.ts; this module
 * does not import them, so that Node (the browser tests) can use it without the build's plugin.
 */
import type { AnchoringQuestionData } from '../../../schemas/experience-ancrage.ts';

export const ANCHOR_GROUPS = ['haut', 'bas'] as const;
export type AnchorGroup = (typeof ANCHOR_GROUPS)[number];

/** One question (its fields are documented in the schema). */
export type AnchoringQuestion = AnchoringQuestionData & { id: string };

/** Answers are whole numbers between 0 and MAX_ANSWER. */
export const MAX_ANSWER = 9_999_999;

/** The group a URL fragment asks for (`#groupe=haut`, `#groupe=bas`), or null. */
export function groupFromHash(hash: string): AnchorGroup | null {
  const match = /(?:^#|[#&])groupe=(haut|bas)(?:&|$)/i.exec(hash.trim());
  const value = match?.[1]?.toLowerCase();
  return value === 'haut' || value === 'bas' ? value : null;
}

/**
 * The group of a device, drawn from a seed (a random 32-bit number stored on the device the first
 * time): the same seed always gives the same group, and seeds spread evenly over both groups.
 */
export function drawGroup(seed: number): AnchorGroup {
  // A 32-bit integer mix (from MurmurHash3's finaliser) so that consecutive seeds do not alternate.
  let h = seed >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % 2 === 0 ? 'haut' : 'bas';
}

/** Median of numbers; null for an empty list. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] as number) + upper) / 2;
}

/** One pupil's answers: one number (or null when skipped) per question, in question order. */
export interface AnchoringEntry {
  group: AnchorGroup;
  answers: readonly (number | null)[];
}

export interface GroupSummary {
  /** How many answers this group gave to the question. */
  n: number;
  median: number | null;
}

export interface QuestionStats {
  question: AnchoringQuestion;
  haut: GroupSummary;
  bas: GroupSummary;
  /** Effect size: median of the high group minus median of the low group; null if a group is empty. */
  difference: number | null;
}

export type ConclusionKind = 'empty' | 'one-group' | 'effect' | 'partial' | 'no-effect';

export interface AnchoringStats {
  questions: QuestionStats[];
  /** Pupils per group. */
  pupils: Record<AnchorGroup, number>;
  /** Questions where both groups answered. */
  compared: number;
  /** Questions where the high group's median is above the low group's. */
  inAnchorDirection: number;
  conclusion: ConclusionKind;
  /** True when a group has fewer than SMALL_GROUP pupils: chance weighs a lot. */
  smallSample: boolean;
}

export const SMALL_GROUP = 5;

export function anchoringStats(entries: readonly AnchoringEntry[], questions: readonly AnchoringQuestion[]): AnchoringStats {
  const pupils = { haut: 0, bas: 0 };
  for (const entry of entries) pupils[entry.group] += 1;
  const stats = questions.map((question, index): QuestionStats => {
    const summary = (group: AnchorGroup): GroupSummary => {
      const values = entries.filter((e) => e.group === group).map((e) => e.answers[index]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      return { n: values.length, median: median(values) };
    };
    const haut = summary('haut');
    const bas = summary('bas');
    const difference = haut.median !== null && bas.median !== null ? haut.median - bas.median : null;
    return { question, haut, bas, difference };
  });
  const compared = stats.filter((s) => s.difference !== null).length;
  const inAnchorDirection = stats.filter((s) => s.difference !== null && s.difference > 0).length;
  let conclusion: ConclusionKind;
  if (entries.length === 0) conclusion = 'empty';
  else if (compared === 0) conclusion = 'one-group';
  else if (inAnchorDirection === compared) conclusion = 'effect';
  else if (inAnchorDirection * 2 > compared) conclusion = 'partial';
  else conclusion = 'no-effect';
  return { questions: stats, pupils, compared, inAnchorDirection, conclusion, smallSample: pupils.haut < SMALL_GROUP || pupils.bas < SMALL_GROUP };
}

/** Parses a number typed by a person: « 4 806 », « 4806 », « 12,5 » (rounded). Null when it is not a number. */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Math.round(Number(cleaned));
  return value <= MAX_ANSWER ? value : null;
}
