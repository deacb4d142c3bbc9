/**
 * The class anchoring experiment (module biais-cognitifs, activity experience-ancrage): the questions,
 * the random or forced group, and the statistics the class sees (medians per group, the difference
 * of medians as the effect size). Pure and deterministic; no DOM.
 *
 * The questions are content written in French. They are data here (not in content/) because the
 * hand-in code (anchoring-code.ts) encodes answers by position: changing, adding or reordering a
 * question needs a new code version, which a test guards.
 */

export const ANCHOR_GROUPS = ['haut', 'bas'] as const;
export type AnchorGroup = (typeof ANCHOR_GROUPS)[number];

export interface AnchoringQuestion {
  id: string;
  /** The estimation question, asked after the comparison with the anchor. */
  prompt: string;
  /** A few words naming the question in tables and charts. */
  short: string;
  /** Unit shown after the number field (may be empty). */
  unit: string;
  /** The anchor shown to each group: « Est-ce plus ou moins que … ? ». */
  anchors: Record<AnchorGroup, number>;
  /** The true value, shown on the results page. */
  answer: number;
  /** One sentence about the answer, with its uncertainty when there is one. */
  note: string;
}

/** Version 1 of the question set. Answers are whole numbers between 0 and MAX_ANSWER. */
export const ANCHORING_QUESTIONS: readonly AnchoringQuestion[] = [
  {
    id: 'os',
    short: 'Os du squelette adulte',
    prompt: 'Combien d’os compte le squelette d’un adulte ?',
    unit: 'os',
    anchors: { haut: 650, bas: 40 },
    answer: 206,
    note: 'Un adulte a 206 os ; un bébé en a davantage, car certains se soudent en grandissant.',
  },
  {
    id: 'piano',
    short: 'Touches d’un piano',
    prompt: 'Combien de touches (blanches et noires) compte un piano classique ?',
    unit: 'touches',
    anchors: { haut: 240, bas: 25 },
    answer: 88,
    note: 'Un piano classique a 88 touches : 52 blanches et 36 noires.',
  },
  {
    id: 'hugo',
    short: 'Âge de Victor Hugo à sa mort',
    prompt: 'À quel âge l’écrivain Victor Hugo est-il mort ?',
    unit: 'ans',
    anchors: { haut: 110, bas: 35 },
    answer: 83,
    note: 'Victor Hugo est né en 1802 et mort en 1885, à 83 ans.',
  },
  {
    id: 'onu',
    short: 'Pays membres de l’ONU',
    prompt: 'Combien de pays sont membres de l’Organisation des Nations unies (ONU) ?',
    unit: 'pays',
    anchors: { haut: 420, bas: 45 },
    answer: 193,
    note: 'L’ONU compte 193 États membres depuis 2011.',
  },
  {
    id: 'mont-blanc',
    short: 'Altitude du mont Blanc (m)',
    prompt: 'Quelle est l’altitude du mont Blanc ?',
    unit: 'mètres',
    anchors: { haut: 12000, bas: 1500 },
    answer: 4806,
    note: 'Environ 4 806 mètres : l’épaisseur de neige au sommet fait varier la mesure de quelques mètres d’une année à l’autre.',
  },
];

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

export function anchoringStats(entries: readonly AnchoringEntry[], questions: readonly AnchoringQuestion[] = ANCHORING_QUESTIONS): AnchoringStats {
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
